// /api/start-images: "Start from text" (candidate start images from a prompt, pick one, make more,
// text-to-image templates), and PUT /api/jobs/{id}/start-image (another candidate for segment 1).
import { Hono } from 'hono'
import { z } from 'zod'
import { ChooseStartImageBody, ImageTemplateBody, MoreStartImagesBody, StartImagesBody } from '../contract'
import { importImageTemplate, listImageTemplatesOf, removeImageTemplate } from '../engine/imageTemplates'
import {
  chooseStartImage,
  getStartImageSet,
  makeStartImages,
  moreStartImages,
  setJobStartImage,
  startImageMakers,
  startImageSetsOfJob,
  watcherFor,
} from '../engine/startImages'
import type { ApiContext } from './apiContext'
import { JobId } from './pathParams'
import { json, param, query } from './validate'

const SetId = z.object({ id: z.string().regex(/^[1-9]\d{0,14}$/, 'a set id is a positive whole number').transform(Number) })
const TemplateId = z.object({ id: z.string().regex(/^img_[a-z0-9_]{1,60}$/, 'an image template id (img_...)') })
const SetsQuery = z.object({ job: z.string().regex(/^[1-9]\d{0,14}$/, 'a job id is a positive whole number').transform(Number) })

export function startImagesRouter(ctx: ApiContext) {
  // Candidates a previous sidecar left waiting are followed again.
  watcherFor(ctx).wake()
  const id = param(SetId)
  return new Hono()
    .get('/makers', async (c) => c.json(await startImageMakers(ctx)))
    .get('/templates', (c) => c.json({ templates: listImageTemplatesOf(ctx) }))
    .post('/templates', json(ImageTemplateBody), (c) => c.json(importImageTemplate(ctx, c.req.valid('json')), 201))
    .delete('/templates/:id', param(TemplateId), (c) => {
      removeImageTemplate(ctx, c.req.valid('param').id)
      return c.body(null, 204)
    })
    .get('/', query(SetsQuery), (c) => c.json({ sets: startImageSetsOfJob(ctx, c.req.valid('query').job) }))
    .post('/', json(StartImagesBody), async (c) => c.json(await makeStartImages(ctx, c.req.valid('json')), 201))
    .get('/:id', id, (c) => c.json(getStartImageSet(ctx, c.req.valid('param').id)))
    .post('/:id/more', id, json(MoreStartImagesBody), async (c) => c.json(await moreStartImages(ctx, c.req.valid('param').id, c.req.valid('json'))))
    .post('/:id/choose', id, json(ChooseStartImageBody), async (c) => c.json(await chooseStartImage(ctx, c.req.valid('param').id, c.req.valid('json').candidate)))
}

export function jobStartImageRouter(ctx: ApiContext) {
  return new Hono().put('/:id/start-image', param(JobId), json(ChooseStartImageBody, { required: true }), async (c) =>
    c.json(await setJobStartImage(ctx, c.req.valid('param').id, c.req.valid('json').candidate))
  )
}
