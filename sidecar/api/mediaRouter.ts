// /api/upload (checked image -> ComfyUI's /upload/image), /api/upload/url (the same, fetched by URL), /api/images (ComfyUI's input/output
// images from the configured folders) and /api/view (a proxy to ComfyUI's /view for thumbnails).
import { Hono } from 'hono'
import { ComfyImagesQuery, ComfyViewQuery, DomainError, ImageUrlBody } from '../contract'
import { listComfyFolder } from '../library/imageFolder'
import { tooLarge, uploadImage, uploadImageFromUrl } from '../library/imageUpload'
import type { ApiContext } from './apiContext'
import { filePart, json, query } from './validate'

const PASSED_HEADERS = ['content-type', 'content-length', 'content-range', 'accept-ranges']

export function mediaRouter(ctx: ApiContext) {
  return new Hono()
    .post('/upload', filePart('image', () => ctx.maxUploadBytes, () => tooLarge(ctx)), async (c) => c.json(await uploadImage(ctx, c.req.valid('form').image)))
    .post('/upload/url', json(ImageUrlBody), async (c) => c.json(await uploadImageFromUrl(ctx, c.req.valid('json').url)))
    .get('/images', query(ComfyImagesQuery), async (c) => c.json(await listComfyFolder(ctx.files, c.req.valid('query'))))
    .get('/view', query(ComfyViewQuery), async (c) => {
      const q = c.req.valid('query')
      const params = new URLSearchParams({ filename: q.filename, subfolder: q.subfolder, type: q.type })
      if (q.preview) params.set('preview', q.preview)
      const range = c.req.header('range')
      const res = await ctx.comfy.view(params, range ? { range } : {})
      if (res.status === 404) throw new DomainError('not_found', `filename: ComfyUI has no ${q.type} file "${q.filename}"`, 'filename')
      if (res.status === 400) throw new DomainError('bad_request', `filename: ComfyUI refused "${q.filename}"`, 'filename')
      const headers = new Headers()
      for (const h of PASSED_HEADERS) {
        const v = res.headers.get(h)
        if (v) headers.set(h, v)
      }
      return new Response(res.body, { status: res.status, headers })
    })
}
