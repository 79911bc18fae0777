// The timeline's edits through the API: planned segments rearranged as a whole, and a segment's frame as
// a new job's start image.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, ImageUploadAnswer, JobWithSegments } from '../contract'
import { probeVideo } from '../video'
import { idle, smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


describe('PUT /api/jobs/{id}/segments/planned', () => {
  it('inserts, reorders, drops and appends planned segments in one call each; segments that ran stay', async () => {
    world = await startWorld()
    const w = world
    const { body: draft } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'], start: false }))
    const id = draft.id
    expect(draft.segments.map((s) => s.status)).toEqual(['planned', 'planned', 'planned'])

    const put = (from: number, segments: unknown[]) => w.api<JobWithSegments | ApiError>('PUT', `/api/jobs/${id}/segments/planned`, { from, segments })
    // Insert after segment 2, then move the last one up: one call each, the whole planned tail at once.
    const inserted = (await put(1, [{ prompt: 'two' }, { prompt: 'between', seed: 7 }, { prompt: 'three' }])).body as JobWithSegments
    expect(inserted.segments.map((s) => [s.idx, s.prompt])).toEqual([[0, 'a walk in the park'], [1, 'two'], [2, 'between'], [3, 'three']])
    expect(inserted.segments[2]?.seed).toBe(7)
    const moved = (await put(2, [{ prompt: 'three' }, { prompt: 'between', seed: 7 }])).body as JobWithSegments
    expect(moved.segments.map((s) => s.prompt)).toEqual(['a walk in the park', 'two', 'three', 'between'])
    // Dropping the tail, then appending: from may be the number of segments.
    const dropped = (await put(2, [])).body as JobWithSegments
    expect(dropped.segments).toHaveLength(2)
    const appended = (await put(2, [{ prompt: 'the end' }])).body as JobWithSegments
    expect(appended.segments.map((s) => s.prompt)).toEqual(['a walk in the park', 'two', 'the end'])
    const stored = (await w.api<JobWithSegments>('GET', `/api/jobs/${id}`)).body
    expect(stored.segments.map((s) => s.prompt)).toEqual(['a walk in the park', 'two', 'the end'])

    // The rearranged job runs as it now reads.
    await w.api('POST', `/api/jobs/${id}/start`)
    const done = await w.waitForJob(id, idle, 'three segments')
    expect(done.segments.map((s) => s.prompt)).toEqual(['a walk in the park', 'two', 'the end'])
    expect(w.sim.promptLog.filter((l) => l.httpStatus === 200)).toHaveLength(3)

    // Segments that ran stay: the answer names the field.
    const refused = await put(1, [{ prompt: 'rewrite history' }])
    expect(refused.status).toBe(409)
    expect((refused.body as ApiError).error.field).toBe('from')
    expect((refused.body as ApiError).error.message).toContain('segment 2 is done')
    const past = await put(9, [{ prompt: 'far away' }])
    expect([past.status, (past.body as ApiError).error.field]).toEqual([409, 'from'])
    const bad = await w.api<ApiError>('PUT', `/api/jobs/${id}/segments/planned`, { from: 3, segments: [{ prompt: '' }] })
    expect(bad.status).toBe(400)
    expect(bad.body.error.field).toBe('segments.0.prompt')
  })
})

describe('a planned segment inserted after the last segment of a job waiting for a prompt', () => {
  it('waits (stored, nothing sent to ComfyUI, still editable) until POST continue runs it', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    await w.waitForJob(body.id, idle, 'two segments')
    const sent = () => w.sim.promptLog.filter((l) => l.httpStatus === 200).length
    expect(sent()).toBe(2)

    const put = (segments: unknown[]) => w.api<JobWithSegments>('PUT', `/api/jobs/${body.id}/segments/planned`, { from: 2, segments })
    const inserted = (await put([{ prompt: 'inserted' }])).body
    expect(inserted.status).toBe('awaiting_prompt')
    expect(inserted.segments.map((s) => s.status)).toEqual(['done', 'done', 'planned'])
    // Time for a scheduler turn that must not come: the job, as stored, still waits; ComfyUI got nothing.
    await new Promise((r) => setTimeout(r, 300))
    const stored = (await w.api<JobWithSegments>('GET', `/api/jobs/${body.id}`)).body
    expect([stored.status, stored.segments[2]?.status, sent()]).toEqual(['awaiting_prompt', 'planned', 2])
    // Still an edit of what has not run: rewritten (the undo path), then run.
    expect((await put([{ prompt: 'rewritten' }])).body.segments[2]).toMatchObject({ status: 'planned', prompt: 'rewritten' })

    const going = await w.api<JobWithSegments>('POST', `/api/jobs/${body.id}/continue`)
    expect([going.status, going.body.status]).toEqual([200, 'running'])
    const done = await w.waitForJob(body.id, (j) => idle(j) && j.segments.length === 3, 'the inserted segment')
    expect(done.segments[2]?.prompt).toBe('rewritten')
    expect(sent()).toBe(3)
    const again = await w.api<ApiError>('POST', `/api/jobs/${body.id}/continue`)
    expect([again.status, again.body.error.field]).toEqual([409, 'status'])
  })
})

describe('POST /api/jobs/{id}/segments/{idx}/frame-image', () => {
  it('puts that frame of the segment into ComfyUI\'s input folder for a new job, and refuses a frame it lacks', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    const job = await w.waitForJob(body.id, idle, 'two segments')
    const frames = job.segments[1]!.frames!
    const answer = await w.api<ImageUploadAnswer>('POST', `/api/jobs/${job.id}/segments/1/frame-image`, { frame: 3 })
    expect(answer.status).toBe(200)
    expect(answer.body).toMatchObject({ name: 'Test_walk_seg2_frame4.png', type: 'input' })
    const file = path.join(w.sim.inputDir, answer.body.subfolder, answer.body.name)
    expect(readFileSync(file).subarray(1, 4).toString()).toBe('PNG')
    const info = await probeVideo(file, 'ffmpeg')
    expect([info.width, info.height]).toEqual([64, 64])

    const started = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'From a frame', input_image: answer.body.name, start: false }))
    expect(started.status).toBe(201)
    expect(started.body.input_image).toBe(answer.body.name)

    const late = await w.api<ApiError>('POST', `/api/jobs/${job.id}/segments/1/frame-image`, { frame: frames })
    expect([late.status, late.body.error.field]).toEqual([400, 'frame'])
    const none = await w.api<ApiError>('POST', `/api/jobs/${job.id}/segments/5/frame-image`, { frame: 0 })
    expect([none.status, none.body.error.field]).toEqual([404, 'idx'])
    const bad = await w.api<ApiError>('POST', `/api/jobs/${job.id}/segments/0/frame-image`, { frame: -1 })
    expect([bad.status, bad.body.error.field]).toEqual([400, 'frame'])
  })
})
