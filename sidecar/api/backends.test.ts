import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackendList, JobWithSegments, Segment } from '../contract'
import { backendSettings } from '../testing/backendSims'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import { openEventStream } from '../testing/eventStream'
import { countFrames } from '../video'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9

describe('several ComfyUI backends', () => {
  it('runs a 3-segment job across two simulated ComfyUIs, copying each hand-off frame byte for byte, and stitches the exact frame count', async () => {
    world = await startWorld({}, {}, { backends: 1 })
    const w = world
    const gpu2 = w.backends[0]!
    const only = (main: boolean, other: boolean) => w.api('PUT', '/api/settings', { main_backend_enabled: main, backends: backendSettings([gpu2]).map((b) => ({ ...b, enabled: other })) })
    const seg = (j: JobWithSegments, i: number) => j.segments[i] as Segment

    // Segment 1 on gpu2 (main off): the start image is copied there from main's input folder.
    expect((await only(false, true)).status).toBe(200)
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    expect(created.status).toBe(201)
    const id = created.body.id
    let job = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'segment 1', 45_000)
    expect(seg(job, 0).backend).toBe('gpu2')
    expect(readFileSync(path.join(gpu2.sim.inputDir, 'longvideo_from_main_input_start.png'))).toEqual(readFileSync(path.join(w.sim.inputDir, 'start.png')))

    // Segment 2 on main (gpu2 off): gpu2's last frame reaches main over HTTP, byte for byte.
    expect((await only(true, false)).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${id}/segments/1/prompt`, { prompt: 'turn left' })).status).toBe(200)
    job = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.segments.length === 2, 'segment 2', 45_000)
    expect(seg(job, 1).backend).toBe('main')
    const frame1 = seg(job, 0).last_frame!
    const made1 = readFileSync(path.join(gpu2.sim.outputDir, frame1.subfolder, frame1.filename))
    expect(readFileSync(path.join(w.sim.inputDir, `longvideo_from_gpu2_output_${frame1.subfolder}_${frame1.filename}`))).toEqual(made1)

    // Segment 3 on gpu2 again: main's frame goes the other way.
    expect((await only(false, true)).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${id}/segments/2/prompt`, { prompt: 'sit down' })).status).toBe(200)
    job = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.segments.length === 3, 'segment 3', 45_000)
    expect(job.segments.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    expect(seg(job, 2).backend).toBe('gpu2')
    const frame2 = seg(job, 1).last_frame!
    expect(readFileSync(path.join(gpu2.sim.inputDir, `longvideo_from_main_output_${frame2.subfolder}_${frame2.filename}`))).toEqual(readFileSync(path.join(w.sim.outputDir, frame2.subfolder, frame2.filename)))
    // Each prompt went to one backend only.
    const sent = (sim: typeof w.sim) => sim.promptLog.filter((l) => l.httpStatus === 200).map((l) => l.prompt_id)
    expect(sent(gpu2.sim)).toEqual([seg(job, 0).prompt_id, seg(job, 2).prompt_id])
    expect(sent(w.sim)).toEqual([seg(job, 1).prompt_id])

    const status = await w.api<BackendList>('GET', '/api/backends')
    expect(status.status).toBe(200)
    expect(status.body.backends.map((b) => [b.id, b.from, b.enabled])).toEqual([['main', 'main', false], ['gpu2', 'settings', true]])
    expect(status.body.backends[1]?.loaded?.models.length).toBeGreaterThan(0)

    // The final fetches each segment from the backend that made it.
    expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize', 45_000)
    const file = done.final_video!.file
    expect(await countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg')).toBe(L + 2 * (L - 1))
  }, 150_000)

  it('runs independent jobs on both backends at once and sends the backends\' statuses on the event stream', async () => {
    world = await startWorld({ segmentSeconds: 0.5 }, {}, { backends: 1 })
    const w = world
    const stream = await openEventStream(w.sidecar)
    const { seen } = stream
    const ids: number[] = []
    for (const name of ['A', 'B', 'C', 'D']) ids.push((await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name, planned_prompts: ['on'] }))).body.id)
    const done = await Promise.all(ids.map((id) => w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${id}`, 60_000)))
    const used = new Set(done.flatMap((j) => j.segments.map((s) => s.backend)))
    expect(used).toEqual(new Set(['main', 'gpu2']))
    // Both ComfyUIs ran at the same time: some prompt of one started before a prompt of the other ended.
    const spans = (sim: typeof w.sim) => sim.promptLog.filter((l) => l.startedAt !== undefined).map((l) => [l.startedAt ?? 0, l.finishedAt ?? Infinity] as const)
    const overlap = spans(w.sim).some(([s1, e1]) => spans(w.backends[0]!.sim).some(([s2, e2]) => s1 < e2 && s2 < e1))
    expect(overlap).toBe(true)
    await waitUntil(async () => seen.length, () => seen.some((e) => e.type === 'backends' && e.backends.some((b) => b.id === 'gpu2' && b.state === 'online')), 'a backends event')
    await stream.close()
  }, 150_000)
})

describe('what runs where (GET /api/backends)', () => {
  it('names a segment\'s own run with take null and a candidate take by its number', async () => {
    world = await startWorld({ segmentSeconds: 1.5 })
    const w = world
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())).body.id
    const main = async () => (await w.api<BackendList>('GET', '/api/backends')).body.backends.find((b) => b.id === 'main')!
    const own = await waitUntil(main, (b) => b.running !== null, 'segment 1 running on main')
    const seg = (await w.job(id)).segments[0]!
    expect(own.running).toEqual({ job_id: id, idx: 0, take: null, prompt_id: seg.prompt_id })

    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'segment 1 done')
    expect((await w.api('POST', `/api/jobs/${id}/segments/0/takes`, { count: 2 })).status).toBe(201)
    const takes = await waitUntil(main, (b) => b.running !== null && b.queued.length === 1, 'one candidate running, one queued')
    expect([takes.running?.take, takes.queued[0]?.take].sort()).toEqual([2, 3])
    expect([takes.running?.idx, takes.queued[0]?.idx]).toEqual([0, 0])
  }, 60_000)
})
