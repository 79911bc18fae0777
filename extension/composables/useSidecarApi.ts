// The sidecar's jobs, queue, presets, settings and uploads, named for the panel, over the client derived
// from the sidecar's routes; and the few ComfyUI routes the panel reads itself (/models, /view).
import { z } from 'zod/mini'
import {
  ComfyImageList,
  FileRef,
  Health,
  ImageUploadAnswer,
  JobList,
  JobWithSegments,
  PresetList,
  QueueStatus,
  SeamCapabilities,
  Segment,
  Settings,
} from '../../sidecar/contract'
import type { CreateJobBody, SegmentPromptBody, SettingsUpdate } from '../../sidecar/contract'
import { apiURL, fetchApi } from '../host'
import { answer, checked, send, sidecar, sidecarURL } from '../sidecarClient'

export { SidecarError, sidecarURL } from '../sidecarClient'

/** An image in one of ComfyUI's folders, as listed for the start-image picker. */
export type ImageRef = z.infer<typeof FileRef>

const ModelList = z.array(z.string())
const LoadImageInfo = z.record(
  z.string(),
  z.object({ input: z.partial(z.object({ required: z.record(z.string(), z.array(z.unknown())) })) })
)

const oneJob = sidecar.jobs[':id']
const jobParam = (id: number) => ({ param: { id: String(id) } })
const segmentParam = (id: number, idx: number) => ({ param: { id: String(id), idx: String(idx) } })

function toImageRef(entry: { path: string; name: string }, source: 'input' | 'output'): ImageRef {
  const slash = entry.path.lastIndexOf('/')
  return { filename: entry.name, subfolder: slash === -1 ? '' : entry.path.slice(0, slash), type: source }
}

const listFolder = (source: 'input' | 'output', folder: string) =>
  answer(sidecar.images.$get({ query: { source, folder, sort: 'date', limit: 200 } }), ComfyImageList)

