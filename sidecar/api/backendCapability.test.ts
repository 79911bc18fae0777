import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { BackendList, JobWithSegments } from '../contract'
import { DEFAULT_MODELS } from '../sim/defaultModels'
import { startSimComfy } from '../sim/simComfy'
import type { SimComfy } from '../sim/simComfy'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
let small: SimComfy | null = null
afterEach(async () => {
  await world?.close()
  await small?.close()
  world = null
  small = null
})

describe('capability per backend', () => {
  it('never places a run on a backend that lacks its models, and says why in GET /api/backends', async () => {
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    // A second ComfyUI with the 5B model only.
    small = await startSimComfy({ root: path.join(w.root, 'small'), segmentSeconds: 0.3, models: { ...DEFAULT_MODELS, diffusion_models: ['wan2.2_ti2v_5B_fp16.safetensors'] } })
    expect((await w.api('PUT', '/api/settings', { backends: [{ id: 'small', name: 'Small GPU', url: small.url, enabled: true }] })).status).toBe(200)
    const listed = await waitUntil(() => w.api<BackendList>('GET', '/api/backends'), (r) => (r.body.backends[1]?.presets.length ?? 0) > 0, 'the presets of backend small')
    const presets = listed.body.backends[1]!.presets
    expect(presets.find((p) => p.id === 'wan22_14b_i2v')).toMatchObject({ ok: false })
    expect(presets.find((p) => p.id === 'wan22_14b_i2v')?.missing.join(' ')).toMatch(/wan2\.2_i2v_high_noise_14B/)
    expect(presets.find((p) => p.id === 'wan22_5b_ti2v')?.ok).toBe(true)

    // Three 14B jobs and one 5B job: the 14B work waits for main; the 5B job may use the idle small GPU.
    const ids: number[] = []
    for (const name of ['A', 'B', 'C']) ids.push((await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name }))).body.id)
    ids.push((await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'D', preset: 'wan22_5b_ti2v' }))).body.id)
    const done = await Promise.all(ids.map((id) => w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${id}`, 60_000)))
    expect(done.slice(0, 3).map((j) => j.segments[0]?.backend)).toEqual(['main', 'main', 'main'])
    expect(done[3]?.segments[0]?.backend).toBe('small')
    expect(small.promptLog.filter((l) => l.httpStatus === 200).map((l) => l.prompt_id)).toEqual([done[3]?.segments[0]?.prompt_id])
  }, 90_000)

  it('judges a text-to-video first segment of an image-to-video job by the t2v graph it runs, and the segments after it by the i2v graph', async () => {
    world = await startWorld({ segmentSeconds: 0.4 })
    const w = world
    // A second ComfyUI with every default model but the 14B text-to-video pair: it can run wan22_14b_i2v, not wan22_14b_t2v.
    const diffusion = (DEFAULT_MODELS.diffusion_models ?? []).filter((m) => !m.startsWith('wan2.2_t2v_'))
    small = await startSimComfy({ root: path.join(w.root, 'small'), segmentSeconds: 0.4, models: { ...DEFAULT_MODELS, diffusion_models: diffusion } })
    expect((await w.api('PUT', '/api/settings', { backends: [{ id: 'small', name: 'Small GPU', url: small.url, enabled: true }] })).status).toBe(200)
    const listed = await waitUntil(() => w.api<BackendList>('GET', '/api/backends'), (r) => (r.body.backends[1]?.presets.length ?? 0) > 0, 'the presets of backend small')
    const presets = listed.body.backends[1]!.presets
    expect([presets.find((p) => p.id === 'wan22_14b_i2v')?.ok, presets.find((p) => p.id === 'wan22_14b_t2v')?.ok]).toEqual([true, false])

    // Three jobs from text at once: main is busy with one, yet no first segment may go to small.
    const ids: number[] = []
    for (const name of ['A', 'B', 'C']) {
      ids.push((await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name, input_image: null, planned_prompts: ['on'] }))).body.id)
    }
    const done = await Promise.all(ids.map((id) => w.waitForJob(id, (j) => j.status === 'awaiting_prompt' || j.status === 'failed' || j.error !== null, `job ${id}`, 60_000)))
    expect(done.map((j) => j.segments.map((s) => s.status))).toEqual(ids.map(() => ['done', 'done']))
    expect(done.map((j) => j.segments[0]?.backend)).toEqual(['main', 'main', 'main'])
    const firsts = new Set(done.map((j) => j.segments[0]?.prompt_id))
    expect(small.promptLog.filter((l) => firsts.has(l.prompt_id))).toEqual([])
    // The i2v segments after them may use it (the one idle GPU while main makes the next first segment).
    expect(small.promptLog.filter((l) => l.httpStatus === 200).length).toBeGreaterThan(0)
  }, 90_000)

  it('places a job that chose its own models or LoRAs only where those files are, not by the preset\'s default models', async () => {
    const fp16 = { high: 'wan2.2_i2v_high_noise_14B_fp16.safetensors', low: 'wan2.2_i2v_low_noise_14B_fp16.safetensors' }
    world = await startWorld({ segmentSeconds: 0.5, models: { ...DEFAULT_MODELS, diffusion_models: [...(DEFAULT_MODELS.diffusion_models ?? []), fp16.high, fp16.low] } })
    const w = world
    // A second ComfyUI with every default model (so it can run the preset) but not the fp16 pair, nor one LoRA.
    const loras = (DEFAULT_MODELS.loras ?? []).filter((l) => l !== 'detail_enhancer_v2.safetensors')
    small = await startSimComfy({ root: path.join(w.root, 'small'), segmentSeconds: 0.5, models: { ...DEFAULT_MODELS, loras } })
    expect((await w.api('PUT', '/api/settings', { backends: [{ id: 'small', name: 'Small GPU', url: small.url, enabled: true }] })).status).toBe(200)
    const listed = await waitUntil(() => w.api<BackendList>('GET', '/api/backends'), (r) => (r.body.backends[1]?.presets.length ?? 0) > 0, 'the presets of backend small')
    expect(listed.body.backends[1]!.presets.find((p) => p.id === 'wan22_14b_i2v')?.ok).toBe(true)

    // What the new-job form asks before it sends a job: each backend's verdict on the job's own files, naming them.
    type Check = { backends: { id: string; ok: boolean; missing: string[] }[] }
    const check = async (body: Record<string, unknown>) => {
      const r = await waitUntil(() => w.api<Check>('POST', '/api/backends/check', { preset: 'wan22_14b_i2v', ...body }), (x) => x.body.backends?.length === 2, 'both backends read')
      return Object.fromEntries(r.body.backends.map((b) => [b.id, b]))
    }
    const plain = await check({})
    expect([plain.main?.ok, plain.small?.ok]).toEqual([true, true])
    const withFp16 = await check({ models: fp16 })
    expect([withFp16.main?.ok, withFp16.small?.ok]).toEqual([true, false])
    expect(withFp16.small?.missing.join(' ')).toContain(fp16.high)
    const withLora = await check({ loras: { high: [{ name: 'detail_enhancer_v2.safetensors', strength: 0.8 }], low: [] } })
    expect([withLora.main?.ok, withLora.small?.ok]).toEqual([true, false])
    expect(withLora.small?.missing.join(' ')).toContain('detail_enhancer_v2.safetensors')
    const unknown = await w.api<{ error: { field: string } }>('POST', '/api/backends/check', { preset: 'nope' })
    expect([unknown.status, unknown.body.error.field]).toEqual([400, 'preset'])
    const badLora = await w.api<{ error: { field: string } }>('POST', '/api/backends/check', { preset: 'wan22_14b_i2v', loras: { high: [{ name: '' }] } })
    expect([badLora.status, badLora.body.error.field]).toEqual([400, 'loras.high.0.name'])

    // Created at once: two jobs with the fp16 models and one with the LoRA wait for main; the plain one may use the idle small GPU.
    const params = { width: 64, height: 64, frames: 9, steps: 4, seed: 3 }
    const bodies = [
      smallJob({ name: 'A', parameters: { ...params, models: fp16 } }),
      smallJob({ name: 'B', parameters: { ...params, models: fp16 } }),
      smallJob({ name: 'C', loras: { high: [{ name: 'detail_enhancer_v2.safetensors', strength: 0.8 }], low: [] } }),
      smallJob({ name: 'D' }),
    ]
    const ids: number[] = []
    for (const body of bodies) {
      const r = await w.api<JobWithSegments>('POST', '/api/jobs', body)
      expect(r.status).toBe(201)
      ids.push(r.body.id)
    }
    const done = await Promise.all(ids.map((id) => w.waitForJob(id, (j) => j.status !== 'running' && j.status !== 'draft', `job ${id}`, 60_000)))
    expect(done.map((j) => [j.status, j.segments[0]?.backend])).toEqual([['awaiting_prompt', 'main'], ['awaiting_prompt', 'main'], ['awaiting_prompt', 'main'], ['awaiting_prompt', 'small']])
    // Nothing was sent to the small GPU that it could not run.
    expect(small.promptLog.map((l) => [l.prompt_id, l.httpStatus])).toEqual([[done[3]?.segments[0]?.prompt_id, 200]])
  }, 90_000)

  it('accepts a job whose models only another backend has, and runs it there; refuses it once that backend is off', async () => {
    const fp16 = { high: 'wan2.2_i2v_high_noise_14B_fp16.safetensors', low: 'wan2.2_i2v_low_noise_14B_fp16.safetensors' }
    world = await startWorld({ segmentSeconds: 0.3 })
    const w = world
    small = await startSimComfy({ root: path.join(w.root, 'small'), segmentSeconds: 0.3, models: { ...DEFAULT_MODELS, diffusion_models: [...(DEFAULT_MODELS.diffusion_models ?? []), fp16.high, fp16.low] } })
    const put = (enabled: boolean) => w.api('PUT', '/api/settings', { backends: [{ id: 'small', name: 'Small GPU', url: small!.url, enabled }] })
    expect((await put(true)).status).toBe(200)
    await waitUntil(() => w.api<BackendList>('GET', '/api/backends'), (r) => (r.body.backends[1]?.presets.length ?? 0) > 0, 'the nodes of backend small read')
    const body = smallJob({ name: 'Rented', parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 5, models: fp16 } })
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', body)
    expect(created.status).toBe(201)
    const done = await w.waitForJob(created.body.id, (j) => j.status !== 'running' && j.status !== 'draft', 'the job on small', 60_000)
    expect([done.status, done.segments[0]?.backend]).toEqual(['awaiting_prompt', 'small'])
    expect(w.sim.promptLog).toEqual([])
    // With it off, nothing that is on has those files: refused, naming the field.
    expect((await put(false)).status).toBe(200)
    const refused = await w.api<{ error: { field: string; message: string } }>('POST', '/api/jobs', body)
    expect([refused.status, refused.body.error.field]).toEqual([400, 'parameters.models.high'])
    expect(refused.body.error.message).toContain(fp16.high)
  }, 90_000)
})

