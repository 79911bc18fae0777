// Typed client of the sidecar API, reached through ComfyUI's own origin (/longvideo/api/...).
import { z } from 'zod'
import {
  ApiError,
  FileRef,
  Health,
  JobList,
  JobWithSegments,
  Preset,
  QueueStatus,
  Segment,
  Settings,
} from '../../sidecar/contract'
import type { CreateJobBody, SegmentPromptBody } from '../../sidecar/contract'
import { apiURL, fetchApi } from '../host'
import { errorMessage } from '../domain/errorMessage'

export const SIDECAR_PREFIX = '/longvideo/api'

/** A failed request: `status` null means the request never got an answer. */
export class SidecarError extends Error {
  constructor(
    readonly status: number | null,
    readonly code: string | null,
    message: string,
    readonly field: string | null = null
  ) {
    super(message)
    this.name = 'SidecarError'
  }
}

const UploadAnswer = z.object({ name: z.string(), subfolder: z.string().default(''), type: z.string().default('input') })
export type UploadAnswer = z.infer<typeof UploadAnswer>

/** An image in one of ComfyUI's folders, as listed for the start-image picker. */
export type ImageRef = z.infer<typeof FileRef>

// The sidecar lists a folder of ComfyUI's input/output: entries carry their path relative to that root.
const ImageEntry = z.object({ path: z.string(), name: z.string() })
const ImageListAnswer = z.object({ folders: z.array(z.string()).default([]), images: z.array(ImageEntry) })

const PresetList = z.union([z.array(Preset), z.object({ presets: z.array(Preset) })])
const ModelList = z.array(z.string())
const LoadImageInfo = z.record(
  z.string(),
  z.object({ input: z.object({ required: z.record(z.string(), z.array(z.unknown())) }).partial() })
)

async function errorFrom(res: Response): Promise<SidecarError> {
  const text = await res.text().catch(() => '')
  try {
    const body = ApiError.parse(JSON.parse(text))
    return new SidecarError(res.status, body.error.code, body.error.message, body.error.field ?? null)
  } catch {
    return new SidecarError(res.status, null, text.slice(0, 300) || `HTTP ${res.status} ${res.statusText}`)
  }
}

export async function send(route: string, init?: RequestInit): Promise<Response> {
  let res: Response
  try {
    res = await fetchApi(route, init)
  } catch (e) {
    throw new SidecarError(null, 'network', errorMessage(e))
  }
  if (!res.ok) throw await errorFrom(res)
  return res
}

export async function request<T>(schema: z.ZodType<T>, route: string, init?: RequestInit): Promise<T> {
  const res = await send(route, init)
  const json: unknown = await res.json()
  const parsed = schema.safeParse(json)
  if (!parsed.success) {
    throw new SidecarError(res.status, 'bad_answer', `Unexpected answer from ${route}: ${parsed.error.issues[0]?.message ?? ''}`)
  }
  return parsed.data
}

export function jsonInit(method: string, body?: unknown): RequestInit {
  return body === undefined
    ? { method }
    : { method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) }
}

const sidecar = (path: string) => `${SIDECAR_PREFIX}${path}`
const jobPath = (id: number, rest = '') => sidecar(`/jobs/${id}${rest}`)

function toImageRef(entry: z.infer<typeof ImageEntry>, source: 'input' | 'output'): ImageRef {
  const slash = entry.path.lastIndexOf('/')
  return { filename: entry.name, subfolder: slash === -1 ? '' : entry.path.slice(0, slash), type: source }
}

async function listFolder(source: 'input' | 'output', folder: string) {
  const q = new URLSearchParams({ source, folder, sort: 'date', limit: '200' })
  return request(ImageListAnswer, sidecar(`/images?${q.toString()}`))
}

