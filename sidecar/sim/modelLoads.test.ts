// The loader cost model: an uncached loader run is a model load (counted per model, costs time); a
// loader whose inputs match the previous prompt's is served from the cache; only the previous prompt's
// outputs stay cached, so A, B, A loads A's models again. Also the sim's kill() and start() on one port.
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { modelSizeGb } from './modelLoads'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, postJson, readJson, tempRoot, WORKFLOWS_DIR, writeProbePng } from '../testing/simTestFixtures'
import type { ApiPrompt } from './validatePrompt'
import { connectWs, type WsTestClient } from '../testing/wsTestClient'

const SECONDS_PER_GB = 0.01
const HIGH_14B = 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors'
const LOW_14B = 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors'
const TI2V_5B = 'wan2.2_ti2v_5B_fp16.safetensors'
const UMT5 = 'umt5_xxl_fp8_e4m3fn_scaled.safetensors'

let sim: SimComfy
let ws: WsTestClient

/** The 14B i2v preset (model set A) or the 5B ti2v one (model set B), small and fast. */
function prompt(set: 'A' | 'B', seed: number): ApiPrompt {
  const p = readJson<ApiPrompt>(path.join(WORKFLOWS_DIR, set === 'A' ? 'wan22_14b_i2v.json' : 'wan22_5b_ti2v.json'))
  const set_ = (id: string, values: Record<string, unknown>) => Object.assign((p[id] as ApiPrompt[string]).inputs, values)
  set_('10', { width: 64, height: 64, length: 5 })
  if (set === 'A') {
    set_('11', { noise_seed: seed, steps: 2, end_at_step: 1 })
    set_('12', { steps: 2, start_at_step: 1 })
  } else set_('11', { seed, steps: 2 })
  set_('15', { filename_prefix: `loads/${set}${seed}` })
  set_('16', { batch_index: 4 })
  set_('17', { filename_prefix: `loads/${set}${seed}_last` })
  return p
}

async function run(p: ApiPrompt, promptId: string): Promise<string[]> {
  const res = await postJson(`${sim.url}/prompt`, { prompt: p, client_id: ws.clientId, prompt_id: promptId })
  expect(res.status, JSON.stringify(res.body)).toBe(200)
  await ws.waitForPromptEnd(promptId)
  const cached = ws.forPrompt(promptId).find((m) => m.type === 'execution_cached')
  return (cached?.data.nodes as string[] | undefined) ?? []
}

const loadsOf = (promptId: string) => sim.modelLoads().loads.filter((l) => l.prompt_id === promptId).map((l) => l.model).sort()

beforeAll(async () => {
  const root = tempRoot('loads')
  sim = await startSimComfy({ root, modelLoadSecondsPerGb: SECONDS_PER_GB })
  writeProbePng(path.join(sim.inputDir, 'start.png'), 64, 64)
  ws = await connectWs(sim.url, 'loads-test')
})
afterAll(async () => {
  await ws.close()
  await sim.close()
})

describe('modelSizeGb', () => {
  it('reads the parameter count and dtype from the name, and falls back to a size per loader class', () => {
    expect(modelSizeGb('UNETLoader', HIGH_14B)).toBe(14)
    expect(modelSizeGb('UNETLoader', TI2V_5B)).toBe(10)
    expect(modelSizeGb('UnetLoaderGGUF', 'wan2.2_i2v_high_noise_14B_Q8_0.gguf')).toBe(14)
    expect(modelSizeGb('UnetLoaderGGUF', 'wan2.2_i2v_low_noise_14B_Q4_K_M.gguf')).toBe(7.88)
    expect(modelSizeGb('CLIPLoader', UMT5)).toBe(5.7)
    expect(modelSizeGb('VAELoader', 'wan_2.1_vae.safetensors')).toBe(0.3)
    expect(modelSizeGb('LoraLoaderModelOnly', 'wan22/motion/orbit_high_noise.safetensors')).toBe(0.6)
  })
})

