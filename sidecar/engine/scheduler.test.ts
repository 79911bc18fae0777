import { describe, expect, it } from 'vitest'
import type { SegmentRecord, TakeRecord } from '../contract'
import { newSegment } from './runQueries'
import { placementBackends, queuedBehind } from './scheduler'
import { AT, jobState, plannedRun } from '../testing/engineStates'

describe('placementBackends', () => {
  it('carries what placement remembers of each backend into the next round, the keys it served included', () => {
    const memory = new Map([['main', { lastKey: 'a', streak: 3, served: { a: 2, b: 1, c: 0 } }]])
    const [main, other] = placementBackends([], [{ id: 'main', open: true }, { id: 'gpu2', open: false }], memory)
    // Without `served`, "the key served there longest ago goes next" would forget every round.
    expect(main).toMatchObject({ id: 'main', open: true, inFlight: 0, lastKey: 'a', streak: 3, served: { a: 2, b: 1, c: 0 } })
    expect(other).toMatchObject({ id: 'gpu2', open: false, lastKey: null, streak: 0 })
  })
})

describe('queuedBehind', () => {
  const run = (job: number, idx: number, status: SegmentRecord['status'], backend: string | null, promptId: string, accepted = true): SegmentRecord => ({
    ...newSegment(job, idx, plannedRun(`p${idx}`), AT),
    status,
    backend,
    prompt_id: promptId,
    accepted,
  })

  it('lists the accepted runs waiting in a backend queue behind a run of ours running there, oldest job first, takes by number', () => {
    const take: TakeRecord = (({ locked: _l, stale: _s, ...r }) => ({ ...r, take: 2 }))(run(3, 0, 'queued', 'gpu2', 't3'))
    const states = [
      jobState('running', [run(3, 0, 'queued', 'gpu2', 'q3')], [take], { id: 3 }),
      jobState('running', [run(1, 0, 'done', 'main', 'd1'), run(1, 1, 'running', null, 'r1')], [], { id: 1 }),
      jobState('running', [run(2, 0, 'queued', 'main', 'q2'), run(2, 1, 'planned', null, 'x')], [], { id: 2 }),
      jobState('running', [run(4, 0, 'running', 'gpu2', 'r4')], [], { id: 4 }),
      // Not yet accepted (its POST under way), and queued where nothing of ours runs: neither waits behind us.
      jobState('running', [run(5, 0, 'queued', 'main', 'q5', false)], [], { id: 5 }),
      jobState('running', [run(6, 0, 'queued', 'gpu3', 'q6')], [], { id: 6 }),
    ]
    expect(queuedBehind(states).map((q) => [q.job_id, q.idx, q.take, q.backend, q.prompt_id])).toEqual([
      [2, 0, null, 'main', 'q2'],
      [3, 0, null, 'gpu2', 'q3'],
      [3, 0, 2, 'gpu2', 't3'],
    ])
  })
})
