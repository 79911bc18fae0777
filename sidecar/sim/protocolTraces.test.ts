// The simulator against what a real ComfyUI 0.24.0 did (sidecar/testing/reference/comfyui-traces, copied from the recordings).
import { copyFileSync, existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, postJson, readJson, shapeOf, tempRoot, TRACES_DIR, writeProbePng } from '../testing/simTestFixtures'
import { connectWs, type WsMessage, type WsTestClient } from '../testing/wsTestClient'

interface Trace {
  submit: { status: number; body: Record<string, unknown> }
  ws: WsMessage[]
  history: { prompt: unknown[]; outputs: Record<string, unknown>; status: Record<string, unknown>; meta: Record<string, unknown> }
}

const trace = (name: string): Trace => readJson<Trace>(path.join(TRACES_DIR, name))
const types = (ms: WsMessage[]): string[] => ms.map((m) => (m.type === 'executing' && m.data.node === null ? 'executing(null)' : m.type))

let sim: SimComfy
let ws: WsTestClient

beforeAll(async () => {
  const root = tempRoot('traces')
  sim = await startSimComfy({ root })
  writeProbePng(path.join(sim.inputDir, 'probe_input.png'), 160, 120)
  ws = await connectWs(sim.url, 'trace-client')
})
afterAll(async () => {
  await ws.close()
  await sim.close()
})

async function submitTracePrompt(t: Trace, promptId: string): Promise<{ status: number; body: Record<string, unknown> }> {
  const res = await postJson(`${sim.url}/api/prompt`, { prompt: t.history.prompt[2], client_id: 'trace-client', prompt_id: promptId })
  return { status: res.status, body: res.body as Record<string, unknown> }
}

describe('a successful prompt, as in success.json', () => {
  const t = trace('success.json')
  let submitted: { status: number; body: Record<string, unknown> }
  let own: WsMessage[]

  beforeAll(async () => {
    submitted = await submitTracePrompt(t, 'success-1')
    await ws.waitForPromptEnd('success-1')
    own = ws.forPrompt('success-1')
  })

  it('answers POST /prompt with the client-chosen prompt_id, a number and empty node_errors', () => {
    expect(submitted.status).toBe(t.submit.status)
    expect(Object.keys(submitted.body)).toEqual(Object.keys(t.submit.body))
    expect(submitted.body.prompt_id).toBe('success-1')
    expect(submitted.body.node_errors).toEqual({})
  })

  it('first sends status with the sid on connect', () => {
    expect(ws.messages[0]).toEqual({ type: 'status', data: { status: { exec_info: { queue_remaining: 0 } }, sid: 'trace-client' } })
  })

  it('sends the same message types in the same order as the real server', () => {
    const expected = types(t.ws.filter((m) => m.type !== 'status' || !('sid' in m.data)))
    // The two status messages of queueing and dequeuing come before execution_start.
    const start = ws.messages.findIndex((m) => m.type === 'execution_start' && m.data.prompt_id === 'success-1')
    const end = ws.messages.findIndex((m) => m.type === 'executing' && m.data.node === null && m.data.prompt_id === 'success-1')
    expect(types(ws.messages.slice(start - 2, end + 1))).toEqual(expected)
  })

  it('sends messages with the same JSON shapes', () => {
    for (const type of ['execution_start', 'execution_cached', 'progress_state', 'executing', 'executed', 'execution_success']) {
      const real = t.ws.find((m) => m.type === type)
      const mine = own.find((m) => m.type === type)
      expect(shapeOf(mine), type).toEqual(shapeOf(real))
    }
    const executed = own.filter((m) => m.type === 'executed')
    expect(executed.map((m) => m.data.output)).toEqual(t.ws.filter((m) => m.type === 'executed').map((m) => m.data.output))
  })

  it('writes the history entry the real server writes, with the same file names', async () => {
    const res = await getJson(`${sim.url}/api/history/success-1`)
    const entry = (res.body as Record<string, Trace['history']>)['success-1']
    expect(entry).toBeDefined()
    expect(Object.keys(entry as object)).toEqual(Object.keys(t.history))
    expect(entry?.outputs).toEqual(t.history.outputs)
    expect(entry?.meta).toEqual(t.history.meta)
    expect(entry?.prompt[2]).toEqual(t.history.prompt[2])
    expect(entry?.prompt[4]).toEqual(t.history.prompt[4])
    expect(Object.keys(entry?.prompt[3] as object)).toEqual(['client_id', 'create_time'])
    expect(shapeOf(entry?.status)).toEqual(shapeOf(t.history.status))
    expect((entry?.status.messages as unknown[][]).map((m) => m[0])).toEqual(['execution_start', 'execution_cached', 'execution_success'])
    expect(existsSync(path.join(sim.outputDir, 'trace', 'seg_00001_.mp4'))).toBe(true)
    expect(existsSync(path.join(sim.outputDir, 'trace', 'seg_last_00001_.png'))).toBe(true)
  })
})

