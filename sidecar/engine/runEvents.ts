// The rules for what happens to a run in ComfyUI: scheduled, handed its start frame, bound,
// accepted or rejected, started, finished (or errored, interrupted, lost), and looked at again.
import type { RunRecord } from '../contract'
import { carryProblem, MAX_ATTEMPTS, MAX_FINALIZE_ATTEMPTS } from '../contract'
import type { EngineEvent, Handler, Handlers } from './engineEvents'
import { IGNORED, refuse } from './engineEvents'
import { donePrefix, inFlightRun, isInFlight, plainError, readySegment, readyTakes } from './runQueries'
import { expectedStart, markStale, runFields, seamInto } from './takes'

type On<K extends EngineEvent['type']> = Handler<Extract<EngineEvent, { type: K }>>

const scheduled: On<'scheduled'> = (draft, event, effects) => {
  const run: RunRecord | undefined =
    event.take === undefined
      ? draft.segments[event.idx] === readySegment(draft) ? draft.segments[event.idx] : undefined
      : readyTakes(draft).find((t) => t.idx === event.idx && t.take === event.take)
  if (!run) return refuse(`segment ${event.idx + 1}${event.take === undefined ? '' : ` take ${event.take}`} is not ready`, 'idx')
  const prev = draft.segments[event.idx - 1]
  // The run records the hand-off it is made with: the job's seam settings may change later.
  const seam = seamInto(draft, event.idx)
  run.seam_mode = seam.mode
  run.carry = seam.carry
  run.start_image = expectedStart(draft, event.idx, seam.mode)
  run.start_source = null
  const missing = !prev
    ? null
    : !prev.last_frame
      ? `segment ${prev.idx + 1} has no last frame to continue from`
      : seam.mode !== 'frame' && !prev.tail
        ? `segment ${prev.idx + 1} has no saved last frames for a ${seam.mode} hand-off (it was made before they were saved); redo it or use frame mode for this join`
        : carryProblem(seam, draft.job.parameters.frames)
  if (missing) {
    run.status = 'failed'
    run.error = plainError(missing)
    return
  }
  run.status = 'queued'
  run.prompt_id = event.prompt_id
  run.backend = event.backend ?? 'main'
  run.accepted = false
  run.output_nodes = null
  run.error = null
  effects.push({ type: 'submit', idx: event.idx, prompt_id: event.prompt_id })
}

const handoffPrepared: On<'handoff_prepared'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run || run.accepted) return IGNORED
  // The original frame stays on record; ComfyUI loads the corrected copy.
  run.start_source ??= run.start_image
  run.start_image = event.start_image
}

const bound: On<'bound'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run) return IGNORED
  run.output_nodes = event.output_nodes
}

const accepted: On<'accepted'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run || run.accepted) return IGNORED
  run.accepted = true
  run.attempts += 1
}

/** ComfyUI refused the prompt, or ran it into an error. */
const failed: On<'rejected' | 'errored'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run) return IGNORED
  run.status = 'failed'
  run.error = event.error
  run.finished_at = event.at
}

const started: On<'started'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run || run.status === 'running') return IGNORED
  run.status = 'running'
  // ComfyUI can start a prompt before its answer to POST /prompt reaches us: that is an attempt too.
  if (!run.accepted) run.attempts += 1
  run.accepted = true
  run.started_at = event.at
}

const finished: On<'finished'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run) return IGNORED
  run.status = 'done'
  run.video = event.video
  run.last_frame = event.last_frame
  run.tail = event.tail ?? null
  run.frames = event.frames
  run.execution_ms = event.execution_ms
  run.drift = event.drift ?? null
  run.started_at ??= event.at
  run.finished_at = event.at
  if (run.attempts === 0) run.attempts = 1
  // A finished run of the chain is kept as a take too, so choosing another one never loses it.
  const chain = draft.segments.find((x) => x === run)
  if (chain) {
    draft.takes = draft.takes.filter((t) => !(t.idx === chain.idx && t.take === chain.take))
    draft.takes.push({ job_id: chain.job_id, idx: chain.idx, take: chain.take, ...runFields(chain) })
    draft.takes.sort((a, b) => a.idx - b.idx || a.take - b.take)
    markStale(draft, chain.idx)
  }
}

const measured: On<'measured'> = (draft, event) => {
  // The run is done by now, so look it up among finished runs too (chain segment and its take copy).
  const runs = [...draft.segments, ...draft.takes].filter((r) => r.prompt_id === event.prompt_id && r.status === 'done')
  if (runs.length === 0) return IGNORED
  for (const run of runs) {
    if (event.drift !== undefined) run.drift = event.drift
    if (event.seam !== undefined) {
      run.seam = event.seam?.value ?? null
      run.seam_ref = event.seam?.ref ?? null
    }
  }
}

const interrupted: On<'interrupted'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run) return IGNORED
  run.status = 'failed'
  run.error = plainError('ComfyUI interrupted the prompt')
  run.finished_at = event.at
}

const lost: On<'lost'> = (draft, event, effects) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run) return IGNORED
  if (run.accepted && run.attempts >= MAX_ATTEMPTS) {
    run.status = 'failed'
    run.error = plainError(`ComfyUI lost the prompt ${run.attempts} times (it restarted or cleared its queue); giving up`)
    run.finished_at = event.at
    return
  }
  run.status = 'queued'
  run.prompt_id = event.new_prompt_id
  run.accepted = false
  run.output_nodes = null
  run.started_at = null
  effects.push({ type: 'submit', idx: run.idx, prompt_id: event.new_prompt_id })
}

const unplaced: On<'unplaced'> = (draft, event) => {
  const run = inFlightRun(draft, event.prompt_id)
  if (!run) return IGNORED
  run.status = 'planned'
  run.prompt_id = null
  run.backend = null
  run.accepted = false
  run.output_nodes = null
  run.started_at = null
}

const resync: On<'resync'> = (draft, event, effects) => {
  for (const run of [...draft.segments, ...draft.takes]) {
    if (isInFlight(run) && run.prompt_id) effects.push({ type: 'reconcile', prompt_id: run.prompt_id })
  }
  const { job } = draft
  if (job.status === 'finalizing' && event.reason === 'sidecar_restarted') {
    // The stitch was running when the sidecar stopped: start it again, a bounded number of times.
    const attempts = job.finalize_attempts ?? 0
    if (attempts >= MAX_FINALIZE_ATTEMPTS) {
      job.status = 'awaiting_prompt'
      job.error = `finalizing stopped ${attempts} times before it finished (the sidecar exited while stitching); finalize again to retry, and see the sidecar log for the cause`
      job.export_options = null
      job.finalize_attempts = 0
      return
    }
    job.finalize_attempts = attempts + 1
    effects.push({ type: 'stitch', segments: donePrefix(draft.segments).map((d) => d.idx) })
  }
}

export const RUN_HANDLERS = {
  scheduled,
  handoff_prepared: handoffPrepared,
  bound,
  accepted,
  rejected: failed,
  started,
  finished,
  measured,
  errored: failed,
  interrupted,
  lost,
  unplaced,
  resync,
} satisfies Partial<Handlers>
