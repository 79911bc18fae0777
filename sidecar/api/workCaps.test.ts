// Caps on queued GPU work, set in settings: a request past one answers 409 with the cap and the setting.
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments, Settings } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

type ErrorAnswer = { error: { code: string; field: string; message: string; details?: { setting: string; limit: number } } }

describe('caps on queued GPU work', () => {
  it('refuses takes past the per-segment cap with a 409 that names the setting, and takes them once it is raised', async () => {
    world = await startWorld({ segmentSeconds: 2 })
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ start: false }))
    // The job does not run yet: candidates stay planned, so they all count as waiting.
    const first = await w.api('POST', `/api/jobs/${body.id}/start`)
    expect(first.status).toBe(200)
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'first segment')
    expect((await w.api('POST', '/api/queue/stop')).status).toBe(200)
    expect((await w.api('PUT', '/api/settings', { limits: { max_takes_per_segment: 3 } })).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${body.id}/segments/0/takes`, { count: 3 })).status).toBe(201)
    const refused = await w.api<ErrorAnswer>('POST', `/api/jobs/${body.id}/segments/0/takes`, { count: 1 })
    expect(refused.status).toBe(409)
    expect(refused.body.error.field).toBe('count')
    expect(refused.body.error.message).toMatch(/the cap is 3 \(raise it in Settings > Limits on queued work > "Takes waiting per segment", or with PUT \/api\/settings \{"limits": \{"max_takes_per_segment": N\}\}\)/)
    expect(refused.body.error.details).toEqual({ setting: 'limits.max_takes_per_segment', limit: 3 })
    expect((await w.job(body.id)).segments[0]?.take_count).toBe(4)
    expect((await w.api('PUT', '/api/settings', { limits: { max_takes_per_segment: 8 } })).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${body.id}/segments/0/takes`, { count: 1 })).status).toBe(201)
  })

  it('caps segments per job and running jobs; a draft can wait', async () => {
    world = await startWorld({ segmentSeconds: 5 })
    const w = world
    const put = await w.api<Settings>('PUT', '/api/settings', { limits: { max_segments_per_job: 2, max_running_jobs: 1 } })
    expect(put.body.limits).toMatchObject({ max_segments_per_job: 2, max_running_jobs: 1, max_takes_per_segment: 16 })
    const tooLong = await w.api<ErrorAnswer>('POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }))
    expect(tooLong.status).toBe(409)
    expect(tooLong.body.error.field).toBe('planned_prompts')
    expect(tooLong.body.error.details?.setting).toBe('limits.max_segments_per_job')

    const running = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    expect(running.status).toBe(201)
    const next = await w.api<ErrorAnswer>('POST', `/api/jobs/${running.body.id}/segments/2/prompt`, { prompt: 'three' })
    expect(next.status).toBe(409)
    expect(next.body.error.field).toBe('idx')

    const second = await w.api<ErrorAnswer>('POST', '/api/jobs', smallJob({ name: 'Second' }))
    expect(second.status).toBe(409)
    expect(second.body.error.field).toBe('start')
    expect(second.body.error.details?.setting).toBe('limits.max_running_jobs')
    const draft = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'Second', start: false }))
    expect(draft.status).toBe(201)
    const start = await w.api<ErrorAnswer>('POST', `/api/jobs/${draft.body.id}/start`)
    expect(start.status).toBe(409)
    expect(start.body.error.details?.setting).toBe('limits.max_running_jobs')
    expect((await w.job(draft.body.id)).status).toBe('draft')
    expect((await w.api('POST', `/api/jobs/${running.body.id}/cancel`)).status).toBe(200)
    expect((await w.api('POST', `/api/jobs/${draft.body.id}/start`)).status).toBe(200)
  })

  it('validates the limits it stores', async () => {
    world = await startWorld()
    const w = world
    for (const [limits, field] of [
      [{ max_segments_per_job: 201 }, 'limits.max_segments_per_job'],
      [{ max_takes_per_segment: 0 }, 'limits.max_takes_per_segment'],
      [{ max_waiting_takes: 1.5 }, 'limits.max_waiting_takes'],
      [{ max_running_jobs: 'many' }, 'limits.max_running_jobs'],
    ] as const) {
      const r = await w.api<ErrorAnswer>('PUT', '/api/settings', { limits })
      expect(r.status).toBe(400)
      expect(r.body.error.field).toBe(field)
    }
    const got = await w.api<Settings>('GET', '/api/settings')
    expect(got.body.limits).toEqual({ max_segments_per_job: 100, max_takes_per_segment: 16, max_waiting_takes: 64, max_running_jobs: 20, max_waiting_start_images: 16 })
  })
})
