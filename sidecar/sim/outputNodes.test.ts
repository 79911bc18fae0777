// The other output nodes (VHS_VideoCombine, SaveAnimatedWEBP, PreviewImage) and routing for prompts without a client.
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countVideoFrames } from './ffmpegMedia'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, postJson, tempRoot, writeProbePng } from '../testing/simTestFixtures'
import type { ApiPrompt } from './validatePrompt'
import { connectWs, type WsTestClient } from '../testing/wsTestClient'

let sim: SimComfy
let ws: WsTestClient

const frames = (extra: ApiPrompt): ApiPrompt => ({
  '1': { class_type: 'LoadImage', inputs: { image: 'probe.png' } },
  '2': { class_type: 'ImageScale', inputs: { image: ['1', 0], upscale_method: 'bilinear', width: 64, height: 48, crop: 'disabled' } },
  '3': { class_type: 'RepeatImageBatch', inputs: { image: ['2', 0], amount: 5 } },
  ...extra,
})

async function run(prompt: ApiPrompt, id: string): Promise<Record<string, Record<string, Array<Record<string, unknown>>>>> {
  const res = await postJson(`${sim.url}/api/prompt`, { prompt, client_id: ws.clientId, prompt_id: id })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  await ws.waitForPromptEnd(id)
  const h = (await getJson(`${sim.url}/api/history/${id}`)).body as Record<string, { outputs: Record<string, Record<string, Array<Record<string, unknown>>>> }>
  return h[id]?.outputs ?? {}
}

beforeAll(async () => {
  sim = await startSimComfy({ root: tempRoot('outputs') })
  writeProbePng(path.join(sim.inputDir, 'probe.png'), 80, 60)
  ws = await connectWs(sim.url, 'outputs-test', '/api/ws')
})
afterAll(async () => {
  await ws.close()
  await sim.close()
})

describe('output nodes', () => {
  it('VHS_VideoCombine writes an mp4 and its workflow png and reports them under gifs', async () => {
    const out = await run(
      frames({
        '4': { class_type: 'VHS_VideoCombine', inputs: { images: ['3', 0], frame_rate: 16, loop_count: 0, filename_prefix: 'vhs/clip', format: 'video/h264-mp4', pingpong: false, save_output: true, pix_fmt: 'yuv420p', crf: 19, save_metadata: true, trim_to_audio: false } },
      }),
      'vhs-1'
    )
    const gif = out['4']?.gifs?.[0]
    expect(gif).toEqual({
      filename: 'clip_00001.mp4',
      subfolder: 'vhs',
      type: 'output',
      format: 'video/h264-mp4',
      frame_rate: 16,
      workflow: 'clip_00001.png',
      fullpath: path.join(sim.outputDir, 'vhs', 'clip_00001.mp4'),
    })
    expect(await countVideoFrames('ffmpeg', String(gif?.fullpath))).toBe(5)
    expect(existsSync(path.join(sim.outputDir, 'vhs', 'clip_00001.png'))).toBe(true)
  })

  it('SaveAnimatedWEBP writes an animated webp reported as images + animated', async () => {
    const out = await run(
      frames({ '4': { class_type: 'SaveAnimatedWEBP', inputs: { images: ['3', 0], filename_prefix: 'anim/w', fps: 8, lossless: false, quality: 80, method: 'default' } } }),
      'webp-1'
    )
    expect(out['4']).toEqual({ images: [{ filename: 'w_00001_.webp', subfolder: 'anim', type: 'output' }], animated: [true] })
    expect(readFileSync(path.join(sim.outputDir, 'anim', 'w_00001_.webp')).subarray(8, 12).toString()).toBe('WEBP')
  })

  it('PreviewImage writes to temp, one png per frame', async () => {
    const out = await run(frames({ '4': { class_type: 'PreviewImage', inputs: { images: ['3', 0] } } }), 'preview-1')
    const images = out['4']?.images ?? []
    expect(images).toHaveLength(5)
    expect(images.every((i) => i.type === 'temp' && /^ComfyUI_temp_[a-z]{5}_0000\d_\.png$/.test(String(i.filename)))).toBe(true)
    const res = await fetch(`${sim.url}/view?filename=${images[0]?.filename}&type=temp`)
    expect([res.status, res.headers.get('content-type')]).toEqual([200, 'image/png'])
  })

  it('SaveImage embeds the prompt in the png and counts up per frame', async () => {
    const out = await run(frames({ '4': { class_type: 'SaveImage', inputs: { images: ['3', 0], filename_prefix: 'pngs/f' } } }), 'png-1')
    expect(out['4']?.images?.map((i) => i.filename)).toEqual(['f_00001_.png', 'f_00002_.png', 'f_00003_.png', 'f_00004_.png', 'f_00005_.png'])
    const bytes = readFileSync(path.join(sim.outputDir, 'pngs', 'f_00001_.png'))
    expect(bytes.includes(Buffer.from('tEXtprompt\0'))).toBe(true)
  })

  it('fails with execution_error when a prefix leaves the output folder', async () => {
    await postJson(`${sim.url}/api/prompt`, {
      prompt: frames({ '4': { class_type: 'SaveImage', inputs: { images: ['3', 0], filename_prefix: '../../escape' } } }),
      client_id: ws.clientId,
      prompt_id: 'escape-1',
    })
    await ws.waitForPromptEnd('escape-1')
    const err = ws.forPrompt('escape-1').find((m) => m.type === 'execution_error')
    expect(err?.data.exception_message).toMatch(/Saving image outside the output folder is not allowed/)
  })
})

