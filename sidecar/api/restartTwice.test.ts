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

describe('a sidecar restart while its POST /prompt is still being validated by ComfyUI', () => {
  it('does not call the prompt lost and submit it again: the held POST is queued and runs once', async () => {
    world = await startWorld({ segmentSeconds: 0.5 })
    const w = world
    // Longer than the 5 s the old sidecar's close waits for its submits (SUBMIT_STOP_WAIT_MS), so the
    // new sidecar starts while ComfyUI still holds the POST, in neither its queue nor its history.
    w.sim.setFaults({ validationDelayMs: 8_000 })
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'held' }))).body.id
    const bound = await w.waitForJob(id, (j) => j.segments[0]?.status === 'queued' && j.segments[0].prompt_id !== null, 'the run bound')
    await w.restartSidecar()
    // The precondition: the restarted sidecar looked while ComfyUI had not queued the prompt yet.
    expect(w.sim.promptLog).toEqual([])
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'the held run done', 30_000)
    // The held POST has reached the queue and ComfyUI has nothing left to run (a second run would be seen).
    const idle = async () => {
      const q = (await (await fetch(`${w.sim.url}/queue`)).json()) as { queue_running: unknown[]; queue_pending: unknown[] }
      return w.sim.promptLog.some((l) => l.prompt_id === bound.segments[0]?.prompt_id) && q.queue_running.length + q.queue_pending.length === 0
    }
    await waitUntil(idle, (done) => done, 'the held POST queued and ComfyUI idle', 20_000)
    expect([...perTake(w.sim.promptLog).values()]).toEqual([{ accepted: 1, started: 1 }])
    expect(runsTwice(w.sims)).toEqual({ overlapping: [], started_twice: [] })
  }, 60_000)

  it('still resubmits at once a prompt ComfyUI accepted and then forgot (it restarted), without that wait', async () => {
    // A grace longer than this test may take: the resubmit can only come from the accepted run skipping it.
    world = await startWorld({ segmentSeconds: 2 }, { unacceptedGraceMs: 10 * 60_000 })
    const w = world
    const id = (await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'forgotten' }))).body.id
    const before = await w.waitForJob(id, (j) => j.segments[0]?.status === 'running', 'the run started')
    await w.restartSidecar()
    await w.sim.restart()
    const again = await w.waitForJob(id, (j) => j.segments[0]?.prompt_id !== before.segments[0]?.prompt_id && j.segments[0]?.status === 'running', 'the run resubmitted')
    expect(w.sim.promptLog.some((l) => l.prompt_id === again.segments[0]?.prompt_id)).toBe(true)
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt', 'the resubmitted run done', 30_000)
    expect(again.segments[0]?.attempts).toBe(2)
  }, 60_000)
})
