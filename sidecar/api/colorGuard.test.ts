import { execFileSync } from 'node:child_process'
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const SEGMENTS = 10
// Each simulated clip drifts by this much (8-bit RGB) from its first to its last frame: about 1.1 delta E.
const DRIFT = { r: 1.5, g: 0, b: -1.5 }

/** A start image whose colour statistics do not change under the simulator's pan/zoom: mid-tone noise. */
function writeNoiseImage(dir: string, name: string): void {
  execFileSync('ffmpeg', [
    '-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'color=c=0x807060:s=64x64,format=rgb24,noise=alls=12:allf=u',
    '-frames:v', '1', path.join(dir, name),
  ])
}

async function chain(w: World, name: string, guard: boolean): Promise<JobWithSegments> {
  const prompts = Array.from({ length: SEGMENTS - 1 }, (_, i) => `step ${i + 2}`)
  const parameters = { width: 64, height: 64, frames: 9, steps: 2, seed: 5, ...(guard ? { color_guard: { enabled: true, strength: 1 } } : {}) }
  const { body, status } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name, input_image: 'noise.png', planned_prompts: prompts, parameters }))
  expect(status).toBe(201)
  return w.waitForJob(body.id, (j) => j.status === 'failed' || (j.status === 'awaiting_prompt' && j.counts.done === SEGMENTS && j.segments.every((s) => s.drift !== null)), `${SEGMENTS} segments of ${name}`, 90_000)
}

describe('the colour-drift guard', () => {
  it('lets the colour distance grow segment by segment without the guard and holds it under 2 with it', async () => {
    world = await startWorld({ colorDrift: DRIFT, segmentSeconds: 0 })
    const w = world
    writeNoiseImage(w.sim.inputDir, 'noise.png')

    const free = await chain(w, 'Drift free', false)
    const drifts = free.segments.map((s) => s.drift ?? Number.NaN)
    for (let i = 1; i < SEGMENTS; i++) expect(drifts[i]).toBeGreaterThan(drifts[i - 1] as number)
    expect(drifts[SEGMENTS - 1]).toBeGreaterThan(8)
    // The meter warns above the default threshold of 5 and the start frames are the plain last frames.
    expect(free.drift_threshold).toBe(5)
    expect(free.segments.map((s) => s.drift_warning)).toEqual(drifts.map((d) => d > 5))
    expect(free.segments[1]?.start_source).toBeNull()

    const held = await chain(w, 'Drift held', true)
    for (const s of held.segments) expect(s.drift).toBeLessThan(2)
    // ComfyUI received a corrected copy; the original last frame stays on record.
    const second = held.segments[1]
    expect(second?.start_image).toBe('longvideo_Drift_held_seg2_start.png')
    expect(second?.start_source).toBe(`longvideo/${held.segments[0]?.last_frame?.filename} [output]`)
    expect(existsSync(path.join(w.sim.inputDir, 'longvideo_Drift_held_seg2_start.png'))).toBe(true)
    const loaded = w.sim.promptLog.filter((l) => JSON.stringify(l.body).includes('longvideo_Drift_held_seg10_start.png'))
    expect(loaded).toHaveLength(1)
  }, 180_000)

  it('takes the guard and the warning threshold while the job runs, and refuses an anchor take that does not exist', async () => {
    world = await startWorld()
    const w = world
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob())
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'first segment')
    const set = await w.api<JobWithSegments>('PUT', `/api/jobs/${body.id}/continuity`, {
      color_guard: { enabled: true, strength: 0.5, anchor: { idx: 0, take: 1 } },
      drift_threshold: 0,
    })
    expect(set.status).toBe(200)
    expect(set.body.parameters.color_guard).toEqual({ enabled: true, strength: 0.5, anchor: { idx: 0, take: 1 } })
    expect(set.body.drift_threshold).toBe(0)
    const bad = await w.api<{ error: { field: string } }>('PUT', `/api/jobs/${body.id}/continuity`, { color_guard: { enabled: true, anchor: { idx: 3, take: 1 } } })
    expect([bad.status, bad.body.error.field]).toEqual([400, 'color_guard.anchor'])
    const range = await w.api<{ error: { field: string } }>('PUT', `/api/jobs/${body.id}/continuity`, { color_guard: { enabled: true, strength: 2 } })
    expect([range.status, range.body.error.field]).toEqual([400, 'color_guard.strength'])
    await w.api('POST', `/api/jobs/${body.id}/segments/1/prompt`, { prompt: 'next' })
    const two = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2 && j.segments[1]?.drift != null, 'second segment')
    // Anchored to segment 1's own last frame, the second segment starts from a corrected copy of it.
    expect(two.segments[1]?.start_image).toBe('longvideo_Test_walk_seg2_start.png')
    expect(two.segments[1]?.drift).toBeGreaterThan(0)
    expect(two.segments[1]?.drift_warning).toBe(true)
    const cleared = await w.api<JobWithSegments>('PUT', `/api/jobs/${body.id}/continuity`, { color_guard: null })
    expect(cleared.body.parameters.color_guard).toBeUndefined()
  })
})
