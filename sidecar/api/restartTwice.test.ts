// Issue 16: "0 prompts running twice". A sidecar restart while runs wait in a backend's queue must
// reattach to those prompts; none may be submitted again while it is (or may still be) there.
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { runsTwice } from '../testing/backendSims'
import { smallJob, startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import type { PromptLogEntry } from '../sim/simComfy'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

/** Prompts each segment take (its output prefix) had accepted (HTTP 200) and started, over all sims. */
function perTake(logs: readonly PromptLogEntry[]): Map<string, { accepted: number; started: number }> {
  const out = new Map<string, { accepted: number; started: number }>()
  for (const l of logs) {
    if (l.httpStatus !== undefined && l.httpStatus !== 200) continue
    const take = /"filename_prefix":"([^"]+?)(?:_last)?"/.exec(JSON.stringify(l.body))?.[1] ?? l.prompt_id
    const n = out.get(take) ?? { accepted: 0, started: 0 }
    n.accepted++
    if (l.startedAt !== undefined) n.started++
    out.set(take, n)
  }
  return out
}

describe('a sidecar restart with runs waiting in a backend queue', () => {
  for (const [silent, atOnce] of [[false, false], [true, false], [false, true], [true, true]] as const) {
    it(`submits none of them again${silent ? ' (a second backend silent meanwhile)' : ''}${atOnce ? ', restarted while their submits are on their way' : ''}`, async () => {
      world = await startWorld({ segmentSeconds: 3 }, { backendTimeoutMs: 1_000 }, { backends: silent ? 1 : 0 })
      const w = world
      if (silent) await w.backends[0]!.sim.stop()
      const names = ['A', 'B', 'C']
      const ids: number[] = []
      for (const [i, name] of names.entries()) {
        ids.push((await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name, parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 3 + i } }))).body.id)
      }
      // One runs on main and one waits in its queue when the sidecar restarts.
      const segs = async () => Promise.all(ids.map(async (id) => (await w.job(id)).segments[0]!))
      if (!atOnce) await waitUntil(segs, (s) => s.some((x) => x.status === 'running') && s.some((x) => x.status === 'queued'), 'one running and one waiting on main')
      await w.restartSidecar()
      await Promise.all(ids.map((id) => w.waitForJob(id, (j) => j.status === 'awaiting_prompt', `job ${id} done`, 30_000)))

      const logs = w.sims.flatMap((s) => s.promptLog)
      const counts = perTake(logs)
      expect(counts.size).toBe(names.length)
      expect([...counts.values()]).toEqual(names.map(() => ({ accepted: 1, started: 1 })))
      expect(runsTwice(w.sims)).toEqual({ overlapping: [], started_twice: [] })
    }, 60_000)
  }
})