describe('the identical prompt again, as in cached_rerun.json', () => {
  const t = trace('cached_rerun.json')

  it('succeeds at once from the cache, re-sending the old file names', async () => {
    await submitTracePrompt(t, 'cached-1')
    await ws.waitForPromptEnd('cached-1')
    const own = ws.forPrompt('cached-1')
    const realOwn = t.ws.slice(t.ws.findIndex((m) => m.type === 'execution_start'))
    expect(types(own)).toEqual(types(realOwn))
    expect(own.find((m) => m.type === 'execution_cached')?.data.nodes).toEqual(['1', '2', '3', '4', '5', '6', '7'])
    expect(own.filter((m) => m.type === 'executed').map((m) => m.data.output)).toEqual(
      realOwn.filter((m) => m.type === 'executed').map((m) => m.data.output)
    )
    expect(existsSync(path.join(sim.outputDir, 'trace', 'seg_00002_.mp4'))).toBe(false)
    const history = (await getJson(`${sim.url}/history/cached-1`)).body as Record<string, Trace['history']>
    expect(history['cached-1']?.outputs).toEqual(t.history.outputs)
  })
})

describe('a runtime failure, as in execution_error.json', () => {
  const t = trace('execution_error.json')

  it('answers 200, then sends execution_error with the real fields, and history says error', async () => {
    sim.setFaults({ errorOnPrompt: 1 })
    const res = await submitTracePrompt(t, 'error-1')
    expect(res.status).toBe(200)
    await ws.waitForPromptEnd('error-1')
    const own = ws.forPrompt('error-1')
    const realOwn = t.ws.slice(t.ws.findIndex((m) => m.type === 'execution_start'))
    expect(types(own)).toEqual(types(realOwn))
    const err = own.find((m) => m.type === 'execution_error')
    const realErr = realOwn.find((m) => m.type === 'execution_error')
    expect(Object.keys(err?.data ?? {})).toEqual(Object.keys(realErr?.data ?? {}))
    expect(err?.data.node_type).toBe('VAELoader')
    expect(err?.data.current_inputs).toEqual({ vae_name: ['wan_2.1_vae.safetensors'] })
    const history = (await getJson(`${sim.url}/api/history/error-1`)).body as Record<string, Trace['history']>
    expect(history['error-1']?.status.status_str).toBe('error')
    expect(history['error-1']?.status.completed).toBe(false)
    expect((history['error-1']?.status.messages as unknown[][]).at(-1)?.[0]).toBe('execution_error')
    expect(history['error-1']?.outputs).toEqual({})
  })
})

