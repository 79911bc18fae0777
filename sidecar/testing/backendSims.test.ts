// The test world with several simulated ComfyUIs: the extras are separate servers on their own ports and
// folders, the sidecar has them as settings backends, and one can die and come back on the same port.
import { existsSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobWithSegments, Settings } from '../contract'
import { smallJob, startWorld, type World } from './testWorld'

let w: World

beforeAll(async () => {
  w = await startWorld({ segmentSeconds: 0.1 }, {}, { backends: 2 })
})
afterAll(async () => {
  await w.close()
})

describe('a world with three simulated ComfyUIs', () => {
  it('starts the extras on their own ports and folders and gives them to the sidecar as backends', async () => {
    expect(w.sims).toHaveLength(3)
    expect(new Set(w.sims.map((s) => s.port)).size).toBe(3)
    expect(new Set(w.sims.map((s) => s.outputDir)).size).toBe(3)
    // No shared disk: the start image is only in the main ComfyUI's input folder.
    expect(existsSync(path.join(w.sim.inputDir, 'start.png'))).toBe(true)
    for (const b of w.backends) expect(existsSync(path.join(b.sim.inputDir, 'start.png'))).toBe(false)
    const settings = await w.api<Settings>('GET', '/api/settings')
    expect(settings.body.backends).toEqual([
      { id: 'gpu2', name: 'Simulated GPU 2', url: w.backends[0]?.sim.url, enabled: true },
      { id: 'gpu3', name: 'Simulated GPU 3', url: w.backends[1]?.sim.url, enabled: true },
    ])
    for (const s of w.sims) expect((await fetch(`${s.url}/system_stats`)).status).toBe(200)
  })

  it('runs a job to its end with the extra backends present', async () => {
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    const done = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' || j.status === 'failed', 'both segments', 60_000)
    expect(done.segments.map((s) => s.status)).toEqual(['done', 'done'])
    const accepted = w.sims.flatMap((s) => s.promptLog.filter((l) => l.httpStatus === 200 && l.status === 'success'))
    expect(accepted).toHaveLength(2)
  })

  it('lets a backend die and come back empty on the same port', async () => {
    const gpu3 = w.backends[1]?.sim
    if (!gpu3) throw new Error('no gpu3')
    const { port, url } = gpu3
    await gpu3.kill()
    await expect(fetch(`${url}/queue`)).rejects.toThrow()
    await gpu3.start()
    expect([gpu3.port, gpu3.url]).toEqual([port, url])
    expect(await (await fetch(`${url}/queue`)).json()).toEqual({ queue_running: [], queue_pending: [] })
  })
})
