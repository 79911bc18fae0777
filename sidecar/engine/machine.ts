// The job/segment lifecycle as one pure transition: step(state, event) -> {state, effects}.
// The runner performs the effects (ComfyUI, ffmpeg, SQLite) and feeds their results back as events,
// so recovery after a restart goes through exactly the same rules as a normal run. Each event has
// its rule in a table: jobEvents.ts (what a user does), runEvents.ts (what ComfyUI does to a run),
// takeEvents.ts (takes and stale segments).
import type { JobState } from '../contract'
import type { Effect, EngineEvent, Handler, Handlers, StepResult } from './engineEvents'
import { IGNORED } from './engineEvents'
import { JOB_HANDLERS } from './jobEvents'
import { RUN_HANDLERS } from './runEvents'
import { copyState, shareUnchanged } from './plainData'
import { anyInFlight, donePrefix, plannedTakesReady } from './runQueries'
import { TAKE_HANDLERS } from './takeEvents'

const HANDLERS: Handlers = { ...JOB_HANDLERS, ...RUN_HANDLERS, ...TAKE_HANDLERS }

/** A run's 'bound' event, made from the state a step left (see stepThenBind). */
export type BoundEvent = Extract<EngineEvent, { type: 'bound' }>

export function step(state: JobState, event: EngineEvent): StepResult {
  return stepThenBind(state, event, () => null)
}

/** A run's 'scheduled' event, made from the state a step left (see stepThenBind's `schedule`). */
export type ScheduledEvent = Extract<EngineEvent, { type: 'scheduled' }>

/**
 * step, then for each run the step submits, the 'bound' event `bind` makes from the state it left
 * (null: none), applied to the same copy: the runner stores a run's output nodes in the commit that
 * schedules it without a second copy of the job. `bound` lists the 'bound' events that changed it.
 * `schedule`: when the step asks for scheduling, the 'scheduled' events of this job's runs placed on
 * the state it left, applied to the same copy before binding (a segment's end and the next one's
 * scheduling in one commit); `scheduled` lists those that were applied.
 */
export function stepThenBind(
  state: JobState,
  event: EngineEvent,
  bind: (after: JobState, submit: Extract<Effect, { type: 'submit' }>) => BoundEvent | null,
  schedule?: (after: JobState) => ScheduledEvent[]
): StepResult & { bound?: BoundEvent[]; scheduled?: ScheduledEvent[] } {
  const draft = copyState(state)
  const effects: Effect[] = []
  const handle = HANDLERS[event.type] as Handler<EngineEvent>
  const verdict = handle(draft, event, effects)
  if (verdict === IGNORED) return { ok: true, state, effects: [] }
  if (verdict) return { ok: false, refusal: verdict }
  settle(draft, effects)
  draft.job.updated_at = event.at
  const scheduled: ScheduledEvent[] = []
  if (schedule && effects.some((e) => e.type === 'schedule')) {
    for (const next of schedule(draft)) {
      // The 'scheduled' rule refuses (a run not ready) before it changes anything: a refused one is left out.
      const v = HANDLERS.scheduled(draft, next, effects)
      if (v === IGNORED || v) continue
      settle(draft, effects)
      draft.job.updated_at = next.at
      scheduled.push(next)
    }
  }
  const bound: BoundEvent[] = []
  for (const effect of effects) {
    const follow = effect.type === 'submit' ? bind(draft, effect) : null
    // The 'bound' rule only sets the run's output nodes (or ignores the event): it never refuses.
    if (!follow || HANDLERS.bound(draft, follow, effects) === IGNORED) continue
    settle(draft, effects)
    draft.job.updated_at = follow.at
    bound.push(follow)
  }
  return { ok: true, state: shareUnchanged(draft, state), effects, bound, scheduled }
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
    job.error = next.error ? `segment ${next.idx + 1}: ${next.error.message}` : `segment ${next.idx + 1} failed`
    return
  }
  if (job.status === 'failed') return
  // A hold is for a planned next segment; once the chain's next is anything else there is nothing to hold.
  if (job.held && next?.status !== 'planned') job.held = false
  if ((next?.status === 'planned' && !job.held) || plannedTakesReady(s).length > 0) {
    job.status = 'running'
    effects.push({ type: 'schedule' })
  } else {
    job.status = 'awaiting_prompt'
  }
}
