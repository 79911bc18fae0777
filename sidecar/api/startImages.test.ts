// Start from text against the simulated ComfyUI: candidates made by Wan2.2 T2V at length 1 (real PNGs
// that differ by seed), one picked as the start image of a job whose segment 1 loads exactly its bytes,
// another used for a redo of segment 1; pre-flight when models are missing; the cap; an imported
// text-to-image template.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ChosenStartImage, ImageTemplate, JobWithSegments, StartImageMakers, StartImageSet, SegmentTakes } from '../contract'
import { sniffImage } from '../library/imageKind'
import { probeVideo } from '../video'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

type ErrorAnswer = { error: { code: string; field: string; message: string; details?: { setting?: string } } }
type Prompt = Record<string, { class_type: string; inputs: Record<string, unknown> }>

const settled = (s: StartImageSet) => s.candidates.every((c) => c.status === 'done' || c.status === 'failed')

async function madeSet(w: World, id: number): Promise<StartImageSet> {
  return waitUntil(async () => (await w.api<StartImageSet>('GET', `/api/start-images/${id}`)).body, settled, `start-image set ${id}`)
}

function promptOf(w: World, promptId: string | null | undefined): Prompt {
  const entry = w.sim.promptLog.find((l) => l.prompt_id === promptId)
  return (entry?.body as { prompt: Prompt }).prompt
}

