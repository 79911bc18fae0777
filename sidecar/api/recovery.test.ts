import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { countFrames } from '../video'
import type { JobWithSegments, QueueStatus } from '../contract'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import { openEventStream } from '../testing/eventStream'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9
const accepted = (w: World) => w.sim.promptLog.filter((l) => l.httpStatus === 200)

async function finalize(w: World, id: number): Promise<number> {
  await w.api('POST', `/api/jobs/${id}/finalize`)
  const done = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
  const file = done.final_video?.file
  if (!file) throw new Error('no final file')
  return countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg')
}

describe('nothing is lost', () => {
  it('resubmits a prompt ComfyUI forgot in a restart, and the video still has every frame', async () => {
    world = await startWorld({ segmentSeconds: 1.5 })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    await w.waitForJob(body.id, (j) => j.segments[1]?.status === 'running', 'second segment running')
    const lostId = (await w.job(body.id)).segments[1]?.prompt_id
    await w.sim.restart()
    const waiting = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'the resubmitted segment', 30_000)
    expect(waiting.segments.map((s) => s.status)).toEqual(['done', 'done'])
    expect(waiting.segments[1]?.prompt_id).not.toBe(lostId)
    expect(waiting.segments[1]?.attempts).toBe(2)
    expect(accepted(w).map((l) => l.prompt_id)).toEqual([waiting.segments[0]?.prompt_id, lostId, waiting.segments[1]?.prompt_id])
    expect(await finalize(w, body.id)).toBe(L + (L - 1))
  })

  it('waits while ComfyUI is unreachable, says so, and carries on when it is back', async () => {
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    await w.sim.stop()
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    const status = await waitUntil(
      () => w.api<QueueStatus>('GET', '/api/queue/status'),
      (r) => !r.body.comfyui.reachable,
      'unreachable status'
    )
    expect(status.body.comfyui.error).toMatch(/not reachable/)
    await new Promise((r) => setTimeout(r, 800))
    const meanwhile = await w.job(body.id)
    expect(meanwhile.segments.some((s) => s.status === 'failed')).toBe(false)
    expect(meanwhile.status).toBe('running')
    await w.sim.start()
    const waiting = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'both segments after the outage')
    expect(waiting.segments.map((s) => s.status)).toEqual(['done', 'done'])
    expect(accepted(w)).toHaveLength(2)
    expect(await finalize(w, body.id)).toBe(L + (L - 1))
  })

  it('reattaches to a prompt that ran while the sidecar was down, without submitting it again', async () => {
    world = await startWorld({ segmentSeconds: 1 })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }))
    await w.waitForJob(body.id, (j) => j.segments[1]?.status === 'running', 'second segment running')
    await w.sidecar.close()
    // The prompt finishes in ComfyUI while nobody listens.
    await waitUntil(async () => accepted(w)[1]?.status, (s) => s === 'success', 'ComfyUI to finish segment 2')
    await w.restartSidecar()
    const waiting = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'all three segments')
    expect(waiting.segments.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    expect(accepted(w)).toHaveLength(3)
    expect(new Set(accepted(w).map((l) => l.prompt_id)).size).toBe(3)
    expect(await finalize(w, body.id)).toBe(L + 2 * (L - 1))
  })

  it('keeps one prompt running and the next ready one of another job pending in ComfyUI', async () => {
    world = await startWorld({ segmentSeconds: 2 })
    const w = world
    const a = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'A', planned_prompts: ['a2'] }))
    const b = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'B' }))
    const c = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'C' }))
    const q = await waitUntil(
      () => w.api<QueueStatus>('GET', '/api/queue/status'),
      (r) => r.body.ours.length === 2 && r.body.ours.some((o) => o.state === 'running'),
      'two prompts of ours in ComfyUI'
    )
    // Which two depends on how fast the three jobs were created; what matters is that the pending one
    // belongs to another job than the running one (the GPU never waits for a hand-off).
    expect(new Set(q.body.ours.map((o) => o.job_id)).size).toBe(2)
    expect(q.body.ours.every((o) => [a.body.id, b.body.id, c.body.id].includes(o.job_id))).toBe(true)
    for (const id of [a.body.id, b.body.id, c.body.id]) await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${id}`)
    // Never more than two of ours in ComfyUI at once.
    const log = accepted(w)
    for (const entry of log) {
      const overlapping = log.filter((o) => o.receivedAt <= entry.receivedAt && (o.finishedAt ?? Infinity) > entry.receivedAt)
      expect(overlapping.length).toBeLessThanOrEqual(2)
    }
    expect(log).toHaveLength(4)
    // The GPU never waited: each prompt was already in ComfyUI when the one before it finished.
    const byStart = [...log].sort((x, y) => (x.startedAt ?? 0) - (y.startedAt ?? 0))
    for (let i = 1; i < byStart.length; i++) {
      expect(byStart[i]!.receivedAt).toBeLessThan(byStart[i - 1]!.finishedAt ?? 0)
    }
  })

  it('streams job, segment, progress and queue events', async () => {
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    const stream = await openEventStream(w.sidecar)
    const { seen, names } = stream
    expect(stream.contentType).toMatch(/text\/event-stream/)
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'segment done')
    await waitUntil(async () => seen.length, () => seen.some((e) => e.type === 'segment' && e.segment.status === 'done'), 'the done event')
    await stream.close()
    expect(names).toEqual(seen.map((e) => e.type))
    expect(seen[0]?.type).toBe('queue')
    const segStates = seen.flatMap((e) => (e.type === 'segment' ? [e.segment.status] : []))
    expect(segStates).toEqual(expect.arrayContaining(['planned', 'queued', 'running', 'done']))
    const progress = seen.flatMap((e) => (e.type === 'progress' ? [e] : []))
    expect(progress.length).toBeGreaterThan(0)
    // One bar over the whole prompt: it only moves forward, through both sampler passes of the 14B
    // preset (2 steps each of 4), each pass counting its own steps.
    const fractions = progress.map((p) => p.fraction)
    expect(fractions).toEqual([...fractions].sort((a, b) => a - b))
    expect(progress.find((p) => p.phase === 'high_noise' && p.value === 2)).toMatchObject({ max: 2, take: 1 })
    expect(progress.find((p) => p.phase === 'low_noise' && p.value === 2)).toMatchObject({ max: 2 })
    expect(progress.every((p) => p.started_at !== null)).toBe(true)
    expect(seen.some((e) => e.type === 'job' && e.job.status === 'awaiting_prompt')).toBe(true)
    // The queue status counts the running job (the sidebar badge) and is sent again when it stops running.
    const counts = seen.flatMap((e) => (e.type === 'queue' ? [e.queue.running_jobs] : []))
    expect(counts).toContain(1)
    expect(counts.at(-1)).toBe(0)
  })
})
