// /api/library/*: the image repository (settings.image_folders): roots, browsing, thumbnails,
// ratings, and uploading one image to ComfyUI to start a job from it.
import { Hono } from 'hono'
import { LibraryFileQuery, LibraryImagesQuery, LibraryRatingBody, LibraryUseBody } from '../contract'
import { createImageRepository } from '../library/imageRepository'
import type { ApiContext } from './apiContext'
import { fileResponse } from './fileResponse'
import { json, query } from './validate'

export function libraryRouter(ctx: ApiContext) {
  const repository = createImageRepository(ctx)
  return new Hono()
    .get('/library/roots', (c) => c.json(repository.roots()))
    .get('/library/images', query(LibraryImagesQuery), async (c) => c.json(await repository.images(c.req.valid('query'))))
    .get('/library/thumb', query(LibraryFileQuery), async (c) => {
      const q = c.req.valid('query')
      return fileResponse(await repository.thumbnail(q.root, q.path), undefined, 'the thumbnail')
    })
    .put('/library/rating', json(LibraryRatingBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await repository.rate(body.root, body.path, body.rating))
    })
    .post('/library/use', json(LibraryUseBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await repository.use(body.root, body.path))
    })
}
