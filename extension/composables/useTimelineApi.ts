// The sidecar routes the timeline edits with: the planned segments as a whole, one join's seam mode, and a
// segment's frame as a start image.
import { ImageUploadAnswer, JobWithSegments } from '../../sidecar/contract'
import type { JoinSeamBody, PlannedPrompt } from '../../sidecar/contract'
import { answer, sidecar } from '../sidecarClient'

const oneJob = sidecar.jobs[':id']
const jobParam = (id: number) => ({ param: { id: String(id) } })

export const timelineApi = {
  replacePlanned: (jobId: number, from: number, segments: PlannedPrompt[]) =>
    answer(oneJob.segments.planned.$put({ ...jobParam(jobId), json: { from, segments } }), JobWithSegments),
  setJoinSeam: (jobId: number, join: JoinSeamBody) => answer(oneJob.seams.$put({ ...jobParam(jobId), json: { joins: [join] } }), JobWithSegments),
  frameImage: (jobId: number, idx: number, frame: number) =>
    answer(oneJob.segments[':idx']['frame-image'].$post({ param: { id: String(jobId), idx: String(idx) }, json: { frame } }), ImageUploadAnswer),
}
