// Caps on GPU work waiting in the queue (settings.limits). Pure: the counts come from the caller.
// A refusal is a 409 that names the request field, the cap, and the setting that raises it as the
// panel's Settings label it.
import type { Limits } from '../contract'
import { DomainError, LIMIT_SETTINGS } from '../contract'

export function capReached(setting: keyof Limits, limit: number, field: string, what: string): DomainError {
  return new DomainError(
    'conflict',
    `${field}: ${what}; the cap is ${limit} (raise it in Settings > Limits on queued work > "${LIMIT_SETTINGS[setting].label}", or with PUT /api/settings {"limits": {"${setting}": N}})`,
    field,
    { setting: `limits.${setting}`, limit }
  )
}

/** A job may have at most max_segments_per_job segments, planned ones included. */
export function checkSegmentCount(limits: Limits, segments: number, field: string): void {
  const limit = limits.max_segments_per_job
  if (segments > limit) throw capReached('max_segments_per_job', limit, field, `the job would have ${segments} segments`)
}

/**
 * New takes of one segment: at most max_takes_per_segment of its takes wait at once (planned, queued
 * or running), and at most max_waiting_takes candidates across all jobs.
 */
export function checkTakes(limits: Limits, waiting: { segment: number; overall: number }, adding: number, field: string): void {
  const perSegment = limits.max_takes_per_segment
  if (waiting.segment + adding > perSegment) {
    throw capReached('max_takes_per_segment', perSegment, field, `the segment has ${waiting.segment} takes waiting and ${adding} more were asked for`)
  }
  const overall = limits.max_waiting_takes
  if (waiting.overall + adding > overall) {
    throw capReached('max_waiting_takes', overall, field, `${waiting.overall} takes are waiting across all jobs and ${adding} more were asked for`)
  }
}

/** A job that starts (or runs again) must find room: at most max_running_jobs run at once. */
export function checkRunningJobs(limits: Limits, running: number, field: string): void {
  const limit = limits.max_running_jobs
  if (running >= limit) throw capReached('max_running_jobs', limit, field, `${running} jobs are already running`)
}

/** Candidate start images: at most max_waiting_start_images wait (queued or running) at once. */
export function checkStartImages(limits: Limits, waiting: number, adding: number, field: string): void {
  const limit = limits.max_waiting_start_images
  if (waiting + adding > limit) throw capReached('max_waiting_start_images', limit, field, `${waiting} start images are waiting and ${adding} more were asked for`)
}
