// /api/gallery*: ComfyUI's output images and videos (ours included), favourites, the metadata of one
// file as an extracted prompt, and the prompt history across outputs.
import { Hono } from 'hono'
import { GalleryFavouriteBody, GalleryPathQuery, GalleryQuery, PromptHistoryQuery } from '../contract'
import { createGallery } from '../library/gallery'
import type { ApiContext } from './apiContext'
import { json, query } from './validate'

export function galleryRouter(ctx: ApiContext) {
  const gallery = createGallery(ctx)
  return new Hono()
    .get('/gallery', query(GalleryQuery), async (c) => {
      const q = c.req.valid('query')
      const hideStartImages = q.hide_start_images === '1' || q.hide_start_images === 'true'
      return c.json(await gallery.list({ filter: q.filter, hideStartImages, offset: q.offset, limit: q.limit }))
    })
    .put('/gallery/favourite', json(GalleryFavouriteBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await gallery.setFavourite(body.path, body.favourite))
    })
    .get('/gallery/meta', query(GalleryPathQuery), async (c) => c.json(await gallery.meta(c.req.valid('query').path)))
    .get('/gallery/prompts', query(PromptHistoryQuery), async (c) => c.json(await gallery.prompts(c.req.valid('query').limit)))
}
