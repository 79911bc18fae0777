// The job/segment lifecycle as one pure transition: step(state, event) -> {state, effects}.
// The runner performs the effects (ComfyUI, ffmpeg, SQLite) and feeds their results back as events,
// so recovery after a restart goes through exactly the same rules as a normal run.
import type {
  FileRef,
  FinalizeBody,
  FinalVideo,
  JobRecord,
  JobState,
  OutputNodes,
  PlannedSegment,
  RunRecord,
  SegmentError,
  SegmentRecord,
  TakeRecord,
} from '../contract'
import { MAX_ATTEMPTS, outputImageRef } from '../contract'
import { chooseTake, markStale, nextTakeNumber, runFields, staleCount } from './takes'

export type EngineEvent =
  | { type: 'start'; at: string }
  | { type: 'edited'; job: Partial<Omit<JobRecord, 'id' | 'status' | 'created_at'>>; segments: PlannedSegment[]; at: string }
  | { type: 'prompt_planned'; idx: number; segment: PlannedSegment; at: string }
  | { type: 'segment_deleted'; idx: number; at: string }
  /** A run goes to ComfyUI: the segment's own run, or (with `take`) a candidate take of it. */
  | { type: 'scheduled'; idx: number; take?: number; prompt_id: string; at: string }
  /** The colour guard uploaded a corrected start frame: ComfyUI gets `start_image` instead of the original. */
  | { type: 'handoff_prepared'; prompt_id: string; start_image: string; at: string }
  /** The run's workflow is bound: where its outputs will be, kept so completion need not bind it again. */
  | { type: 'bound'; prompt_id: string; output_nodes: OutputNodes; at: string }
  | { type: 'accepted'; prompt_id: string; at: string }
  | { type: 'rejected'; prompt_id: string; error: SegmentError; at: string }
  | { type: 'started'; prompt_id: string; at: string }
  | { type: 'finished'; prompt_id: string; video: FileRef; last_frame: FileRef | null; frames: number | null; execution_ms: number | null; drift?: number | null; at: string }
  /** The drift meter of a finished run, measured after the hand-off so the next segment never waits for it. */
  | { type: 'measured'; prompt_id: string; drift: number | null; at: string }
  | { type: 'errored'; prompt_id: string; error: SegmentError; at: string }
  | { type: 'interrupted'; prompt_id: string; at: string }
  /** Neither ComfyUI's queue nor its history knows the prompt (ComfyUI restarted, or the submit never arrived). */
  | { type: 'lost'; prompt_id: string; new_prompt_id: string; at: string }
  | { type: 'cancel'; at: string }
  | { type: 'retry'; at: string }
  | { type: 'finalize'; options?: FinalizeBody | null; at: string }
  /** New takes of segment idx (a redo or candidates); for the next idx the first one becomes the segment. */
  | { type: 'takes_requested'; idx: number; takes: PlannedSegment[]; at: string }
  | { type: 'take_chosen'; idx: number; take: number; at: string }
  | { type: 'lock_set'; idx: number; locked: boolean; at: string }
  /** Stale segments run again from their start (keeping prompt, seed and LoRAs) as new takes; locked ones stay. */
  | { type: 'stale_rerun'; at: string }
  | { type: 'stale_kept'; at: string }
  | { type: 'parameters_set'; parameters: JobRecord['parameters']; at: string }
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

export function isInFlight(run: RunRecord): boolean {
  return IN_FLIGHT.has(run.status)
}

/** Any run of the job (chain or candidate take) in ComfyUI. */
export function anyInFlight(state: JobState): boolean {
  return state.segments.some(isInFlight) || state.takes.some(isInFlight)
}

/** A run of the job by its prompt id, in flight or not: a chain segment or a candidate take. */
export function runOf(state: JobState, promptId: string): (RunRecord & { take: number }) | null {
  return state.segments.find((s) => s.prompt_id === promptId) ?? state.takes.find((t) => t.prompt_id === promptId) ?? null
}

