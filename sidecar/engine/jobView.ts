// The API shape of a job and its segments (counts, newest final, thumbnail, live progress).
import type { Job, JobWithSegments, Progress, Segment, SegmentCounts } from '../api/schemas'
import type { JobState, SegmentRecord } from './model'

export type ProgressLookup = (promptId: string) => Progress | null

export function segmentView(s: SegmentRecord, progress: ProgressLookup): Segment {
  const { accepted: _accepted, ...rest } = s
  return { ...rest, progress: s.status === 'running' && s.prompt_id ? progress(s.prompt_id) : null }
}

export function countSegments(segments: SegmentRecord[]): SegmentCounts {
  const counts: SegmentCounts = { total: segments.length, planned: 0, queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 }
  for (const s of segments) counts[s.status] += 1
  return counts
}

export function jobView(state: JobState): Job {
  const { job, segments, finals } = state
  const hasThumb = job.input_image !== null || segments[0]?.last_frame != null
  return {
    ...job,
    counts: countSegments(segments),
    final_video: finals[finals.length - 1] ?? null,
    finals,
    thumbnail: hasThumb ? `/jobs/${job.id}/thumbnail` : null,
  }
}

export function jobWithSegmentsView(state: JobState, progress: ProgressLookup): JobWithSegments {
  return { ...jobView(state), segments: state.segments.map((s) => segmentView(s, progress)) }
}
