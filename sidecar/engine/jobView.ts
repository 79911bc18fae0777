// The API shape of a job, its segments and their takes (counts, newest final, thumbnail, live progress).
import type {
  Job,
  JobListItem,
  JobRecord,
  JobState,
  JobWithSegments,
  Progress,
  Segment,
  SegmentCounts,
  SegmentRecord,
  Take,
  TakeRecord,
} from '../contract'
import { DEFAULT_DRIFT_THRESHOLD, DEFAULT_SEAM_THRESHOLD, driftAdvice, SEGMENT_STATUSES } from '../contract'
import type { JobRollup } from '../db/jobStore'
import { staleCount } from './takes'

export type ProgressLookup = (promptId: string) => Progress | null

export function driftThreshold(job: JobRecord): number {
  return job.parameters.drift_threshold ?? DEFAULT_DRIFT_THRESHOLD
}

export function seamThreshold(job: JobRecord): number {
  return job.parameters.seam_threshold ?? DEFAULT_SEAM_THRESHOLD
}

const warns = (value: number | null, threshold: number) => value !== null && value > threshold

export function segmentView(s: SegmentRecord, progress: ProgressLookup, state: JobState): Segment {
  const { accepted: _accepted, output_nodes: _nodes, seam_ref: _ref, ...rest } = s
  const takes = state.takes.filter((t) => t.idx === s.idx)
  // The segment's own run is not a take record until it has finished.
  const takeCount = takes.length + (takes.some((t) => t.take === s.take) ? 0 : 1)
  const open = takes.filter((t) => t.take !== s.take && (t.status === 'planned' || t.status === 'queued' || t.status === 'running'))
  const times = new Map(takes.flatMap((t) => (t.status === 'done' && t.execution_ms !== null ? [[t.take, t.execution_ms] as const] : [])))
  if (s.status === 'done' && s.execution_ms !== null) times.set(s.take, s.execution_ms)
  return {
    ...rest,
    progress: s.status === 'running' && s.prompt_id ? progress(s.prompt_id) : null,
    take_count: takeCount,
    open_takes: open.length,
    take_times: [...times].sort((a, b) => a[0] - b[0]).map(([take, ms]) => ({ take, ms })),
    drift_warning: warns(s.drift, driftThreshold(state.job)),
    drift_advice: driftAdviceOf(state, s),
    seam_warning: warns(s.seam, seamThreshold(state.job)),
  }
}

/** What a drift warning of this run says (likely cause and action); null without a warning. */
export function driftAdviceOf(state: JobState, run: Pick<SegmentRecord, 'idx' | 'drift' | 'start_source'>): string | null {
  if (!warns(run.drift, driftThreshold(state.job))) return null
  return driftAdvice({ idx: run.idx, guard: state.job.parameters.color_guard, corrected: run.start_source !== null, hasStartImage: state.job.input_image !== null })
}

export function takeView(state: JobState, t: TakeRecord): Take {
  const { accepted: _accepted, output_nodes: _nodes, seam_ref: _ref, ...rest } = t
  const seg = state.segments[t.idx]
  const base = `/jobs/${t.job_id}/segments/${t.idx}/takes/${t.take}`
  return {
    ...rest,
    chosen: seg?.take === t.take && seg.status === 'done',
    drift_warning: warns(t.drift, driftThreshold(state.job)),
    drift_advice: driftAdviceOf(state, t),
    seam_warning: warns(t.seam, seamThreshold(state.job)),
    video_url: t.video ? `${base}/video` : null,
    last_frame_url: t.last_frame ? `${base}/last-frame` : null,
  }
}

export function countSegments(segments: SegmentRecord[]): SegmentCounts {
  const statuses: Record<string, number> = {}
  for (const s of segments) statuses[s.status] = (statuses[s.status] ?? 0) + 1
  return countsOf(statuses)
}

function countsOf(statuses: Record<string, number>): SegmentCounts {
  const counts: SegmentCounts = { total: 0, planned: 0, queued: 0, running: 0, done: 0, failed: 0, cancelled: 0 }
  for (const status of SEGMENT_STATUSES) {
    counts[status] = statuses[status] ?? 0
    counts.total += counts[status]
  }
  return counts
}

/** The rollup a job list needs, taken from a fully loaded job. */
function rollupOf(state: JobState): JobRollup {
  const statuses: Record<string, number> = {}
  for (const s of state.segments) statuses[s.status] = (statuses[s.status] ?? 0) + 1
  return {
    job: state.job,
    statuses,
    stale: staleCount(state),
    first_last_frame: state.segments[0]?.last_frame != null,
  }
}

export function jobView(state: JobState): Job {
  const { finals, job } = state
  return {
    ...jobListItemView(rollupOf(state)),
    finalize_options: job.finalize_options ?? null,
    final_video: finals[finals.length - 1] ?? null,
    finals,
  }
}

export function jobListItemView(rollup: JobRollup): JobListItem {
  const { job } = rollup
  const { export_options: _export, finalize_options: _options, finalize_attempts: _attempts, held: _held, ...record } = job
  const hasThumb = job.input_image !== null || rollup.first_last_frame
  return {
    ...record,
    counts: countsOf(rollup.statuses),
    thumbnail: hasThumb ? `/jobs/${job.id}/thumbnail` : null,
    stale_segments: rollup.stale,
    drift_threshold: driftThreshold(job),
    seam_threshold: seamThreshold(job),
  }
}

export function jobWithSegmentsView(state: JobState, progress: ProgressLookup): JobWithSegments {
  return { ...jobView(state), segments: state.segments.map((s) => segmentView(s, progress, state)) }
}
