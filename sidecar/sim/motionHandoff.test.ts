// The simulator's motion model: a clip pans at a velocity it can only continue when it is given
// more than one start frame; SaveAnimatedPNG and LoadImage carry frames losslessly; SVI 2.0 Pro and
// ref_pad_image behave as their schemas say.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countVideoFrames, decodeFrames, isAnimatedPng } from './ffmpegMedia'
import { estimateShift, type Raster } from './rasterOps'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, postJson, readJson, tempRoot, WORKFLOWS_DIR, writeProbePng } from '../testing/simTestFixtures'
import type { ApiPrompt } from './validatePrompt'
import { connectWs, type WsTestClient } from '../testing/wsTestClient'

const L = 17
const SIZE = 96
let sim: SimComfy
let ws: WsTestClient
let root: string

interface Output {
  filename: string
  subfolder: string
  type: string
}

/**
 * The reference 14B i2v graph at a small size, with its last 9 frames saved as an APNG (node 90) and,
 * for exact comparisons (the mp4 is lossy), every frame too (node 91).
 */
function segment(prefix: string, seed: number, start: string): ApiPrompt {
  const p = readJson<ApiPrompt>(path.join(WORKFLOWS_DIR, 'wan22_14b_i2v.json'))
  const set = (id: string, values: Record<string, unknown>) => Object.assign((p[id] as ApiPrompt[string]).inputs, values)
  set('5', { image: start })
  set('10', { width: SIZE, height: SIZE, length: L })
  set('11', { noise_seed: seed, steps: 2, end_at_step: 1 })
  set('12', { steps: 2, start_at_step: 1 })
  set('15', { filename_prefix: prefix })
  set('16', { batch_index: L - 1 })
  set('17', { filename_prefix: `${prefix}_last` })
  p['89'] = { class_type: 'ImageFromBatch', inputs: { image: ['13', 0], batch_index: -9, length: 9 } }
  p['90'] = { class_type: 'SaveAnimatedPNG', inputs: { images: ['89', 0], filename_prefix: `${prefix}_tail`, fps: 16, compress_level: 1 } }
  p['91'] = { class_type: 'SaveAnimatedPNG', inputs: { images: ['13', 0], filename_prefix: `${prefix}_all`, fps: 16, compress_level: 1 } }
  return p
}

/** Feeds the start image through ImageFromBatch(-k, k): the last k frames of a loaded batch. */
function carrying(p: ApiPrompt, k: number): ApiPrompt {
  p['88'] = { class_type: 'ImageFromBatch', inputs: { image: ['5', 0], batch_index: -k, length: k } }
  ;(p['10'] as ApiPrompt[string]).inputs.start_image = ['88', 0]
  return p
}

async function run(prompt: ApiPrompt, promptId: string): Promise<Record<string, { images: Output[]; animated?: boolean[] }>> {
  const res = await postJson(`${sim.url}/api/prompt`, { prompt, client_id: ws.clientId, prompt_id: promptId })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  await ws.waitForPromptEnd(promptId)
  const history = (await getJson(`${sim.url}/api/history/${promptId}`)).body as Record<string, { outputs: Record<string, { images: Output[] }>; status: { status_str: string; messages: unknown[] } }>
  expect(history[promptId]?.status.status_str, JSON.stringify(history[promptId]?.status.messages)).toBe('success')
  return history[promptId]?.outputs ?? {}
}

const fileOf = (o: Output | undefined): string => path.join(sim.outputDir, o?.subfolder ?? '', o?.filename ?? '')
const ref = (o: Output | undefined): string => `${o?.subfolder}/${o?.filename} [output]`

/** Every frame a prompt decoded, exactly (its lossless APNG of all frames). */
const clip = (outputs: Record<string, { images: Output[] }>) => decodeFrames('ffmpeg', fileOf(outputs['91']?.images[0]))
const same = (a: Raster | undefined, b: Raster | undefined) => !!a && !!b && Buffer.from(a.data).equals(Buffer.from(b.data))

const steps = (frames: Raster[]) => frames.slice(1).map((f, i) => estimateShift(frames[i] as Raster, f))
const meanDiff = (a: Raster, b: Raster) => a.data.reduce((s, v, i) => s + Math.abs(v - (b.data[i] as number)), 0) / a.data.length

beforeAll(async () => {
  root = tempRoot('motion')
  sim = await startSimComfy({ root, kjnodes: true, refPadImage: true })
  ws = await connectWs(sim.url, 'motion-test')
  writeProbePng(path.join(sim.inputDir, 'start.png'), 128, 96)
})
afterAll(async () => {
  await ws.close()
  await sim.close()
})

