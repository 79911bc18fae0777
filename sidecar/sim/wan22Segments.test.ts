// Wan2.2 prompts through the simulator: real mp4 and png files, exact frame counts, a lossless hand-off.
import { spawnSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countVideoFrames } from './ffmpegMedia'
import { startSimComfy, type SimComfy } from './simComfy'
import { decodeRgb, getJson, postJson, readJson, tempRoot, WORKFLOWS_DIR, writeProbePng } from '../testing/simTestFixtures'
import type { ApiPrompt } from './validatePrompt'
import { connectWs, type WsTestClient } from '../testing/wsTestClient'

const L = 9
let sim: SimComfy
let ws: WsTestClient
let root: string

interface Output {
  filename: string
  subfolder: string
  type: string
}

function workflow(name: string, prefix: string, seed: number): ApiPrompt {
  const p = readJson<ApiPrompt>(path.join(WORKFLOWS_DIR, name))
  const set = (id: string, values: Record<string, unknown>) => Object.assign((p[id] as ApiPrompt[string]).inputs, values)
  set('10', { width: 64, height: 64, length: L })
  set('11', { noise_seed: seed, steps: 4, end_at_step: 2 })
  set('12', { steps: 4, start_at_step: 2 })
  set('15', { filename_prefix: prefix })
  set('16', { batch_index: L - 1 })
  set('17', { filename_prefix: `${prefix}_last` })
  return p
}

async function run(prompt: ApiPrompt, promptId: string): Promise<Record<string, { images: Output[] }>> {
  const res = await postJson(`${sim.url}/api/prompt`, { prompt, client_id: ws.clientId, prompt_id: promptId })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  await ws.waitForPromptEnd(promptId)
  const history = (await getJson(`${sim.url}/api/history/${promptId}`)).body as Record<string, { outputs: Record<string, { images: Output[] }>; status: { status_str: string } }>
  expect(history[promptId]?.status.status_str).toBe('success')
  return history[promptId]?.outputs ?? {}
}

const fileOf = (o: Output | undefined): string => path.join(sim.outputDir, o?.subfolder ?? '', o?.filename ?? '')

beforeAll(async () => {
  root = tempRoot('wan22')
  sim = await startSimComfy({ root })
  ws = await connectWs(sim.url, 'wan22-test')
  const start = path.join(root, 'start-src.png')
  writeProbePng(start, 96, 80)
  const form = new FormData()
  form.append('image', new Blob([readFileSync(start)], { type: 'image/png' }), 'start.png')
  const up = await fetch(`${sim.url}/api/upload/image`, { method: 'POST', body: form })
  expect(await up.json()).toEqual({ name: 'start.png', subfolder: '', type: 'input' })
})
afterAll(async () => {
  await ws.close()
  await sim.close()
})

describe('a Wan2.2 14B image-to-video prompt', () => {
  let outputs: Record<string, { images: Output[] }>

  beforeAll(async () => {
    outputs = await run(workflow('wan22_14b_i2v.json', 'wan22/job/seg0', 1), 'i2v-1')
  })

  it('saves an H.264 mp4 with exactly `length` frames under the prefix subfolder', async () => {
    const video = outputs['15']?.images[0]
    expect(video).toEqual({ filename: 'seg0_00001_.mp4', subfolder: 'wan22/job', type: 'output' })
    expect(await countVideoFrames('ffmpeg', fileOf(video))).toBe(L)
    const probe = spawnSync('ffmpeg', ['-hide_banner', '-i', fileOf(video)], { encoding: 'utf8' }).stderr
    expect(probe).toMatch(/Video: h264.*yuv420p.*64x64/)
    expect(probe).toMatch(/16 fps/)
  })

  it('saves the last frame as a PNG that is exactly the last decoded frame', async () => {
    const last = outputs['17']?.images[0]
    expect(last).toEqual({ filename: 'seg0_last_00001_.png', subfolder: 'wan22/job', type: 'output' })
    // Save every decoded frame of the same (cached) decode and compare frame L-1 pixel for pixel.
    const all = workflow('wan22_14b_i2v.json', 'wan22/job/seg0', 1)
    all['30'] = { class_type: 'SaveImage', inputs: { images: ['13', 0], filename_prefix: 'wan22/job/allframes' } }
    const more = await run(all, 'i2v-all-frames')
    const frames = more['30']?.images ?? []
    expect(frames).toHaveLength(L)
    expect(decodeRgb(fileOf(last)).equals(decodeRgb(fileOf(frames[L - 1])))).toBe(true)
    expect(decodeRgb(fileOf(frames[0])).equals(decodeRgb(fileOf(frames[1])))).toBe(false)
    expect(decodeRgb(fileOf(frames[0])).equals(decodeRgb(fileOf(frames[L - 1])))).toBe(false)
  })

  it('starts the clip on the start image resized to width x height', async () => {
    const check = workflow('wan22_14b_i2v.json', 'wan22/job/seg0', 1)
    check['31'] = { class_type: 'ImageScale', inputs: { image: ['5', 0], upscale_method: 'bilinear', width: 64, height: 64, crop: 'center' } }
    check['32'] = { class_type: 'SaveImage', inputs: { images: ['31', 0], filename_prefix: 'wan22/job/start_fit' } }
    check['33'] = { class_type: 'ImageFromBatch', inputs: { image: ['13', 0], batch_index: 0, length: 1 } }
    check['34'] = { class_type: 'SaveImage', inputs: { images: ['33', 0], filename_prefix: 'wan22/job/first' } }
    const out = await run(check, 'i2v-first-frame')
    expect(decodeRgb(fileOf(out['32']?.images[0])).equals(decodeRgb(fileOf(out['34']?.images[0])))).toBe(true)
  })

  it('reports one progress message per sampler step, for each pass', async () => {
    const progress = ws.forPrompt('i2v-1').filter((m) => m.type === 'progress')
    expect(progress.map((m) => [m.data.node, m.data.value, m.data.max])).toEqual([
      ['11', 1, 2], ['11', 2, 2], ['12', 1, 2], ['12', 2, 2],
    ])
  })
})