/** What a run of segment idx starts from: the job's start image, or the previous segment's current last frame. */
export function expectedStart(state: JobState, idx: number): string | null {
  if (idx === 0) return state.job.input_image
  const prev = state.segments[idx - 1]
  return prev?.last_frame ? outputImageRef(prev.last_frame) : null
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

/** Planned candidate takes whose segment's predecessor is done (status of the job not considered). */
function plannedTakesReady(state: JobState): TakeRecord[] {
  return state.takes.filter((t) => t.status === 'planned' && (t.idx === 0 || state.segments[t.idx - 1]?.status === 'done'))
}

/** Candidate takes that may go to ComfyUI now, in a running job. */
export function readyTakes(state: JobState): TakeRecord[] {
  return state.job.status === 'running' ? plannedTakesReady(state) : []
}

export function step(state: JobState, event: EngineEvent): StepResult {
  const s = structuredClone(state)
  const job = s.job
  const effects: Effect[] = []
  const refuse = (message: string, field?: string, code: Refusal['code'] = 'conflict'): StepResult => ({
    ok: false,
    refusal: field ? { code, message, field } : { code, message },
  })
  const byPrompt = (id: string): SegmentRecord | TakeRecord | undefined =>
    s.segments.find((seg) => seg.prompt_id === id && isInFlight(seg)) ?? s.takes.find((t) => t.prompt_id === id && isInFlight(t))
  const closed = (): StepResult | null =>
    ['finalizing', 'completed', 'cancelled'].includes(job.status)
      ? refuse(`job is ${job.status}; ${job.status === 'completed' ? 'reopen' : job.status === 'cancelled' ? 'retry' : 'wait for'} it first`, 'status')
      : null

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
      s.takes = []
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
      for (const run of [seg, ...s.takes.filter((t) => t.idx === event.idx)]) {
        if (isInFlight(run) && run.prompt_id) {
          effects.push({ type: 'cancel_prompt', prompt_id: run.prompt_id, running: run.status === 'running' })
        }
      }
      s.segments.pop()
      s.takes = s.takes.filter((t) => t.idx !== event.idx)
      break
    }
    case 'scheduled': {
      const run: RunRecord | undefined =
        event.take === undefined
          ? s.segments[event.idx] === readySegment(s) ? s.segments[event.idx] : undefined
          : readyTakes(s).find((t) => t.idx === event.idx && t.take === event.take)
      if (!run) return refuse(`segment ${event.idx}${event.take === undefined ? '' : ` take ${event.take}`} is not ready`, 'idx')
      const prev = s.segments[event.idx - 1]
      run.start_image = expectedStart(s, event.idx)
      run.start_source = null
      if (prev && !prev.last_frame) {
        run.status = 'failed'
        run.error = plainError(`segment ${prev.idx} has no last frame to continue from`)
        break
      }
      run.status = 'queued'
      run.prompt_id = event.prompt_id
      run.accepted = false
      run.output_nodes = null
      run.error = null
      effects.push({ type: 'submit', idx: event.idx, prompt_id: event.prompt_id })
      break
    }
    case 'handoff_prepared': {
      const run = byPrompt(event.prompt_id)
      if (!run || run.accepted) return ignored(state)
      // The original frame stays on record; ComfyUI loads the corrected copy.
      run.start_source ??= run.start_image
      run.start_image = event.start_image
      break
    }
    case 'bound': {
      const run = byPrompt(event.prompt_id)
      if (!run) return ignored(state)
      run.output_nodes = event.output_nodes
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
      // ComfyUI can start a prompt before its answer to POST /prompt reaches us: that is an attempt too.
      if (!seg.accepted) seg.attempts += 1
      seg.accepted = true
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
      seg.drift = event.drift ?? null
      seg.started_at ??= event.at
      seg.finished_at = event.at
      if (seg.attempts === 0) seg.attempts = 1
      // A finished run of the chain is kept as a take too, so choosing another one never loses it.
      const chain = s.segments.find((x) => x === seg)
      if (chain) {
        s.takes = s.takes.filter((t) => !(t.idx === chain.idx && t.take === chain.take))
        s.takes.push({ job_id: chain.job_id, idx: chain.idx, take: chain.take, ...runFields(chain) })
        s.takes.sort((a, b) => a.idx - b.idx || a.take - b.take)
        markStale(s, chain.idx)
      }
      break
    }
    case 'measured': {
      // The run is done by now, so look it up among finished runs too (chain segment and its take copy).
      const runs = [...s.segments, ...s.takes].filter((r) => r.prompt_id === event.prompt_id && r.status === 'done')
      if (runs.length === 0) return ignored(state)
      for (const run of runs) run.drift = event.drift
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
      seg.output_nodes = null
      seg.started_at = null
      effects.push({ type: 'submit', idx: seg.idx, prompt_id: event.new_prompt_id })
      break
    }
    case 'cancel': {
      if (job.status === 'cancelled') return { ok: true, state, effects: [] }
      if (job.status === 'finalizing' || job.status === 'completed') {
        return refuse(`job is ${job.status}; there is nothing to cancel`, 'status')
      }
      for (const take of s.takes) {
        if (take.status === 'planned') take.status = 'cancelled'
      }
      for (const seg of [...s.segments, ...s.takes]) {
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
      if (anyInFlight(s)) return refuse('a segment is still in ComfyUI; wait or cancel it', 'status')
      const done = donePrefix(s.segments)
      if (done.length === 0) return refuse('no finished segment to stitch', 'segments')
      job.status = 'finalizing'
      job.error = null
      job.export_options = event.options ?? null
      effects.push({ type: 'stitch', segments: done.map((d) => d.idx) })
      break
    }
    case 'stitched': {
      if (job.status !== 'finalizing') return ignored(state)
      s.finals.push(event.final)
      job.status = 'completed'
      job.export_options = null
      break
    }
    case 'stitch_failed': {
      if (job.status !== 'finalizing') return ignored(state)
      job.status = 'awaiting_prompt'
      job.error = `stitching failed: ${event.message}`
      job.export_options = null
      break
    }
    case 'takes_requested': {
      const stop = closed()
      if (stop) return stop
      if (event.takes.length === 0) return refuse('no take requested', 'count')
      const seg = s.segments[event.idx]
      const planned = (p: PlannedSegment, take: number): TakeRecord => {
        const { job_id, idx: _idx, take: _take, locked: _l, stale: _s, ...run } = newSegment(job.id, event.idx, p, event.at)
        return { job_id, idx: event.idx, take, ...run }
      }
      if (seg) {
        if (seg.locked) return refuse(`segment ${event.idx} is locked; unlock it before making new takes`, 'idx')
        if (seg.status === 'planned') return refuse(`segment ${event.idx} has not run yet; rewrite its prompt instead`, 'idx')
        let take = nextTakeNumber(s, event.idx)
        for (const p of event.takes) s.takes.push(planned(p, take++))
      } else if (event.idx === s.segments.length) {
        const [first, ...rest] = event.takes as [PlannedSegment, ...PlannedSegment[]]
        s.segments.push(newSegment(job.id, event.idx, first, event.at))
        rest.forEach((p, i) => s.takes.push(planned(p, i + 2)))
      } else {
        return refuse(`segment ${event.idx} is not the next one (next is ${s.segments.length})`, 'idx')
      }
      if (job.status === 'failed' && s.segments[donePrefix(s.segments).length]?.status !== 'failed') job.status = 'running'
      break
    }
    case 'take_chosen': {
      const stop = closed()
      if (stop) return stop
      const refusal = chooseTake(s, event.idx, event.take)
      if (refusal) return refuse(refusal.message, refusal.field, refusal.code)
      break
    }
    case 'lock_set': {
      const seg = s.segments[event.idx]
      if (!seg) return refuse(`job ${job.id} has no segment ${event.idx}`, 'idx', 'not_found')
      if (event.locked && seg.status !== 'done') return refuse(`segment ${event.idx} is ${seg.status}; only a finished take can be locked`, 'idx')
      seg.locked = event.locked
      break
    }
    case 'stale_rerun': {
      const stop = closed()
      if (stop) return stop
      const rerun = s.segments.filter((seg) => seg.stale && !seg.locked)
      if (rerun.length === 0) return refuse('no stale segment to re-run (locked ones keep their take)', 'stale')
      for (const seg of rerun) {
        const take = nextTakeNumber(s, seg.idx)
        const { prompt, negative_prompt, seed, loras } = seg
        const fresh = newSegment(job.id, seg.idx, { prompt, negative_prompt, seed, loras }, event.at)
        Object.assign(seg, { ...fresh, take })
      }
      if (job.status === 'failed') job.status = 'running'
      break
    }
    case 'parameters_set': {
      job.parameters = event.parameters
      break
    }
    case 'stale_kept': {
      if (staleCount(s) === 0) return ignored(state)
      for (const seg of s.segments) seg.stale = false
      break
    }
    case 'reopen': {
      if (job.status !== 'completed') return refuse(`only a completed job can be reopened (job is ${job.status})`, 'status')
      job.status = 'awaiting_prompt'
      break
    }
    case 'resync': {
      for (const seg of [...s.segments, ...s.takes]) {
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

/** Derives an active job's status from its runs and asks for scheduling when work is ready. */
function settle(s: JobState, effects: Effect[]): void {
  const job = s.job
  if (job.status !== 'running' && job.status !== 'awaiting_prompt' && job.status !== 'failed') return
  if (anyInFlight(s)) {
    job.status = 'running'
    return
  }
  const next = s.segments[donePrefix(s.segments).length]
  if (next?.status === 'failed') {
    job.status = 'failed'
    job.error = next.error ? `segment ${next.idx}: ${next.error.message}` : `segment ${next.idx} failed`
    return
  }
  if (job.status === 'failed') return
  if (next?.status === 'planned' || plannedTakesReady(s).length > 0) {
    job.status = 'running'
    effects.push({ type: 'schedule' })
  } else {
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
    output_nodes: null,
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
    take: 1,
    locked: false,
    stale: false,
    start_source: null,
    drift: null,
  }
}

export function plainError(message: string): SegmentError {
  return { message, node_id: null, node_type: null, exception_type: null, exception_message: null }
}
