// Where ready work goes, as a pure rule over plain data: each ready run (the next segment of a
// job, a candidate take) is placed on the least busy capable open backend with a free slot
// (QUEUE_DEPTH prompts each: one running, one waiting, so no GPU waits for us), preferring the
// backend whose last prompt used the same models and LoRA chain (its affinity key), because ComfyUI
// keeps a model loaded only while consecutive prompts load it with identical inputs.
//
// On one backend the same key also orders work across jobs: a prompt of another key is not queued
// behind a running chain whose next segment (same key) will be ready when it ends (the hand-off
// takes milliseconds, a model reload tens of seconds). Fairness: after STREAK_LIMIT prompts placed
// on a backend while work of another key waited for it, the waiting work goes first (the key served
// there longest ago first, so with three keys none is skipped; whenever the key changes, too).
import type { JobParameters, SegmentLoras } from '../contract'

export const QUEUE_DEPTH = 2
/** Prompts of one key a backend takes in a row while another key's work waits for it. */
export const STREAK_LIMIT = 4

/** A run to schedule: the segment's own run (take null) or a candidate take. */
export interface ReadyRun {
  job_id: number
  idx: number
  take: number | null
}

export interface ReadyWork extends ReadyRun {
  /** affinityKey of the run. */
  key: string
  preset: string
  /** A chain segment whose job has a planned segment after it (its hand-off follows its end). */
  continues: boolean
}

/** What placement remembers of a backend between rounds. */
export interface BackendMemory {
  /** Affinity key of the last prompt placed there: what it has loaded, or will have. */
  lastKey: string | null
  /** Prompts of lastKey placed there in a row while another key's work waited for it. */
  streak: number
  /** When each key was last placed there (a rising count): once a streak is spent, the key served longest ago goes next. */
  served?: Record<string, number>
}

export interface PlacementBackend extends BackendMemory {
  id: string
  /** Online, enabled and not draining: it may be given new work. */
  open: boolean
  /** Our prompts on it now (queued or running). */
  inFlight: number
  /** Keys of the chains in flight there whose next segment follows when they end. */
  followers: string[]
}

export interface Placement extends ReadyRun {
  backend: string
  key: string
}

export interface PlacementResult {
  placements: Placement[]
  memory: Map<string, BackendMemory>
}

/**
 * The affinity key of a run: the preset (its loader nodes), the models and the LoRA chain. Two runs
 * with the same key load exactly the same weights, so the second one reuses what the first loaded.
 */
export function affinityKey(preset: string, parameters: Pick<JobParameters, 'models'>, loras: SegmentLoras): string {
  const chain = (list: SegmentLoras['high']) => list.map((l) => `${l.name}@${l.strength}`)
  return JSON.stringify([preset, parameters.models.high ?? '', parameters.models.low ?? '', chain(loras.high), chain(loras.low)])
}

/**
 * Places ready runs (given oldest first; a job's chain segment before its takes) on backends.
 * `capable(backend, run)`: the backend has the run's nodes and models.
 */
export interface PlacementOptions {
  depth?: number
  streakLimit?: number
  /** false: first come, first served on the least busy backend (no affinity, no holding); for comparisons. */
  affinity?: boolean
}

