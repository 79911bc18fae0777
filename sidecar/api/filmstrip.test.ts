// GET /api/jobs/{id}/segments/{idx}/filmstrip: a segment's frames side by side, drawn by real ffmpeg from
// the current take's file, cached by that file's identity, and refused with the field named on bad input.
import { mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, JobWithSegments } from '../contract'
import { FILMSTRIP_FRAME_WIDTH, filmstripFrames } from '../contract'
import { extractFrame, probeVideo, readRgbFrame } from '../video'
import type { RgbFrame } from '../video'
import { idle, smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


/** Mean absolute difference of cell `cell` of the strip and a video frame, sampled at the cell's scale. */
function distance(strip: RgbFrame, cell: number, cellWidth: number, frame: RgbFrame): number {
  let sum = 0
  let n = 0
  for (let y = 0; y < strip.height; y += 2) {
    for (let x = 0; x < cellWidth; x += 2) {
      const fx = Math.min(frame.width - 1, Math.floor(((x + 0.5) * frame.width) / cellWidth))
      const fy = Math.min(frame.height - 1, Math.floor(((y + 0.5) * frame.height) / strip.height))
      for (let c = 0; c < 3; c++) {
        sum += Math.abs((strip.data[(y * strip.width + cell * cellWidth + x) * 3 + c] ?? 0) - (frame.data[(fy * frame.width + fx) * 3 + c] ?? 0))
        n++
      }
    }
  }
  return sum / n
}

describe('GET /api/jobs/{id}/segments/{idx}/filmstrip', () => {
  it('answers N frames of the chosen take side by side, each the frame the shared rule names, cached by the file identity', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    const job = await w.waitForJob(body.id, idle, 'two segments')
    const seg = job.segments[1]!
    const frames = seg.frames!
    const get = (p: string) => fetch(`${w.sidecar.url}${p}`, { headers: w.sidecar.authHeaders })
    const res = await get(`/api/jobs/${job.id}/segments/1/filmstrip?frames=6`)
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-strip-'))
    const file = path.join(dir, 'strip.jpg')
    await writeFile(file, new Uint8Array(await res.arrayBuffer()))
    const info = await probeVideo(file, 'ffmpeg')
    // 64x64 frames: six cells of 160x160.
    expect([info.width, info.height]).toEqual([6 * FILMSTRIP_FRAME_WIDTH, FILMSTRIP_FRAME_WIDTH])

    // Each cell is the frame filmstripFrames names: nearer to it than to the frames the other cells show.
    const shown = filmstripFrames(frames, 6)
    expect(shown).toHaveLength(6)
    const strip = await readRgbFrame(file, 'ffmpeg')
    const source = path.join(w.sim.outputDir, seg.video!.subfolder, seg.video!.filename)
    const video: Record<number, RgbFrame> = {}
    for (const at of shown) {
      const png = `${file}.${at}.png`
      await extractFrame(source, at, png, 'ffmpeg')
      video[at] = await readRgbFrame(png, 'ffmpeg')
    }
    for (const [cell, at] of shown.entries()) {
      const own = distance(strip, cell, FILMSTRIP_FRAME_WIDTH, video[at]!)
      const others = shown.filter((f) => f !== at).map((f) => distance(strip, cell, FILMSTRIP_FRAME_WIDTH, video[f]!))
      expect(own).toBeLessThan(Math.min(...others))
    }

    // Made once: the same take asks again and gets the cached file; the default is 12 frames.
    const cached = () => readdirSync(path.join(w.root, 'data', 'filmstrips')).filter((n) => n.endsWith('.jpg'))
    expect(cached()).toHaveLength(1)
    expect((await get(`/api/jobs/${job.id}/segments/1/filmstrip?frames=6`)).status).toBe(200)
    expect(cached()).toHaveLength(1)
    const byDefault = await get(`/api/jobs/${job.id}/segments/1/filmstrip`)
    await writeFile(file, new Uint8Array(await byDefault.arrayBuffer()))
    expect((await probeVideo(file, 'ffmpeg')).width).toBe(Math.min(12, frames) * FILMSTRIP_FRAME_WIDTH)
    expect(cached()).toHaveLength(2)

    // Bad input names the field; a segment without a video has nothing to show.
    for (const bad of ['1', '33', 'many', '2.5']) {
      const refused = await w.api<ApiError>('GET', `/api/jobs/${job.id}/segments/1/filmstrip?frames=${bad}`)
      expect([bad, refused.status, refused.body.error.field]).toEqual([bad, 400, 'frames'])
    }
    const none = await w.api<ApiError>('GET', `/api/jobs/${job.id}/segments/7/filmstrip`)
    expect([none.status, none.body.error.field]).toEqual([404, 'idx'])
    const noJob = await w.api<ApiError>('GET', `/api/jobs/999/segments/0/filmstrip`)
    expect([noJob.status, noJob.body.error.field]).toEqual([404, 'id'])
    rmSync(dir, { recursive: true, force: true })
  })
})
