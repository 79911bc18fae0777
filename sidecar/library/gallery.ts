// The media gallery over ComfyUI's output folder: the listing (from an in-memory index of the folder,
// sorted once per version of it) with favourites and hidden flags from SQLite, thumbnails, bulk marks,
// output images sent to ComfyUI's input folder, one file's metadata, and the prompt history.
import { stat } from 'node:fs/promises'
import path from 'node:path'
import type { ComfyClient } from '../comfy/comfyClient'
import type { GalleryBulkAnswer, GalleryList, GalleryMeta, GalleryUseAnswer, PromptHistory } from '../contract'
import { DomainError } from '../contract'
import type { Db } from '../db/database'
import { imageMarks, setMarks } from '../db/libraryStore'
import { resolveInside } from './confinedPath'
import { metadataAnswer, PromptCache, readFileText } from './fileMetadata'
import { useImage } from './imageRepository'
import { mediaKind } from './mediaKind'
import { OutputIndex } from './outputIndex'
import { baseItems, pageGallery, sortItems } from './outputGallery'
import type { BaseItem, GalleryMarks, GalleryPageQuery, GallerySort } from './outputGallery'
import { promptHistory } from './promptHistory'
import type { DatedPrompt } from './promptHistory'
import { thumbnailKey } from './thumbnailCache'
import { countFrames } from '../video'

const MARK_SOURCE = 'output'
/** The history reads at most this many of the newest files. */
const HISTORY_SCAN = 2000

export interface GalleryContext {
  db: Db
  comfy: ComfyClient
  ffmpegPath: string | null
  /** ComfyUI's output folder when it is on this machine. */
  files: { outputDir: string | null }
  settings(): { output_subfolder: string }
  /** A small JPEG of a file, cached under `key`; null when it cannot be made. */
  thumbnail(source: string, key: string): Promise<string | null>
}

export interface Gallery {
  /** Reads the output folder into the index ahead of the first request (errors are left to that request). */
  warm(): Promise<void>
  list(q: GalleryPageQuery): Promise<GalleryList>
  thumbnail(rel: string): Promise<string>
  setFavourite(rel: string, favourite: boolean): Promise<{ path: string; favourite: boolean }>
  setFavourites(rels: readonly string[], favourite: boolean): Promise<GalleryBulkAnswer>
  setHidden(rels: readonly string[], hidden: boolean): Promise<GalleryBulkAnswer>
  use(rels: readonly string[]): Promise<GalleryUseAnswer>
  meta(rel: string): Promise<GalleryMeta>
  prompts(limit: number): Promise<PromptHistory>
}

/** The sorted lists of one version of the output folder; rebuilt only when the folder changed. */
interface SortedView {
  key: string
  byDate: BaseItem[]
  byPath: Map<string, BaseItem>
  sorted: Map<Exclude<GallerySort, 'favourites'>, readonly BaseItem[]>
}

