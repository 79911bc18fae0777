import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobList, JobWithSegments } from '../../sidecar/contract'
import { job, jobWithSegments, segment } from '../testing/fixtures'

type Answer<T> = () => Promise<T>
const jobAnswers: Answer<JobWithSegments>[] = []
const listAnswers: Answer<JobList>[] = []
const next = <T>(answers: Answer<T>[]) => (answers.shift() ?? (() => Promise.reject(new Error('no answer'))))()
vi.mock('../composables/useSidecarApi', () => ({
  useSidecarApi: () => ({
    getJob: vi.fn(() => next(jobAnswers)),
    cancelJob: vi.fn(() => next(jobAnswers)),
    listJobs: vi.fn(() => next(listAnswers)),
  }),
}))

const { useJobsStore } = await import('./jobsStore')

describe('answers and the events that arrive while they are on their way', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    jobAnswers.length = 0
    listAnswers.length = 0
  })

  it('applies an event that overtakes the answer of an open again over it, so the older answer never wins', async () => {
    const store = useJobsStore()
    const running = jobWithSegments([segment({ idx: 0, status: 'running' })])
    jobAnswers.push(async () => {
      // The segment fails while the answer (still "running") is on its way.
      store.applyEvent({ type: 'segment', segment: segment({ idx: 0, status: 'failed' }) })
      return running
    })
    await store.openJob(running.id)
    expect(store.current?.segments.map((s) => s.status)).toEqual(['failed'])
  })

  it('keeps the answer when nothing about the job arrived meanwhile, and reads it once', async () => {
    const store = useJobsStore()
    const done = jobWithSegments([segment({ idx: 0, status: 'done' })])
    jobAnswers.push(async () => {
      store.applyEvent({ type: 'segment', segment: segment({ job_id: done.id + 1, idx: 0, status: 'failed' }) })
      return done
    })
    await store.openJob(done.id)
    expect(store.current?.segments.map((s) => s.status)).toEqual(['done'])
    expect(jobAnswers).toHaveLength(0)
  })

  it('lets events that arrived during a command win over its older answer', async () => {
    const store = useJobsStore()
    store.current = jobWithSegments([segment({ idx: 0, status: 'running' })], { status: 'running' })
    jobAnswers.push(async () => {
      // The sidecar's events about the cancel (and a later change) arrive before the command's answer.
      store.applyEvent({ type: 'segment', segment: segment({ idx: 0, status: 'cancelled' }) })
      store.applyEvent({ type: 'job', job: job({ status: 'cancelled', updated_at: '2026-01-01T00:00:02.000Z' }) })
      return jobWithSegments([segment({ idx: 0, status: 'queued' })], { status: 'running', updated_at: '2026-01-01T00:00:01.000Z' })
    })
    await store.cancel(1)
    expect(store.current?.status).toBe('cancelled')
    expect(store.current?.segments.map((s) => s.status)).toEqual(['cancelled'])
    expect(store.jobs.map((j) => [j.id, j.status])).toEqual([[1, 'cancelled']])
  })

  it('applies a command\'s answer to the list and to the open job', async () => {
    const store = useJobsStore()
    store.jobs = [job({ id: 2, name: 'other' }), job({ id: 1, status: 'running' })]
    store.current = jobWithSegments([segment({ idx: 0, status: 'running' })], { status: 'running' })
    jobAnswers.push(async () => jobWithSegments([segment({ idx: 0, status: 'cancelled' })], { status: 'cancelled' }))
    await store.cancel(1)
    expect(store.jobs.map((j) => [j.id, j.status])).toEqual([
      [2, 'running'],
      [1, 'cancelled'],
    ])
    expect(store.jobs.every((j) => !('segments' in j))).toBe(true)
    expect(store.current?.segments.map((s) => s.status)).toEqual(['cancelled'])
  })

  it('does not let a late answer for a job opened before replace the job opened since', async () => {
    const store = useJobsStore()
    let answerFirst: (j: JobWithSegments) => void = () => undefined
    jobAnswers.push(() => new Promise((resolve) => (answerFirst = resolve)))
    jobAnswers.push(async () => jobWithSegments([], { id: 2, name: 'second' }))
    const first = store.openJob(1)
    await store.openJob(2)
    answerFirst(jobWithSegments([], { id: 1, name: 'first' }))
    await first
    expect(store.current?.name).toBe('second')
  })

  it('keeps a job an event announced while the list was on its way', async () => {
    const store = useJobsStore()
    listAnswers.push(async () => {
      store.applyEvent({ type: 'job', job: job({ id: 5, name: 'just made' }) })
      store.applyEvent({ type: 'job_deleted', id: 1 })
      return { jobs: [job({ id: 1 })], total: 1 }
    })
    await store.loadJobs()
    expect(store.jobs.map((j) => j.id)).toEqual([5])
    expect(store.loaded).toBe(true)
  })

  it('keeps list items in the list: a whole job from an event or an answer leaves its finals with the open job', async () => {
    const store = useJobsStore()
    const final = { file: { filename: 'walk_00001.mp4', subfolder: 'longvideo', type: 'output' as const }, frames: 9, mode: 'copy' as const, created_at: '2026-01-01T00:00:03.000Z', takes: [{ idx: 0, take: 1 }], export: null }
    const opened = jobWithSegments([segment({ idx: 0, status: 'done' })], { status: 'completed', finals: [final], final_video: final })
    jobAnswers.push(async () => opened, async () => opened)
    await store.openJob(opened.id)
    await store.cancel(opened.id)
    store.applyEvent({ type: 'job', job: job({ id: opened.id + 1, finals: [final], final_video: final }) })
    expect(store.jobs.map((j) => j.id).sort()).toEqual([opened.id, opened.id + 1])
    for (const item of store.jobs) for (const key of ['finals', 'final_video', 'finalize_options']) expect(item).not.toHaveProperty(key)
    expect(store.current?.finals).toEqual([final])
  })
})
