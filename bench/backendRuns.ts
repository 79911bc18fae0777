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

/** Time intervals [from, to) in ms, sorted and merged. */
type Spans = [number, number][]

function merged(spans: Spans): Spans {
  const out: Spans = []
  for (const [s, f] of [...spans].filter(([s, f]) => f > s).sort((x, y) => x[0] - y[0])) {
    const last = out.at(-1)
    if (last && s <= last[1]) last[1] = Math.max(last[1], f)
    else out.push([s, f])
  }
  return out
}

/** The parts of the window that `spans` (merged) do not cover. */
function outside(spans: Spans, w: Window): Spans {
  const out: Spans = []
  let cursor = w.from
  for (const [s, f] of spans) {
    if (s > cursor) out.push([cursor, Math.min(s, w.to)])
    cursor = Math.max(cursor, f)
  }
  if (cursor < w.to) out.push([cursor, w.to])
  return merged(out)
}

function overlap(a: Spans, b: Spans): Spans {
  const out: Spans = []
  for (const [s1, f1] of a) for (const [s2, f2] of b) if (Math.max(s1, s2) < Math.min(f1, f2)) out.push([Math.max(s1, s2), Math.min(f1, f2)])
  return merged(out)
}

const length = (spans: Spans) => spans.reduce((t, [s, f]) => t + f - s, 0)

/** A job's chain as the benchmark saw it: when the job was created, its segments' prompt ids in order. */
export interface Chain {
  job: number
  created: number
  prompts: string[]
}

/** A time in which a segment was ready (its predecessor finished, or its job created) and not yet started on any backend. */
export interface Waiting {
  job: number
  /** 0-based segment index. */
  idx: number
  from: number
  to: number
}

/**
 * When each segment was ready and not yet started anywhere: segment k+1 is ready once k finished
 * (the simulator's clock), the first one when its job was created (or when a backend received it,
 * if earlier: it was ready by then). Every segment must have run (one prompt each).
 */
export function waitingSpans(ran: Ran[], chains: Chain[]): Waiting[] {
  const byId = new Map(ran.map((r) => [r.entry.prompt_id, r.entry]))
  const out: Waiting[] = []
  for (const c of chains) {
    c.prompts.forEach((id, idx) => {
      const e = byId.get(id)
      if (e?.startedAt === undefined) throw new Error(`job ${c.job} segment ${idx + 1}: prompt ${id} did not run`)
      const before = idx === 0 ? undefined : byId.get(c.prompts[idx - 1] ?? '')?.finishedAt
      const ready = idx === 0 ? Math.min(c.created, e.receivedAt) : before
      if (ready === undefined) throw new Error(`job ${c.job} segment ${idx}: its prompt did not finish`)
      out.push({ job: c.job, idx, from: ready, to: e.startedAt })
    })
  }
  return out
}

export interface IdleSplit {
  /** Percent of the window in which the backend ran no prompt (its tail included). */
  idle_pct: number
  /** Percent of the window in which it ran no prompt while some segment was ready and not started anywhere. */
  ready_pct: number
  /** Percent of the window in which it ran no prompt and no segment was waiting (nothing it could have run). */
  no_work_pct: number
  /** The longest stretches idle while work was ready (ms, from the window's start), longest first. */
  gaps: { at_ms: number; ms: number; waiting: string[] }[]
}

/**
 * Backend `b`'s idle time split by whether work was ready: idle while a segment waited for any
 * backend (the issue's "GPU idle share": a scheduling or hand-off gap) versus idle with nothing ready
 * (e.g. its tail while the last chains end elsewhere). Every backend is assumed able to run every segment.
 */
export function idleSplit(ran: Ran[], waiting: Waiting[], b: number, w: Window): IdleSplit {
  const busy = merged(ran.filter((r) => r.backend === b).map((r) => [r.entry.startedAt ?? 0, r.entry.finishedAt ?? 0]))
  const idle = outside(busy, w)
  const ready = overlap(idle, merged(waiting.map((x) => [x.from, x.to])))
  const pct = (ms: number) => round((100 * ms) / w.ms)
  const gaps = ready
    .map(([s, f]) => ({
      at_ms: s - w.from,
      ms: f - s,
      waiting: waiting.filter((x) => x.from < f && s < x.to).map((x) => `job ${x.job} seg ${x.idx + 1}`),
    }))
    .sort((x, y) => y.ms - x.ms)
    .slice(0, 3)
  return { idle_pct: pct(length(idle)), ready_pct: pct(length(ready)), no_work_pct: pct(length(idle) - length(ready)), gaps }
}

// Also the failover tests' check, so it lives with the backend sims.
export { runsTwice } from '../sidecar/testing/backendSims'

/** Creates the jobs in order; `created` gets each job's id and when the sidecar answered (the benchmark's clock, which the sims share). */
export async function createJobs(w: BenchWorld, bodies: Record<string, unknown>[], created?: Map<number, number>): Promise<number[]> {
  const ids: number[] = []
  for (const body of bodies) {
    const r = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', body)
    if (r.status !== 201) throw new Error(`create ${String(body.name)}: ${r.status} ${JSON.stringify(r.body).slice(0, 300)}`)
    created?.set(r.body.id, Date.now())
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