export function createGallery(ctx: GalleryContext): Gallery {
  const prompts = new PromptCache(ctx.ffmpegPath)
  const index = new OutputIndex()
  let view: SortedView | null = null
  // Every mark is written through this gallery: its marks (and the favourites order) are read again only after a write.
  let cachedMarks: GalleryMarks | null = null
  let favouritesOrder: { key: string; list: readonly BaseItem[] } | null = null
  const writeMarks = (rels: readonly string[], flag: 'favourite' | 'hidden', on: boolean): void => {
    setMarks(ctx.db, MARK_SOURCE, rels, flag, on)
    cachedMarks = null
    favouritesOrder = null
  }
  const outputDir = (): string => {
    const dir = ctx.files.outputDir
    if (!dir) throw new DomainError('bad_request', "ComfyUI's output folder is not on this machine (start the sidecar with --comfy-output)", 'comfy_output')
    return dir
  }
  const current = async (): Promise<SortedView> => {
    const snapshot = await index.files(outputDir())
    const subfolder = ctx.settings().output_subfolder
    const key = `${snapshot.version}\0${subfolder}`
    if (view?.key !== key) {
      const byDate = baseItems(snapshot.files, subfolder)
      view = { key, byDate, byPath: new Map(byDate.map((i) => [i.path, i])), sorted: new Map([['date', byDate]]) }
    }
    return view
  }
  const marks = (): GalleryMarks => {
    if (cachedMarks) return cachedMarks
    const favourites = new Set<string>()
    const hidden = new Set<string>()
    for (const [p, m] of imageMarks(ctx.db, MARK_SOURCE)) {
      if (m.favourite) favourites.add(p)
      if (m.hidden) hidden.add(p)
    }
    cachedMarks = { favourites, hidden }
    return cachedMarks
  }
  const sorted = (v: SortedView, sort: GallerySort, m: GalleryMarks): readonly BaseItem[] => {
    if (sort === 'favourites') {
      if (favouritesOrder?.key !== v.key) favouritesOrder = { key: v.key, list: sortItems(v.byDate, sort, m.favourites) }
      return favouritesOrder.list
    }
    let list = v.sorted.get(sort)
    if (!list) {
      list = sortItems(v.byDate, sort, m.favourites)
      v.sorted.set(sort, list)
    }
    return list
  }
  /** A media file inside the output folder, or a 400 naming `path`. */
  const mediaFile = async (rel: string) => {
    const real = await resolveInside(outputDir(), rel, 'path')
    if (!mediaKind(real)) throw new DomainError('bad_request', `path: "${rel}" is not an image or video`, 'path')
    return { real, rel: path.relative(await resolveInside(outputDir(), '', 'path'), real).split(path.sep).join('/') }
  }
  /** Each path resolved, or the reason it was left out (bulk actions change what they can). */
  const resolveMany = async (rels: readonly string[], accept: (item: BaseItem | undefined) => string | null) => {
    const v = await current()
    const ok: string[] = []
    const skipped: GalleryBulkAnswer['skipped'] = []
    for (const rel of new Set(rels)) {
      try {
        const file = await mediaFile(rel)
        const refusal = accept(v.byPath.get(file.rel))
        if (refusal) skipped.push({ path: rel, reason: refusal })
        else ok.push(file.rel)
      } catch (e) {
        skipped.push({ path: rel, reason: e instanceof Error ? e.message : String(e) })
      }
    }
    return { ok, skipped }
  }

  return {
    async warm() {
      if (ctx.files.outputDir) await current().catch(() => undefined)
    },
    async list(q) {
      const v = await current()
      const m = marks()
      return pageGallery(sorted(v, q.sort, m), q, m)
    },
    async thumbnail(rel) {
      const file = await mediaFile(rel)
      const info = await stat(file.real)
      const thumb = await ctx.thumbnail(file.real, thumbnailKey({ real: file.real, size: info.size, mtimeMs: info.mtimeMs }, 'out'))
      if (!thumb) throw new DomainError('unsupported_media_type', `path: ffmpeg cannot make a thumbnail of "${file.rel}"`, 'path')
      return thumb
    },
    async setFavourite(rel, favourite) {
      const file = await mediaFile(rel)
      writeMarks([file.rel], 'favourite', favourite)
      return { path: file.rel, favourite }
    },
    async setFavourites(rels, favourite) {
      const { ok, skipped } = await resolveMany(rels, () => null)
      writeMarks(ok, 'favourite', favourite)
      return { changed: ok, skipped }
    },
    async setHidden(rels, hidden) {
      // Hiding is for the stills that only exist to start a video; a shown file can always be shown again.
      const { ok, skipped } = await resolveMany(rels, (item) => (!hidden || item?.start_image ? null : 'not a start image (only start images can be hidden)'))
      writeMarks(ok, 'hidden', hidden)
      return { changed: ok, skipped }
    },
    async use(rels) {
      const { ok, skipped } = await resolveMany(rels, (item) => (item?.kind === 'image' ? null : 'not an image'))
      const items: GalleryUseAnswer['items'] = []
      for (const rel of ok) {
        try {
          const answer = await useImage(ctx.comfy, outputDir(), rel)
          const prompt = await prompts.prompt(path.join(outputDir(), rel))
          items.push({ path: rel, input_image: answer.input_image, prompt: prompt?.positive ?? null, negative_prompt: prompt?.negative ?? null })
        } catch (e) {
          skipped.push({ path: rel, reason: e instanceof Error ? e.message : String(e) })
        }
      }
      return { items, skipped }
    },
    async meta(rel) {
      const file = await mediaFile(rel)
      const answer = metadataAnswer(file.rel, await readFileText(file.real, ctx.ffmpegPath))
      // A final written before its tag said how many frames it has: count them.
      if (answer.long_video && answer.long_video.frames === null && ctx.ffmpegPath) {
        answer.long_video.frames = await countFrames(file.real, ctx.ffmpegPath).catch(() => null)
      }
      return answer
    },
    async prompts(limit) {
      const dir = outputDir()
      const dated: DatedPrompt[] = []
      for (const item of (await current()).byDate.slice(0, HISTORY_SCAN)) {
        const prompt = await prompts.prompt(path.join(dir, item.path))
        if (prompt) dated.push({ path: item.path, modified: item.modified, prompt })
      }
      return promptHistory(dated, limit)
    },
  }
}
