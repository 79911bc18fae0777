// The job/segment lifecycle as one pure transition: step(state, event) -> {state, effects}.
// The runner performs the effects (ComfyUI, ffmpeg, SQLite) and feeds their results back as events,
// so recovery after a restart goes through exactly the same rules as a normal run.
import type { FileRef, FinalVideo, SegmentError } from '../api/schemas'
import { MAX_ATTEMPTS, outputImageRef } from './model'
import type { JobRecord, JobState, PlannedSegment, SegmentRecord } from './model'

export type EngineEvent =
  | { type: 'start'; at: string }
  | { type: 'edited'; job: Partial<Omit<JobRecord, 'id' | 'status' | 'created_at'>>; segments: PlannedSegment[]; at: string }
  | { type: 'prompt_planned'; idx: number; segment: PlannedSegment; at: string }
  | { type: 'segment_deleted'; idx: number; at: string }
  | { type: 'scheduled'; idx: number; prompt_id: string; at: string }
  | { type: 'accepted'; prompt_id: string; at: string }
  | { type: 'rejected'; prompt_id: string; error: SegmentError; at: string }
  | { type: 'started'; prompt_id: string; at: string }
  | { type: 'finished'; prompt_id: string; video: FileRef; last_frame: FileRef | null; frames: number | null; execution_ms: number | null; at: string }
  | { type: 'errored'; prompt_id: string; error: SegmentError; at: string }
  | { type: 'interrupted'; prompt_id: string; at: string }
  /** Neither ComfyUI's queue nor its history knows the prompt (ComfyUI restarted, or the submit never arrived). */
  | { type: 'lost'; prompt_id: string; new_prompt_id: string; at: string }
  | { type: 'cancel'; at: string }
  | { type: 'retry'; at: string }
  | { type: 'finalize'; at: string }
  | { type: 'stitched'; final: FinalVideo; at: string }
  | { type: 'stitch_failed'; message: string; at: string }
  | { type: 'reopen'; at: string }
  /** The sidecar started again, or the ComfyUI socket reconnected: look again at everything in flight. */
  | { type: 'resync'; reason: 'sidecar_restarted' | 'comfy_reconnected'; at: string }

export type Effect =
  | { type: 'submit'; idx: number; prompt_id: string }
  | { type: 'cancel_prompt'; prompt_id: string; running: boolean }
  | { type: 'reconcile'; prompt_id: string }
  | { type: 'stitch'; segments: number[] }
  /** Ready work may exist: run the scheduler. */
  | { type: 'schedule' }

export interface Refusal {
  code: 'conflict' | 'not_found'
  message: string
  field?: string
}

export type StepResult = { ok: true; state: JobState; effects: Effect[] } | { ok: false; refusal: Refusal }

const IN_FLIGHT = new Set(['queued', 'running'])

