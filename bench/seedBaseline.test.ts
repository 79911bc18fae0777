// The seed-style baseline is an anchor of the benchmark, so it must do the real work: each segment
// starts from the exact last frame of the one before, uploaded to ComfyUI.
import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startSimComfy } from '../sidecar/sim/simComfy'
import type { SimComfy } from '../sidecar/sim/simComfy'
import { countFrames, readRgbFrame } from '../sidecar/video'
import { loadTemplates } from '../sidecar/workflows'
import { writeStartImage } from './benchWorld'
import { runSeedJob } from './seedBaseline'

let sim: SimComfy | null = null
let root = ''
afterEach(async () => {
  await sim?.close()
  sim = null
  rmSync(root, { recursive: true, force: true })
})

/** Every frame of a video as RGB24, one buffer per frame. */
function rgbFrames(video: string, width: number, height: number): Buffer[] {
  const raw = execFileSync('ffmpeg', ['-loglevel', 'error', '-i', video, '-map', '0:v:0', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 64 * 1024 * 1024 })
  const size = width * height * 3
  return Array.from({ length: raw.length / size }, (_, i) => raw.subarray(i * size, (i + 1) * size))
}

const meanAbsDiff = (a: Uint8Array, b: Uint8Array) => a.reduce((s, v, i) => s + Math.abs(v - (b[i] ?? 0)), 0) / a.length

describe('the seed-style baseline', () => {
  it('chains segments on the exact last frame of the one before, uploaded to ComfyUI', async () => {
    root = mkdtempSync(path.join(tmpdir(), 'lv-seed-'))
    sim = await startSimComfy({ root: path.join(root, 'comfy'), segmentSeconds: 0 })
    writeStartImage(sim.inputDir)
    const template = loadTemplates(path.join(import.meta.dirname, '..', 'workflows')).find((t) => t.id === 'wan22_14b_i2v')
    if (!template) throw new Error('no wan22_14b_i2v template')
    const job = { name: 'chain', startImage: 'start.png', prompts: ['a', 'b', 'c'], width: 64, height: 64, frames: 9, fps: 16, steps: 4, cfg: 1, seed: 5 }
    // Short intervals keep the test fast; the steps are the benchmark's.
    const segments = await runSeedJob({ comfyUrl: sim.url, template, workDir: path.join(root, 'work'), timing: { historyPollMs: 20, queueRecheckMs: 20, betweenJobsMs: 0 } }, job)

    expect(segments.map((s) => s.startImage)).toEqual(['start.png', segments[0]?.uploadedAs, segments[1]?.uploadedAs])
    const accepted = sim.promptLog.filter((l) => l.httpStatus === 200)
    expect(accepted.map((l) => l.prompt_id)).toEqual(segments.map((s) => s.prompt_id))
    // What ComfyUI was asked to load is what was uploaded.
    for (const [k, entry] of accepted.entries()) expect(JSON.stringify(entry.body)).toContain(JSON.stringify(segments[k]?.startImage))

    for (const [k, seg] of segments.entries()) {
      expect(await countFrames(seg.video, 'ffmpeg')).toBe(9)
      const frames = rgbFrames(seg.video, 64, 64)
      expect(frames).toHaveLength(9)
      // The uploaded start image of the next segment is this video's last frame, pixel for pixel.
      const uploaded = await readRgbFrame(path.join(sim.inputDir, seg.uploadedAs), 'ffmpeg')
      expect(Buffer.from(uploaded.data).equals(frames[8] as Buffer)).toBe(true)
      // ...and the next segment really starts from it (frame 0 is the start image, through H.264).
      const next = segments[k + 1]
      if (next) {
        const first = rgbFrames(next.video, 64, 64)[0] as Buffer
        const distances = frames.map((f) => meanAbsDiff(first, f))
        // Of all frames of this segment, the next one's first frame is by far nearest to the last
        // (what is left is H.264's loss; the neighbouring frame is several times further).
        expect(distances.indexOf(Math.min(...distances))).toBe(8)
        expect(distances[8]).toBeLessThan(6)
      }
    }
  })
})
