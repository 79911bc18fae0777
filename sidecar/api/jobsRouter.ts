// /api/jobs: list, create, read, edit, delete, and the job commands; the final video and thumbnail.
import { Hono } from 'hono'
import { ContinuityBody, CreateJobBody, FinalizeBody, JobListQuery, SeamsBody, UpdateJobBody } from '../contract'
import { createJob, deleteJob, finalizeJob, getJob, jobCommand, listJobs, resolveStale, setContinuity, setFinalizeOptions, setSeams, updateJob } from '../engine/jobCommands'
import { finalVideoFile, jobThumbnailFile } from '../engine/jobFiles'
import type { ApiContext } from './apiContext'
import { fileResponse } from './fileResponse'
import { JobId } from './pathParams'
import { json, param, query } from './validate'

export function jobsRouter(ctx: ApiContext) {
  const id = param(JobId)
  return new Hono()
    .get('/', query(JobListQuery), (c) => c.json(listJobs(ctx, c.req.valid('query'))))
    .post('/', json(CreateJobBody), async (c) => {
      const { job, created } = await createJob(ctx, c.req.valid('json'))
      return c.json(job, created ? 201 : 200)
    })
    .get('/:id', id, (c) => c.json(getJob(ctx, c.req.valid('param').id)))
    .put('/:id', id, json(UpdateJobBody, { required: true }), async (c) => c.json(await updateJob(ctx, c.req.valid('param').id, c.req.valid('json'))))
    .delete('/:id', id, (c) => {
      deleteJob(ctx, c.req.valid('param').id)
      return c.body(null, 204)
    })
    .post('/:id/start', id, (c) => c.json(jobCommand(ctx, c.req.valid('param').id, 'start')))
    .post('/:id/cancel', id, (c) => c.json(jobCommand(ctx, c.req.valid('param').id, 'cancel')))
    .post('/:id/retry', id, (c) => c.json(jobCommand(ctx, c.req.valid('param').id, 'retry')))
    .post('/:id/continue', id, (c) => c.json(jobCommand(ctx, c.req.valid('param').id, 'continue')))
    .post('/:id/reopen', id, (c) => c.json(jobCommand(ctx, c.req.valid('param').id, 'reopen')))
    .post('/:id/finalize', id, json(FinalizeBody), (c) => c.json(finalizeJob(ctx, c.req.valid('param').id, c.req.valid('json'))))
    .put('/:id/finalize-options', id, json(FinalizeBody, { required: true }), (c) => c.json(setFinalizeOptions(ctx, c.req.valid('param').id, c.req.valid('json'))))
    .put('/:id/continuity', id, json(ContinuityBody), (c) => c.json(setContinuity(ctx, c.req.valid('param').id, c.req.valid('json'))))
    .put('/:id/seams', id, json(SeamsBody), async (c) => c.json(await setSeams(ctx, c.req.valid('param').id, c.req.valid('json'))))
    .post('/:id/stale/rerun', id, (c) => c.json(resolveStale(ctx, c.req.valid('param').id, 'rerun')))
    .post('/:id/stale/keep', id, (c) => c.json(resolveStale(ctx, c.req.valid('param').id, 'keep')))
    .get('/:id/video', id, (c) => {
      const jobId = c.req.valid('param').id
      return fileResponse(finalVideoFile(ctx, jobId), c.req.header('range'), `the final video of job ${jobId}`)
    })
    .get('/:id/thumbnail', id, async (c) => {
      const jobId = c.req.valid('param').id
      return fileResponse(await jobThumbnailFile(ctx, jobId), undefined, `the thumbnail of job ${jobId}`)
    })
}
