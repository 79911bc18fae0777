import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { countFrames } from '../video'
import type { ApiError, JobWithSegments, NewTakesAnswer, Segment, SegmentTakes } from '../contract'
import { idle, smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9

async function takesOf(w: World, id: number, idx: number): Promise<SegmentTakes> {
  return (await w.api<SegmentTakes>('GET', `/api/jobs/${id}/segments/${idx}/takes`)).body
}


describe('takes of a segment', () => {
  it('redoes a segment as new takes, chooses one, marks later segments stale, re-runs them, and finalizes the chosen takes', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }))
    const id = body.id
    const first = await w.waitForJob(id, idle, 'three segments')
    expect(first.segments.map((s) => [s.take, s.take_count, s.stale])).toEqual([[1, 1, false], [1, 1, false], [1, 1, false]])

    // Two candidates for segment 2 (idx 1), each with its own seed and files.
    const asked = await w.api<SegmentTakes>('POST', `/api/jobs/${id}/segments/1/takes`, { count: 2 })
    expect(asked.status).toBe(201)
    expect(asked.body.takes.map((t) => [t.take, t.status, t.chosen])).toEqual([[1, 'done', true], [2, 'planned', false], [3, 'planned', false]])
    await w.waitForJob(id, (j) => idle(j) && j.segments[1]?.take_count === 3, 'the candidates')
    const listed = await takesOf(w, id, 1)
    expect(listed.takes.map((t) => t.status)).toEqual(['done', 'done', 'done'])
    expect(new Set(listed.takes.map((t) => t.seed)).size).toBe(3)
    expect(listed.takes.map((t) => t.video?.filename)).toEqual(['Test_walk_seg2_00001_.mp4', 'Test_walk_seg2_t2_00001_.mp4', 'Test_walk_seg2_t3_00001_.mp4'])
    // Every candidate started from segment 1's last frame, like the first take.
    expect(new Set(listed.takes.map((t) => t.start_image))).toEqual(new Set([first.segments[1]?.start_image]))
    expect(listed.takes[1]?.video_url).toBe(`/jobs/${id}/segments/1/takes/2/video`)
    const served = await fetch(`${w.sidecar.url}/api${listed.takes[1]?.last_frame_url}`, { headers: w.sidecar.authHeaders })
    expect(served.status).toBe(200)
    expect(served.headers.get('content-type')).toMatch(/png/)
    expect(w.sim.promptLog.filter((l) => l.httpStatus === 200)).toHaveLength(5)

    // Choosing take 2 of segment 2 leaves segment 3 starting from a frame that is no longer there.
    const chosen = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/1/takes/2/choose`)
    expect(chosen.status).toBe(200)
    expect(chosen.body.segments[1]?.take).toBe(2)
    expect(chosen.body.segments[1]?.video?.filename).toBe('Test_walk_seg2_t2_00001_.mp4')
    expect(chosen.body.segments.map((s) => s.stale)).toEqual([false, false, true])
    expect(chosen.body.stale_segments).toBe(1)

    // A locked segment keeps its take.
    expect((await w.api('PUT', `/api/jobs/${id}/segments/1/lock`, { locked: true })).status).toBe(200)
    const refused = await w.api<ApiError>('POST', `/api/jobs/${id}/segments/1/takes/3/choose`)
    expect([refused.status, refused.body.error.field]).toEqual([409, 'take'])
    expect((await w.api<ApiError>('POST', `/api/jobs/${id}/segments/1/takes`, {})).status).toBe(409)

    // Re-run the stale segment: same prompt and seed, a new take starting from take 2's last frame.
    const before = chosen.body.segments[2] as Segment
    expect((await w.api('POST', `/api/jobs/${id}/stale/rerun`)).status).toBe(200)
    const rerun = await w.waitForJob(id, (j) => idle(j) && j.segments[2]?.take === 2, 'the re-run')
    const third = rerun.segments[2] as Segment
    expect([third.prompt, third.seed, third.stale]).toEqual([before.prompt, before.seed, false])
    expect(third.start_image).toBe(`longvideo/${rerun.segments[1]?.last_frame?.filename} [output]`)
    expect(third.video?.filename).toBe('Test_walk_seg3_t2_00001_.mp4')
    expect((await takesOf(w, id, 2)).takes.map((t) => [t.take, t.chosen])).toEqual([[1, false], [2, true]])
    expect((await w.api<ApiError>('POST', `/api/jobs/${id}/stale/rerun`)).status).toBe(409)

    // Finalize stitches the chosen takes and records which.
    expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
    expect(done.final_video?.takes).toEqual([{ idx: 0, take: 1 }, { idx: 1, take: 2 }, { idx: 2, take: 2 }])
    const file = done.final_video?.file
    expect(await countFrames(path.join(w.sim.outputDir, file?.subfolder ?? '', file?.filename ?? ''), 'ffmpeg')).toBe(L + 2 * (L - 1))

    // Back to take 1 after reopening: segment 3 is stale again, and keeping it clears the flag.
    await w.api('POST', `/api/jobs/${id}/reopen`)
    await w.api('PUT', `/api/jobs/${id}/segments/1/lock`, { locked: false })
    const back = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/1/takes/1/choose`)
    expect(back.body.segments.map((s) => s.stale)).toEqual([false, false, true])
    const kept = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/stale/keep`)
    expect([kept.body.stale_segments, kept.body.segments[2]?.stale, kept.body.segments[2]?.take]).toEqual([0, false, 2])
  })

  it('runs several seeds for the next segment side by side and promotes one', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    const id = body.id
    await w.waitForJob(id, idle, 'first segment')
    const noPrompt = await w.api<ApiError>('POST', `/api/jobs/${id}/segments/1/takes`, { count: 2 })
    expect([noPrompt.status, noPrompt.body.error.field]).toEqual([400, 'prompt'])
    const tooFar = await w.api<ApiError>('POST', `/api/jobs/${id}/segments/5/takes`, { prompt: 'x' })
    expect([tooFar.status, tooFar.body.error.field]).toEqual([409, 'idx'])
    const asked = await w.api<NewTakesAnswer>('POST', `/api/jobs/${id}/segments/1/takes`, { prompt: 'jump', seeds: [11, 22, 33] })
    expect(asked.status).toBe(201)
    expect(asked.body.segment.seed).toBe(11)
    // The answer carries the job with its new segment, so a client needs no second read.
    expect(asked.body.job.segments.map((s) => s.idx)).toEqual([0, 1])
    expect(asked.body.job.status).toBe('running')
    await w.waitForJob(id, (j) => idle(j) && j.segments.length === 2, 'three candidates')
    const listed = await takesOf(w, id, 1)
    expect(listed.takes.map((t) => [t.take, t.seed, t.prompt])).toEqual([[1, 11, 'jump'], [2, 22, 'jump'], [3, 33, 'jump']])
    const promoted = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/1/takes/3/choose`)
    expect(promoted.body.segments[1]?.seed).toBe(33)
    expect(promoted.body.segments[1]?.video?.filename).toBe('Test_walk_seg2_t3_00001_.mp4')
    expect(promoted.body.stale_segments).toBe(0)
    const missing = await w.api<ApiError>('POST', `/api/jobs/${id}/segments/1/takes/9/choose`)
    expect([missing.status, missing.body.error.field]).toEqual([404, 'take'])
  })
})
