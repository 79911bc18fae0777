// Takes of a segment as plain data: numbering, choosing the take that counts, and which later
// segments no longer start from the frame they were made from (stale).
import { outputImageRef } from '../contract'
import type { JobState, RunRecord, SegmentRecord, TakeRecord } from '../contract'

export interface TakeRefusal {
  code: 'conflict' | 'not_found'
  message: string
  field: string
}

/** The run fields of a segment or take (without its identity: job, idx, take, lock, stale). */
export function runFields(r: RunRecord): RunRecord {
  return {
    status: r.status,
    prompt: r.prompt,
    negative_prompt: r.negative_prompt,
    seed: r.seed,
    loras: r.loras,
    prompt_id: r.prompt_id,
    accepted: r.accepted,
    output_nodes: r.output_nodes,
    start_image: r.start_image,
    start_source: r.start_source,
    video: r.video,
    last_frame: r.last_frame,
    frames: r.frames,
    execution_ms: r.execution_ms,
    attempts: r.attempts,
    error: r.error,
    drift: r.drift,
    created_at: r.created_at,
    started_at: r.started_at,
    finished_at: r.finished_at,
  }
}

/** The next free take number of segment idx (the segment's own run counts as one). */
export function nextTakeNumber(state: JobState, idx: number): number {
  const used = state.takes.filter((t) => t.idx === idx).map((t) => t.take)
  const own = state.segments[idx]?.take ?? 0
  return Math.max(own, ...used, 0) + 1
}

/** The frame a run actually started from (the original when the colour guard sent a corrected copy). */
export function startedFrom(run: RunRecord): string | null {
  return run.start_source ?? run.start_image
}

function expectedStartOf(state: JobState, idx: number): string | null {
  if (idx === 0) return state.job.input_image
  const prev = state.segments[idx - 1]
  return prev?.last_frame ? outputImageRef(prev.last_frame) : null
}

/**
 * Re-derives the stale flags of the finished segments after `idx`: the first one is stale when it
 * did not start from the current last frame of `idx`, and every finished one after a stale one is
 * stale too (it continues a chain that is going to change).
 */
export function markStale(state: JobState, idx: number): void {
  let chainStale = state.segments[idx]?.stale ?? false
  for (const seg of state.segments.slice(idx + 1)) {
    if (seg.status !== 'done') break
    const moved = seg.idx === idx + 1 && startedFrom(seg) !== expectedStartOf(state, seg.idx)
    chainStale = chainStale || moved
    seg.stale = chainStale
  }
}

export function staleCount(state: JobState): number {
  return state.segments.filter((s) => s.stale).length
}

/** Makes take `take` the one that counts for segment idx; a refusal says why it cannot. */
export function chooseTake(state: JobState, idx: number, take: number): TakeRefusal | null {
  const seg: SegmentRecord | undefined = state.segments[idx]
  if (!seg) return { code: 'not_found', message: `job ${state.job.id} has no segment ${idx}`, field: 'idx' }
  const chosen: TakeRecord | undefined = state.takes.find((t) => t.idx === idx && t.take === take)
  if (!chosen) return { code: 'not_found', message: `segment ${idx} has no take ${take}`, field: 'take' }
  if (seg.take === take && seg.status === 'done') return null
  if (seg.locked) return { code: 'conflict', message: `segment ${idx} is locked to take ${seg.take}; unlock it first`, field: 'take' }
  if (chosen.status !== 'done') return { code: 'conflict', message: `take ${take} of segment ${idx} is ${chosen.status}, not finished`, field: 'take' }
  const busy = state.segments.find((s) => s.idx >= idx && (s.status === 'queued' || s.status === 'running'))
  if (busy) return { code: 'conflict', message: `segment ${busy.idx} is in ComfyUI; wait for it or cancel it first`, field: 'idx' }
  Object.assign(seg, runFields(chosen), { take })
  // The chosen take may have started from another frame than the previous segment's current one.
  if (idx > 0) markStale(state, idx - 1)
  markStale(state, idx)
  return null
}
