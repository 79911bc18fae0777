// /api/jobs/{id}/segments: list, plan or rewrite a prompt, delete the last, and their files.
import { Hono } from 'hono'
import { z } from 'zod'
import { loadJobState } from '../db/jobStore'
import { DomainError, LockBody, SegmentPromptBody, TakesBody } from '../contract'
import { chooseTake, deleteSegment, listSegments, listTakes, lockSegment, planSegmentPrompt, requestTakes } from '../engine/jobCommands'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'
import { fileResponse } from './fileResponse'
import { JobId } from './jobsRouter'
import { segmentPromptGraph } from './segmentPromptGraph'

const SegmentParams = JobId.extend({
  idx: z.string().regex(/^(0|[1-9]\d{0,4})$/, 'a segment index is a whole number from 0').transform(Number),
})
const TakeParams = SegmentParams.extend({
  take: z.string().regex(/^[1-9]\d{0,4}$/, 'a take number is a whole number from 1').transform(Number),
})

export function segmentsRouter(ctx: ApiContext) {
  const app = new Hono()
  app.get('/:id/segments', (c) => c.json(listSegments(ctx, parse(JobId, c.req.param(), '').id)))
  app.post('/:id/segments/:idx/prompt', async (c) => {
    const { id, idx } = parse(SegmentParams, c.req.param(), '')
    return c.json(planSegmentPrompt(ctx, id, idx, parse(SegmentPromptBody, await jsonBody(c), '')))
  })
  app.delete('/:id/segments/:idx', (c) => {
    const { id, idx } = parse(SegmentParams, c.req.param(), '')
    return c.json(deleteSegment(ctx, id, idx))
  })
  app.get('/:id/segments/:idx/takes', (c) => {
    const { id, idx } = parse(SegmentParams, c.req.param(), '')
    return c.json(listTakes(ctx, id, idx))
  })
  app.post('/:id/segments/:idx/takes', async (c) => {
    const { id, idx } = parse(SegmentParams, c.req.param(), '')
    return c.json(requestTakes(ctx, id, idx, parse(TakesBody, await jsonBody(c), '')), 201)
  })
  app.post('/:id/segments/:idx/takes/:take/choose', (c) => {
    const { id, idx, take } = parse(TakeParams, c.req.param(), '')
    return c.json(chooseTake(ctx, id, idx, take))
  })
  app.put('/:id/segments/:idx/lock', async (c) => {
    const { id, idx } = parse(SegmentParams, c.req.param(), '')
    return c.json(lockSegment(ctx, id, idx, parse(LockBody, await jsonBody(c), '').locked))
  })
  app.get('/:id/segments/:idx/prompt-graph', async (c) => {
    const { id, idx } = parse(SegmentParams, c.req.param(), '')
    return c.json(await segmentPromptGraph(ctx, id, idx))
  })
  for (const kind of ['video', 'last-frame'] as const) {
    app.get(`/:id/segments/:idx/takes/:take/${kind}`, async (c) => {
      const { id, idx, take } = parse(TakeParams, c.req.param(), '')
      const state = loadJobState(ctx.db, id)
      if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
      const found = state.takes.find((t) => t.idx === idx && t.take === take)
      if (!found) throw new DomainError('not_found', `segment ${idx} of job ${id} has no take ${take}`, 'take')
      const ref = kind === 'video' ? found.video : found.last_frame
      if (!ref) throw new DomainError('not_found', `take ${take} of segment ${idx} has no ${kind} yet`, 'take')
      return fileResponse(await ctx.files.localPath(ref), c.req.header('range'), `the ${kind} of take ${take} of segment ${idx}`)
    })
  }
  for (const kind of ['video', 'last-frame'] as const) {
    app.get(`/:id/segments/:idx/${kind}`, async (c) => {
      const { id, idx } = parse(SegmentParams, c.req.param(), '')
      const state = loadJobState(ctx.db, id)
      if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
      const seg = state.segments[idx]
      if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx}`, 'idx')
      const ref = kind === 'video' ? seg.video : seg.last_frame
      if (!ref) throw new DomainError('not_found', `segment ${idx} of job ${id} has no ${kind} yet`, 'idx')
      return fileResponse(await ctx.files.localPath(ref), c.req.header('range'), `the ${kind} of segment ${idx}`)
    })
  }
  return app
}
