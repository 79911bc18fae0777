// The rules for takes: new takes of a segment, choosing the one that counts, locking it, and what
// to do with segments left stale by another choice.
import type { JobRecord, PlannedSegment, TakeRecord } from '../contract'
import type { EngineEvent, Handler, Handlers, Refusal } from './engineEvents'
import { IGNORED, refuse } from './engineEvents'
import { donePrefix, newSegment } from './runQueries'
import { chooseTake, nextTakeNumber, staleCount } from './takes'

type On<K extends EngineEvent['type']> = Handler<Extract<EngineEvent, { type: K }>>

/** Takes change nothing of a job that is being stitched, is finished or was cancelled. */
function closed(job: JobRecord): Refusal | null {
  if (!['finalizing', 'completed', 'cancelled'].includes(job.status)) return null
  const then = job.status === 'completed' ? 'reopen' : job.status === 'cancelled' ? 'retry' : 'wait for'
  return refuse(`job is ${job.status}; ${then} it first`, 'status')
}

const takesRequested: On<'takes_requested'> = (draft, event) => {
  const { job } = draft
  const stop = closed(job)
  if (stop) return stop
  if (event.takes.length === 0) return refuse('no take requested', 'count')
  const seg = draft.segments[event.idx]
  const planned = (p: PlannedSegment, take: number): TakeRecord => {
    const { job_id, idx: _idx, take: _take, locked: _l, stale: _s, ...run } = newSegment(job.id, event.idx, p, event.at)
    return { job_id, idx: event.idx, take, ...run }
  }
  if (seg) {
    if (seg.locked) return refuse(`segment ${event.idx + 1} is locked; unlock it before making new takes`, 'idx')
    if (seg.status === 'planned') return refuse(`segment ${event.idx + 1} has not run yet; rewrite its prompt instead`, 'idx')
    let take = nextTakeNumber(draft, event.idx)
    for (const p of event.takes) draft.takes.push(planned(p, take++))
  } else if (event.idx === draft.segments.length) {
    const [first, ...rest] = event.takes as [PlannedSegment, ...PlannedSegment[]]
    draft.segments.push(newSegment(job.id, event.idx, first, event.at))
    rest.forEach((p, i) => draft.takes.push(planned(p, i + 2)))
    // N seeds of the next segment is a "run it" too: a held chain runs on.
    if (job.held) job.held = false
  } else {
    return refuse(`segment ${event.idx + 1} is not the next one (next is segment ${draft.segments.length + 1})`, 'idx')
  }
  if (job.status === 'failed' && draft.segments[donePrefix(draft.segments).length]?.status !== 'failed') job.status = 'running'
}

const takeChosen: On<'take_chosen'> = (draft, event) => {
  const stop = closed(draft.job)
  if (stop) return stop
  const refusal = chooseTake(draft, event.idx, event.take)
  if (refusal) return refuse(refusal.message, refusal.field, refusal.code)
}

const lockSet: On<'lock_set'> = (draft, event) => {
  const seg = draft.segments[event.idx]
  if (!seg) return refuse(`job ${draft.job.id} has no segment ${event.idx + 1}`, 'idx', 'not_found')
  if (event.locked && seg.status !== 'done') return refuse(`segment ${event.idx + 1} is ${seg.status}; only a finished take can be locked`, 'idx')
  seg.locked = event.locked
}

const staleRerun: On<'stale_rerun'> = (draft, event) => {
  const { job } = draft
  const stop = closed(job)
  if (stop) return stop
  const rerun = draft.segments.filter((seg) => seg.stale && !seg.locked)
  if (rerun.length === 0) return refuse('no stale segment to re-run (locked ones keep their take)', 'stale')
  for (const seg of rerun) {
    const take = nextTakeNumber(draft, seg.idx)
    const { prompt, negative_prompt, seed, loras } = seg
    const fresh = newSegment(job.id, seg.idx, { prompt, negative_prompt, seed, loras }, event.at)
    Object.assign(seg, { ...fresh, take })
  }
  if (job.status === 'failed') job.status = 'running'
}

const staleKept: On<'stale_kept'> = (draft) => {
  if (staleCount(draft) === 0) return IGNORED
  for (const seg of draft.segments) seg.stale = false
}

export const TAKE_HANDLERS = {
  takes_requested: takesRequested,
  take_chosen: takeChosen,
  lock_set: lockSet,
  stale_rerun: staleRerun,
  stale_kept: staleKept,
} satisfies Partial<Handlers>
