// Which runs go to ComfyUI next: keep up to `limit` of our prompts in its queue (one running, one
// waiting) so the GPU never waits for us, taking ready work from any job, oldest job first; within
// a job the chain's next segment comes before candidate takes.
import { anyInFlight, isInFlight, readySegment, readyTakes } from './runQueries'
import type { JobState } from '../contract'

export const QUEUE_DEPTH = 2

/** A run to schedule: the segment's own run (take null) or a candidate take. */
export interface ReadyRun {
  job_id: number
  idx: number
  take: number | null
}

export function pickReady(states: JobState[], accepting: boolean, limit = QUEUE_DEPTH): ReadyRun[] {
  if (!accepting) return []
  const inFlight = states.reduce((n, st) => n + (anyInFlight(st) ? st.segments.filter(isInFlight).length + st.takes.filter(isInFlight).length : 0), 0)
  const free = limit - inFlight
  if (free <= 0) return []
  const ready: ReadyRun[] = []
  for (const st of [...states].sort((a, b) => a.job.id - b.job.id)) {
    const seg = readySegment(st)
    if (seg) ready.push({ job_id: seg.job_id, idx: seg.idx, take: null })
    for (const t of readyTakes(st)) ready.push({ job_id: t.job_id, idx: t.idx, take: t.take })
  }
  return ready.slice(0, free)
}
