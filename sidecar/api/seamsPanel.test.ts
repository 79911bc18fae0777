// The panel's frame counts against the sidecar's for a job mixing seam modes: what the new-job form
// previews, what the job view and the timeline count before and after the segments run, and the
// final's frames and chapters as the API and ffmpeg read them, all from one rule (contract/frames.ts).
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { chainFrames } from '../contract'
import { emptyDraft, finalFrameCount, finalParts } from '../../extension/domain/finalizePlan'
import { jobChainFrames, previewChainFrames } from '../../extension/domain/seamPlan'
import { timelineLayout } from '../../extension/domain/timeline'
import { countFrames, readChapters } from '../video'
import { idle, smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 21

describe('panel and sidecar count the same frames for mixed seam modes', () => {
  it('agree on the preview, the job view, the timeline, the final and its chapters', async () => {
    world = await startWorld()
    const w = world
    // Joins: motion 9, frame, motion 5 (the default), frame.
    const seam = { mode: 'motion', motion_frames: 5, joins: { '0': { mode: 'motion', frames: 9 }, '1': { mode: 'frame' }, '3': { mode: 'frame' } } }
    const expected = chainFrames(L, 5, [9, 1, 5, 1])
    expect(expected).toBe(L + (L - 9) + (L - 1) + (L - 5) + (L - 1))
    // The form's preview for a job-wide mode is the same rule.
    expect(previewChainFrames(L, 5, { option: 'motion:5', anchor: false })).toBe(chainFrames(L, 5, [5, 5, 5, 5]))

    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      planned_prompts: ['two', 'three', 'four', 'five'],
      parameters: { width: 64, height: 64, frames: L, steps: 2, seed: 5, seed_mode: 'increment', seam },
      start: false,
    }))
    expect(created.status).toBe(201)
    // Before anything ran: the job view's count of the whole chain and the timeline's span.
    expect(jobChainFrames(created.body)).toBe(expected)
    expect(timelineLayout(created.body, emptyDraft()).span).toBe(expected)

    expect((await w.api('POST', `/api/jobs/${created.body.id}/start`)).status).toBe(200)
    const job = await w.waitForJob(created.body.id, idle, 'five segments', 90_000)
    expect(job.segments.map((s) => s.carry)).toEqual([0, 9, 1, 5, 1])
    expect(jobChainFrames(job)).toBe(expected)

    const draft = { ...emptyDraft(), crossfades: { 2: 4 } }
    const parts = finalParts(job.segments, job.parameters.frames)
    const panelTotal = finalFrameCount(parts, draft)
    expect(panelTotal).toBe(expected - 4)
    const layout = timelineLayout(job, draft)
    expect(layout.total).toBe(panelTotal)

    expect((await w.api('POST', `/api/jobs/${job.id}/finalize`, { seams: [{ after: 2, type: 'crossfade', frames: 4 }] })).status).toBe(200)
    const done = await w.waitForJob(job.id, (j) => j.status === 'completed', 'finalize')
    const file = path.join(w.sim.outputDir, done.final_video?.file.subfolder ?? '', done.final_video?.file.filename ?? '')
    expect(done.final_video?.frames).toBe(panelTotal)
    expect(await countFrames(file, 'ffmpeg')).toBe(panelTotal)
    const chapters = await readChapters(file, 'ffmpeg')
    expect(chapters.map((c) => Math.round(c.start * job.parameters.fps))).toEqual(layout.clips.map((c) => c.start))
    expect(Math.round((chapters.at(-1)?.end ?? 0) * job.parameters.fps)).toBe(panelTotal)
  })
})