describe('a two-segment hand-off', () => {
  it('continues from the saved last frame and concatenates to L + (L-1) frames by stream copy', async () => {
    const first = await run(workflow('wan22_14b_i2v.json', 'wan22/handoff/seg0', 5), 'handoff-0')
    const lastPng = first['17']?.images[0] as Output
    const second = workflow('wan22_14b_i2v.json', 'wan22/handoff/seg1', 6)
    ;(second['5'] as ApiPrompt[string]).inputs.image = `${lastPng.subfolder}/${lastPng.filename} [output]`
    second['20'] = { class_type: 'ImageFromBatch', inputs: { image: ['13', 0], batch_index: 1, length: L - 1 } }
    ;(second['14'] as ApiPrompt[string]).inputs.images = ['20', 0]
    second['21'] = { class_type: 'ImageFromBatch', inputs: { image: ['13', 0], batch_index: 0, length: 1 } }
    second['22'] = { class_type: 'SaveImage', inputs: { images: ['21', 0], filename_prefix: 'wan22/handoff/seg1_first' } }
    const out = await run(second, 'handoff-1')

    expect(decodeRgb(fileOf(out['22']?.images[0])).equals(decodeRgb(fileOf(lastPng)))).toBe(true)
    const seg1 = fileOf(out['15']?.images[0])
    expect(await countVideoFrames('ffmpeg', seg1)).toBe(L - 1)

    const list = path.join(root, 'concat.txt')
    writeFileSync(list, [fileOf(first['15']?.images[0]), seg1].map((f) => `file '${f}'`).join('\n'))
    const joined = path.join(root, 'joined.mp4')
    const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', '-y', joined])
    expect(r.status, String(r.stderr)).toBe(0)
    expect(await countVideoFrames('ffmpeg', joined)).toBe(L + L - 1)
  })
})

describe('text-to-video', () => {
  it('generates different content for different seeds', async () => {
    const t2v = (seed: number): ApiPrompt => {
      const p = readJson<ApiPrompt>(path.join(WORKFLOWS_DIR, 'wan22_14b_t2v.json'))
      Object.assign((p['10'] as ApiPrompt[string]).inputs, { width: 64, height: 48, length: 5 })
      Object.assign((p['11'] as ApiPrompt[string]).inputs, { noise_seed: seed, steps: 2, end_at_step: 1 })
      Object.assign((p['12'] as ApiPrompt[string]).inputs, { steps: 2, start_at_step: 1 })
      Object.assign((p['15'] as ApiPrompt[string]).inputs, { filename_prefix: `t2v/seed${seed}` })
      Object.assign((p['16'] as ApiPrompt[string]).inputs, { batch_index: -1 })
      Object.assign((p['17'] as ApiPrompt[string]).inputs, { filename_prefix: `t2v/seed${seed}_last` })
      return p
    }
    const a = await run(t2v(1), 't2v-1')
    const b = await run(t2v(2), 't2v-2')
    expect(await countVideoFrames('ffmpeg', fileOf(a['15']?.images[0]))).toBe(5)
    expect(decodeRgb(fileOf(a['17']?.images[0])).equals(decodeRgb(fileOf(b['17']?.images[0])))).toBe(false)
  })
})
