// /api/jobs: list, create, read, edit, delete, and the job commands; the final video and thumbnail.
import { Hono } from 'hono'
import { z } from 'zod'
import {
  ContinuityBody,
  CreateJobBody,
  DomainError,
  FinalizeBody,
  JobListQuery,
  UpdateJobBody,
} from '../contract'
import { createJob, deleteJob, finalizeJob, getJob, jobCommand, listJobs, resolveStale, setContinuity, updateJob } from '../engine/jobCommands'
import { loadJobState } from '../db/jobStore'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'
import { fileResponse } from './fileResponse'

// Digits only: Number(' 1') would quietly read a padded or odd id as job 1.
export const JobId = z.object({
  id: z.string().regex(/^[1-9]\d{0,14}$/, 'a job id is a positive whole number').transform(Number),
})

export function jobsRouter(ctx: ApiContext) {
  const app = new Hono()
  app.get('/', (c) => c.json(listJobs(ctx, parse(JobListQuery, c.req.query(), ''))))
  app.post('/', async (c) => {
    const { job, created } = createJob(ctx, parse(CreateJobBody, await jsonBody(c), ''))
    return c.json(job, created ? 201 : 200)
  })
  app.get('/:id', (c) => c.json(getJob(ctx, parse(JobId, c.req.param(), '').id)))
  app.put('/:id', async (c) => {
    const { id } = parse(JobId, c.req.param(), '')
    return c.json(updateJob(ctx, id, parse(UpdateJobBody, await jsonBody(c, true), '')))
  })
  app.delete('/:id', (c) => {
    deleteJob(ctx, parse(JobId, c.req.param(), '').id)
    return c.body(null, 204)
  })
  for (const command of ['start', 'cancel', 'retry', 'reopen'] as const) {
    app.post(`/:id/${command}`, (c) => c.json(jobCommand(ctx, parse(JobId, c.req.param(), '').id, command)))
  }
  app.post('/:id/finalize', async (c) => {
    const { id } = parse(JobId, c.req.param(), '')
    return c.json(finalizeJob(ctx, id, parse(FinalizeBody, await jsonBody(c), '')))
  })
  app.put('/:id/continuity', async (c) => {
    const { id } = parse(JobId, c.req.param(), '')
    return c.json(setContinuity(ctx, id, parse(ContinuityBody, await jsonBody(c), '')))
  })
  app.post('/:id/stale/rerun', (c) => c.json(resolveStale(ctx, parse(JobId, c.req.param(), '').id, 'rerun')))
  app.post('/:id/stale/keep', (c) => c.json(resolveStale(ctx, parse(JobId, c.req.param(), '').id, 'keep')))
  app.get('/:id/video', (c) => {
    const { id } = parse(JobId, c.req.param(), '')
    const final = loadJobState(ctx.db, id)?.finals.at(-1)
    if (!final) throw new DomainError('not_found', `job ${id} has no final video yet; finalize it first`, 'id')
    return fileResponse(ctx.files.finalPath(final.file), c.req.header('range'), `the final video of job ${id}`)
  })
  app.get('/:id/thumbnail', async (c) => {
    const { id } = parse(JobId, c.req.param(), '')
    const state = loadJobState(ctx.db, id)
    if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
    const ref = state.job.input_image
      ? { filename: state.job.input_image, subfolder: '', type: 'input' as const }
      : state.segments[0]?.last_frame
    if (!ref) throw new DomainError('not_found', `job ${id} has no image yet`, 'id')
    const source = await ctx.files.localPath(ref)
    const thumb = await ctx.thumbnail(source, `job${id}_${ref.filename}`)
    return fileResponse(thumb ?? source, undefined, `the thumbnail of job ${id}`)
  })
  return app
}
