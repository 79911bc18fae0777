// /api/gallery*: ComfyUI's output images and videos (ours included) sorted and paged, thumbnails,
// favourites and hidden flags (one file or many), output images sent to ComfyUI's input folder, the
// metadata of one file as an extracted prompt, and the prompt history across outputs.
import { Hono } from 'hono'
import {
  GalleryFavouriteBody,
  GalleryFavouritesBody,
  GalleryHiddenBody,
  GalleryPathQuery,
  GalleryQuery,
  GalleryUseBody,
  PromptHistoryQuery,
} from '../contract'
import { createGallery } from '../library/gallery'
import type { ApiContext } from './apiContext'
import { fileResponse } from './fileResponse'
import { json, query } from './validate'

const WARM_AFTER_MS = 2000

export function galleryRouter(ctx: ApiContext) {
  const gallery = createGallery(ctx)
  // A 20,000-file folder takes a second or more to read: read it soon after start, not when the panel first asks.
  setTimeout(() => void gallery.warm(), WARM_AFTER_MS).unref()
  return new Hono()
    .get('/gallery', query(GalleryQuery), async (c) => {
      const q = c.req.valid('query')
      const hideStartImages = q.hide_start_images === '1' || q.hide_start_images === 'true'
      return c.json(await gallery.list({ filter: q.filter, sort: q.sort, hideStartImages, offset: q.offset, limit: q.limit }))
    })
    .get('/gallery/thumb', query(GalleryPathQuery), async (c) => {
      const file = await gallery.thumbnail(c.req.valid('query').path)
      const res = fileResponse(file, undefined, 'the thumbnail')
      // The URL names the file, not its version: the browser may keep it briefly, then asks again.
      res.headers.set('cache-control', 'private, max-age=60')
      return res
    })
    .put('/gallery/favourite', json(GalleryFavouriteBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await gallery.setFavourite(body.path, body.favourite))
    })
    .put('/gallery/favourites', json(GalleryFavouritesBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await gallery.setFavourites(body.paths, body.favourite))
    })
    .put('/gallery/hidden', json(GalleryHiddenBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await gallery.setHidden(body.paths, body.hidden))
    })
    .post('/gallery/use', json(GalleryUseBody), async (c) => c.json(await gallery.use(c.req.valid('json').paths)))
    .get('/gallery/meta', query(GalleryPathQuery), async (c) => c.json(await gallery.meta(c.req.valid('query').path)))
    .get('/gallery/prompts', query(PromptHistoryQuery), async (c) => c.json(await gallery.prompts(c.req.valid('query').limit)))
}
