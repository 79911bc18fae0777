// Seams through the whole sidecar against the simulated ComfyUI: a job mixing frame and motion joins
// (frame counts checked with ffmpeg, chapters, the API), redos carrying K frames from the chosen
// take, the colour guard on carried frames, SVI 2.0 Pro offered only when ComfyUI has it, the anchor.
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { chainFrames, finalFrames } from '../contract'
import type { ApiError, JobWithSegments, SeamCapabilities, Segment } from '../contract'
import { labStats, toLabPixels } from '../continuity/colorTransfer'
import { countFrames, readChapters, readMetadataTags, readRgbFrames } from '../video'
import { DEFAULT_MODELS } from '../sim/simComfy'
import { idle, smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 17
const out = (w: World, f: { subfolder: string; filename: string } | null | undefined) => path.join(w.sim.outputDir, f?.subfolder ?? '', f?.filename ?? '')
const outputRef = (f: { subfolder: string; filename: string } | null | undefined) => `${f?.subfolder}/${f?.filename} [output]`

const SVI_LORAS = ['SVI_v2_PRO_Wan2.2-I2V-A14B_HIGH_lora_rank_128_fp16.safetensors', 'SVI_v2_PRO_Wan2.2-I2V-A14B_LOW_lora_rank_128_fp16.safetensors']

/** The simulator's LoRAs plus the SVI 2.0 Pro pair. */
const withSviLoras = { loras: [...DEFAULT_MODELS.loras ?? [], ...SVI_LORAS] }

describe('seam modes', () => {
  it('mixes frame and motion joins with exact frames: L + sum(L - K_i) in the segments, the final, its chapters and the API', async () => {
    world = await startWorld()
    const w = world
    const seam = { mode: 'motion', motion_frames: 5, joins: { '1': { mode: 'frame' }, '2': { mode: 'motion', frames: 9 } } }
    const { body, status } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      planned_prompts: ['two', 'three', 'four'],
      parameters: { width: 64, height: 64, frames: L, steps: 2, seed: 11, seed_mode: 'increment', seam },
    }))
    expect(status).toBe(201)
    const job = await w.waitForJob(body.id, idle, 'four segments', 60_000)
    const seg = (i: number) => job.segments[i] as Segment
    expect(job.segments.map((s) => [s.seam_mode, s.carry, s.frames])).toEqual([['frame', 0, L], ['motion', 5, L - 5], ['frame', 1, L - 1], ['motion', 9, L - 9]])
    // Every segment saved its last 9 frames; a motion join loads them, a frame join the last frame.
    for (const s of job.segments) expect(s.tail?.filename).toMatch(/_tail_00001_\.png$/)
    expect(seg(1).start_image).toBe(outputRef(seg(0).tail))
    expect(seg(2).start_image).toBe(outputRef(seg(1).last_frame))
    expect(seg(3).start_image).toBe(outputRef(seg(2).tail))
    expect((await readRgbFrames(out(w, seg(0).tail), 'ffmpeg')).length).toBe(9)
    for (const s of job.segments) expect(await countFrames(out(w, s.video), 'ffmpeg')).toBe(s.frames)

    const expected = chainFrames(L, 4, [5, 1, 9])
    expect(expected).toBe(L + (L - 5) + (L - 1) + (L - 9))
    expect((await w.api('POST', `/api/jobs/${body.id}/finalize`, { seams: [{ after: 1, type: 'crossfade', frames: 3 }] })).status).toBe(200)
    const done = await w.waitForJob(body.id, (j) => j.status === 'completed', 'finalize')
    const file = out(w, done.final_video?.file)
    expect(done.final_video?.frames).toBe(expected - 3)
    expect(await countFrames(file, 'ffmpeg')).toBe(expected - 3)
    const plan = finalFrames({ frames: done.segments.map((s) => s.frames ?? 0), crossfades: [0, 3, 0] })
    const chapters = await readChapters(file, 'ffmpeg')
    expect(chapters.map((c) => Math.round(c.start * 16))).toEqual(plan.chapters.map((c) => c.start))
    expect(Math.round((chapters.at(-1)?.end ?? 0) * 16)).toBe(plan.total)
  }, 120_000)

  it('meters each join: the motion jumps where a frame join restarts it, not where a motion join carries it', async () => {
    world = await startWorld()
    const w = world
    // One job: joins 1 and 3 hand over one frame, join 2 carries 5. (The simulator draws a new pan for
    // seeds 41 and 38 unlike the one before; a seed that happened to draw the same pan would not jump.)
    const seam = { mode: 'frame', joins: { '1': { mode: 'motion', frames: 5 } } }
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      planned_prompts: [{ prompt: 'two', seed: 41 }, { prompt: 'three', seed: 42 }, { prompt: 'four', seed: 38 }],
      parameters: { width: 96, height: 96, frames: L, steps: 2, seed: 40, seed_mode: 'increment', seam },
    }))
    const job = await w.waitForJob(body.id, (j) => idle(j) && j.segments.slice(1).every((s) => s.seam !== null), 'four metered segments', 90_000)
    const meters = job.segments.map((s) => s.seam)
    expect(meters[0]).toBeNull()
    expect(job.seam_threshold).toBe(3)
    expect(meters[1]).toBeGreaterThan(3)
    expect(meters[3]).toBeGreaterThan(3)
    expect(meters[2]).toBeLessThan(1.5)
    expect(job.segments.map((s) => s.seam_warning)).toEqual([false, true, false, true])
    // The takes carry it too, and the final's metadata has it with what to try.
    const takes = (await w.api<{ takes: Array<{ seam: number | null }> }>('GET', `/api/jobs/${body.id}/segments/1/takes`)).body.takes
    expect(takes[0]?.seam).toBe(meters[1])
    expect((await w.api('POST', `/api/jobs/${body.id}/finalize`)).status).toBe(200)
    const done = await w.waitForJob(body.id, (j) => j.status === 'completed', 'finalize')
    const tags = await readMetadataTags(out(w, done.final_video?.file), 'ffmpeg')
    const seams = (JSON.parse(tags.longvideo ?? '{}') as { seams: Array<{ after: number; mode: string; jump: number; warning: boolean; advice?: string }> }).seams
    expect(seams.map((x) => [x.after, x.mode, x.jump, x.warning])).toEqual([[0, 'frame', meters[1], true], [1, 'motion', meters[2], false], [2, 'frame', meters[3], true]])
    expect(seams[0]?.advice).toMatch(/motion mode.*another seed.*crossfade/)
  }, 120_000)

  it('redoes a segment in motion mode from the chosen take of the one before, and marks what came after stale', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      planned_prompts: ['two', 'three'],
      parameters: { width: 64, height: 64, frames: 13, steps: 2, seed: 3, seam: { mode: 'motion', motion_frames: 9 } },
    }))
    const id = body.id
    await w.waitForJob(id, idle, 'three segments', 60_000)
    expect((await w.api('POST', `/api/jobs/${id}/segments/1/takes`, {})).status).toBe(201)
    await w.waitForJob(id, (j) => idle(j) && j.segments[1]?.take_count === 2, 'the redo of segment 2')
    const chosen = await w.api<JobWithSegments>('POST', `/api/jobs/${id}/segments/1/takes/2/choose`)
    expect(chosen.body.segments.map((s) => s.stale)).toEqual([false, false, true])
    // The redo of segment 2 carried segment 1's frames; segment 3 is re-run from take 2's frames.
    expect(chosen.body.segments[1]?.start_image).toBe(outputRef(chosen.body.segments[0]?.tail))
    expect((await w.api('POST', `/api/jobs/${id}/stale/rerun`)).status).toBe(200)
    const rerun = await w.waitForJob(id, (j) => idle(j) && j.segments[2]?.take === 2, 'the stale re-run')
    const third = rerun.segments[2] as Segment
    expect([third.seam_mode, third.carry, third.frames, third.stale]).toEqual(['motion', 9, 4, false])
    expect(third.start_image).toBe(outputRef(rerun.segments[1]?.tail))
    expect(rerun.segments[1]?.tail?.filename).toMatch(/_seg2_t2_tail_00001_\.png$/)
  }, 120_000)

  it('corrects all carried frames with one colour transfer', async () => {
    world = await startWorld({ colorDrift: { r: 12, g: 0, b: -12 } })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      planned_prompts: ['two'],
      parameters: { width: 64, height: 64, frames: L, steps: 2, seed: 5, seam: { mode: 'motion', motion_frames: 5 }, color_guard: { enabled: true, strength: 1 } },
    }))
    const job = await w.waitForJob(body.id, idle, 'two segments', 60_000)
    const second = job.segments[1] as Segment
    expect(second.start_source).toBe(outputRef(job.segments[0]?.tail))
    expect(second.start_image).toBe('longvideo_Test_walk_seg2_start.png')
    const corrected = await readRgbFrames(path.join(w.sim.inputDir, second.start_image ?? ''), 'ffmpeg')
    const original = (await readRgbFrames(out(w, job.segments[0]?.tail), 'ffmpeg')).slice(-5)
    expect(corrected).toHaveLength(5)
    // The same transfer for every frame: each frame's mean colour moves by the same amount.
    const shifts = corrected.map((c, i) => {
      const a = labStats(toLabPixels(c)).mean
      const b = labStats(toLabPixels(original[i] as typeof c)).mean
      return [a[0] - b[0], a[1] - b[1], a[2] - b[2]]
    })
    for (const s of shifts) for (const c of [0, 1, 2]) expect(Math.abs((s[c] as number) - (shifts[0]?.[c] as number))).toBeLessThan(0.3)
    expect(Math.abs(shifts[0]?.[1] ?? 0) + Math.abs(shifts[0]?.[2] ?? 0)).toBeGreaterThan(1)
  }, 120_000)

  it('offers SVI 2.0 Pro only when ComfyUI has KJNodes and the SVI LoRAs, naming what is missing', async () => {
    world = await startWorld()
    const w = world
    const caps = (await w.api<SeamCapabilities>('GET', '/api/seams?preset=wan22_14b_i2v')).body
    expect(caps.modes.map((m) => [m.mode, m.available])).toEqual([['frame', true], ['motion', true], ['svi', false]])
    const reason = caps.modes.find((m) => m.mode === 'svi')?.reason ?? ''
    expect(reason).toContain('WanImageToVideoSVIPro (install ComfyUI-KJNodes)')
    expect(reason).toContain('SVI 2.0 Pro LoRA pair')
    expect(caps.anchor_padding).toBe(false)
    const refused = await w.api<ApiError>('POST', '/api/jobs', smallJob({ parameters: { width: 64, height: 64, frames: 9, seam: { mode: 'svi' } } }))
    expect([refused.status, refused.body.error.field]).toEqual([400, 'parameters.seam.mode'])
    expect(refused.body.error.message).toContain('ComfyUI-KJNodes')
    const anchor = await w.api<ApiError>('POST', '/api/jobs', smallJob({ parameters: { width: 64, height: 64, frames: 9, seam: { anchor: true } } }))
    expect([anchor.status, anchor.body.error.field]).toEqual([400, 'parameters.seam.anchor'])
    const fiveB = (await w.api<SeamCapabilities>('GET', '/api/seams?preset=wan22_5b_ti2v')).body
    expect(fiveB.modes.find((m) => m.mode === 'svi')?.reason).toContain('14B')
    const tooShort = await w.api<ApiError>('POST', '/api/jobs', smallJob({ parameters: { width: 64, height: 64, frames: 9, seam: { mode: 'motion', motion_frames: 9 } } }))
    expect([tooShort.status, tooShort.body.error.field]).toEqual([400, 'parameters.seam.motion_frames'])
  })

  it('runs an SVI job (81 frames by default) and a job padded with the anchor when ComfyUI has them', async () => {
    world = await startWorld({ kjnodes: true, refPadImage: true, models: withSviLoras })
    const w = world
    const caps = (await w.api<SeamCapabilities>('GET', '/api/seams')).body
    expect(caps.modes.every((m) => m.available)).toBe(true)
    expect(caps.svi.loras).toEqual({ high: `${SVI_LORAS[0]}`, low: `${SVI_LORAS[1]}`, strength: 1 })
    expect(caps.anchor_padding).toBe(true)

    // Without frames or seconds an SVI job gets SVI's 81.
    const draft = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ start: false, parameters: { width: 64, height: 64, steps: 2, seam: { mode: 'svi' } } }))
    expect([draft.status, draft.body.parameters.frames]).toEqual([201, 81])
    expect(draft.body.parameters.seam?.svi_loras).toEqual(caps.svi.loras)

    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      name: 'Svi walk',
      planned_prompts: ['two'],
      parameters: { width: 64, height: 64, frames: L, steps: 2, seed: 9, seam: { mode: 'svi', anchor: true } },
    }))
    const job = await w.waitForJob(body.id, idle, 'two SVI segments', 60_000)
    expect(job.segments.map((s) => [s.seam_mode, s.carry, s.frames])).toEqual([['svi', 0, L], ['svi', 5, L - 5]])
    const sent = w.sim.promptLog.filter((l) => l.httpStatus === 200).map((l) => JSON.stringify(l.body))
    expect(sent.every((b) => b.includes('WanImageToVideoSVIPro') && b.includes(SVI_LORAS[0] as string))).toBe(true)
    expect(sent.some((b) => b.includes('ref_pad_image'))).toBe(false)

    // A frame join with the anchor option pads WanImageToVideo with the start image.
    const seams = await w.api<JobWithSegments>('PUT', `/api/jobs/${body.id}/seams`, { mode: 'frame' })
    expect(seams.status).toBe(200)
    expect(seams.body.parameters.seam?.anchor).toBe(true)
    expect((await w.api('POST', `/api/jobs/${body.id}/segments/2/prompt`, { prompt: 'three' })).status).toBe(200)
    const third = await w.waitForJob(body.id, (j) => idle(j) && j.segments.length === 3, 'a padded frame join')
    expect([third.segments[2]?.seam_mode, third.segments[2]?.carry]).toEqual(['frame', 1])
    const last = w.sim.promptLog.filter((l) => l.httpStatus === 200).at(-1)
    expect(JSON.stringify(last?.body)).toContain('ref_pad_image')
    const bad = await w.api<ApiError>('PUT', `/api/jobs/${body.id}/seams`, { joins: [{ after: 2, mode: 'motion', frames: 7 }] })
    expect([bad.status, bad.body.error.field]).toEqual([400, 'joins.0.frames'])
  }, 120_000)
})
