// The rules for what a user does to a job: start, edit, plan or delete a segment, cancel, retry,
// finalize (and its stitch's answer), reopen.
import type { JobRecord, JobState, SegmentRecord } from '../contract'
import type { EngineEvent, Handler, Handlers } from './engineEvents'
import { IGNORED, refuse } from './engineEvents'
import { anyInFlight, donePrefix, isInFlight, newSegment } from './runQueries'

type On<K extends EngineEvent['type']> = Handler<Extract<EngineEvent, { type: K }>>

const start: On<'start'> = (draft) => {
  if (draft.job.status !== 'draft') return refuse(`job is ${draft.job.status}, not a draft`, 'status')
  draft.job.status = 'running'
  release(draft.job)
}

/** The chain is no longer held: it runs on into its planned segments. */
function release(job: JobRecord): void {
  if (job.held) job.held = false
}

/** The chain goes on by itself into a planned segment: the job runs it, it is not held, and one waits. */
function chainMoving(draft: JobState): boolean {
  const next = donePrefix(draft.segments).length
  return draft.job.status === 'running' && !draft.job.held && draft.segments.slice(next).some((s) => s.status === 'planned')
}

const edited: On<'edited'> = (draft, event) => {
  if (draft.segments.some((seg) => seg.status !== 'planned')) return refuse('the job can only be edited before any segment has run', 'status')
  Object.assign(draft.job, event.job)
  draft.segments = event.segments.map((p, idx) => newSegment(draft.job.id, idx, p, event.at))
  draft.takes = []
}

const promptPlanned: On<'prompt_planned'> = (draft, event) => {
  const { job } = draft
  if (['finalizing', 'completed', 'cancelled'].includes(job.status)) {
    return refuse(`job is ${job.status}; ${job.status === 'completed' ? 'reopen' : 'retry'} it first`, 'status')
  }
  const existing = draft.segments[event.idx]
  if (existing) {
    if (existing.status !== 'planned' && existing.status !== 'cancelled') {
      return refuse(`segment ${event.idx + 1} is ${existing.status}; only the next, a planned or a stopped segment takes a prompt`, 'idx')
    }
    // Planning the chain's next prompt is the user's "run it": a hold ends (rewriting a later planned one is not).
    if (event.idx <= donePrefix(draft.segments).length) release(job)
    // A stopped segment runs again from scratch with the prompt it is given (the same one, or a new one).
    if (existing.status === 'cancelled') Object.assign(existing, { ...newSegment(job.id, event.idx, event.segment, event.at), take: existing.take, locked: existing.locked })
    else Object.assign(existing, event.segment)
  } else if (event.idx === draft.segments.length) {
    draft.segments.push(newSegment(job.id, event.idx, event.segment, event.at))
    release(job)
  } else {
    return refuse(`segment ${event.idx + 1} is not the next one (next is segment ${draft.segments.length + 1})`, 'idx')
  }
}

const plannedReplaced: On<'planned_replaced'> = (draft, event) => {
  const { job } = draft
  if (['finalizing', 'completed', 'cancelled'].includes(job.status)) {
    return refuse(`job is ${job.status}; ${job.status === 'completed' ? 'reopen' : 'retry'} it first`, 'status')
  }
  if (event.from > draft.segments.length) return refuse(`from: the job has ${draft.segments.length} segments`, 'from')
  const ran = draft.segments.slice(event.from).find((s) => s.status !== 'planned')
  if (ran) return refuse(`from: segment ${ran.idx + 1} is ${ran.status}; only planned segments can be rearranged`, 'from')
  // Segments inserted where the chain had stopped wait for the user's continue (editable, undoable); those
  // added to a chain that is running on into its planned ones join it.
  if (event.segments.length > 0 && !chainMoving(draft)) job.held = true
  // Keeping each segment's row: the same idx gets the content of the segment now at that place.
  draft.segments = [...draft.segments.slice(0, event.from), ...event.segments.map((p, k) => newSegment(job.id, event.from + k, p, event.at))]
  draft.takes = draft.takes.filter((t) => t.idx < event.from)
}

const segmentDeleted: On<'segment_deleted'> = (draft, event, effects) => {
  const { job } = draft
  const seg = draft.segments[event.idx]
  if (!seg) return refuse(`job ${job.id} has no segment ${event.idx + 1}`, 'idx', 'not_found')
  if (event.idx !== draft.segments.length - 1) return refuse('only the last segment can be deleted', 'idx')
  if (job.status === 'finalizing' || job.status === 'completed') return refuse(`job is ${job.status}; reopen it before deleting segments`, 'status')
  for (const run of [seg, ...draft.takes.filter((t) => t.idx === event.idx)]) {
    if (isInFlight(run) && run.prompt_id) effects.push({ type: 'cancel_prompt', prompt_id: run.prompt_id, running: run.status === 'running' })
  }
  draft.segments.pop()
  draft.takes = draft.takes.filter((t) => t.idx !== event.idx)
}

const cancel: On<'cancel'> = (draft, event, effects) => {
  const { job } = draft
  if (job.status === 'cancelled') return IGNORED
  if (job.status === 'finalizing' || job.status === 'completed') return refuse(`job is ${job.status}; there is nothing to cancel`, 'status')
  for (const take of draft.takes) {
    if (take.status === 'planned') take.status = 'cancelled'
  }
  for (const run of [...draft.segments, ...draft.takes]) {
    if (!isInFlight(run)) continue
    if (run.prompt_id) effects.push({ type: 'cancel_prompt', prompt_id: run.prompt_id, running: run.status === 'running' })
    run.status = 'cancelled'
    run.finished_at = event.at
  }
  job.status = 'cancelled'
}

