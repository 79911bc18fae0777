// Typed client of the sidecar's continuity endpoints: takes, lock, stale segments, colour guard, finalize options.
import { JobWithSegments, NewTakesAnswer, SegmentTakes } from '../../sidecar/contract'
import type { ContinuityBody, FinalizeBody, Take, TakesBody } from '../../sidecar/contract'
import { SIDECAR_PREFIX, jsonInit, request, sidecarURL } from './useSidecarApi'

const jobPath = (id: number, rest = '') => `${SIDECAR_PREFIX}/jobs/${id}${rest}`

export const continuityApi = {
  takes: (jobId: number, idx: number) => request(SegmentTakes, jobPath(jobId, `/segments/${idx}/takes`)),
  /** A redo (count 1) or N candidates; for the next segment the prompt is required. */
  newTakes: (jobId: number, idx: number, body: TakesBody) =>
    request(NewTakesAnswer, jobPath(jobId, `/segments/${idx}/takes`), jsonInit('POST', body)),
  chooseTake: (jobId: number, idx: number, take: number) =>
    request(JobWithSegments, jobPath(jobId, `/segments/${idx}/takes/${take}/choose`), jsonInit('POST')),
  lock: (jobId: number, idx: number, locked: boolean) =>
    request(JobWithSegments, jobPath(jobId, `/segments/${idx}/lock`), jsonInit('PUT', { locked })),
  setContinuity: (jobId: number, body: ContinuityBody) => request(JobWithSegments, jobPath(jobId, '/continuity'), jsonInit('PUT', body)),
  rerunStale: (jobId: number) => request(JobWithSegments, jobPath(jobId, '/stale/rerun'), jsonInit('POST')),
  keepStale: (jobId: number) => request(JobWithSegments, jobPath(jobId, '/stale/keep'), jsonInit('POST')),
  /** An empty body is the sidecar's default: a lossless stream copy. */
  finalize: (jobId: number, body: FinalizeBody) =>
    request(JobWithSegments, jobPath(jobId, '/finalize'), Object.keys(body).length ? jsonInit('POST', body) : { method: 'POST' }),
}

export type ContinuityApi = typeof continuityApi

export function useContinuityApi(): ContinuityApi {
  return continuityApi
}

/** A take's files on ComfyUI's origin (the sidecar gives their paths relative to /api), versioned by when it finished. */
export const takeURL = {
  video: (t: Pick<Take, 'video_url' | 'finished_at'>) => (t.video_url ? versioned(t.video_url, t.finished_at) : null),
  lastFrame: (t: Pick<Take, 'last_frame_url' | 'finished_at'>) => (t.last_frame_url ? versioned(t.last_frame_url, t.finished_at) : null),
}

function versioned(path: string, version: string | null): string {
  const url = sidecarURL(path)
  return version ? `${url}${url.includes('?') ? '&' : '?'}v=${encodeURIComponent(version)}` : url
}
