// What the API accepts can run: the runner's rules are applied when a job, a prompt or a take is
// accepted, and text that would break ffmpeg or the files is refused with a 400 naming its field.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, JobWithSegments } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


describe('nothing accepted fails later for a reason the API could have refused', () => {
  it('refuses at creation what the runner would refuse when the segment runs, naming the request field', async () => {
    world = await startWorld()
    const w = world
    const cases: Array<[Record<string, unknown>, string, RegExp]> = [
      // The 14B templates split the steps between two samplers: one step cannot be split.
      [smallJob({ parameters: { width: 64, height: 64, frames: 9, steps: 1 } }), 'parameters.steps', /from 2/],
      [smallJob({ parameters: { width: 64, height: 64, frames: 9, options: { nope: 1 } }, preset: 'wan22_14b_i2v' }), '', /./],
      [smallJob({ loras: { high: [{ name: 'not_installed.safetensors', strength: 1 }], low: [] } }), 'loras', /not_installed\.safetensors/],
      [smallJob({ planned_prompts: [{ prompt: 'two', loras: { high: [], low: [{ name: 'gone.safetensors', strength: 1 }] } }] }), 'planned_prompts.0.loras', /gone\.safetensors/],
      [smallJob({ parameters: { width: 64, height: 64, frames: 9, models: { high: 'missing_high.safetensors' } } }), 'parameters.models.high', /missing_high/],
      [smallJob({ preset: 'wan22_5b_ti2v', parameters: { width: 64, height: 64, frames: 9, models: { low: 'x.safetensors' } } }), 'parameters.models.low', /single model/],
      [smallJob({ parameters: { width: 64, height: 64, seconds_per_segment: 60, fps: 120 } }), 'parameters.seconds_per_segment', /at most 1025/],
      [smallJob({ parameters: { width: 64, height: 64, frames: 9, seconds_per_segment: 2 } }), 'parameters.seconds_per_segment', /not both/],
    ]
    for (const [body, field, message] of cases) {
      const r = await w.api<ApiError | JobWithSegments>('POST', '/api/jobs', body)
      if (field === '') {
        // Unknown options are ignored by the template (not an error): the job is accepted and runs.
        expect(r.status).toBe(201)
        continue
      }
      expect(r.status, JSON.stringify(body)).toBe(400)
      const err = (r.body as ApiError).error
      expect(err.field).toBe(field)
      expect(err.message).toMatch(message)
    }
    const { total } = (await w.api<{ total: number }>('GET', '/api/jobs')).body
    expect(total).toBe(1)
  })

  it('checks a planned prompt and new takes when they are asked for, not when they run', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'first segment')
    const badLora = { prompt: 'next', loras: { high: [{ name: 'nowhere.safetensors', strength: 1 }], low: [] } }
    const planned = await w.api<ApiError>('POST', `/api/jobs/${body.id}/segments/1/prompt`, badLora)
    expect(planned.status).toBe(400)
    expect(planned.body.error.field).toBe('loras')
    const takes = await w.api<ApiError>('POST', `/api/jobs/${body.id}/segments/0/takes`, { loras: badLora.loras, count: 2 })
    expect(takes.status).toBe(400)
    expect(takes.body.error.field).toBe('loras')
    const job = await w.job(body.id)
    expect(job.segments).toHaveLength(1)
    expect(job.segments[0]?.take_count).toBe(1)
    expect(job.status).toBe('awaiting_prompt')
  })

  it('PUT with a new seconds_per_segment changes the frames (and refuses both at once)', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ start: false }))
    expect(body.parameters.frames).toBe(9)
    const put = await w.api<JobWithSegments>('PUT', `/api/jobs/${body.id}`, { parameters: { seconds_per_segment: 1, fps: 16 } })
    expect(put.status).toBe(200)
    expect(put.body.parameters.frames).toBe(17)
    expect((await w.job(body.id)).parameters.frames).toBe(17)
    const both = await w.api<ApiError>('PUT', `/api/jobs/${body.id}`, { parameters: { seconds_per_segment: 1, frames: 9 } })
    expect(both.status).toBe(400)
    expect(both.body.error.field).toBe('parameters.seconds_per_segment')
    const steps = await w.api<ApiError>('PUT', `/api/jobs/${body.id}`, { parameters: { steps: 1 } })
    expect(steps.status).toBe(400)
    expect(steps.body.error.field).toBe('parameters.steps')
    expect((await w.job(body.id)).parameters.steps).toBe(4)
    // A create-only field is refused by name rather than answered 200 with nothing changed.
    const set = await w.api<ApiError>('PUT', `/api/jobs/${body.id}`, { start_images: 1 })
    expect(set.status).toBe(400)
    expect(set.body.error.field).toBe('start_images')
  })

  it('a model removed after the job was accepted still fails the segment with the file named, and the sidecar goes on', async () => {
    world = await startWorld({ models: { diffusion_models: [] } })
    const w = world
    const dir = path.join(w.root, 'comfy', 'models', 'diffusion_models')
    mkdirSync(dir, { recursive: true })
    const high = 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors'
    for (const f of [high, 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors']) writeFileSync(path.join(dir, f), '')
    const { status, body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ start: false }))
    expect(status).toBe(201)
    rmSync(path.join(dir, high))
    expect((await w.api('POST', `/api/jobs/${body.id}/start`)).status).toBe(200)
    const failed = await w.waitForJob(body.id, (j) => j.status === 'failed', 'the run-time failure')
    expect(failed.segments[0]?.error?.message).toContain(high)
    expect((await w.api('GET', '/api/health')).status).toBe(200)
  })

  it('refuses control characters in every text field with a 400 naming it', async () => {
    world = await startWorld()
    const w = world
    const bodies: Array<[string, Record<string, unknown>]> = [
      ['prompt', smallJob({ prompt: 'walk\u0000' })],
      ['name', smallJob({ name: 'Walk\rnow' })],
      ['negative_prompt', smallJob({ negative_prompt: 'x\u001b' })],
      ['planned_prompts.0', smallJob({ planned_prompts: ['a\rb'] })],
    ]
    for (const [field, body] of bodies) {
      const r = await w.api<ApiError>('POST', '/api/jobs', body)
      expect(r.status).toBe(400)
      expect(r.body.error.field?.startsWith(field)).toBe(true)
      expect(r.body.error.message).toMatch(/control character/)
    }
    expect((await w.api<{ total: number }>('GET', '/api/jobs')).body.total).toBe(0)
  })
})