describe('the simulated motion', () => {
  let first: Record<string, { images: Output[]; animated?: boolean[] }>
  let pan: { dx: number; dy: number }

  beforeAll(async () => {
    first = await run(segment('motion/a', 101, 'start.png'), 'a')
    pan = steps(await clip(first))[0] as { dx: number; dy: number }
  })

  it('pans at one velocity through a clip', async () => {
    const own = steps(await clip(first))
    expect(own).toHaveLength(L - 1)
    expect(Math.hypot(pan.dx, pan.dy)).toBeGreaterThanOrEqual(1)
    for (const s of own) expect(s).toEqual(pan)
  })

  it('SaveAnimatedPNG writes the frames as one lossless APNG that LoadImage reads back as a batch', async () => {
    const tail = first['90']
    expect(tail?.images[0]).toEqual({ filename: 'a_tail_00001_.png', subfolder: 'motion', type: 'output' })
    expect(tail?.animated).toEqual([true])
    const file = fileOf(tail?.images[0])
    expect(isAnimatedPng(readFileSync(file))).toBe(true)
    const frames = await decodeFrames('ffmpeg', file)
    expect(frames).toHaveLength(9)
    // Exactly the last decoded frame: the same pixels as the last-frame PNG.
    const [last] = await decodeFrames('ffmpeg', fileOf(first['17']?.images[0]))
    expect(Buffer.from((frames[8] as Raster).data).equals(Buffer.from((last as Raster).data))).toBe(true)
  })

  it('goes on with the same motion from 5 carried frames, and restarts it from 1', async () => {
    const tail = ref(first['90']?.images[0])
    const carried = await run(carrying(segment('motion/b', 202, tail), 5), 'b')
    const single = await run(segment('motion/c', 202, ref(first['17']?.images[0])), 'c')
    const b = await clip(carried)
    const c = await clip(single)
    expect(await countVideoFrames('ffmpeg', fileOf(carried['15']?.images[0]))).toBe(L)
    // The 5 carried frames come first, exactly as given, then the pan goes on at the same velocity.
    const apng = await decodeFrames('ffmpeg', fileOf(first['90']?.images[0]))
    for (let i = 0; i < 5; i++) expect(same(b[i], apng[4 + i])).toBe(true)
    for (const s of steps(b)) expect(s).toEqual(pan)
    // From one frame the model sees no motion: the velocity is drawn from the seed again.
    expect(same(c[0], apng[8])).toBe(true)
    const restarted = steps(c)
    expect(restarted[0]).not.toEqual(pan)
    for (const s of restarted) expect(s).toEqual(restarted[0])
  })

  it('runs SVI 2.0 Pro: the anchor first, then the previous last latent re-rendered and its motion continued', async () => {
    const p = segment('motion/svi', 303, ref(first['90']?.images[0]))
    p['80'] = { class_type: 'LoadImage', inputs: { image: 'start.png' } }
    p['81'] = { class_type: 'ImageScale', inputs: { image: ['80', 0], upscale_method: 'bilinear', width: SIZE, height: SIZE, crop: 'center' } }
    p['82'] = { class_type: 'VAEEncode', inputs: { pixels: ['81', 0], vae: ['4', 0] } }
    p['83'] = { class_type: 'ImageFromBatch', inputs: { image: ['5', 0], batch_index: -5, length: 5 } }
    p['84'] = { class_type: 'VAEEncode', inputs: { pixels: ['83', 0], vae: ['4', 0] } }
    p['10'] = {
      class_type: 'WanImageToVideoSVIPro',
      inputs: { positive: ['6', 0], negative: ['7', 0], length: L, anchor_samples: ['82', 0], prev_samples: ['84', 0], motion_latent_count: 1 },
    }
    const out = await run(p, 'svi')
    const v = await clip(out)
    const apng = await decodeFrames('ffmpeg', fileOf(first['90']?.images[0]))
    // Frames 1-4 are the last latent of the previous clip (its last 4 frames); then the pan goes on.
    for (let i = 1; i <= 4; i++) expect(same(v[i], apng[4 + i])).toBe(true)
    for (const s of steps(v.slice(1))) expect(s).toEqual(pan)
    expect(meanDiff(v[0] as Raster, v[1] as Raster)).toBeGreaterThan(10)
  })

  it('holds the colours of a clip padded with ref_pad_image (the sim drifts the others)', async () => {
    sim.setColorDrift({ r: 40, g: 0, b: -40 })
    try {
      const free = await run(segment('motion/free', 404, 'start.png'), 'free')
      const p = segment('motion/pad', 404, 'start.png')
      ;(p['10'] as ApiPrompt[string]).inputs.ref_pad_image = ['5', 0]
      const padded = await run(p, 'pad')
      const drifted = await clip(free)
      const held = await clip(padded)
      const redness = (f: Raster) => f.data.reduce((s, v, i) => s + (i % 3 === 0 ? v : i % 3 === 2 ? -v : 0), 0) / (f.width * f.height)
      expect(redness(drifted.at(-1) as Raster) - redness(drifted[0] as Raster)).toBeGreaterThan(40)
      expect(Math.abs(redness(held.at(-1) as Raster) - redness(held[0] as Raster))).toBeLessThan(5)
    } finally {
      sim.setColorDrift(null)
    }
  })
})
