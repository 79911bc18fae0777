// The media gallery: images and videos in ComfyUI's output folder (ours under the output subfolder
// included), newest first, marked as long video / segment / start image, filtered and paged.
import { readdir, stat } from 'node:fs/promises'
import path from 'node:path'
import type { GalleryItem, GalleryList } from '../contract'
import { GALLERY_FILTERS } from '../contract'

export type GalleryFilter = (typeof GALLERY_FILTERS)[number]

export interface OutputFile {
  /** Relative to the output folder, '/' separators. */
  path: string
  size: number
  mtimeMs: number
}

const IMAGE = /\.(png|jpe?g|webp|gif)$/i
const VIDEO = /\.(mp4|webm|mov|mkv)$/i
/** Bound the walk so a huge output folder cannot stall the sidecar. */
const MAX_FILES = 50_000
const MAX_DEPTH = 12

export function mediaKind(name: string): 'image' | 'video' | null {
  if (VIDEO.test(name)) return 'video'
  if (IMAGE.test(name)) return 'image'
  return null
}

/** Every image and video below `root`; symlinks are not followed, hidden entries skipped. */
export async function walkOutputs(root: string): Promise<OutputFile[]> {
  const out: OutputFile[] = []
  const visit = async (dir: string, rel: string, depth: number): Promise<void> => {
    let entries
    try {
      entries = await readdir(dir, { withFileTypes: true })
    } catch {
      return
    }
    for (const entry of entries) {
      if (out.length >= MAX_FILES) return
      if (entry.name.startsWith('.')) continue
      const childRel = rel ? `${rel}/${entry.name}` : entry.name
      const full = path.join(dir, entry.name)
      if (entry.isDirectory()) {
        if (depth < MAX_DEPTH) await visit(full, childRel, depth + 1)
      } else if (entry.isFile() && mediaKind(entry.name)) {
        const info = await stat(full).catch(() => null)
        if (info) out.push({ path: childRel, size: info.size, mtimeMs: info.mtimeMs })
      }
    }
  }
  await visit(root, '', 0)
  return out
}

function splitRel(rel: string): { subfolder: string; filename: string } {
  const cut = rel.lastIndexOf('/')
  return cut < 0 ? { subfolder: '', filename: rel } : { subfolder: rel.slice(0, cut), filename: rel.slice(cut + 1) }
}

const stemOf = (rel: string) => rel.replace(/\.[^./]*$/, '')

/** Marks and sorts (newest first, then by path) the files; pure. */
export function galleryItems(files: readonly OutputFile[], outputSubfolder: string, favourites: ReadonlySet<string>): GalleryItem[] {
  const videoStems = new Set(files.filter((f) => mediaKind(f.path) === 'video').map((f) => stemOf(f.path)))
  const ours = (rel: string) => rel.startsWith(`${outputSubfolder}/`)
  return [...files]
    .sort((a, b) => b.mtimeMs - a.mtimeMs || a.path.localeCompare(b.path))
    .map((f) => {
      const kind = mediaKind(f.path) ?? 'image'
      const { subfolder, filename } = splitRel(f.path)
      const segment = kind === 'video' && ours(f.path) && /_seg\d+(?:_t\d+)?_\d+_?\.[^.]+$/.test(filename)
      // Our segments' last frames, and the PNG that VHS writes beside each video it saves.
      const startImage =
        kind === 'image' && ((ours(f.path) && /_seg\d+(?:_t\d+)?_last_\d+_?\.png$/i.test(filename)) || videoStems.has(stemOf(f.path)))
      return {
        path: f.path,
        file: { filename, subfolder, type: 'output' as const },
        kind,
        size: f.size,
        modified: new Date(f.mtimeMs).toISOString(),
        favourite: favourites.has(f.path),
        long_video: kind === 'video' && ours(f.path) && !segment,
        segment,
        start_image: startImage,
      }
    })
}

export function filterGallery(
  items: readonly GalleryItem[],
  q: { filter: GalleryFilter; hideStartImages: boolean; offset: number; limit: number }
): GalleryList {
  const keep = items.filter((item) => {
    if (q.hideStartImages && item.start_image) return false
    switch (q.filter) {
      case 'images':
        return item.kind === 'image'
      case 'videos':
        return item.kind === 'video'
      case 'favourites':
        return item.favourite
      case 'long_videos':
        return item.long_video
      default:
        return true
    }
  })
  return { items: keep.slice(q.offset, q.offset + q.limit), total: keep.length }
}
