// Keep one prompt ahead per backend, so no GPU waits (issue 16): a run queued on a busy backend moves
// to a backend that ran out of work instead of waiting there.
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { runsTwice } from '../testing/backendSims'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

describe('an idle backend takes work waiting on a busy one', () => {
  it('moves a run queued behind a long prompt on main to gpu2 once gpu2 has nothing to run, and runs it once', async () => {
    world = await startWorld({ segmentSeconds: 4 }, {}, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    w.sim.setSegmentSeconds(8)
    const create = async (name: string) => (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name }))).body.id
    const running = (id: number) => w.waitForJob(id, (j) => j.segments[0]?.status === 'running', `job ${id} running`, 30_000)
    // One segment each. A runs on main (8 s), B on gpu2 (4 s); then C, with one prompt on each, is queued on main behind A (the first backend on a tie).
    const a = await create('A')
    const b = await create('B')
    await Promise.all([running(a), running(b)])
    const c = await create('C')
    await waitUntil(async () => w.sim.promptLog.some((l) => JSON.stringify(l.body).includes(`"job_id":${c}`)), (queued) => queued, 'C queued on main', 30_000)
    const bOnGpu2 = gpu2.sim.promptLog.find((l) => JSON.stringify(l.body).includes(`"job_id":${b}`))
    expect(bOnGpu2?.finishedAt).toBeUndefined()
    const done = await Promise.all([a, b, c].map((id) => w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${id}`, 60_000)))
    const [jobA, jobB, jobC] = done.map((j) => j.segments[0]!)
    expect([jobA?.backend, jobB?.backend]).toEqual(['main', 'gpu2'])
    // C ran on gpu2, and started there before A ended on main.
    expect(jobC?.backend).toBe('gpu2')
    const started = (id: string | null | undefined) => gpu2.sim.promptLog.find((l) => l.prompt_id === id)?.startedAt ?? Infinity
    const aEnded = w.sim.promptLog.find((l) => l.prompt_id === jobA?.prompt_id)?.finishedAt ?? 0
    expect(started(jobC?.prompt_id)).toBeLessThan(aEnded)
    // It had been queued on main and was taken out there unstarted: main ran only A.
    const cOnMain = w.sim.promptLog.filter((l) => l.httpStatus === 200 && JSON.stringify(l.body).includes(`"job_id":${c}`))
    expect(cOnMain.length).toBe(1)
    expect(cOnMain[0]?.startedAt).toBeUndefined()
    expect(w.sim.promptLog.filter((l) => l.startedAt !== undefined).map((l) => l.prompt_id)).toEqual([jobA?.prompt_id])
    expect(runsTwice(w.sims)).toEqual({ overlapping: [], started_twice: [] })
  }, 90_000)
})
