// The API shape of a job, its segments and their takes (counts, newest final, thumbnail, live progress).
import type { Job, JobWithSegments, Progress, Segment, SegmentCounts, Take } from '../api/schemas'
import { DEFAULT_DRIFT_THRESHOLD } from '../api/schemas'
import type { JobRecord, JobState, SegmentRecord, TakeRecord } from './model'
import { staleCount } from './takes'

export type ProgressLookup = (promptId: string) => Progress | null

export function driftThreshold(job: JobRecord): number {
  return job.parameters.drift_threshold ?? DEFAULT_DRIFT_THRESHOLD
}

const warns = (drift: number | null, threshold: number) => drift !== null && drift > threshold

export function segmentView(s: SegmentRecord, progress: ProgressLookup, state: JobState): Segment {
  const { accepted: _accepted, ...rest } = s
  const takes = state.takes.filter((t) => t.idx === s.idx)
  // The segment's own run is not a take record until it has finished.
  const takeCount = takes.length + (takes.some((t) => t.take === s.take) ? 0 : 1)
  return {
    ...rest,
    progress: s.status === 'running' && s.prompt_id ? progress(s.prompt_id) : null,
    take_count: takeCount,
    drift_warning: warns(s.drift, driftThreshold(state.job)),
  }
}

export function takeView(state: JobState, t: TakeRecord): Take {
  const { accepted: _accepted, ...rest } = t
  const seg = state.segments[t.idx]
  const base = `/jobs/${t.job_id}/segments/${t.idx}/takes/${t.take}`
  return {
    ...rest,
    chosen: seg?.take === t.take && seg.status === 'done',
    drift_warning: warns(t.drift, driftThreshold(state.job)),
    video_url: t.video ? `${base}/video` : null,
    last_frame_url: t.last_frame ? `${base}/last-frame` : null,
  }
}

export function countSegments(segments: SegmentRecord[]): SegmentCounts {
  const counts: SegmentCounts = { total: segments.length, planned: 0, queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 }
  for (const s of segments) counts[s.status] += 1
  return counts
}

export function jobView(state: JobState): Job {
  const { job, segments, finals } = state
  const { export_options: _export, ...record } = job
  const hasThumb = job.input_image !== null || segments[0]?.last_frame != null
  return {
    ...record,
    counts: countSegments(segments),
    final_video: finals[finals.length - 1] ?? null,
    finals,
    thumbnail: hasThumb ? `/jobs/${job.id}/thumbnail` : null,
    stale_segments: staleCount(state),
    drift_threshold: driftThreshold(job),
  }
}

export function jobWithSegmentsView(state: JobState, progress: ProgressLookup): JobWithSegments {
  return { ...jobView(state), segments: state.segments.map((s) => segmentView(s, progress, state)) }
}