export function isInFlight(segment: SegmentRecord): boolean {
  return IN_FLIGHT.has(segment.status)
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

/** A segment that may go to ComfyUI now: planned, in a running job, and its predecessor is done. */
export function readySegment(state: JobState): SegmentRecord | null {
  if (state.job.status !== 'running') return null
  const next = state.segments[donePrefix(state.segments).length]
  return next && next.status === 'planned' ? next : null
}

export function step(state: JobState, event: EngineEvent): StepResult {
  const s = structuredClone(state)
  const job = s.job
  const effects: Effect[] = []
  const refuse = (message: string, field?: string, code: Refusal['code'] = 'conflict'): StepResult => ({
    ok: false,
    refusal: field ? { code, message, field } : { code, message },
  })
  const byPrompt = (id: string) => s.segments.find((seg) => seg.prompt_id === id && isInFlight(seg))

  switch (event.type) {
    case 'start': {
      if (job.status !== 'draft') return refuse(`job is ${job.status}, not a draft`, 'status')
      job.status = 'running'
      break
    }
    case 'edited': {
      if (s.segments.some((seg) => seg.status !== 'planned')) {
        return refuse('the job can only be edited before any segment has run', 'status')
      }
      Object.assign(job, event.job)
      s.segments = event.segments.map((p, idx) => newSegment(job.id, idx, p, event.at))
      break
    }
    case 'prompt_planned': {
      if (['finalizing', 'completed', 'cancelled'].includes(job.status)) {
        return refuse(`job is ${job.status}; ${job.status === 'completed' ? 'reopen' : 'retry'} it first`, 'status')
      }
      const existing = s.segments[event.idx]
      if (existing) {
        if (existing.status !== 'planned') {
          return refuse(`segment ${event.idx} is ${existing.status}; only the next or a planned segment takes a prompt`, 'idx')
        }
        Object.assign(existing, event.segment)
      } else if (event.idx === s.segments.length) {
        s.segments.push(newSegment(job.id, event.idx, event.segment, event.at))
      } else {
        return refuse(`segment ${event.idx} is not the next one (next is ${s.segments.length})`, 'idx')
      }
      break
    }
    case 'segment_deleted': {
      const seg = s.segments[event.idx]
      if (!seg) return refuse(`job ${job.id} has no segment ${event.idx}`, 'idx', 'not_found')
      if (event.idx !== s.segments.length - 1) return refuse('only the last segment can be deleted', 'idx')
      if (job.status === 'finalizing' || job.status === 'completed') {
        return refuse(`job is ${job.status}; reopen it before deleting segments`, 'status')
      }
      if (isInFlight(seg) && seg.prompt_id) {
        effects.push({ type: 'cancel_prompt', prompt_id: seg.prompt_id, running: seg.status === 'running' })
      }
      s.segments.pop()
      break
    }
    case 'scheduled': {
      const seg = s.segments[event.idx]
      if (!seg || seg !== readySegment(s)) return refuse(`segment ${event.idx} is not ready`, 'idx')
      const prev = s.segments[event.idx - 1]
      seg.start_image = prev ? (prev.last_frame ? outputImageRef(prev.last_frame) : null) : job.input_image
      if (prev && !prev.last_frame) {
        seg.status = 'failed'
        seg.error = plainError(`segment ${prev.idx} has no last frame to continue from`)
        break
      }
      seg.status = 'queued'
      seg.prompt_id = event.prompt_id
      seg.accepted = false
      seg.error = null
      effects.push({ type: 'submit', idx: seg.idx, prompt_id: event.prompt_id })
      break
    }
    case 'accepted': {
      const seg = byPrompt(event.prompt_id)
      if (!seg || seg.accepted) return ignored(state)
      seg.accepted = true
      seg.attempts += 1
      break
    }
    case 'rejected':
    case 'errored': {
      const seg = byPrompt(event.prompt_id)
      if (!seg) return ignored(state)
      seg.status = 'failed'
      seg.error = event.error
      seg.finished_at = event.at
      break
    }
    case 'started': {
      const seg = byPrompt(event.prompt_id)
      if (!seg || seg.status === 'running') return ignored(state)
      seg.status = 'running'
      seg.accepted = true
      if (seg.attempts === 0) seg.attempts = 1
      seg.started_at = event.at
      break
    }
    case 'finished': {
      const seg = byPrompt(event.prompt_id)
      if (!seg) return ignored(state)
      seg.status = 'done'
      seg.video = event.video
      seg.last_frame = event.last_frame
      seg.frames = event.frames
      seg.execution_ms = event.execution_ms
      seg.started_at ??= event.at
      seg.finished_at = event.at
      if (seg.attempts === 0) seg.attempts = 1
      break
    }
    case 'interrupted': {
      const seg = byPrompt(event.prompt_id)
      if (!seg) return ignored(state)
      seg.status = 'failed'
      seg.error = plainError('ComfyUI interrupted the prompt')
      seg.finished_at = event.at
      break
    }
    case 'lost': {
      const seg = byPrompt(event.prompt_id)
      if (!seg) return ignored(state)
      if (seg.accepted && seg.attempts >= MAX_ATTEMPTS) {
        seg.status = 'failed'
        seg.error = plainError(
          `ComfyUI lost the prompt ${seg.attempts} times (it restarted or cleared its queue); giving up`
        )
        seg.finished_at = event.at
        break
      }
      seg.status = 'queued'
      seg.prompt_id = event.new_prompt_id
      seg.accepted = false
      seg.started_at = null
      effects.push({ type: 'submit', idx: seg.idx, prompt_id: event.new_prompt_id })
      break
    }
    case 'cancel': {
      if (job.status === 'cancelled') return { ok: true, state, effects: [] }
      if (job.status === 'finalizing' || job.status === 'completed') {
        return refuse(`job is ${job.status}; there is nothing to cancel`, 'status')
      }
      for (const seg of s.segments) {
        if (!isInFlight(seg)) continue
        if (seg.prompt_id) effects.push({ type: 'cancel_prompt', prompt_id: seg.prompt_id, running: seg.status === 'running' })
        seg.status = 'cancelled'
        seg.finished_at = event.at
      }
      job.status = 'cancelled'
      break
    }
    case 'retry': {
      if (job.status !== 'failed' && job.status !== 'cancelled') {
        return refuse(`only a failed or cancelled job can be retried (job is ${job.status})`, 'status')
      }
      for (const seg of s.segments) {
        if (seg.status !== 'failed' && seg.status !== 'cancelled') continue
        Object.assign(seg, {
          status: 'planned',
          prompt_id: null,
          accepted: false,
          attempts: 0,
          error: null,
          started_at: null,
          finished_at: null,
        } satisfies Partial<SegmentRecord>)
      }
      job.status = 'running'
      job.error = null
      break
    }
    case 'finalize': {
      if (!['awaiting_prompt', 'failed', 'cancelled'].includes(job.status)) {
        return refuse(
          job.status === 'finalizing'
            ? 'the job is already being finalized'
            : `job is ${job.status}; finalize needs a job that waits for a prompt or has stopped`,
          'status'
        )
      }
      if (s.segments.some(isInFlight)) return refuse('a segment is still in ComfyUI; wait or cancel it', 'status')
      const done = donePrefix(s.segments)
      if (done.length === 0) return refuse('no finished segment to stitch', 'segments')
      job.status = 'finalizing'
      job.error = null
      effects.push({ type: 'stitch', segments: done.map((d) => d.idx) })
      break
    }
    case 'stitched': {
      if (job.status !== 'finalizing') return ignored(state)
      s.finals.push(event.final)
      job.status = 'completed'
      break
    }
    case 'stitch_failed': {
      if (job.status !== 'finalizing') return ignored(state)
      job.status = 'awaiting_prompt'
      job.error = `stitching failed: ${event.message}`
      break
    }
    case 'reopen': {
      if (job.status !== 'completed') return refuse(`only a completed job can be reopened (job is ${job.status})`, 'status')
      job.status = 'awaiting_prompt'
      break
    }
    case 'resync': {
      for (const seg of s.segments) {
        if (isInFlight(seg) && seg.prompt_id) effects.push({ type: 'reconcile', prompt_id: seg.prompt_id })
      }
      if (job.status === 'finalizing' && event.reason === 'sidecar_restarted') {
        effects.push({ type: 'stitch', segments: donePrefix(s.segments).map((d) => d.idx) })
      }
      break
    }
  }

  settle(s, effects)
  s.job.updated_at = event.at
  return { ok: true, state: s, effects }
}

/** An event about a prompt we no longer track (duplicate completion signal, late interrupt): no change. */
function ignored(state: JobState): StepResult {
  return { ok: true, state, effects: [] }
}

/** Derives an active job's status from its segments and asks for scheduling when work is ready. */
function settle(s: JobState, effects: Effect[]): void {
  const job = s.job
  if (job.status !== 'running' && job.status !== 'awaiting_prompt' && job.status !== 'failed') return
  if (s.segments.some(isInFlight)) {
    job.status = 'running'
    return
  }
  const next = s.segments[donePrefix(s.segments).length]
  if (!next) {
    if (job.status !== 'failed') job.status = 'awaiting_prompt'
  } else if (next.status === 'planned') {
    if (job.status !== 'failed') {
      job.status = 'running'
      effects.push({ type: 'schedule' })
    }
  } else if (next.status === 'failed') {
    job.status = 'failed'
    job.error = next.error ? `segment ${next.idx}: ${next.error.message}` : `segment ${next.idx} failed`
  } else if (job.status !== 'failed') {
    job.status = 'awaiting_prompt'
  }
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
    start_image: null,
    video: null,
    last_frame: null,
    frames: null,
    execution_ms: null,
    attempts: 0,
    error: null,
    created_at: at,
    started_at: null,
    finished_at: null,
  }
}

export function plainError(message: string): SegmentError {
  return { message, node_id: null, node_type: null, exception_type: null, exception_message: null }
}
