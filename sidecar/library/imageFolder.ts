// Lists the images of one folder of the image repository, sorted and paged. Only files whose bytes
// say they are images are listed; subfolders are listed so the panel can browse into them.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import { DomainError } from '../contract'
import { PathRefused, resolveInside } from './confinedPath'
import { hasImageExtension, readHead, sniffImage } from './imageKind'

export type ImageSort = 'date' | 'name' | 'rating'

export interface ImageEntry {
  /** Path relative to the root, with '/' separators. */
  path: string
  name: string
  size: number
  modified: string
  rating: number | null
}

export interface ImageListing {
  folder: string
  folders: string[]
  images: ImageEntry[]
  total: number
}

export interface ListOptions {
  sort: ImageSort
  offset: number
  limit: number
  /** Rating (1-5) by relative path. */
  ratings: ReadonlyMap<string, number>
}

export async function listImageFolder(root: string, folder: string, options: ListOptions): Promise<ImageListing> {
  const dir = await resolveInside(root, folder, 'folder')
  if (!(await stat(dir)).isDirectory()) throw new PathRefused(`not a folder: ${folder}`, 'folder')
  const realRoot = await resolveInside(root, '', 'folder')
  const entries = await readdir(dir, { withFileTypes: true })
  const folders: string[] = []
  const images: ImageEntry[] = []
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue
    const full = path.join(dir, entry.name)
    const rel = path.relative(realRoot, full).split(path.sep).join('/')
    if (entry.isDirectory()) {
      folders.push(rel)
      continue
    }
    if (!hasImageExtension(entry.name)) continue
    // Symlinked files must stay inside the root, and the bytes must really be an image.
    let real: string
    try {
      real = await resolveInside(root, rel, 'folder')
    } catch {
      continue
    }
    const info = await stat(real)
    if (!info.isFile() || sniffImage(await readHead(real)) === null) continue
    images.push({
      path: rel,
      name: entry.name,
      size: info.size,
      modified: info.mtime.toISOString(),
      rating: options.ratings.get(rel) ?? null,
    })
  }
  images.sort(compareBy(options.sort))
  folders.sort((a, b) => a.localeCompare(b))
  return {
    folder: path.relative(realRoot, dir).split(path.sep).join('/'),
    folders,
    images: images.slice(options.offset, options.offset + options.limit),
    total: images.length,
  }
}

function compareBy(sort: ImageSort): (a: ImageEntry, b: ImageEntry) => number {
  if (sort === 'name') return (a, b) => a.name.localeCompare(b.name)
  if (sort === 'rating') return (a, b) => (b.rating ?? 0) - (a.rating ?? 0) || b.modified.localeCompare(a.modified)
  return (a, b) => b.modified.localeCompare(a.modified) || a.name.localeCompare(b.name)
}

/** One folder of ComfyUI's input or output folder, when that folder is on this machine. */
export async function listComfyFolder(
  dirs: { inputDir: string | null; outputDir: string | null },
  q: { source: 'input' | 'output'; folder: string; sort: ImageSort; offset: number; limit: number }
): Promise<ImageListing & { source: 'input' | 'output' }> {
  const root = q.source === 'input' ? dirs.inputDir : dirs.outputDir
  if (!root) throw new DomainError('bad_request', `source: ComfyUI's ${q.source} folder is not on this machine (start the sidecar with --comfy-${q.source})`, 'source')
  return { source: q.source, ...(await listImageFolder(root, q.folder, { sort: q.sort, offset: q.offset, limit: q.limit, ratings: new Map() })) }
}