describe('start from text', () => {
  it('makes 4 candidates with Wan2.2 T2V at length 1, picks one, and segment 1 of the new job starts from exactly its bytes', async () => {
    world = await startWorld()
    const w = world
    const makers = await w.api<StartImageMakers>('GET', '/api/start-images/makers')
    expect(makers.status).toBe(200)
    expect(makers.body.makers.find((m) => m.id === 'wan22_14b_t2v')).toMatchObject({ kind: 't2v', ready: true, missing: [] })
    expect(makers.body.text_only).toMatchObject({ preset: 'wan22_14b_t2v', ready: true })

    const asked = await w.api<StartImageSet>('POST', '/api/start-images', { prompt: 'a lighthouse at dusk', width: 64, height: 64, seeds: [11, 22, 33, 44], maker: 'wan22_14b_t2v' })
    expect(asked.status).toBe(201)
    expect(asked.body.candidates.map((c) => [c.seed, c.status])).toEqual([[11, 'queued'], [22, 'queued'], [33, 'queued'], [44, 'queued']])
    const set = await madeSet(w, asked.body.id)
    expect(set.candidates.map((c) => c.status)).toEqual(['done', 'done', 'done', 'done'])

    // The graph ComfyUI ran: one latent frame, the two T2V passes, one SaveImage, no video.
    const log = w.sim.promptLog.filter((l) => l.httpStatus === 200)
    expect(log).toHaveLength(4)
    const graph = (log[0]?.body as { prompt: Prompt }).prompt
    const classes = Object.values(graph).map((n) => n.class_type)
    expect(classes.filter((c) => c === 'KSamplerAdvanced')).toHaveLength(2)
    expect(classes).not.toContain('SaveVideo')
    expect(classes.filter((c) => c === 'SaveImage')).toHaveLength(1)
    expect(Object.values(graph).find((n) => n.class_type === 'EmptyHunyuanLatentVideo')?.inputs).toMatchObject({ length: 1, width: 64, height: 64 })

    // Each candidate is a real 64x64 PNG, and different seeds give different pictures.
    const files = set.candidates.map((c) => path.join(w.sim.outputDir, c.image?.subfolder ?? '', c.image?.filename ?? ''))
    const bytes = files.map((f) => readFileSync(f))
    for (const [i, b] of bytes.entries()) {
      expect(sniffImage(b.subarray(0, 16))).toBe('png')
      expect(await probeVideo(files[i] as string, 'ffmpeg')).toMatchObject({ width: 64, height: 64 })
    }
    expect(new Set(bytes.map((b) => b.toString('base64'))).size).toBe(4)
    expect(set.candidates[1]?.image?.filename).toMatch(/seed22/)

    // Pick candidate 3: its copy in ComfyUI's input folder is byte for byte the candidate.
    const chosen3 = set.candidates[2]
    const picked = await w.api<ChosenStartImage>('POST', `/api/start-images/${set.id}/choose`, { candidate: chosen3?.id })
    expect(picked.status).toBe(200)
    expect(picked.body.set.chosen).toBe(chosen3?.id)
    expect(readFileSync(path.join(w.sim.inputDir, picked.body.input_image)).equals(bytes[2] as Buffer)).toBe(true)

    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ input_image: picked.body.input_image, start_images: set.id }))
    expect(created.status).toBe(201)
    const id = created.body.id
    const job = await w.waitForJob(id, (j) => j.segments[0]?.status === 'done', 'segment 1')
    expect(job.input_image).toBe(picked.body.input_image)
    expect(job.segments[0]?.start_image).toBe(picked.body.input_image)
    // ComfyUI's LoadImage of segment 1 read the chosen candidate's copy.
    const seg1 = promptOf(w, job.segments[0]?.prompt_id)
    const load = Object.values(seg1).find((n) => n.class_type === 'LoadImage')
    expect(load?.inputs.image).toBe(picked.body.input_image)
    expect(readFileSync(path.join(w.sim.inputDir, String(load?.inputs.image))).equals(bytes[2] as Buffer)).toBe(true)

    // The set is kept with the job; a second job cannot claim it.
    const kept = await w.api<{ sets: StartImageSet[] }>('GET', `/api/start-images?job=${id}`)
    expect(kept.body.sets.map((s) => [s.id, s.job_id, s.chosen])).toEqual([[set.id, id, chosen3?.id]])
    const again = await w.api<ErrorAnswer>('POST', '/api/jobs', smallJob({ input_image: picked.body.input_image, start_images: set.id }))
    expect([again.status, again.body.error.field]).toEqual([409, 'start_images'])

    // A redo of segment 1 from another candidate: the job's start image (and anchor) becomes candidate 1.
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'the job waiting')
    const moved = await w.api<JobWithSegments>('PUT', `/api/jobs/${id}/start-image`, { candidate: set.candidates[0]?.id })
    expect(moved.status).toBe(200)
    expect(moved.body.input_image).not.toBe(picked.body.input_image)
    expect(readFileSync(path.join(w.sim.inputDir, moved.body.input_image ?? '')).equals(bytes[0] as Buffer)).toBe(true)
    expect((await w.api('POST', `/api/jobs/${id}/segments/0/takes`, {})).status).toBe(201)
    const takes = await waitUntil(
      async () => (await w.api<SegmentTakes>('GET', `/api/jobs/${id}/segments/0/takes`)).body,
      (t) => t.takes.length === 2 && t.takes.every((x) => x.status === 'done'),
      'the redo of segment 1'
    )
    expect(takes.takes.map((t) => t.start_image)).toEqual([picked.body.input_image, moved.body.input_image])
  }, 60_000)

  it('makes more candidates of a set, and refuses past the cap naming the setting', async () => {
    world = await startWorld()
    const w = world
    const asked = await w.api<StartImageSet>('POST', '/api/start-images', { prompt: 'a red kite', width: 64, height: 64, count: 2 })
    expect(asked.status).toBe(201)
    expect(asked.body.maker).toBe('wan22_14b_t2v')
    const more = await w.api<StartImageSet>('POST', `/api/start-images/${asked.body.id}/more`, { seeds: [7] })
    expect(more.body.candidates.map((c) => c.seed).slice(2)).toEqual([7])
    const set = await madeSet(w, asked.body.id)
    expect(set.candidates.map((c) => c.status)).toEqual(['done', 'done', 'done'])

    expect((await w.api('PUT', '/api/settings', { limits: { max_waiting_start_images: 2 } })).status).toBe(200)
    const refused = await w.api<ErrorAnswer>('POST', '/api/start-images', { prompt: 'a red kite', width: 64, height: 64, count: 3 })
    expect(refused.status).toBe(409)
    expect(refused.body.error.field).toBe('count')
    expect(refused.body.error.details?.setting).toBe('limits.max_waiting_start_images')
    expect(refused.body.error.message).toMatch(/cap is 2/)
    const bad = await w.api<ErrorAnswer>('POST', '/api/start-images', { prompt: 'x', width: 70, height: 64 })
    expect([bad.status, bad.body.error.field]).toEqual([400, 'width'])
    const picked = await w.api<ErrorAnswer>('POST', `/api/start-images/${set.id}/choose`, { candidate: 99999 })
    expect([picked.status, picked.body.error.field]).toEqual([404, 'candidate'])
  }, 60_000)

  it('names what is missing for each way when the T2V models are not installed', async () => {
    world = await startWorld({ models: { diffusion_models: ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors'] } })
    const w = world
    const makers = (await w.api<StartImageMakers>('GET', '/api/start-images/makers')).body
    const t2v = makers.makers.find((m) => m.id === 'wan22_14b_t2v')
    expect(t2v?.ready).toBe(false)
    expect(t2v?.missing.join(' ')).toMatch(/wan2\.2_t2v_high_noise_14B_fp8_scaled\.safetensors/)
    expect(t2v?.missing.join(' ')).toMatch(/wan2\.2_t2v_low_noise_14B_fp8_scaled\.safetensors/)
    expect(makers.text_only.ready).toBe(false)
    expect(makers.text_only.missing.join(' ')).toMatch(/wan2\.2_t2v_high_noise/)
    // The GGUF T2V makers lack their node pack and files too.
    expect(makers.makers.find((m) => m.id === 'wan22_14b_t2v_gguf')?.missing.join(' ')).toMatch(/not in ComfyUI|GGUF|gguf/i)

    const refused = await w.api<ErrorAnswer>('POST', '/api/start-images', { prompt: 'a lighthouse', width: 64, height: 64, maker: 'wan22_14b_t2v' })
    expect(refused.status).toBe(400)
    expect(refused.body.error.field).toBe('maker')
    expect(refused.body.error.message).toMatch(/cannot run on this ComfyUI: .*wan2\.2_t2v_high_noise/)
    expect(w.sim.promptLog).toHaveLength(0)
  }, 60_000)

  it('imports a text-to-image graph as a maker and makes candidates with it', async () => {
    world = await startWorld({ models: { checkpoints: ['sdxl_base.safetensors'] } })
    const w = world
    const graph: Prompt = {
      '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sdxl_base.safetensors' } },
      '5': { class_type: 'EmptyLatentImage', inputs: { width: 1024, height: 1024, batch_size: 2 } },
      '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a cat', clip: ['4', 1] } },
      '7': { class_type: 'CLIPTextEncode', inputs: { text: 'blurry', clip: ['4', 1] } },
      '3': { class_type: 'KSampler', inputs: { model: ['4', 0], seed: 5, steps: 4, cfg: 7, sampler_name: 'euler', scheduler: 'normal', positive: ['6', 0], negative: ['7', 0], latent_image: ['5', 0], denoise: 1 } },
      '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
      '9': { class_type: 'SaveImage', inputs: { images: ['8', 0], filename_prefix: 'ComfyUI' } },
    }
    const imported = await w.api<ImageTemplate>('POST', '/api/start-images/templates', { name: 'SDXL base', prompt: graph })
    expect(imported.status).toBe(201)
    expect(imported.body.id).toBe('img_sdxl_base')
    expect(imported.body.roles).toMatchObject({ positive: [{ node: '6', input: 'text' }], negative: [{ node: '7', input: 'text' }], seed: [{ node: '3', input: 'seed' }], image_output: { node: '9', input: 'filename_prefix' } })
    const makers = (await w.api<StartImageMakers>('GET', '/api/start-images/makers')).body
    expect(makers.makers[0]).toMatchObject({ id: 'img_sdxl_base', kind: 't2i', ready: true })

    const asked = await w.api<StartImageSet>('POST', '/api/start-images', { prompt: 'a lighthouse', width: 64, height: 64, seeds: [1, 2], maker: 'img_sdxl_base' })
    expect(asked.status).toBe(201)
    const set = await madeSet(w, asked.body.id)
    expect(set.candidates.map((c) => c.status)).toEqual(['done', 'done'])
    const ran = promptOf(w, w.sim.promptLog[0]?.prompt_id)
    expect(ran['5']?.inputs).toMatchObject({ width: 64, height: 64, batch_size: 1 })
    expect(ran['6']?.inputs.text).toBe('a lighthouse')

    const notImage = await w.api<ErrorAnswer>('POST', '/api/start-images/templates', { name: 'nothing', prompt: { '1': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'x' } } } })
    expect([notImage.status, notImage.body.error.field]).toEqual([400, 'prompt'])
    expect(notImage.body.error.message).toMatch(/no SaveImage/)
  }, 60_000)
})