export const sidecarApi = {
  health: () => request(Health, sidecar('/health')),
  listJobs: () => request(JobList, sidecar('/jobs?limit=200')),
  getJob: (id: number) => request(JobWithSegments, jobPath(id)),
  createJob: (body: CreateJobBody) => request(JobWithSegments, sidecar('/jobs'), jsonInit('POST', body)),
  /** Plans the next segment or rewrites a planned one; answers the job with it. */
  submitPrompt: (id: number, idx: number, body: SegmentPromptBody) =>
    request(JobWithSegments, jobPath(id, `/segments/${idx}/prompt`), jsonInit('POST', body)),
  deleteSegment: (id: number, idx: number) => request(JobWithSegments, jobPath(id, `/segments/${idx}`), { method: 'DELETE' }),
  cancelJob: (id: number) => request(JobWithSegments, jobPath(id, '/cancel'), { method: 'POST' }),
  retryJob: (id: number) => request(JobWithSegments, jobPath(id, '/retry'), { method: 'POST' }),
  reopenJob: (id: number) => request(JobWithSegments, jobPath(id, '/reopen'), { method: 'POST' }),
  deleteJob: (id: number) => send(jobPath(id), { method: 'DELETE' }),
  queueStatus: () => request(QueueStatus, sidecar('/queue/status')),
  startQueue: () => request(QueueStatus, sidecar('/queue/start'), { method: 'POST' }),
  stopQueue: () => request(QueueStatus, sidecar('/queue/stop'), { method: 'POST' }),
  presets: async (): Promise<Preset[]> => {
    const answer = await request(PresetList, sidecar('/presets'))
    return Array.isArray(answer) ? answer : answer.presets
  },
  settings: () => request(Settings, sidecar('/settings')),
  updateSettings: (patch: Partial<Settings>) => request(Settings, sidecar('/settings'), jsonInit('PUT', patch)),
  upload: (file: Blob, filename: string) => {
    const form = new FormData()
    // A File carries its name in every FormData implementation; a bare Blob may arrive as "blob".
    form.append('image', file instanceof File ? file : new File([file], filename, { type: file.type }), filename)
    return request(UploadAnswer, sidecar('/upload'), { method: 'POST', body: form })
  },
  /** Images in ComfyUI's input or output folder (and its first subfolders); input falls back to LoadImage's list. */
  listImages: async (source: 'input' | 'output'): Promise<ImageRef[]> => {
    try {
      const top = await listFolder(source, '')
      const subs = await Promise.all(top.folders.slice(0, 8).map((f) => listFolder(source, f).catch(() => null)))
      return [top, ...subs].flatMap((listing) => listing?.images.map((e) => toImageRef(e, source)) ?? [])
    } catch (e) {
      if (source === 'output') throw e
      const info = await request(LoadImageInfo, '/object_info/LoadImage')
      const choices = info.LoadImage?.input.required?.image?.[0]
      const names = Array.isArray(choices) ? choices.filter((c): c is string => typeof c === 'string') : []
      return names.map((filename) => ({ filename, subfolder: '', type: 'input' as const }))
    }
  },
  /** File names in one of ComfyUI's model folders (diffusion_models, loras, unet_gguf, ...). */
  models: (folder: string) => request(ModelList, `/models/${encodeURIComponent(folder)}`),
  /** Fetches an image ComfyUI serves (used to re-upload an output image as a start image). */
  fetchImage: async (ref: ImageRef): Promise<Blob> => (await send(viewRoute(ref))).blob(),
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

/** URL of a sidecar path (as the sidecar gives it, relative to /api) on ComfyUI's origin. */
export function sidecarURL(path: string): string {
  return apiURL(sidecar(path.startsWith('/') ? path : `/${path}`))
}

export const mediaURL = {
  finalVideo: (jobId: number, version?: string) => sidecarURL(`/jobs/${jobId}/video${version ? `?v=${encodeURIComponent(version)}` : ''}`),
  segmentVideo: (s: Pick<z.infer<typeof Segment>, 'job_id' | 'idx' | 'finished_at'>) =>
    sidecarURL(`/jobs/${s.job_id}/segments/${s.idx}/video?v=${encodeURIComponent(s.finished_at ?? '')}`),
  lastFrame: (s: Pick<z.infer<typeof Segment>, 'job_id' | 'idx' | 'finished_at'>) =>
    sidecarURL(`/jobs/${s.job_id}/segments/${s.idx}/last-frame?v=${encodeURIComponent(s.finished_at ?? '')}`),
  events: () => sidecarURL('/events'),
}