export function place(ready: ReadyWork[], backends: PlacementBackend[], capable: (backend: string, run: ReadyWork) => boolean, opts: PlacementOptions = {}): PlacementResult {
  const depth = opts.depth ?? QUEUE_DEPTH
  const streakLimit = opts.streakLimit ?? STREAK_LIMIT
  const useAffinity = opts.affinity ?? true
  const state = backends.map((b) => ({ ...b, followers: [...b.followers], served: { ...b.served } }))
  const left = [...ready]
  const placements: Placement[] = []
  const canTake = (b: (typeof state)[number], r: ReadyWork) => b.open && b.inFlight < depth && capable(b.id, r)
  for (;;) {
    let best: { ri: number; bi: number; score: number[] } | null = null
    left.forEach((r, ri) => {
      state.forEach((b, bi) => {
        if (!canTake(b, r)) return
        const same = b.lastKey === r.key
        const spent = b.streak >= streakLimit
        // Held: queued behind a chain of another key whose next segment follows, unless that chain had its turn.
        if (useAffinity && !same && !spent && b.inFlight > 0 && b.followers.some((k) => k !== r.key)) return
        const affinity = !useAffinity ? 0 : b.lastKey === null ? 1 : same !== spent ? 0 : 2
        const turn = !useAffinity || same ? 0 : (b.served[r.key] ?? -1)
        const score = [b.inFlight, affinity, turn, ri, bi]
        if (!best || lexLess(score, best.score)) best = { ri, bi, score }
      })
    })
    if (!best) break
    const { ri, bi } = best as { ri: number; bi: number }
    const run = left[ri] as ReadyWork
    const b = state[bi] as (typeof state)[number]
    left.splice(ri, 1)
    placements.push({ job_id: run.job_id, idx: run.idx, take: run.take, backend: b.id, key: run.key })
    const waiting = left.some((o) => o.key !== run.key && b.open && capable(b.id, o))
    b.streak = b.lastKey === run.key ? (waiting ? b.streak + 1 : b.streak) : 0
    b.lastKey = run.key
    b.served = keepNewest({ ...b.served, [run.key]: Math.max(-1, ...Object.values(b.served)) + 1 })
    b.inFlight += 1
    if (run.continues) b.followers.push(run.key)
  }
  return { placements, memory: new Map(state.map((b) => [b.id, { lastKey: b.lastKey, streak: b.streak, served: b.served }])) }
}

/** A run of ours that waits in a backend's queue behind a prompt of ours running there. */
export interface QueuedRun extends ReadyRun {
  key: string
  preset: string
  backend: string
  prompt_id: string
}

export interface Reclaim {
  job_id: number
  prompt_id: string
  /** The backend it waits on. */
  from: string
  /** The idle backend that can run it now. */
  to: string
}

/**
 * Keep one prompt ahead per backend, so no GPU waits: a prompt queued as one backend's next may still
 * be waiting there behind a running one when another backend has run out of work. After a placement
 * round, each open backend with nothing of ours in flight takes one such waiting run back (to be
 * placed again, where it starts at once): the one whose key that backend last ran first (no reload),
 * then the oldest. A run is taken from a backend only once per round.
 */
export function reclaims(backends: PlacementBackend[], placements: Placement[], waiting: QueuedRun[], capable: (backend: string, run: QueuedRun) => boolean, opts: Pick<PlacementOptions, 'affinity'> = {}): Reclaim[] {
  const useAffinity = opts.affinity ?? true
  const left = [...waiting]
  const out: Reclaim[] = []
  for (const b of backends) {
    if (!b.open || b.inFlight > 0 || placements.some((p) => p.backend === b.id)) continue
    const fits = left.filter((r) => r.backend !== b.id && capable(b.id, r))
    const pick = (useAffinity ? fits.find((r) => r.key === b.lastKey) : undefined) ?? fits[0]
    if (!pick) continue
    left.splice(left.indexOf(pick), 1)
    out.push({ job_id: pick.job_id, prompt_id: pick.prompt_id, from: pick.backend, to: b.id })
  }
  return out
}

/** The keys served most recently (a long-running sidecar sees many LoRA chains; old ones no longer matter). */
function keepNewest(served: Record<string, number>, max = 64): Record<string, number> {
  const entries = Object.entries(served)
  if (entries.length <= max) return served
  return Object.fromEntries(entries.sort((a, b) => b[1] - a[1]).slice(0, max))
}

function lexLess(a: number[], b: number[]): boolean {
  for (let i = 0; i < a.length; i++) {
    const x = a[i] as number
    const y = b[i] as number
    if (x !== y) return x < y
  }
  return false
}
