// POST /upload/image and GET /view, with ComfyUI's name-collision and path rules.
import { createHash } from 'node:crypto'
import { createReadStream, existsSync, mkdirSync, readFileSync, statSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import type { Context } from 'hono'
import { confinedPath, splitAnnotation, type FolderType, type SimFolders } from './folderPaths'

const MIME: Record<string, string> = {
  '.png': 'image/png', '.jpg': 'image/jpeg', '.jpeg': 'image/jpeg', '.webp': 'image/webp', '.gif': 'image/gif',
  '.mp4': 'video/mp4', '.webm': 'video/webm', '.mkv': 'video/x-matroska', '.json': 'application/json', '.txt': 'text/plain',
}

function folderOf(folders: SimFolders, type: unknown): { dir: string; type: FolderType } | null {
  const t = type === undefined || type === null || type === '' ? 'input' : type
  if (t === 'input' || t === 'output' || t === 'temp') return { dir: folders[t], type: t }
  return null
}

const sha256 = (b: Buffer): string => createHash('sha256').update(b).digest('hex')

export async function uploadImage(c: Context, folders: SimFolders): Promise<Response> {
  let form: Record<string, string | File | (string | File)[]>
  try {
    form = await c.req.parseBody()
  } catch {
    return c.body(null, 400)
  }
  const image = form.image
  if (!(image instanceof File) || !image.name) return c.body(null, 400)
  const folder = folderOf(folders, form.type)
  if (!folder) return c.body(null, 400)
  const subfolder = typeof form.subfolder === 'string' ? form.subfolder : ''
  const fullFolder = confinedPath(folder.dir, path.normalize(subfolder || '.'))
  let filename = image.name
  let filepath = fullFolder ? confinedPath(fullFolder, filename) : null
  if (!fullFolder || !filepath || !confinedPath(folder.dir, path.relative(folder.dir, filepath))) return c.body(null, 400)
  mkdirSync(path.dirname(filepath), { recursive: true })
  const bytes = Buffer.from(await image.arrayBuffer())
  const overwrite = form.overwrite === 'true' || form.overwrite === '1'
  let duplicate = false
  if (!overwrite) {
    const ext = path.extname(filename)
    const stem = filename.slice(0, filename.length - ext.length)
    for (let i = 1; existsSync(filepath); i++) {
      if (sha256(readFileSync(filepath)) === sha256(bytes)) {
        duplicate = true
        break
      }
      filename = `${stem} (${i})${ext}`
      filepath = path.join(fullFolder, filename)
    }
  }
  if (!duplicate) await writeFile(filepath, bytes)
  return c.json({ name: filename, subfolder, type: folder.type })
}

export function viewFile(c: Context, folders: SimFolders): Response {
  const raw = c.req.query('filename')
  if (raw === undefined) return c.body(null, 404)
  const annotated = splitAnnotation(raw)
  const name = annotated.name
  if (!name) return c.body(null, 400)
  if (name.startsWith('/') || name.includes('..')) return c.body(null, 400)
  const folder = annotated.type ? { dir: folders[annotated.type] } : folderOf(folders, c.req.query('type') ?? 'output')
  if (!folder) return c.body(null, 400)
  let dir = path.resolve(folder.dir)
  const subfolder = c.req.query('subfolder')
  if (subfolder !== undefined) {
    const inside = confinedPath(dir, subfolder)
    if (!inside) return c.body(null, 403)
    dir = inside
  }
  const file = path.join(dir, path.basename(name))
  let size: number
  try {
    const st = statSync(file)
    if (!st.isFile()) return c.body(null, 404)
    size = st.size
  } catch {
    return c.body(null, 404)
  }
  const headers: Record<string, string> = {
    'Content-Type': MIME[path.extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Content-Disposition': `filename="${path.basename(file)}"`,
    'Accept-Ranges': 'bytes',
  }
  const range = c.req.header('range')
  const m = range ? /^bytes=(\d*)-(\d*)$/.exec(range.trim()) : null
  if (m && (m[1] || m[2])) {
    let start = m[1] ? Number(m[1]) : Math.max(0, size - Number(m[2]))
    let end = m[1] && m[2] ? Number(m[2]) : size - 1
    end = Math.min(end, size - 1)
    if (start > end || start >= size) {
      return new Response(null, { status: 416, headers: { 'Content-Range': `bytes */${size}` } })
    }
    start = Math.max(0, start)
    const stream = Readable.toWeb(createReadStream(file, { start, end })) as ReadableStream
    return new Response(stream, {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${start}-${end}/${size}`, 'Content-Length': String(end - start + 1) },
    })
  }
  const stream = Readable.toWeb(createReadStream(file)) as ReadableStream
  return new Response(stream, { status: 200, headers: { ...headers, 'Content-Length': String(size) } })
}
