// The image repository: folders on the sidecar's machine (settings.image_folders) browsed with
// ratings from SQLite, thumbnails keyed by path+mtime+size, and "use this image" as a ComfyUI upload.
import { existsSync, statSync } from 'node:fs'
import { readFile, stat } from 'node:fs/promises'
import path from 'node:path'
import type { LibraryImageList, LibraryRoots, LibraryUseAnswer } from '../contract'
import type { ComfyClient } from '../comfy/comfyClient'
import type { Db } from '../db/database'
import { imageMarks, setRating } from '../db/libraryStore'
import { DomainError } from '../contract'
import { checkRelativePath, resolveInside } from './confinedPath'
import { listImageFolder } from './imageFolder'
import type { ImageSort } from './imageFolder'
import { readHead, sniffImage } from './imageKind'
import type { ImageKind } from './imageKind'
import { thumbnailKey } from './thumbnailCache'

export { thumbnailKey } from './thumbnailCache'

const UPLOADABLE: Partial<Record<ImageKind, string>> = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' }
const MAX_USE_BYTES = 50 * 1024 * 1024

export interface RepositoryImage {
  real: string
  rel: string
  kind: ImageKind
  size: number
  mtimeMs: number
}

export function repositoryRoots(folders: readonly string[]): LibraryRoots {
  return {
    roots: folders.map((p, index) => ({ index, path: p, exists: existsSync(p) && statSync(p).isDirectory() })),
  }
}

/** The folder behind `root`, or a 400 naming `root`. */
export function rootFolder(folders: readonly string[], index: number): string {
  const folder = folders[index]
  if (folder === undefined) {
    throw new DomainError('bad_request', `root: no image folder ${index} (${folders.length} configured in settings.image_folders)`, 'root')
  }
  if (!existsSync(folder)) throw new DomainError('not_found', `root: the folder ${folder} does not exist`, 'root')
  return folder
}

/** Ratings are stored per folder path, so reordering image_folders keeps them. */
export function markSource(folder: string): string {
  return `folder:${folder}`
}

/** A file inside `folder` whose bytes are an image; anything else is a 400 naming `field`. */
export async function resolveImage(folder: string, rel: string, field = 'path'): Promise<RepositoryImage> {
  const clean = checkRelativePath(rel, field)
  const real = await resolveInside(folder, clean, field)
  const info = await stat(real)
  if (!info.isFile()) throw new DomainError('bad_request', `${field}: "${clean}" is not a file`, field)
  const kind = sniffImage(await readHead(real))
  if (!kind) throw new DomainError('bad_request', `${field}: "${clean}" is not an image (checked by its bytes)`, field)
  return { real, rel: clean, kind, size: info.size, mtimeMs: info.mtimeMs }
}


export async function listRepository(
  db: Db,
  folder: string,
  index: number,
  q: { folder: string; sort: ImageSort; offset: number; limit: number }
): Promise<LibraryImageList> {
  const ratings = new Map<string, number>()
  for (const [rel, mark] of imageMarks(db, markSource(folder))) if (mark.rating !== null) ratings.set(rel, mark.rating)
  const listing = await listImageFolder(folder, q.folder, { sort: q.sort, offset: q.offset, limit: q.limit, ratings })
  return {
    root: index,
    ...listing,
    images: listing.images.map((img) => ({
      ...img,
      thumbnail: `/library/thumb?${new URLSearchParams({ root: String(index), path: img.path }).toString()}`,
    })),
  }
}

export async function rateImage(db: Db, folder: string, rel: string, rating: number | null): Promise<{ path: string; rating: number | null }> {
  const image = await resolveImage(folder, rel)
  setRating(db, markSource(folder), image.rel, rating)
  return { path: image.rel, rating }
}

/** A plain file name for ComfyUI's input folder with the extension matching the bytes. */
export function uploadName(rel: string, kind: ImageKind): string {
  const base = path.posix.basename(rel).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_. -]/g, '_').slice(0, 100) || 'image'
  return `${base}.${kind === 'jpeg' ? 'jpg' : kind}`
}

/** Uploads the image to ComfyUI's input folder; `input_image` is the value a job starts from. */
export async function useImage(comfy: ComfyClient, folder: string, rel: string): Promise<LibraryUseAnswer> {
  const image = await resolveImage(folder, rel)
  const mime = UPLOADABLE[image.kind]
  if (!mime) throw new DomainError('unsupported_media_type', `path: a ${image.kind.toUpperCase()} cannot start a video; use PNG, JPEG or WEBP`, 'path')
  if (image.size > MAX_USE_BYTES) throw new DomainError('payload_too_large', `path: larger than ${MAX_USE_BYTES / 1e6} MB`, 'path')
  const bytes = await readFile(image.real)
  const answer = await comfy.upload(bytes, uploadName(image.rel, image.kind), mime)
  return { ...answer, input_image: answer.subfolder ? `${answer.subfolder}/${answer.name}` : answer.name }
}

export interface ImageRepositoryContext {
  db: Db
  comfy: ComfyClient
  settings(): { image_folders?: string[] | undefined }
  /** A small JPEG of an image file, cached; null when ffmpeg cannot make one. */
  thumbnail(source: string, key: string): Promise<string | null>
}

/** The repository as the API uses it: every call reads the folders from the settings of the moment. */
export function createImageRepository(ctx: ImageRepositoryContext) {
  const folder = (root: number) => rootFolder(ctx.settings().image_folders ?? [], root)
  return {
    roots: () => repositoryRoots(ctx.settings().image_folders ?? []),
    images: (q: { root: number; folder: string; sort: ImageSort; offset: number; limit: number }) => listRepository(ctx.db, folder(q.root), q.root, q),
    async thumbnail(root: number, rel: string): Promise<string> {
      const image = await resolveImage(folder(root), rel)
      const thumb = await ctx.thumbnail(image.real, thumbnailKey(image))
      if (!thumb) throw new DomainError('unsupported_media_type', `path: ffmpeg cannot make a thumbnail of "${image.rel}"`, 'path')
      return thumb
    },
    rate: (root: number, rel: string, rating: number | null) => rateImage(ctx.db, folder(root), rel, rating),
    use: (root: number, rel: string) => useImage(ctx.comfy, folder(root), rel),
  }
}
