// Which segments go to ComfyUI next: keep up to `limit` of our prompts in its queue (one running, one
// waiting) so the GPU never waits for us, taking ready work from any job, oldest job first.
import { isInFlight, readySegment } from './machine'
import type { JobState, SegmentRecord } from './model'

export const QUEUE_DEPTH = 2

export function pickReady(states: JobState[], accepting: boolean, limit = QUEUE_DEPTH): SegmentRecord[] {
  if (!accepting) return []
  const inFlight = states.reduce((n, st) => n + st.segments.filter(isInFlight).length, 0)
  const free = limit - inFlight
  if (free <= 0) return []
  const ready = [...states]
    .sort((a, b) => a.job.id - b.job.id)
    .map(readySegment)
    .filter((s): s is SegmentRecord => s !== null)
  return ready.slice(0, free)
}
