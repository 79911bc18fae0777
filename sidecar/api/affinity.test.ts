import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

/** Runs a 14B job and a 5B job of three segments each, started together on one ComfyUI; answers the order the sim ran them and its model loads. */
async function mixedRun(affinity: boolean): Promise<{ order: string; loads: number }> {
  world = await startWorld({ segmentSeconds: 0.3 }, { affinity })
  const w = world
  await w.api('POST', '/api/queue/stop')
  const a = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'A', planned_prompts: ['two', 'three'] }))
  const b = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'B', preset: 'wan22_5b_ti2v', parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 1 }, planned_prompts: ['two', 'three'] }))
  expect([a.status, b.status]).toEqual([201, 201])
  w.sim.resetModelLoads()
  await w.api('POST', '/api/queue/start')
  const name = new Map<string, string>()
  for (const [label, id] of [['A', a.body.id], ['B', b.body.id]] as const) {
    const done = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${label}`, 60_000)
    expect(done.segments.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    done.segments.forEach((s) => name.set(s.prompt_id ?? '', label))
  }
  const ran = [...w.sim.promptLog].filter((l) => l.startedAt !== undefined).sort((x, y) => (x.startedAt ?? 0) - (y.startedAt ?? 0))
  const order = ran.map((l) => name.get(l.prompt_id) ?? '?').join('')
  const loads = w.sim.modelLoads().total
  await w.close()
  world = null
  return { order, loads }
}

describe('affinity on one ComfyUI', () => {
  it('runs the chain that has its models loaded on, instead of interleaving two jobs with different models', async () => {
    const withAffinity = await mixedRun(true)
    expect(withAffinity.order).toBe('AAABBB')
    const firstCome = await mixedRun(false)
    expect(firstCome.order).toBe('ABABAB')
    // Every switch of model set reloads the models: interleaving loads more.
    expect(withAffinity.loads).toBeLessThan(firstCome.loads)
  }, 180_000)
})
