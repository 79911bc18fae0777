// /api/upload (checked image -> ComfyUI's /upload/image), /api/images (ComfyUI's input/output
// images from the configured folders) and /api/view (a proxy to ComfyUI's /view for thumbnails).
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { Hono } from 'hono'
import { z } from 'zod'
import { DomainError } from '../contract'
import { listImageFolder } from '../library/imageFolder'
import { sniffImage } from '../library/imageKind'
import type { ApiContext } from './apiContext'
import { parse } from './errors'

const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const

const ImagesQuery = z.object({
  source: z.enum(['input', 'output']).default('input'),
  folder: z.string().max(512).default(''),
  sort: z.enum(['date', 'name', 'rating']).default('date'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
})

const ViewQuery = z.object({
  filename: z.string().min(1).max(512),
  subfolder: z.string().max(512).default(''),
  type: z.enum(['input', 'output', 'temp']).default('output'),
  preview: z.string().max(32).optional(),
})

export function mediaRouter(ctx: ApiContext) {
  const app = new Hono()

  app.post('/upload', async (c) => {
    const length = Number(c.req.header('content-length') ?? '0')
    if (length > ctx.maxUploadBytes + 64 * 1024) {
      throw new DomainError('payload_too_large', `image: larger than ${Math.round(ctx.maxUploadBytes / 1e6)} MB`, 'image')
    }
    let form: Record<string, unknown>
    try {
      form = await c.req.parseBody()
    } catch {
      throw new DomainError('bad_request', 'image: send multipart/form-data with an "image" file', 'image')
    }
    const file = form.image
    if (!(file instanceof File)) throw new DomainError('bad_request', 'image: missing file part "image"', 'image')
    if (file.size > ctx.maxUploadBytes) {
      throw new DomainError('payload_too_large', `image: larger than ${Math.round(ctx.maxUploadBytes / 1e6)} MB`, 'image')
    }
    const bytes = new Uint8Array(await file.arrayBuffer())
    const kind = sniffImage(bytes.subarray(0, 16))
    if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') {
      throw new DomainError('unsupported_media_type', 'image: not a PNG, JPEG or WEBP file (checked by its bytes)', 'image')
    }
    const name = safeName(file.name, kind)
    if (ctx.ffmpegPath) {
      const dir = mkdtempSync(path.join(tmpdir(), 'lv-upload-'))
      try {
        const temp = path.join(dir, name)
        writeFileSync(temp, bytes)
        if (!(await ctx.ffmpegReadsImage(temp))) {
          throw new DomainError('bad_request', `image: the ${kind.toUpperCase()} file is damaged (ffmpeg cannot decode it)`, 'image')
        }
      } finally {
        rmSync(dir, { recursive: true, force: true })
      }
    }
    return c.json(await ctx.comfy.upload(bytes, name, MIME[kind]))
  })

  app.get('/images', async (c) => {
    const q = parse(ImagesQuery, c.req.query(), '')
    const root = q.source === 'input' ? ctx.files.inputDir : ctx.files.outputDir
    if (!root) throw new DomainError('bad_request', `source: ComfyUI's ${q.source} folder is not on this machine (start the sidecar with --comfy-${q.source})`, 'source')
    return c.json({ source: q.source, ...(await listImageFolder(root, q.folder, { sort: q.sort, offset: q.offset, limit: q.limit, ratings: new Map() })) })
  })

  app.get('/view', async (c) => {
    const q = parse(ViewQuery, c.req.query(), '')
    const params = new URLSearchParams({ filename: q.filename, subfolder: q.subfolder, type: q.type })
    if (q.preview) params.set('preview', q.preview)
    const range = c.req.header('range')
    const res = await ctx.comfy.view(params, range ? { range } : {})
    if (res.status === 404) throw new DomainError('not_found', `filename: ComfyUI has no ${q.type} file "${q.filename}"`, 'filename')
    if (res.status === 400) throw new DomainError('bad_request', `filename: ComfyUI refused "${q.filename}"`, 'filename')
    const headers = new Headers()
    for (const h of ['content-type', 'content-length', 'content-range', 'accept-ranges']) {
      const v = res.headers.get(h)
      if (v) headers.set(h, v)
    }
    return new Response(res.body, { status: res.status, headers })
  })
  return app
}

/** A plain file name for ComfyUI's input folder, with the extension matching the bytes. */
function safeName(name: string, kind: 'png' | 'jpeg' | 'webp'): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_. -]/g, '_').slice(0, 100) || 'image'
  return `${base}.${kind === 'jpeg' ? 'jpg' : kind}`
}
