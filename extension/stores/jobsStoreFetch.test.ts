import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobWithSegments } from '../../sidecar/contract'
import { jobWithSegments, segment } from '../testing/fixtures'

const answers: Array<() => Promise<JobWithSegments>> = []
vi.mock('../composables/useSidecarApi', () => ({
  useSidecarApi: () => ({ getJob: vi.fn(() => (answers.shift() ?? (() => Promise.reject(new Error('no answer'))))()) }),
}))

const { useJobsStore } = await import('./jobsStore')

describe('opening a job while its events arrive', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('fetches again when an event about the job overtakes the answer, so the older answer never wins', async () => {
    const store = useJobsStore()
    const running = jobWithSegments([segment({ idx: 0, status: 'running' })])
    const failed = jobWithSegments([segment({ idx: 0, status: 'failed' })])
    answers.push(async () => {
      // The segment fails while the first answer (still "running") is on its way.
      store.applyEvent({ type: 'segment', segment: segment({ idx: 0, status: 'failed' }) })
      return running
    })
    answers.push(async () => failed)
    await store.openJob(running.id)
    expect(store.current?.segments.map((s) => s.status)).toEqual(['failed'])
  })

  it('keeps the first answer when nothing about the job arrived meanwhile', async () => {
    const store = useJobsStore()
    const done = jobWithSegments([segment({ idx: 0, status: 'done' })])
    answers.push(async () => {
      store.applyEvent({ type: 'segment', segment: segment({ job_id: done.id + 1, idx: 0, status: 'failed' }) })
      return done
    })
    await store.openJob(done.id)
    expect(store.current?.segments.map((s) => s.status)).toEqual(['done'])
    expect(answers).toHaveLength(0)
  })
})
