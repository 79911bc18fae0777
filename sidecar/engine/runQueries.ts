// What the rules ask of a job's runs: which are in ComfyUI, which may go next, what a run starts from.
import type { JobState, PlannedSegment, RunRecord, SegmentError, SegmentRecord, TakeRecord } from '../contract'

const IN_FLIGHT = new Set(['queued', 'running'])

export function isInFlight(run: RunRecord): boolean {
  return IN_FLIGHT.has(run.status)
}

/** Any run of the job (chain or candidate take) in ComfyUI. */
export function anyInFlight(state: JobState): boolean {
  return state.segments.some(isInFlight) || state.takes.some(isInFlight)
}

/** The run in ComfyUI under this prompt id: a chain segment or a candidate take. */
export function inFlightRun(state: JobState, promptId: string): SegmentRecord | TakeRecord | undefined {
  return state.segments.find((seg) => seg.prompt_id === promptId && isInFlight(seg)) ?? state.takes.find((t) => t.prompt_id === promptId && isInFlight(t))
}

/** A run of the job by its prompt id, in flight or not: a chain segment or a candidate take. */
export function runOf(state: JobState, promptId: string): (RunRecord & { take: number }) | null {
  return state.segments.find((s) => s.prompt_id === promptId) ?? state.takes.find((t) => t.prompt_id === promptId) ?? null
}

/** The contiguous run of finished segments from the start: what a finalize stitches. */
export function donePrefix(segments: SegmentRecord[]): SegmentRecord[] {
  const out: SegmentRecord[] = []
  for (const s of segments) {
    if (s.status !== 'done') break
    out.push(s)
  }
  return out
}

/** A segment that may go to ComfyUI now: planned, in a running job whose chain is not held, and its predecessor is done. */
export function readySegment(state: JobState): SegmentRecord | null {
  if (state.job.status !== 'running' || state.job.held) return null
  const next = state.segments[donePrefix(state.segments).length]
  return next && next.status === 'planned' ? next : null
}

/** Planned candidate takes whose segment's predecessor is done (status of the job not considered). */
export function plannedTakesReady(state: JobState): TakeRecord[] {
  return state.takes.filter((t) => t.status === 'planned' && (t.idx === 0 || state.segments[t.idx - 1]?.status === 'done'))
}

/** Candidate takes that may go to ComfyUI now, in a running job. */
export function readyTakes(state: JobState): TakeRecord[] {
  return state.job.status === 'running' ? plannedTakesReady(state) : []
}

export function newSegment(jobId: number, idx: number, p: PlannedSegment, at: string): SegmentRecord {
  return {
    job_id: jobId,
    idx,
    status: 'planned',
    prompt: p.prompt,
    negative_prompt: p.negative_prompt,
    seed: p.seed,
    loras: p.loras,
    prompt_id: null,
    accepted: false,
    output_nodes: null,
    start_image: null,
    video: null,
    last_frame: null,
    frames: null,
    execution_ms: null,
    backend: null,
    attempts: 0,
    error: null,
    created_at: at,
    started_at: null,
    finished_at: null,
    take: 1,
    locked: false,
    stale: false,
    start_source: null,
    drift: null,
    seam_mode: 'frame',
    carry: 0,
    tail: null,
    seam: null,
    seam_ref: null,
  }
}

export function plainError(message: string): SegmentError {
  return { message, node_id: null, node_type: null, exception_type: null, exception_message: null }
}
