// /api/library/*: the image repository (settings.image_folders): roots, browsing, thumbnails,
// ratings, and uploading one image to ComfyUI to start a job from it.
import { Hono } from 'hono'
import {
  DomainError,
  LibraryFileQuery,
  LibraryImagesQuery,
  LibraryRatingBody,
  LibraryUseBody,
} from '../contract'
import { listRepository, rateImage, repositoryRoots, resolveImage, rootFolder, thumbnailKey, useImage } from '../library/imageRepository'
import { effectiveSettings } from '../settings/settingsStore'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'
import { fileResponse } from './fileResponse'

export function libraryRouter(ctx: ApiContext) {
  const folders = () => effectiveSettings(ctx.db, ctx.settingsBase).image_folders ?? []
  const app = new Hono()
  app.get('/library/roots', (c) => c.json(repositoryRoots(folders())))
  app.get('/library/images', async (c) => {
    const q = parse(LibraryImagesQuery, c.req.query(), '')
    return c.json(await listRepository(ctx.db, rootFolder(folders(), q.root), q.root, q))
  })
  app.get('/library/thumb', async (c) => {
    const q = parse(LibraryFileQuery, c.req.query(), '')
    const image = await resolveImage(rootFolder(folders(), q.root), q.path)
    const thumb = await ctx.thumbnail(image.real, thumbnailKey(image))
    if (!thumb) throw new DomainError('unsupported_media_type', `path: ffmpeg cannot make a thumbnail of "${image.rel}"`, 'path')
    return fileResponse(thumb, undefined, 'the thumbnail')
  })
  app.put('/library/rating', async (c) => {
    const body = parse(LibraryRatingBody, await jsonBody(c), '')
    return c.json(await rateImage(ctx.db, rootFolder(folders(), body.root), body.path, body.rating))
  })
  app.post('/library/use', async (c) => {
    const body = parse(LibraryUseBody, await jsonBody(c), '')
    return c.json(await useImage(ctx.comfy, rootFolder(folders(), body.root), body.path))
  })
  return app
}