describe('a prompt queued without client_id', () => {
  it('sends no executing/executed, but broadcasts progress_state and status to everyone', async () => {
    const prompt = frames({ '4': { class_type: 'SaveImage', inputs: { images: ['3', 0], filename_prefix: 'anon/f' } } })
    const res = await postJson(`${sim.url}/prompt`, { prompt, prompt_id: 'anon-1' })
    expect(res.status).toBe(200)
    await new Promise<void>((resolve) => sim.events.once('finished', () => resolve()))
    const about = ws.messages.filter((m) => m.data.prompt_id === 'anon-1')
    expect(new Set(about.map((m) => m.type))).toEqual(new Set(['progress_state']))
    const h = (await getJson(`${sim.url}/history?max_items=1`)).body as Record<string, unknown>
    expect(Object.keys(h)).toEqual(['anon-1'])
  })
})

describe('WebSocket routing', () => {
  it("sends a prompt's events to its client's newest socket only, progress_state and status to all", async () => {
    const oldSocket = await connectWs(sim.url, 'router')
    const newSocket = await connectWs(sim.url, 'router')
    const bystander = await connectWs(sim.url, 'bystander')
    const prompt = frames({ '4': { class_type: 'SaveImage', inputs: { images: ['3', 0], filename_prefix: 'routing/f' } } })
    await postJson(`${sim.url}/api/prompt`, { prompt, client_id: 'router', prompt_id: 'route-1' })
    await newSocket.waitForPromptEnd('route-1')
    const kinds = (c: typeof ws) => new Set(c.messages.filter((m) => m.data.prompt_id === 'route-1').map((m) => m.type))
    expect(kinds(newSocket)).toEqual(new Set(['execution_start', 'execution_cached', 'progress_state', 'executing', 'executed', 'execution_success']))
    // Like ComfyUI, the replaced socket is dropped from the routing table: it hears nothing more.
    expect(kinds(oldSocket)).toEqual(new Set())
    expect(kinds(bystander)).toEqual(new Set(['progress_state']))
    expect(bystander.messages.filter((m) => m.type === 'status').length).toBeGreaterThan(1)
    await Promise.all([oldSocket.close(), newSocket.close(), bystander.close()])
  })
})
