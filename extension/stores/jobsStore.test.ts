import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { job, jobWithSegments, segment } from '../testing/fixtures'
import { useJobsStore } from './jobsStore'

describe('the jobs store', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('counts jobs per status for the dashboard', () => {
    const store = useJobsStore()
    store.jobs = [
      job({ id: 1, status: 'running' }),
      job({ id: 2, status: 'finalizing' }),
      job({ id: 3, status: 'awaiting_prompt' }),
      job({ id: 4, status: 'completed' }),
      job({ id: 5, status: 'failed' }),
      job({ id: 6, status: 'cancelled' }),
    ]
    expect(store.counts).toEqual({ running: 2, awaiting_prompt: 1, completed: 1, failed: 1 })
  })

  it('puts a new job first and replaces a known one in place', () => {
    const store = useJobsStore()
    store.jobs = [job({ id: 1 })]
    store.applyEvent({ type: 'job', job: job({ id: 2, name: 'new' }) })
    store.applyEvent({ type: 'job', job: job({ id: 1, status: 'completed' }) })
    expect(store.jobs.map((j) => [j.id, j.status])).toEqual([
      [2, 'running'],
      [1, 'completed'],
    ])
  })

  it('adds and updates segments of the open job only, in order', () => {
    const store = useJobsStore()
    store.current = jobWithSegments([segment({ idx: 0 })])
    store.applyEvent({ type: 'segment', segment: segment({ idx: 2, status: 'planned' }) })
    store.applyEvent({ type: 'segment', segment: segment({ idx: 1, status: 'running' }) })
    store.applyEvent({ type: 'segment', segment: segment({ job_id: 9, idx: 5 }) })
    expect(store.current?.segments.map((s) => [s.idx, s.status])).toEqual([
      [0, 'done'],
      [1, 'running'],
      [2, 'planned'],
    ])
  })

  it('closes the open job when it is deleted elsewhere', () => {
    const store = useJobsStore()
    store.jobs = [job({ id: 1 })]
    store.current = jobWithSegments([], { id: 1 })
    store.applyEvent({ type: 'job_deleted', id: 1 })
    expect(store.jobs).toEqual([])
    expect(store.current).toBeNull()
  })
})
