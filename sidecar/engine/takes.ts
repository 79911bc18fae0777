// Takes of a segment as plain data: numbering, choosing the take that counts, and which later
// segments no longer start from the frame they were made from (stale).
import { joinChoice, outputImageRef, seamCarry } from '../contract'
import type { JobState, RunRecord, SeamChoice, SeamMode, SegmentRecord, TakeRecord } from '../contract'

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
    backend: r.backend,
    attempts: r.attempts,
    error: r.error,
    drift: r.drift,
    seam_mode: r.seam_mode,
    carry: r.carry,
    tail: r.tail,
    seam: r.seam,
    seam_ref: r.seam_ref,
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

/**
 * How a run of segment idx continues the chain as the job plans it now: the job's mode for the join
 * into idx. Segment 0 continues nothing; it runs SVI's graph (anchor only) when the job's mode is svi
 * and it has a start image.
 */
export function seamInto(state: JobState, idx: number): SeamChoice & { mode: SeamMode; carry: number } {
  const settings = state.job.parameters.seam
  if (idx === 0) {
    const svi = settings?.mode === 'svi' && state.job.input_image !== null
    return { mode: svi ? 'svi' : 'frame', carry: 0 }
  }
  const choice = joinChoice(settings, idx - 1)
  return { ...choice, carry: seamCarry(choice) }
}

/**
 * What a run of segment idx starts from in `mode`: the job's start image for segment 0, else the
 * previous segment's current last frame (frame) or its saved last frames (motion, svi).
 */
export function expectedStart(state: JobState, idx: number, mode: SeamMode): string | null {
  if (idx === 0) return state.job.input_image
  const prev = state.segments[idx - 1]
  const file = mode === 'frame' ? prev?.last_frame : prev?.tail
  return file ? outputImageRef(file) : null
}

/**
 * Re-derives the stale flags of the finished segments after `idx`: the first one is stale when it
 * did not start from the current last frame (or last frames, in motion and SVI mode) of `idx`, and every finished one after a stale one is
 * stale too (it continues a chain that is going to change).
 */
export function markStale(state: JobState, idx: number): void {
  let chainStale = state.segments[idx]?.stale ?? false
  for (const seg of state.segments.slice(idx + 1)) {
    if (seg.status !== 'done') break
    const moved = seg.idx === idx + 1 && startedFrom(seg) !== expectedStart(state, seg.idx, seg.seam_mode)
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
  if (!seg) return { code: 'not_found', message: `job ${state.job.id} has no segment ${idx + 1}`, field: 'idx' }
  const chosen: TakeRecord | undefined = state.takes.find((t) => t.idx === idx && t.take === take)
  if (!chosen) return { code: 'not_found', message: `segment ${idx + 1} has no take ${take}`, field: 'take' }
  if (seg.take === take && seg.status === 'done') return null
  if (seg.locked) return { code: 'conflict', message: `segment ${idx + 1} is locked to take ${seg.take}; unlock it first`, field: 'take' }
  if (chosen.status !== 'done') return { code: 'conflict', message: `take ${take} of segment ${idx + 1} is ${chosen.status}, not finished`, field: 'take' }
  const busy = state.segments.find((s) => s.idx >= idx && (s.status === 'queued' || s.status === 'running'))
  if (busy) return { code: 'conflict', message: `segment ${busy.idx + 1} is in ComfyUI; wait for it or cancel it first`, field: 'idx' }
  Object.assign(seg, runFields(chosen), { take })
  // The chosen take may have started from another frame than the previous segment's current one.
  if (idx > 0) markStale(state, idx - 1)
  markStale(state, idx)
  return null
}
