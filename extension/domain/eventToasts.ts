// Which server events deserve a toast: finished segments, failures, finished videos.
import type { Job, JobStatus, Segment, SegmentStatus, ServerEvent } from '../../sidecar/contract'
import { t } from '../i18n'
import { formatSeconds } from '../i18n/format'

export interface ToastNote {
  kind: 'success' | 'error' | 'info'
  summary: string
  detail: string
}

export interface KnownState {
  jobStatus(jobId: number): JobStatus | undefined
  jobName(jobId: number): string | undefined
  segmentStatus(jobId: number, idx: number): SegmentStatus | undefined
}

/** Toasts stay short: the first line of a (often multi-line) ComfyUI error, cut to a sentence's length. */
export function shorten(text: string, max = 160): string {
  const line = text.split('\n').find((l) => l.trim()) ?? ''
  return line.length > max ? `${line.slice(0, max - 1).trimEnd()}…` : line
}

function segmentNote(s: Segment, before: SegmentStatus | undefined, name: string): ToastNote | null {
  if (before === s.status) return null
  if (s.status === 'done') {
    const detail = s.execution_ms === null ? name : t('toast.segmentDoneIn', { name, time: formatSeconds(s.execution_ms / 1000, 1) })
    return { kind: 'success', summary: t('toast.segmentDone', { n: s.idx + 1 }), detail }
  }
  if (s.status === 'failed') {
    return { kind: 'error', summary: t('toast.segmentFailed', { n: s.idx + 1 }), detail: shorten(`${name}: ${s.error?.message ?? t('toast.unknownError')}`) }
  }
  return null
}

function jobNote(job: Job, before: JobStatus | undefined): ToastNote | null {
  if (before === job.status || before === undefined) return null
  if (job.status === 'completed' && job.final_video) {
    return { kind: 'success', summary: t('toast.videoFinished'), detail: `${job.name}: ${t('common.frames', { n: job.final_video.frames })}` }
  }
  if (job.status === 'failed') return { kind: 'error', summary: t('toast.jobFailed'), detail: shorten(`${job.name}: ${job.error ?? ''}`.trim()) }
  return null
}

/** The toast an event should raise, judged against what the panel knew before applying it. */
export function toastFor(event: ServerEvent, known: KnownState): ToastNote | null {
  if (event.type === 'segment') {
    const s = event.segment
    return segmentNote(s, known.segmentStatus(s.job_id, s.idx), known.jobName(s.job_id) ?? t('dashboard.jobN', { id: s.job_id }))
  }
  if (event.type === 'job') return jobNote(event.job, known.jobStatus(event.job.id))
  return null
}
