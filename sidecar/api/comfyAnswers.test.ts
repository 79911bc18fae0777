// The engine against ComfyUI's answers as real servers give them (protocol notes §6-7): a 500 with a
// plain-text body to POST /prompt, an /interrupt that ignores prompt_id (builds before targeted
// interrupts), and a history entry written after the prompt's last WebSocket message.
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { SUBMIT_TRIES } from '../engine/submitRun'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const posts = (w: World) => w.sim.promptLog
const accepted = (w: World) => w.sim.promptLog.filter((l) => l.httpStatus === 200)

describe('POST /prompt answered with a server error', () => {
  it('tries again with a wait and runs the segment once ComfyUI accepts it', async () => {
    world = await startWorld()
    const w = world
    w.sim.setFaults({ serverErrorOnSubmit: 2 })
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    const done = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'the segment after two 500s')
    expect(done.segments[0]?.status).toBe('done')
    expect(posts(w).map((l) => l.httpStatus)).toEqual([500, 500, 200])
    // The same prompt id each time: one segment, one run in ComfyUI.
    expect(new Set(posts(w).map((l) => l.prompt_id))).toEqual(new Set([done.segments[0]?.prompt_id]))
    expect(done.segments[0]?.attempts).toBe(1)
  })

  it(`fails the segment with ComfyUI's answer after ${SUBMIT_TRIES} tries, instead of resubmitting for ever`, async () => {
    world = await startWorld({ faults: { serverErrorOnSubmit: 1000 } })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    const failed = await w.waitForJob(body.id, (j) => j.status === 'failed', 'the failed segment', 30_000)
    const seg = failed.segments[0]
    expect(seg?.status).toBe('failed')
    expect(seg?.error?.message).toMatch(/ComfyUI answered HTTP 500 to POST \/prompt: 500 Internal Server Error Server got itself in trouble \(tried 4 times/)
    expect(failed.error).toMatch(/Server got itself in trouble/)
    expect(failed.segments[1]?.status).toBe('planned')
    // Bounded: no more posts after the last try, and the sidecar still answers.
    await new Promise((r) => setTimeout(r, 1500))
    expect(posts(w)).toHaveLength(SUBMIT_TRIES)
    expect((await w.api('GET', '/api/health')).status).toBe(200)
    // Retry once ComfyUI is well again: the job goes on.
    w.sim.setFaults({})
    expect((await w.api('POST', `/api/jobs/${body.id}/retry`)).status).toBe(200)
    const done = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'both segments after the retry')
    expect(done.segments.map((s) => s.status)).toEqual(['done', 'done'])
  })
})

describe('cancel against a ComfyUI whose /interrupt ignores prompt_id', () => {
  it('deletes a waiting prompt from the queue and never interrupts another job\'s running one', async () => {
    world = await startWorld({ segmentSeconds: 3, interrupt: 'global' })
    const w = world
    const a = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'A' }))).body
    const b = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'B' }))).body
    // A runs in ComfyUI, B waits in its queue.
    await w.waitForJob(a.id, (j) => j.segments[0]?.status === 'running', 'A running')
    await waitUntil(async () => accepted(w).length, (n) => n === 2, 'B queued in ComfyUI')
    const cancelled = await w.api<JobWithSegments>('POST', `/api/jobs/${b.id}/cancel`)
    expect(cancelled.body.status).toBe('cancelled')
    const doneA = await w.waitForJob(a.id, (j) => j.status !== 'running', 'A to finish', 30_000)
    expect(doneA.status).toBe('awaiting_prompt')
    expect(doneA.segments[0]?.status).toBe('done')
    const bLog = accepted(w).find((l) => l.prompt_id !== doneA.segments[0]?.prompt_id)
    // B never ran: it was taken out of the queue.
    expect(bLog?.startedAt).toBeUndefined()
    expect(accepted(w).find((l) => l.prompt_id === doneA.segments[0]?.prompt_id)?.status).toBe('success')
  })

  it('interrupts the running prompt of the cancelled job', async () => {
    world = await startWorld({ segmentSeconds: 30, interrupt: 'global' })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await w.waitForJob(body.id, (j) => j.segments[0]?.status === 'running', 'segment running')
    expect((await w.api('POST', `/api/jobs/${body.id}/cancel`)).status).toBe(200)
    await waitUntil(async () => accepted(w)[0]?.status, (s) => s !== undefined, 'the prompt to stop')
    expect(accepted(w)[0]?.status).toBe('interrupted')
  })
})

describe('a history entry that lags the WebSocket', () => {
  it('is waited for: every segment finishes without a prompt submitted twice', async () => {
    // History appears 1.5 s after the last message; the fallback poll looks every 250 ms.
    world = await startWorld({ historyDelayMs: 1500 })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }))
    const done = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'three segments', 60_000)
    expect(done.segments.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    expect(accepted(w)).toHaveLength(3)
    expect(done.segments.map((s) => s.attempts)).toEqual([1, 1, 1])
  })
})
