// "Start from text" for the panel: candidate start images from a prompt, the ways to make them and
// what each lacks, picking one, and text-to-image templates.
import { z } from 'zod/mini'
import { ChosenStartImage, ImageTemplate, JobWithSegments, StartImageMakers, StartImageSet } from '../../sidecar/contract'
import type { ImageTemplateBody, MoreStartImagesBody, StartImagesBody } from '../../sidecar/contract'
import { answer, sidecar } from '../sidecarClient'

const SetList = z.object({ sets: z.array(StartImageSet) })
const TemplateList = z.object({ templates: z.array(ImageTemplate) })
const oneSet = sidecar['start-images'][':id']
const setParam = (id: number) => ({ param: { id: String(id) } })

export const startImagesApi = {
  makers: () => answer(sidecar['start-images'].makers.$get(), StartImageMakers),
  make: (body: StartImagesBody) => answer(sidecar['start-images'].$post({ json: body }), StartImageSet),
  more: (set: number, body: MoreStartImagesBody = {}) => answer(oneSet.more.$post({ ...setParam(set), json: body }), StartImageSet),
  get: (set: number) => answer(oneSet.$get(setParam(set)), StartImageSet),
  /** The candidate's copy in ComfyUI's input folder becomes the job's input_image. */
  choose: (set: number, candidate: number) => answer(oneSet.choose.$post({ ...setParam(set), json: { candidate } }), ChosenStartImage),
  setsOfJob: async (job: number) => (await answer(sidecar['start-images'].$get({ query: { job: String(job) } }), SetList)).sets,
  /** Another kept candidate becomes the job's start image (for a new take of segment 1). */
  useForJob: (job: number, candidate: number) =>
    answer(sidecar.jobs[':id']['start-image'].$put({ param: { id: String(job) }, json: { candidate } }), JobWithSegments),
  templates: async () => (await answer(sidecar['start-images'].templates.$get(), TemplateList)).templates,
  importTemplate: (body: ImageTemplateBody) => answer(sidecar['start-images'].templates.$post({ json: body }), ImageTemplate),
}
