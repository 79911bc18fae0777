import { execFileSync } from 'node:child_process'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { STRONG_COLOR_DRIFT } from '../sim/simComfy'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

/** The demo's start image (demo/startDemo.ts): ffmpeg's 4:3 test pattern, cropped to the job's 5:3. */
function writeDemoImage(dir: string): void {
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=128x96:rate=1', '-frames:v', '1', '-y', path.join(dir, 'example.png')])
}

async function demoJob(w: World, name: string, segments: number, guard: boolean): Promise<JobWithSegments> {
  const parameters = { width: 160, height: 96, frames: 17, steps: 2, seed: 5, ...(guard ? { color_guard: { enabled: true, strength: 1 } } : {}) }
  const planned = Array.from({ length: segments - 1 }, (_, i) => `the camera drifts on, part ${i + 2}`)
  const { body, status } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name, input_image: 'example.png', planned_prompts: planned, parameters }))
  expect(status).toBe(201)
  const done = await w.waitForJob(
    body.id,
    (j) => j.status === 'failed' || (j.status === 'awaiting_prompt' && j.counts.done === segments && j.segments.every((s) => s.drift !== null)),
    `${segments} segments of ${name}`,
    90_000
  )
  expect(done.status).toBe('awaiting_prompt')
  return done
}

describe('the drift warning on simulated jobs', () => {
  it('stays quiet on a demo job, grows slowly without the guard, and with the drift fault names cause and action', async () => {
    world = await startWorld({ segmentSeconds: 0 })
    const w = world
    writeDemoImage(w.sim.inputDir)

    // The simulator's own slight cast: a few tenths of delta E per segment, under the default threshold.
    const demo = await demoJob(w, 'Demo walk', 3, false)
    const drifts = demo.segments.map((s) => s.drift as number)
    expect(demo.drift_threshold).toBe(5)
    for (const s of demo.segments) expect([s.idx, s.drift_warning, s.drift_advice]).toEqual([s.idx, false, null])
    expect(Math.max(...drifts)).toBeLessThan(3)
    // It adds up from segment to segment without the guard...
    const long = await demoJob(w, 'Long walk', 5, false)
    const longDrifts = long.segments.map((s) => s.drift as number)
    for (let i = 2; i < longDrifts.length; i++) expect(longDrifts[i]).toBeGreaterThan(longDrifts[i - 1] as number)
    expect((longDrifts.at(-1) as number) - (longDrifts[0] as number)).toBeGreaterThan(1.5)
    // ...and the guard holds it near the anchor.
    const held = await demoJob(w, 'Held walk', 4, true)
    for (const s of held.segments) expect(s.drift).toBeLessThan(1.5)

    // The drift fault: a strong cast in every clip. Without the guard every hand-off carries it on.
    w.sim.setColorDrift(STRONG_COLOR_DRIFT)
    const cast = await demoJob(w, 'Cast walk', 3, false)
    for (const s of cast.segments) expect(s.drift).toBeGreaterThan(5)
    expect(cast.segments.map((s) => s.drift_warning)).toEqual([true, true, true])
    expect(cast.segments[0]?.drift_advice).toBe('Likely cause: this take drifted from the start image within its own clip. Redo it with another seed.')
    expect(cast.segments[2]?.drift_advice).toBe(
      'Likely cause: the colour guard is off, so each segment starts from the colours the one before drifted to. Turn the colour guard on, then redo this segment.'
    )
    // Turning the guard on changes the advice of a segment that ran without it: run it again.
    const guarded = await w.api<JobWithSegments>('PUT', `/api/jobs/${cast.id}/continuity`, { color_guard: { enabled: true, strength: 1 } })
    expect(guarded.body.segments[2]?.drift_advice).toMatch(/^Likely cause: the colour guard was off when this segment ran.*Redo this segment/)
    // With the guard from the start, each clip still drifts within itself: another seed is what is left.
    const castHeld = await demoJob(w, 'Cast held', 3, true)
    expect(castHeld.segments[2]?.drift_warning).toBe(true)
    expect(castHeld.segments[2]?.start_source).not.toBeNull()
    expect(castHeld.segments[2]?.drift_advice).toBe('Likely cause: this take drifted within its own clip (its start was corrected). Redo this segment with another seed.')
  }, 240_000)
})
