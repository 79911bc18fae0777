// The media gallery over ComfyUI's output folder: the listing with favourites from SQLite, a favourite
// switch, one file's metadata as an extracted prompt, and the prompt history across the newest files.
import path from 'node:path'
import type { GalleryList, GalleryMeta, PromptHistory } from '../contract'
import { DomainError } from '../contract'
import type { Db } from '../db/database'
import { imageMarks, setFavourite } from '../db/libraryStore'
import { resolveInside } from './confinedPath'
import { metadataAnswer, PromptCache, readFileText } from './fileMetadata'
import { filterGallery, galleryItems, mediaKind, walkOutputs } from './outputGallery'
import type { GalleryFilter } from './outputGallery'
import { promptHistory } from './promptHistory'
import type { DatedPrompt } from './promptHistory'

const MARK_SOURCE = 'output'
/** The history reads at most this many of the newest files. */
const HISTORY_SCAN = 2000

export interface GalleryContext {
  db: Db
  ffmpegPath: string | null
  /** ComfyUI's output folder when it is on this machine. */
  files: { outputDir: string | null }
  settings(): { output_subfolder: string }
}

export interface Gallery {
  list(q: { filter: GalleryFilter; hideStartImages: boolean; offset: number; limit: number }): Promise<GalleryList>
  setFavourite(rel: string, favourite: boolean): Promise<{ path: string; favourite: boolean }>
  meta(rel: string): Promise<GalleryMeta>
  prompts(limit: number): Promise<PromptHistory>
}

export function createGallery(ctx: GalleryContext): Gallery {
  const prompts = new PromptCache(ctx.ffmpegPath)
  const outputDir = (): string => {
    const dir = ctx.files.outputDir
    if (!dir) throw new DomainError('bad_request', "ComfyUI's output folder is not on this machine (start the sidecar with --comfy-output)", 'comfy_output')
    return dir
  }
  const items = async () => {
    const favourites = new Set([...imageMarks(ctx.db, MARK_SOURCE)].filter(([, m]) => m.favourite).map(([p]) => p))
    return galleryItems(await walkOutputs(outputDir()), ctx.settings().output_subfolder, favourites)
  }
  /** A media file inside the output folder, or a 400 naming `path`. */
  const mediaFile = async (rel: string) => {
    const real = await resolveInside(outputDir(), rel, 'path')
    if (!mediaKind(real)) throw new DomainError('bad_request', `path: "${rel}" is not an image or video`, 'path')
    return { real, rel: path.relative(await resolveInside(outputDir(), '', 'path'), real).split(path.sep).join('/') }
  }

  return {
    list: async (q) => filterGallery(await items(), q),
    async setFavourite(rel, favourite) {
      const file = await mediaFile(rel)
      setFavourite(ctx.db, MARK_SOURCE, file.rel, favourite)
      return { path: file.rel, favourite }
    },
    async meta(rel) {
      const file = await mediaFile(rel)
      return metadataAnswer(file.rel, await readFileText(file.real, ctx.ffmpegPath))
    },
    async prompts(limit) {
      const dir = outputDir()
      const dated: DatedPrompt[] = []
      for (const item of (await items()).slice(0, HISTORY_SCAN)) {
        const prompt = await prompts.prompt(path.join(dir, item.path))
        if (prompt) dated.push({ path: item.path, modified: item.modified, prompt })
      }
      return promptHistory(dated, limit)
    },
  }
}
