// Measures for the several-backends benchmark, read from the simulated ComfyUIs' own logs (one clock:
// they run in the benchmark's process): when each prompt was received, started and finished, on which
// backend, and which models each loaded.
import type { JobWithSegments, SegmentTakes } from '../sidecar/contract'
import type { PromptLogEntry, SimComfy } from '../sidecar/sim/simComfy'
import type { BenchWorld } from './benchWorld'
import { call, getJob, waitFor } from './httpApi'
import { round } from './stats'

export interface Ran {
  backend: number
  entry: PromptLogEntry
}

/** Every prompt a sim accepted and ran to the end, with the index of its sim (0 = main). */
export function ranPrompts(sims: ReadonlyArray<Pick<SimComfy, 'promptLog'>>, ids?: ReadonlySet<string>): Ran[] {
  return sims.flatMap((sim, backend) =>
    sim.promptLog
      .filter((l) => l.httpStatus === 200 && l.startedAt !== undefined && l.finishedAt !== undefined && (!ids || ids.has(l.prompt_id)))
      .map((entry) => ({ backend, entry }))
  )
}

export interface Window {
  from: number
  to: number
  ms: number
}

/** From the first prompt received (any backend) to the last one finished. */
export function runWindow(ran: Ran[]): Window {
  if (ran.length === 0) throw new Error('no prompt ran')
  const from = Math.min(...ran.map((r) => r.entry.receivedAt))
  const to = Math.max(...ran.map((r) => r.entry.finishedAt ?? 0))
  return { from, to, ms: to - from }
}

/** Share of the window (percent) in which backend `b` ran no prompt. */
export function idlePct(ran: Ran[], b: number, w: Window): number {
  const runs = ran
    .filter((r) => r.backend === b)
    .map((r) => [r.entry.startedAt ?? 0, r.entry.finishedAt ?? 0] as const)
    .sort((x, y) => x[0] - y[0])
  let busy = 0
  let cursor = w.from
  for (const [s, f] of runs) {
    if (f > cursor) {
      busy += f - Math.max(s, cursor)
      cursor = f
    }
  }
  return round((100 * (w.ms - busy)) / w.ms)
}

// Also the failover tests' check, so it lives with the backend sims.
export { runsTwice } from '../sidecar/testing/backendSims'

export async function createJobs(w: BenchWorld, bodies: Record<string, unknown>[]): Promise<number[]> {
  const ids: number[] = []
  for (const body of bodies) {
    const r = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', body)
    if (r.status !== 201) throw new Error(`create ${String(body.name)}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`)
    ids.push(r.body.id)
  }
  return ids
}

/** Waits for every job to have run all its segments (awaiting a prompt); a failed job ends the measure. */
export async function allSegmentsDone(w: BenchWorld, ids: number[], timeoutMs: number): Promise<JobWithSegments[]> {
  const out: JobWithSegments[] = []
  for (const id of ids) {
    const job = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'running' && j.status !== 'draft', `job ${id}`, timeoutMs, 200)
    if (job.status !== 'awaiting_prompt') throw new Error(`job ${id} ended ${job.status}: ${job.error ?? ''}`)
    out.push(job)
  }
  return out
}

/** Waits until every take of a segment is done (or one failed). */
export async function takesDone(w: BenchWorld, jobId: number, idx: number, count: number, timeoutMs: number): Promise<SegmentTakes> {
  const takes = await waitFor(
    async () => (await call<SegmentTakes>(w.sidecar.url, 'GET', `/api/jobs/${jobId}/segments/${idx}/takes`)).body,
    (t) => t.takes.length >= count && t.takes.every((k) => k.status === 'done' || k.status === 'failed'),
    `${count} takes of segment ${idx + 1}`,
    timeoutMs,
    200
  )
  const failed = takes.takes.filter((k) => k.status === 'failed')
  if (failed.length) throw new Error(`take ${failed[0]?.take} failed: ${failed[0]?.error ?? ''}`)
  return takes
}

/** Diffusion model loads (UNETLoader / GGUF: the weights a reload costs most) over every sim. */
export function diffusionLoads(sims: SimComfy[]): { total: number; by_model: Record<string, number>; seconds: number } {
  const by: Record<string, number> = {}
  let total = 0
  let seconds = 0
  for (const sim of sims) {
    for (const l of sim.modelLoads().loads) {
      seconds += l.seconds
      if (!/^Unet|^UNET/.test(l.class_type)) continue
      total++
      by[l.model] = (by[l.model] ?? 0) + 1
    }
  }
  return { total, by_model: by, seconds: round(seconds) }
}
