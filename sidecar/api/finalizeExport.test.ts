import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { readFileText } from '../library/fileMetadata'
import { countFrames, readChapters } from '../video'
import type { ApiError, GalleryMeta, JobWithSegments } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9

describe('finalize with export options', () => {
  it('crossfades, trims and re-encodes as asked, with exact frames, chapters from the prompts and the job in the metadata', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['turn left', 'sit down'] }))
    const id = body.id
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 3, 'three segments')

    const bad: Array<[unknown, string]> = [
      [{ mode: 'lossy' }, 'mode'],
      [{ crf: 60 }, 'crf'],
      [{ preset: 'warp' }, 'preset'],
      [{ seams: [{ after: 0, type: 'wipe' }] }, 'seams.0.type'],
      [{ seams: [{ after: 2, type: 'cut' }] }, 'seams.0.after'],
      [{ seams: [{ after: 0, type: 'crossfade', frames: 8 }] }, 'seams.0.frames'],
      // Segment 2 keeps 8 frames: crossfades of 4 in and 5 out would blend some of them twice.
      [{ seams: [{ after: 0, type: 'crossfade', frames: 4 }, { after: 1, type: 'crossfade', frames: 5 }] }, 'seams.1.frames'],
      [{ trim_first: [{ idx: 1, frames: 8 }] }, 'trim_first.0.frames'],
      [{ trim_first: [{ idx: 5, frames: 1 }] }, 'trim_first.0.idx'],
    ]
    for (const [options, field] of bad) {
      const r = await w.api<ApiError>('POST', `/api/jobs/${id}/finalize`, options)
      expect({ field, status: r.status, got: r.body.error.field }).toEqual({ field, status: 400, got: field })
    }
    expect((await w.job(id)).status).toBe('awaiting_prompt')

    const options = { mode: 'reencode', crf: 28, preset: 'veryfast', seams: [{ after: 0, type: 'crossfade', frames: 3 }], trim_first: [{ idx: 2, frames: 2 }] }
    expect((await w.api('POST', `/api/jobs/${id}/finalize`, options)).status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'completed' || j.error !== null, 'finalize')
    expect(done.error).toBeNull()
    // 9 + 8 + 8 frames, minus 3 for the crossfade, minus 2 trimmed from segment 3.
    const expected = L + 2 * (L - 1) - 3 - 2
    expect(done.final_video?.frames).toBe(expected)
    expect(done.final_video?.mode).toBe('reencode')
    expect(done.final_video?.export).toEqual(options)
    expect(done.final_video?.takes).toEqual([{ idx: 0, take: 1 }, { idx: 1, take: 1 }, { idx: 2, take: 1 }])
    const file = path.join(w.sim.outputDir, 'longvideo', done.final_video?.file.filename ?? '')
    expect(await countFrames(file, 'ffmpeg')).toBe(expected)
    const chapters = await readChapters(file, 'ffmpeg')
    expect(chapters.map((c) => c.title)).toEqual(['a walk in the park', 'turn left', 'sit down'])
    expect(chapters.map((c) => Math.round(c.start * 16))).toEqual([0, L - 3, L - 3 + (L - 1)])

    // The media gallery reads the job back out of the file.
    const text = await readFileText(file, 'ffmpeg')
    const longvideo = JSON.parse(text.longvideo ?? 'null') as { segments: Array<{ prompt: string; take: number }>; export: unknown }
    expect(longvideo.segments.map((s) => s.prompt)).toEqual(['a walk in the park', 'turn left', 'sit down'])
    expect(longvideo.export).toEqual(options)
    const meta = await w.api<GalleryMeta>('GET', `/api/gallery/meta?path=${encodeURIComponent(`longvideo/${done.final_video?.file.filename}`)}`)
    expect(meta.status).toBe(200)
    expect(meta.body.keys).toContain('longvideo')

    // The default stays a lossless stream copy of every frame.
    await w.api('POST', `/api/jobs/${id}/reopen`)
    await w.api('POST', `/api/jobs/${id}/finalize`, {})
    const copy = await w.waitForJob(id, (j) => j.status === 'completed', 'second finalize')
    expect([copy.final_video?.mode, copy.final_video?.frames, copy.final_video?.export]).toEqual(['copy', L + 2 * (L - 1), null])
  })
})