export const sidecarApi = {
  health: () => answer(sidecar.health.$get(), Health),
  listJobs: () => answer(sidecar.jobs.$get({ query: { limit: 200 } }), JobList),
  getJob: (id: number) => answer(oneJob.$get(jobParam(id)), JobWithSegments),
  /** Creates (and by default starts) a job; a repeated request_id answers the job made the first time. */
  createJob: (body: CreateJobBody) => answer(sidecar.jobs.$post({ json: body }), JobWithSegments),
  /** Plans the next segment or rewrites a planned one; answers the job with it. */
  submitPrompt: (id: number, idx: number, body: SegmentPromptBody) =>
    answer(oneJob.segments[':idx'].prompt.$post({ ...segmentParam(id, idx), json: body }), JobWithSegments),
  deleteSegment: (id: number, idx: number) => answer(oneJob.segments[':idx'].$delete(segmentParam(id, idx)), JobWithSegments),
  cancelJob: (id: number) => answer(oneJob.cancel.$post(jobParam(id)), JobWithSegments),
  /** Stops one run (take `take` of segment idx: the segment's own or a candidate); the job goes on. */
  stopRun: (id: number, idx: number, take: number) =>
    answer(oneJob.segments[':idx'].takes[':take'].stop.$post({ param: { id: String(id), idx: String(idx), take: String(take) } }), JobWithSegments),
  retryJob: (id: number) => answer(oneJob.retry.$post(jobParam(id)), JobWithSegments),
  continueJob: (id: number) => answer(oneJob.continue.$post(jobParam(id)), JobWithSegments),
  reopenJob: (id: number) => answer(oneJob.reopen.$post(jobParam(id)), JobWithSegments),
  deleteJob: async (id: number): Promise<void> => void (await send(oneJob.$delete(jobParam(id)))),
  queueStatus: () => answer(sidecar.queue.status.$get(), QueueStatus),
  startQueue: () => answer(sidecar.queue.start.$post(), QueueStatus),
  stopQueue: () => answer(sidecar.queue.stop.$post(), QueueStatus),
  presets: async () => (await answer(sidecar.presets.$get(), PresetList)).presets,
  /** What the live ComfyUI offers a preset for each seam mode (SVI needs KJNodes' node and the LoRA pair). */
  seamCapabilities: (preset: string) => answer(sidecar.seams.$get({ query: { preset } }), SeamCapabilities),
  settings: () => answer(sidecar.settings.$get(), Settings),
  updateSettings: (patch: SettingsUpdate) => answer(sidecar.settings.$put({ json: patch }), Settings),
  upload: (file: Blob, filename: string) => {
    // A File carries its name in every FormData implementation; a bare Blob may arrive as "blob".
    const image = file instanceof File && file.name === filename ? file : new File([file], filename, { type: file.type })
    return answer(sidecar.upload.$post({ form: { image } }), ImageUploadAnswer)
  },
  /** The sidecar fetches the image at a URL (public http(s) addresses only) and stores it like an upload. */
  uploadUrl: (url: string) => answer(sidecar.upload.url.$post({ json: { url } }), ImageUploadAnswer),
  /** Images in ComfyUI's input or output folder (and its first subfolders); input falls back to LoadImage's list. */
  listImages: async (source: 'input' | 'output'): Promise<ImageRef[]> => {
    try {
      const top = await listFolder(source, '')
      const subs = await Promise.all(top.folders.slice(0, 8).map((f) => listFolder(source, f).catch(() => null)))
      return [top, ...subs].flatMap((listing) => listing?.images.map((e) => toImageRef(e, source)) ?? [])
    } catch (e) {
      if (source === 'output') throw e
      const info = await checked(fetchApi('/object_info/LoadImage'), LoadImageInfo)
      const choices = info.LoadImage?.input.required?.image?.[0]
      const names = Array.isArray(choices) ? choices.filter((c): c is string => typeof c === 'string') : []
      return names.map((filename) => ({ filename, subfolder: '', type: 'input' as const }))
    }
  },
  /** File names in one of ComfyUI's model folders (diffusion_models, loras, unet_gguf, ...). */
  models: (folder: string) => checked(fetchApi(`/models/${encodeURIComponent(folder)}`), ModelList),
  /** Fetches an image ComfyUI serves (used to re-upload an output image as a start image). */
  fetchImage: async (ref: ImageRef): Promise<Blob> => (await send(fetchApi(viewRoute(ref)))).blob(),
}

export type SidecarApi = typeof sidecarApi

export function useSidecarApi(): SidecarApi {
  return sidecarApi
}

function viewRoute(ref: ImageRef): string {
  const q = new URLSearchParams({ filename: ref.filename, subfolder: ref.subfolder, type: ref.type })
  return `/view?${q.toString()}`
}

/** URL of an image in ComfyUI's folders, through ComfyUI's own /view. */
export function comfyViewURL(ref: ImageRef): string {
  return apiURL(viewRoute(ref))
}

export const mediaURL = {
  finalVideo: (jobId: number, version?: string) => sidecarURL(`/jobs/${jobId}/video${version ? `?v=${encodeURIComponent(version)}` : ''}`),
  segmentVideo: (s: Pick<z.infer<typeof Segment>, 'job_id' | 'idx' | 'finished_at'>) =>
    sidecarURL(`/jobs/${s.job_id}/segments/${s.idx}/video?v=${encodeURIComponent(s.finished_at ?? '')}`),
  lastFrame: (s: Pick<z.infer<typeof Segment>, 'job_id' | 'idx' | 'finished_at'>) =>
    sidecarURL(`/jobs/${s.job_id}/segments/${s.idx}/last-frame?v=${encodeURIComponent(s.finished_at ?? '')}`),
  /** `frames` frames of the current take side by side (the version names the take, so a new one is fetched). */
  filmstrip: (s: Pick<z.infer<typeof Segment>, 'job_id' | 'idx' | 'take' | 'finished_at'>, frames: number) =>
    sidecarURL(`/jobs/${s.job_id}/segments/${s.idx}/filmstrip?frames=${frames}&v=${encodeURIComponent(`${s.take}-${s.finished_at ?? ''}`)}`),
  events: () => sidecarURL('/events'),
}
