// /api/gallery*: ComfyUI's output images and videos (ours included), favourites in SQLite, the
// metadata of one file as an extracted prompt, and the prompt history across outputs.
import path from 'node:path'
import { Hono } from 'hono'
import { imageMarks, setFavourite } from '../db/libraryStore'
import {
  DomainError,
  GalleryFavouriteBody,
  GalleryPathQuery,
  GalleryQuery,
  PromptHistoryQuery,
} from '../contract'
import { resolveInside } from '../library/confinedPath'
import { metadataAnswer, PromptCache, readFileText } from '../library/fileMetadata'
import { filterGallery, galleryItems, mediaKind, walkOutputs } from '../library/outputGallery'
import { promptHistory } from '../library/promptHistory'
import type { DatedPrompt } from '../library/promptHistory'
import { effectiveSettings } from '../settings/settingsStore'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'

const MARK_SOURCE = 'output'
/** The history reads at most this many of the newest files. */
const HISTORY_SCAN = 2000

export function galleryRouter(ctx: ApiContext) {
  const prompts = new PromptCache(ctx.ffmpegPath)
  const outputDir = (): string => {
    const dir = ctx.files.outputDir
    if (!dir) throw new DomainError('bad_request', "ComfyUI's output folder is not on this machine (start the sidecar with --comfy-output)", 'comfy_output')
    return dir
  }
  const items = async () => {
    const favourites = new Set([...imageMarks(ctx.db, MARK_SOURCE)].filter(([, m]) => m.favourite).map(([p]) => p))
    return galleryItems(await walkOutputs(outputDir()), effectiveSettings(ctx.db, ctx.settingsBase).output_subfolder, favourites)
  }
  /** A media file inside the output folder, or a 400 naming `path`. */
  const mediaFile = async (rel: string) => {
    const real = await resolveInside(outputDir(), rel, 'path')
    if (!mediaKind(real)) throw new DomainError('bad_request', `path: "${rel}" is not an image or video`, 'path')
    return { real, rel: path.relative(await resolveInside(outputDir(), '', 'path'), real).split(path.sep).join('/') }
  }

  const app = new Hono()
  app.get('/gallery', async (c) => {
    const q = parse(GalleryQuery, c.req.query(), '')
    const hide = q.hide_start_images === '1' || q.hide_start_images === 'true'
    return c.json(filterGallery(await items(), { filter: q.filter, hideStartImages: hide, offset: q.offset, limit: q.limit }))
  })
  app.put('/gallery/favourite', async (c) => {
    const body = parse(GalleryFavouriteBody, await jsonBody(c), '')
    const file = await mediaFile(body.path)
    setFavourite(ctx.db, MARK_SOURCE, file.rel, body.favourite)
    return c.json({ path: file.rel, favourite: body.favourite })
  })
  app.get('/gallery/meta', async (c) => {
    const q = parse(GalleryPathQuery, c.req.query(), '')
    const file = await mediaFile(q.path)
    return c.json(metadataAnswer(file.rel, await readFileText(file.real, ctx.ffmpegPath)))
  })
  app.get('/gallery/prompts', async (c) => {
    const q = parse(PromptHistoryQuery, c.req.query(), '')
    const dir = outputDir()
    const dated: DatedPrompt[] = []
    for (const item of (await items()).slice(0, HISTORY_SCAN)) {
      const prompt = await prompts.prompt(path.join(dir, item.path))
      if (prompt) dated.push({ path: item.path, modified: item.modified, prompt })
    }
    return c.json(promptHistory(dated, q.limit))
  })
  return app
}
