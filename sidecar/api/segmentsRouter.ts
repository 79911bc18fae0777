// /api/jobs/{id}/segments: list, plan or rewrite a prompt, delete the last, takes, and their files.
import { Hono } from 'hono'
import { FilmstripQuery, FrameImageBody, LockBody, PlannedSegmentsBody, SegmentPromptBody, TakesBody } from '../contract'
import { chooseTake, deleteSegment, listSegments, listTakes, lockSegment, planSegmentPrompt, requestTakes, stopRun } from '../engine/jobCommands'
import { segmentFile, segmentFilmstripFile, takeFile } from '../engine/jobFiles'
import { segmentPromptGraph } from '../engine/segmentPromptGraph'
import { replacePlannedSegments, segmentFrameImage } from '../engine/timelineCommands'
import type { ApiContext } from './apiContext'
import { fileResponse } from './fileResponse'
import { JobId, SegmentParams, TakeParams } from './pathParams'
import { json, param, query } from './validate'

export function segmentsRouter(ctx: ApiContext) {
  const segment = param(SegmentParams)
  const take = param(TakeParams)
  return new Hono()
    .get('/:id/segments', param(JobId), (c) => c.json(listSegments(ctx, c.req.valid('param').id)))
    .post('/:id/segments/:idx/prompt', segment, json(SegmentPromptBody), async (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(await planSegmentPrompt(ctx, id, idx, c.req.valid('json')))
    })
    .put('/:id/segments/planned', param(JobId), json(PlannedSegmentsBody), async (c) =>
      c.json(await replacePlannedSegments(ctx, c.req.valid('param').id, c.req.valid('json')))
    )
    .post('/:id/segments/:idx/frame-image', segment, json(FrameImageBody), async (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(await segmentFrameImage(ctx, id, idx, c.req.valid('json').frame))
    })
    .delete('/:id/segments/:idx', segment, (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(deleteSegment(ctx, id, idx))
    })
    .get('/:id/segments/:idx/takes', segment, (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(listTakes(ctx, id, idx))
    })
    .post('/:id/segments/:idx/takes', segment, json(TakesBody), async (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(await requestTakes(ctx, id, idx, c.req.valid('json')), 201)
    })
    .post('/:id/segments/:idx/takes/:take/choose', take, (c) => {
      const p = c.req.valid('param')
      return c.json(chooseTake(ctx, p.id, p.idx, p.take))
    })
    .post('/:id/segments/:idx/takes/:take/stop', take, (c) => {
      const p = c.req.valid('param')
      return c.json(stopRun(ctx, p.id, p.idx, p.take))
    })
    .put('/:id/segments/:idx/lock', segment, json(LockBody), (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(lockSegment(ctx, id, idx, c.req.valid('json').locked))
    })
    .get('/:id/segments/:idx/prompt-graph', segment, async (c) => {
      const { id, idx } = c.req.valid('param')
      return c.json(await segmentPromptGraph(ctx, id, idx))
    })
    .get('/:id/segments/:idx/takes/:take/video', take, async (c) => {
      const p = c.req.valid('param')
      return fileResponse(await takeFile(ctx, p.id, p.idx, p.take, 'video'), c.req.header('range'), `the video of take ${p.take} of segment ${p.idx + 1}`)
    })
    .get('/:id/segments/:idx/takes/:take/last-frame', take, async (c) => {
      const p = c.req.valid('param')
      return fileResponse(await takeFile(ctx, p.id, p.idx, p.take, 'last-frame'), c.req.header('range'), `the last-frame of take ${p.take} of segment ${p.idx + 1}`)
    })
    .get('/:id/segments/:idx/video', segment, async (c) => {
      const { id, idx } = c.req.valid('param')
      return fileResponse(await segmentFile(ctx, id, idx, 'video'), c.req.header('range'), `the video of segment ${idx + 1}`)
    })
    .get('/:id/segments/:idx/filmstrip', segment, query(FilmstripQuery), async (c) => {
      const { id, idx } = c.req.valid('param')
      const file = await segmentFilmstripFile(ctx, id, idx, c.req.valid('query').frames)
      const res = fileResponse(file, undefined, `the filmstrip of segment ${idx + 1}`)
      // The URL names the take (?v=), the file its version: the browser may keep it.
      res.headers.set('cache-control', 'private, max-age=3600')
      return res
    })
    .get('/:id/segments/:idx/last-frame', segment, async (c) => {
      const { id, idx } = c.req.valid('param')
      return fileResponse(await segmentFile(ctx, id, idx, 'last-frame'), c.req.header('range'), `the last-frame of segment ${idx + 1}`)
    })
}
