import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { GalleryMeta, JobWithSegments } from '../contract'
import { countFrames } from '../video'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

describe('the gallery detail of one of our long videos', () => {
  it('reads the final\'s own metadata: the file\'s frames, and per segment its prompt, seed, frames and drift', async () => {
    world = await startWorld()
    const w = world
    const planned = [{ prompt: 'turn left', seed: 1002 }, { prompt: 'sit down', seed: 1003 }]
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: planned, parameters: { width: 64, height: 64, frames: 17, steps: 2, seed: 1001 } }))
    const id = body.id
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 3 && j.segments.every((s) => s.drift !== null), 'three segments')
    expect((await w.api('POST', `/api/jobs/${id}/finalize`, { seams: [{ after: 1, type: 'crossfade', frames: 4 }] })).status).toBe(200)
    const job = await w.waitForJob(id, (j) => j.status === 'completed' || j.error !== null, 'finalize')
    expect(job.error).toBeNull()
    const final = job.final_video
    const rel = `longvideo/${final?.file.filename}`
    const onDisk = await countFrames(path.join(w.sim.outputDir, rel), 'ffmpeg')
    // 17 + 16 + 16 - 4 crossfaded: far from one segment's 17.
    expect(onDisk).toBe(45)
    expect(final?.frames).toBe(onDisk)

    const meta = await w.api<GalleryMeta>('GET', `/api/gallery/meta?path=${encodeURIComponent(rel)}`)
    expect(meta.status).toBe(200)
    const lv = meta.body.long_video
    expect(lv).not.toBeNull()
    expect([lv?.job, lv?.job_id, lv?.frames, lv?.fps, lv?.width, lv?.height, lv?.drift_threshold]).toEqual(['Test walk', id, onDisk, 16, 64, 64, 5])
    expect(lv?.segments.map((s) => [s.idx, s.take, s.prompt, s.seed, s.frames])).toEqual([
      [0, 1, 'a walk in the park', 1001, 17],
      [1, 1, 'turn left', 1002, 16],
      [2, 1, 'sit down', 1003, 16],
    ])
    expect(lv?.segments.map((s) => s.drift)).toEqual(job.segments.map((s) => s.drift))
    expect(lv?.segments.map((s) => s.seam)).toEqual(job.segments.map((s) => (s.idx === 0 ? null : s.seam)))
    // The prompt summary no longer says one segment's frames and the first seed.
    expect(meta.body.prompt?.frames).toBe(onDisk)
    expect(meta.body.prompt?.seed).toBeNull()
    expect(meta.body.prompt?.positive).toBe('[1] a walk in the park\n[2] turn left\n[3] sit down')

    // Any other file of the output folder has no long-video detail.
    const segment = job.segments[0]?.video
    const other = await w.api<GalleryMeta>('GET', `/api/gallery/meta?path=${encodeURIComponent(`${segment?.subfolder}/${segment?.filename}`)}`)
    expect(other.status).toBe(200)
    expect(other.body.long_video).toBeNull()
  }, 60_000)
})
