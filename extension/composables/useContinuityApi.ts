// The sidecar's continuity endpoints, named for the panel: takes, lock, stale segments, colour guard,
// finalize options.
import { JobWithSegments, NewTakesAnswer, SegmentTakes } from '../../sidecar/contract'
import type { ContinuityBody, FinalizeBody, SeamsBody, Take, TakesBody } from '../../sidecar/contract'
import { answer, sidecar, sidecarURL } from '../sidecarClient'

const oneJob = sidecar.jobs[':id']
const jobParam = (id: number) => ({ param: { id: String(id) } })
const oneSegment = oneJob.segments[':idx']
const segmentParam = (id: number, idx: number) => ({ param: { id: String(id), idx: String(idx) } })

export const continuityApi = {
  takes: (jobId: number, idx: number) => answer(oneSegment.takes.$get(segmentParam(jobId, idx)), SegmentTakes),
  /** A redo (count 1) or N candidates; for the next segment the prompt is required. */
  newTakes: (jobId: number, idx: number, body: TakesBody) =>
    answer(oneSegment.takes.$post({ ...segmentParam(jobId, idx), json: body }), NewTakesAnswer),
  chooseTake: (jobId: number, idx: number, take: number) =>
    answer(oneSegment.takes[':take'].choose.$post({ param: { id: String(jobId), idx: String(idx), take: String(take) } }), JobWithSegments),
  lock: (jobId: number, idx: number, locked: boolean) => answer(oneSegment.lock.$put({ ...segmentParam(jobId, idx), json: { locked } }), JobWithSegments),
  setContinuity: (jobId: number, body: ContinuityBody) => answer(oneJob.continuity.$put({ ...jobParam(jobId), json: body }), JobWithSegments),
  /** The job's seam mode, a join's own mode (null: back to the job's) or the seam meter's threshold. */
  setSeams: (jobId: number, body: SeamsBody) => answer(oneJob.seams.$put({ ...jobParam(jobId), json: body }), JobWithSegments),
  rerunStale: (jobId: number) => answer(oneJob.stale.rerun.$post(jobParam(jobId)), JobWithSegments),
  keepStale: (jobId: number) => answer(oneJob.stale.keep.$post(jobParam(jobId)), JobWithSegments),
  setFinalizeOptions: (jobId: number, body: FinalizeBody) => answer(oneJob['finalize-options'].$put({ ...jobParam(jobId), json: body }), JobWithSegments),
  /** No options is the sidecar's default: a lossless stream copy, asked with an empty body. */
  finalize: (jobId: number, body: FinalizeBody) =>
    answer(oneJob.finalize.$post({ ...jobParam(jobId), ...(Object.keys(body).length ? { json: body } : {}) }), JobWithSegments),
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