describe('model loads in the simulated ComfyUI', () => {
  it('loads every model of the first prompt, and the prompt takes at least their load time', async () => {
    await run(prompt('A', 1), 'a-1')
    expect(loadsOf('a-1')).toEqual([HIGH_14B, LOW_14B, UMT5, 'wan_2.1_vae.safetensors'].sort())
    const seconds = sim.modelLoads().loads.filter((l) => l.prompt_id === 'a-1').reduce((s, l) => s + l.seconds, 0)
    expect(seconds).toBeCloseTo((14 + 14 + 5.7 + 0.3) * SECONDS_PER_GB, 6)
    const log = sim.promptLog.find((l) => l.prompt_id === 'a-1')
    expect((log?.finishedAt ?? 0) - (log?.startedAt ?? 0)).toBeGreaterThanOrEqual(seconds * 1000)
  })

  it('serves the same loaders from the cache in the next prompt: no load', async () => {
    const cached = await run(prompt('A', 2), 'a-2')
    expect(cached).toEqual(expect.arrayContaining(['1', '2', '3', '4']))
    expect(loadsOf('a-2')).toEqual([])
  })

  it('loads A again after B (A, B, A): only the previous prompt stays cached', async () => {
    sim.resetModelLoads()
    await run(prompt('A', 3), 'a-3') // cached from a-2
    await run(prompt('B', 1), 'b-1')
    await run(prompt('A', 4), 'a-4')
    const stats = sim.modelLoads()
    // The diffusion model sets: A (served from the cache), B, A again: three loads of a model set.
    expect(loadsOf('a-3')).toEqual([])
    expect(stats.by_model[TI2V_5B]).toBe(1)
    expect(stats.by_model[HIGH_14B]).toBe(1)
    expect(stats.by_model[LOW_14B]).toBe(1)
    // The text encoder is the same file with the same inputs in both sets: it stays loaded.
    expect(stats.by_model[UMT5]).toBeUndefined()
    expect(loadsOf('b-1')).toEqual([TI2V_5B, 'wan2.2_vae.safetensors'].sort())
    expect(loadsOf('a-4')).toEqual([HIGH_14B, LOW_14B, 'wan_2.1_vae.safetensors'].sort())
    expect(stats.total).toBe(5)
    expect((await getJson(`${sim.url}/sim/model_loads`)).body).toEqual(stats)
  })

  it('forgets its cache on /free with free_memory (models unloaded)', async () => {
    sim.resetModelLoads()
    await postJson(`${sim.url}/free`, { unload_models: true, free_memory: true })
    await run(prompt('A', 5), 'a-5')
    expect(sim.modelLoads().total).toBe(4)
  })
})

describe('kill() and start()', () => {
  it('loses the queue and the running prompt, and comes back empty on the same port', async () => {
    const port = sim.port
    sim.setSegmentSeconds(5)
    const res = await postJson(`${sim.url}/prompt`, { prompt: prompt('A', 6), client_id: ws.clientId, prompt_id: 'killed' })
    expect(res.status).toBe(200)
    await postJson(`${sim.url}/prompt`, { prompt: prompt('A', 7), client_id: ws.clientId, prompt_id: 'queued-then-lost' })
    await ws.waitFor((m) => m.type === 'progress' && m.data.prompt_id === 'killed')
    await sim.kill()
    await expect(fetch(`${sim.url}/queue`)).rejects.toThrow()
    const killed = sim.promptLog.find((l) => l.prompt_id === 'killed')
    expect(killed?.status).toBe('interrupted')
    expect(killed?.finishedAt).toBeGreaterThanOrEqual(killed?.startedAt ?? Infinity)
    await sim.start()
    expect(sim.port).toBe(port)
    expect((await getJson(`${sim.url}/queue`)).body).toEqual({ queue_running: [], queue_pending: [] })
    expect((await getJson(`${sim.url}/history/killed`)).body).toEqual({})
    expect(sim.promptLog.find((l) => l.prompt_id === 'queued-then-lost')?.startedAt).toBeUndefined()
    sim.setSegmentSeconds(0)
  })
})