/**
 * Stops one run, leaving the rest of the job alone: a stopped chain segment waits (cancelled) for the
 * user to run it again, rewrite it or delete it, and the job waits for a prompt; a stopped candidate
 * take is simply not made.
 */
const runStopped: On<'run_stopped'> = (draft, event, effects) => {
  const seg = draft.segments[event.idx]
  if (!seg) return refuse(`job ${draft.job.id} has no segment ${event.idx + 1}`, 'idx', 'not_found')
  const run = seg.take === event.take && seg.status !== 'done' ? seg : draft.takes.find((t) => t.idx === event.idx && t.take === event.take)
  if (!run) return refuse(`segment ${event.idx + 1} has no take ${event.take}`, 'take', 'not_found')
  if (run.status !== 'planned' && !isInFlight(run)) return refuse(`take ${event.take} of segment ${event.idx + 1} is ${run.status}; only a waiting or running one can be stopped`, 'take')
  if (isInFlight(run) && run.prompt_id) effects.push({ type: 'cancel_prompt', prompt_id: run.prompt_id, running: run.status === 'running' })
  run.status = 'cancelled'
  run.finished_at = event.at
}

const retry: On<'retry'> = (draft) => {
  const { job } = draft
  if (job.status !== 'failed' && job.status !== 'cancelled') return refuse(`only a failed or cancelled job can be retried (job is ${job.status})`, 'status')
  for (const seg of draft.segments) {
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
  release(job)
}

const continueChain: On<'continue'> = (draft) => {
  const { job } = draft
  if (job.status !== 'awaiting_prompt' && job.status !== 'running') return refuse(`job is ${job.status}; only a job waiting for a prompt can continue`, 'status')
  const next = draft.segments[donePrefix(draft.segments).length]
  if (!job.held || next?.status !== 'planned') return refuse('no planned segment waits to run; plan the next prompt instead', 'status')
  release(job)
}

const finalize: On<'finalize'> = (draft, event, effects) => {
  const { job } = draft
  if (!['awaiting_prompt', 'failed', 'cancelled'].includes(job.status)) {
    return refuse(
      job.status === 'finalizing' ? 'the job is already being finalized' : `job is ${job.status}; finalize needs a job that waits for a prompt or has stopped`,
      'status'
    )
  }
  if (anyInFlight(draft)) return refuse('a segment is still in ComfyUI; wait or cancel it', 'status')
  const done = donePrefix(draft.segments)
  if (done.length === 0) return refuse('no finished segment to stitch', 'segments')
  job.status = 'finalizing'
  job.error = null
  job.export_options = event.options ?? null
  // What a finalize used is what the form shows after a reopen.
  job.finalize_options = event.options ?? {}
  job.finalize_attempts = 1
  effects.push({ type: 'stitch', segments: done.map((d) => d.idx) })
}

const stitched: On<'stitched'> = (draft, event) => {
  const { job } = draft
  if (job.status !== 'finalizing') return IGNORED
  draft.finals.push(event.final)
  job.status = 'completed'
  job.export_options = null
  job.finalize_attempts = 0
}

const stitchFailed: On<'stitch_failed'> = (draft, event) => {
  const { job } = draft
  if (job.status !== 'finalizing') return IGNORED
  job.status = 'awaiting_prompt'
  job.error = `stitching failed: ${event.message}`
  job.export_options = null
  job.finalize_attempts = 0
}

const reopen: On<'reopen'> = (draft) => {
  if (draft.job.status !== 'completed') return refuse(`only a completed job can be reopened (job is ${draft.job.status})`, 'status')
  draft.job.status = 'awaiting_prompt'
}

const parametersSet: On<'parameters_set'> = (draft, event) => {
  draft.job.parameters = event.parameters
}

const startImageSet: On<'start_image_set'> = (draft, event) => {
  if (draft.job.input_image === null) return refuse('the job starts from text alone (text to video); it has no start image to replace', 'candidate')
  const busy = [...draft.segments, ...draft.takes].some((r) => r.idx === 0 && (r.status === 'queued' || r.status === 'running'))
  if (busy) return refuse('segment 1 is in ComfyUI; wait for it or stop it first', 'candidate')
  if (['finalizing', 'completed'].includes(draft.job.status)) return refuse(`job is ${draft.job.status}; reopen it first`, 'status')
  draft.job.input_image = event.input_image
}

const finalizeOptionsSet: On<'finalize_options_set'> = (draft, event) => {
  draft.job.finalize_options = event.options
}

export const JOB_HANDLERS = {
  start,
  edited,
  prompt_planned: promptPlanned,
  planned_replaced: plannedReplaced,
  segment_deleted: segmentDeleted,
  cancel,
  run_stopped: runStopped,
  retry,
  continue: continueChain,
  finalize,
  stitched,
  stitch_failed: stitchFailed,
  reopen,
  parameters_set: parametersSet,
  start_image_set: startImageSet,
  finalize_options_set: finalizeOptionsSet,
} satisfies Partial<Handlers>