describe('interrupt and queue delete, as in interrupt_and_queue.json', () => {
  const t = readJson<{
    submit: Array<{ body: Record<string, unknown> }>
    queue: { body: { queue_running: unknown[][]; queue_pending: unknown[][] } }
    ws: WsMessage[]
    history: Trace['history']
    pending_history: unknown
  }>(path.join(TRACES_DIR, 'interrupt_and_queue.json'))

  it('deletes the pending prompt without a trace and interrupts the running one', async () => {
    sim.setSegmentSeconds(10)
    const slow = structuredClone(t.queue.body.queue_running[0]?.[2]) as Record<string, { class_type: string; inputs: Record<string, unknown> }>
    // A sampler makes the running prompt slow in the simulator (the real trace used a huge ImageScale).
    slow['8'] = { class_type: 'KSampler', inputs: { model: ['9', 0], seed: 1, steps: 20, cfg: 1, sampler_name: 'euler', scheduler: 'simple', positive: ['10', 0], negative: ['10', 0], latent_image: ['11', 0], denoise: 1 } }
    slow['9'] = { class_type: 'UNETLoader', inputs: { unet_name: 'wan2.2_ti2v_5B_fp16.safetensors', weight_dtype: 'default' } }
    slow['10'] = { class_type: 'ConditioningZeroOut', inputs: { conditioning: ['12', 0] } }
    slow['12'] = { class_type: 'CLIPTextEncode', inputs: { text: 'x', clip: ['13', 0] } }
    slow['13'] = { class_type: 'CLIPLoader', inputs: { clip_name: 'umt5_xxl_fp8_e4m3fn_scaled.safetensors', type: 'wan' } }
    slow['11'] = { class_type: 'EmptyHunyuanLatentVideo', inputs: { width: 64, height: 64, length: 5, batch_size: 1 } }
    slow['14'] = { class_type: 'VAEDecode', inputs: { samples: ['8', 0], vae: ['15', 0] } }
    slow['15'] = { class_type: 'VAELoader', inputs: { vae_name: 'wan2.2_vae.safetensors' } }
    slow['16'] = { class_type: 'SaveImage', inputs: { images: ['14', 0], filename_prefix: 'trace/slow_sampler' } }
    const running = await postJson(`${sim.url}/api/prompt`, { prompt: slow, client_id: 'trace-client', prompt_id: 'slow-1' })
    const pendingPrompt = t.queue.body.queue_pending[0]?.[2]
    const pending = await postJson(`${sim.url}/api/prompt`, { prompt: pendingPrompt, client_id: 'trace-client', prompt_id: 'pending-1' })
    expect([running.status, pending.status]).toEqual([200, 200])
    await ws.waitFor((m) => m.type === 'progress' && m.data.prompt_id === 'slow-1')

    const queue = (await getJson(`${sim.url}/api/queue`)).body as typeof t.queue.body
    expect(queue.queue_running.map((i) => i[1])).toEqual(['slow-1'])
    expect(queue.queue_pending.map((i) => i[1])).toEqual(['pending-1'])
    expect(queue.queue_pending[0]?.length).toBe(t.queue.body.queue_pending[0]?.length)
    expect((await getJson(`${sim.url}/api/prompt`)).body).toEqual({ exec_info: { queue_remaining: 2 } })

    const del = await fetch(`${sim.url}/api/queue`, { method: 'POST', body: JSON.stringify({ delete: ['pending-1'] }) })
    expect([del.status, await del.text()]).toEqual([200, ''])
    const after = (await getJson(`${sim.url}/api/queue`)).body as typeof t.queue.body
    expect(after.queue_pending).toEqual([])

    const intr = await fetch(`${sim.url}/api/interrupt`, { method: 'POST', body: JSON.stringify({ prompt_id: 'slow-1' }) })
    expect([intr.status, await intr.text()]).toEqual([200, ''])
    await ws.waitForPromptEnd('slow-1')
    sim.setSegmentSeconds(0)

    const own = ws.forPrompt('slow-1')
    expect(types(own).slice(-3)).toEqual(types(t.ws.slice(-3)))
    const interrupted = own.find((m) => m.type === 'execution_interrupted')
    expect(Object.keys(interrupted?.data ?? {})).toEqual(Object.keys(t.ws.find((m) => m.type === 'execution_interrupted')?.data ?? {}))
    expect(interrupted?.data.node_type).toBe('KSampler')
    const history = (await getJson(`${sim.url}/api/history/slow-1`)).body as Record<string, Trace['history']>
    expect(history['slow-1']?.status.status_str).toBe('error')
    expect((history['slow-1']?.status.messages as unknown[][]).at(-1)?.[0]).toBe('execution_interrupted')
    expect((await getJson(`${sim.url}/api/history/pending-1`)).body).toEqual(t.pending_history)
  })

  it('ignores an interrupt naming a prompt that is not running', async () => {
    const res = await fetch(`${sim.url}/interrupt`, { method: 'POST', body: JSON.stringify({ prompt_id: 'nope' }) })
    expect(res.status).toBe(200)
    copyFileSync(path.join(sim.inputDir, 'probe_input.png'), path.join(sim.inputDir, 'probe_copy.png'))
    const prompt = structuredClone(t.queue.body.queue_pending[0]?.[2]) as Record<string, { inputs: Record<string, unknown> }>
    ;(prompt['1'] as { inputs: Record<string, unknown> }).inputs.image = 'probe_copy.png'
    await postJson(`${sim.url}/prompt`, { prompt, client_id: 'trace-client', prompt_id: 'after-interrupt' })
    await ws.waitForPromptEnd('after-interrupt')
    expect(ws.forPrompt('after-interrupt').some((m) => m.type === 'execution_success')).toBe(true)
  })
})
