// The seams of a final, by their pixels: at each join the final shows the hand-off frame (the last
// frame segment k saved, which segment k+1 started from) exactly once, then segment k+1 moves on.
// Keeping segment k+1's own copy of that frame, or losing segment k's real last frame, shows here.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { decodeRgb } from '../testing/simTestFixtures'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import { countFrames } from '../video'

const L = 9
const SEGMENTS = 3

/** Mean absolute difference of two RGB24 pictures of one size, per channel value (0-255). */
function meanAbsDiff(a: Buffer, b: Buffer): number {
  expect(a.length).toBe(b.length)
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0))
  return sum / a.length
}

describe('the joins of a final, frame by frame', () => {
  let w: World
  let job: JobWithSegments
  let final: string

  beforeAll(async () => {
    w = await startWorld()
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }))
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === SEGMENTS, 'three segments')
    await w.api('POST', `/api/jobs/${body.id}/finalize`)
    job = await w.waitForJob(body.id, (j) => j.status === 'completed', 'the final')
    const file = job.final_video?.file
    final = path.join(w.sim.outputDir, file?.subfolder ?? '', file?.filename ?? '')
  }, 120_000)

  afterAll(async () => {
    await w?.close()
  })

  it('has every frame once: L + (N-1)(L-1)', async () => {
    expect(await countFrames(final, 'ffmpeg')).toBe(L + (SEGMENTS - 1) * (L - 1))
  })

  it('shows each hand-off frame at the end of its segment, and does not repeat it after the join', () => {
    for (let k = 0; k < SEGMENTS - 1; k++) {
      const handoff = job.segments[k]?.last_frame
      if (!handoff) throw new Error(`segment ${k} has no last frame`)
      const png = decodeRgb(path.join(w.sim.outputDir, handoff.subfolder, handoff.filename))
      // Segment k ends at this frame of the final (segment 0 brings L frames, each later one L-1).
      const end = L - 1 + k * (L - 1)
      const atEnd = meanAbsDiff(decodeRgb(final, end), png)
      const afterJoin = meanAbsDiff(decodeRgb(final, end + 1), png)
      const beforeEnd = meanAbsDiff(decodeRgb(final, end - 1), png)
      // The frame at the end is the hand-off frame, up to H.264's loss on a 64 px test pattern (about 9
      // of 255 here, as for segment k's own last frame); a pan of one frame makes about 28...
      expect(atEnd, `join ${k}: the final's frame ${end} against the hand-off PNG`).toBeLessThan(15)
      // It is segment k's own last frame, bit for bit (a stream copy), not segment k+1's copy of it...
      const video = job.segments[k]?.video
      if (!video) throw new Error(`segment ${k} has no video`)
      const ownLast = decodeRgb(path.join(w.sim.outputDir, video.subfolder, video.filename), k === 0 ? L - 1 : L - 2)
      expect(meanAbsDiff(decodeRgb(final, end), ownLast), `join ${k}: frame ${end} is not segment ${k}'s last frame`).toBeLessThan(1)
      // ...and its neighbours on both sides are other frames: it is neither repeated nor shifted.
      expect(afterJoin, `join ${k}: frame ${end + 1} repeats the hand-off frame`).toBeGreaterThan(atEnd * 2)
      expect(beforeEnd, `join ${k}: frame ${end - 1} is the hand-off frame (the real last frame was lost)`).toBeGreaterThan(atEnd * 2)
    }
  })

  it('continues after each join with segment k+1\'s own second frame', () => {
    for (let k = 1; k < SEGMENTS; k++) {
      const video = job.segments[k]?.video
      if (!video) throw new Error(`segment ${k} has no video`)
      const own = decodeRgb(path.join(w.sim.outputDir, video.subfolder, video.filename), 0)
      const start = L + (k - 1) * (L - 1)
      expect(meanAbsDiff(decodeRgb(final, start), own)).toBeLessThan(1)
    }
  })
})
