// The media gallery's rules, pure: images and videos in ComfyUI's output folder (ours under the output
// subfolder included) marked as long video / segment / start image, sorted, filtered and paged.
import type { GalleryItem, GalleryList } from '../contract'
import { GALLERY_FILTERS, GALLERY_SORTS } from '../contract'
import { mediaKind } from './mediaKind'
import type { OutputFile } from './outputIndex'

export { mediaKind } from './mediaKind'
export type GalleryFilter = (typeof GALLERY_FILTERS)[number]
export type GallerySort = (typeof GALLERY_SORTS)[number]

/** An item before the marks kept in SQLite (favourite, hidden) are applied. */
export type BaseItem = Omit<GalleryItem, 'favourite' | 'hidden'>

export interface GalleryMarks {
  favourites: ReadonlySet<string>
  hidden: ReadonlySet<string>
}

export interface GalleryPageQuery {
  filter: GalleryFilter
  sort: GallerySort
  hideStartImages: boolean
  offset: number
  limit: number
}

function splitRel(rel: string): { subfolder: string; filename: string } {
  const cut = rel.lastIndexOf('/')
  return cut < 0 ? { subfolder: '', filename: rel } : { subfolder: rel.slice(0, cut), filename: rel.slice(cut + 1) }
}

const stemOf = (rel: string) => rel.replace(/\.[^./]*$/, '')

export function thumbnailPath(rel: string): string {
  return `/gallery/thumb?path=${encodeURIComponent(rel)}`
}

/** Marks the files and sorts them newest first (then by path). */
export function baseItems(files: readonly OutputFile[], outputSubfolder: string): BaseItem[] {
  const videoStems = new Set(files.filter((f) => mediaKind(f.path) === 'video').map((f) => stemOf(f.path)))
  const ours = (rel: string) => rel.startsWith(`${outputSubfolder}/`)
  return [...files]
    .sort((a, b) => b.mtimeMs - a.mtimeMs || (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
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
        long_video: kind === 'video' && ours(f.path) && !segment,
        segment,
        start_image: startImage,
        thumbnail: thumbnailPath(f.path),
      }
    })
}

/**
 * The key a name sort compares with plain `<`: the file name in lower case with runs of digits padded,
 * so "img2" comes before "img10" (a collator per comparison costs half a second for 20,000 names).
 */
function nameKey(item: BaseItem): string {
  return `${item.file.filename.toLowerCase().replace(/\d+/g, (d) => d.padStart(16, '0'))}\0${item.path}`
}

function byName(items: readonly BaseItem[]): BaseItem[] {
  const keyed = items.map((item) => ({ key: nameKey(item), item }))
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))
  return keyed.map((k) => k.item)
}

/** `byDate` (as baseItems answers it) in the order of `sort`; favourites first keeps the date order inside both parts. */
export function sortItems(byDate: readonly BaseItem[], sort: GallerySort, favourites: ReadonlySet<string>): readonly BaseItem[] {
  switch (sort) {
    case 'name':
      return byName(byDate)
    case 'size':
      return [...byDate].sort((a, b) => b.size - a.size)
    case 'favourites':
      return [...byDate.filter((i) => favourites.has(i.path)), ...byDate.filter((i) => !favourites.has(i.path))]
    default:
      return byDate
  }
}

function keeps(item: BaseItem, q: GalleryPageQuery, marks: GalleryMarks): boolean {
  const hidden = marks.hidden.has(item.path)
  if (q.filter === 'hidden') return hidden
  if (hidden || (q.hideStartImages && item.start_image)) return false
  switch (q.filter) {
    case 'images':
      return item.kind === 'image'
    case 'videos':
      return item.kind === 'video'
    case 'favourites':
      return marks.favourites.has(item.path)
    case 'long_videos':
      return item.long_video
    default:
      return true
  }
}

/** One page of the sorted items that the filter keeps, with the marks applied, and how many it kept. */
export function pageGallery(sorted: readonly BaseItem[], q: GalleryPageQuery, marks: GalleryMarks): GalleryList {
  const page: GalleryItem[] = []
  let total = 0
  for (const item of sorted) {
    if (!keeps(item, q, marks)) continue
    if (total >= q.offset && page.length < q.limit) {
      page.push({ ...item, favourite: marks.favourites.has(item.path), hidden: marks.hidden.has(item.path) })
    }
    total++
  }
  return { items: page, total }
}
