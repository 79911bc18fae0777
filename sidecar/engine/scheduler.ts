// Which runs go to ComfyUI next: the ready work of every job (oldest job first; within a job the
// chain's next segment before candidate takes), placed on backends by placement.ts.
import { anyInFlight, isInFlight, readySegment, readyTakes } from './runQueries'
import type { JobState, RunRecord } from '../contract'
import { MAIN_BACKEND_ID } from '../contract'
import { affinityKey, place, QUEUE_DEPTH } from './placement'
import type { BackendMemory, PlacementBackend, QueuedRun, ReadyRun, ReadyWork } from './placement'

export { QUEUE_DEPTH }
export type { ReadyRun }

/** The affinity key of one run of a job. */
export function runKey(state: JobState, run: Pick<RunRecord, 'loras'>): string {
  return affinityKey(state.job.preset, state.job.parameters, run.loras)
}

/** Every run that may go to ComfyUI now, in the order it should. */
export function readyWork(states: JobState[]): ReadyWork[] {
  const ready: ReadyWork[] = []
  for (const st of [...states].sort((a, b) => a.job.id - b.job.id)) {
    const seg = readySegment(st)
    if (seg) ready.push({ job_id: seg.job_id, idx: seg.idx, take: null, key: runKey(st, seg), preset: st.job.preset, continues: st.segments[seg.idx + 1]?.status === 'planned' })
    for (const t of readyTakes(st)) ready.push({ job_id: t.job_id, idx: t.idx, take: t.take, key: runKey(st, t), preset: st.job.preset, continues: false })
  }
  return ready
}

/** What each backend has of ours now: prompts in flight and the chains whose next segment follows them. */
export function backendLoads(states: JobState[]): Map<string, { inFlight: number; followers: string[] }> {
  const loads = new Map<string, { inFlight: number; followers: string[] }>()
  for (const st of states) {
    if (!anyInFlight(st)) continue
    const chain = new Set<RunRecord>(st.segments)
    for (const run of [...st.segments, ...st.takes]) {
      if (!isInFlight(run)) continue
      const id = run.backend ?? MAIN_BACKEND_ID
      const load = loads.get(id) ?? { inFlight: 0, followers: [] }
      load.inFlight += 1
      const next = chain.has(run) ? st.segments[run.idx + 1] : undefined
      if (next?.status === 'planned' && st.job.status === 'running') load.followers.push(runKey(st, next))
      loads.set(id, load)
    }
  }
  return loads
}

/**
 * Our runs that ComfyUI accepted and that wait in a backend's queue behind a prompt of ours running
 * there, oldest job first: what an idle backend may take back (placement.reclaims).
 */
export function queuedBehind(states: JobState[]): QueuedRun[] {
  const sorted = [...states].sort((a, b) => a.job.id - b.job.id)
  const runs = sorted.flatMap((st) => [...st.segments.map((run) => ({ st, run, take: null })), ...st.takes.map((run) => ({ st, run, take: run.take }))])
  const where = (run: RunRecord) => run.backend ?? MAIN_BACKEND_ID
  const running = new Set(runs.filter(({ run }) => run.status === 'running').map(({ run }) => where(run)))
  return runs.flatMap(({ st, run, take }) =>
    run.status === 'queued' && run.accepted && run.prompt_id !== null && running.has(where(run))
      ? [{ job_id: st.job.id, idx: run.idx, take, key: runKey(st, run), preset: st.job.preset, backend: where(run), prompt_id: run.prompt_id }]
      : []
  )
}

/** The backends as placement sees them. `open`: may take new work; memory from the rounds before. */
export function placementBackends(states: JobState[], backends: { id: string; open: boolean }[], memory: Map<string, BackendMemory>): PlacementBackend[] {
  const loads = backendLoads(states)
  return backends.map((b) => ({
    id: b.id,
    open: b.open,
    inFlight: loads.get(b.id)?.inFlight ?? 0,
    followers: loads.get(b.id)?.followers ?? [],
    lastKey: memory.get(b.id)?.lastKey ?? null,
    streak: memory.get(b.id)?.streak ?? 0,
    served: memory.get(b.id)?.served ?? {},
  }))
}

/** One backend (ComfyUI the package runs in): up to `limit` of our prompts in its queue. */
export function pickReady(states: JobState[], accepting: boolean, limit = QUEUE_DEPTH): ReadyRun[] {
  if (!accepting) return []
  const backends = placementBackends(states, [{ id: MAIN_BACKEND_ID, open: true }], new Map())
  return place(readyWork(states), backends, () => true, { depth: limit }).placements.map(({ job_id, idx, take }) => ({ job_id, idx, take }))
}
