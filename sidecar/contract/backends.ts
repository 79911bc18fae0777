// Several ComfyUI backends (issue 16): the extra backends in settings, each backend's status as
// GET /api/backends answers it, and the ComfyUI-Distributed workers GET /api/backends/discovered offers.
import { z } from 'zod/mini'
import { plainText } from './common'
import { ModelPair, SegmentLoras } from './parameters'

/** The ComfyUI the package is installed in (--comfyui): always a backend, first, and never removed. */
export const MAIN_BACKEND_ID = 'main'
export const MAIN_BACKEND_NAME = 'This ComfyUI'
/** More would not fit one machine's view of its GPUs, and keeps the status answer small. */
export const MAX_BACKENDS = 32

export const BACKEND_ID_PATTERN = /^[a-z0-9][a-z0-9-]{0,31}$/
export const BackendId = z.string().check(z.regex(BACKEND_ID_PATTERN, 'lower-case letters, digits and - (not first), 1 to 32 characters'))

/** Why `url` is not a backend address, or null when it is one (http or https, host, no credentials, query or fragment). */
export function backendUrlProblem(url: string): string | null {
  let parsed: URL
  try {
    parsed = new URL(url)
  } catch {
    return 'must be an http:// or https:// address, e.g. http://192.168.1.20:8188'
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return `must start with http:// or https:// (not ${parsed.protocol})`
  if (!parsed.hostname) return 'must name a host'
  if (parsed.username || parsed.password) return 'must not carry a user name or password'
  if (parsed.search || parsed.hash) return 'must not have a query (?) or fragment (#)'
  return null
}

/**
 * A ComfyUI address. Spaces around it and trailing slashes are dropped (a pasted "http://host:8188/"
 * is the same backend as "http://host:8188"), so paths can be appended and two spellings compare equal.
 */
export const BackendUrl = z.string().check(
  z.trim(),
  z.overwrite((url) => url.replace(/\/+$/, '')),
  z.maxLength(2048),
  z.superRefine((url, ctx) => {
    const problem = backendUrlProblem(url)
    if (problem) ctx.addIssue({ code: 'custom', message: problem })
  })
)

/** One extra backend as settings store it. */
export const BackendSetting = z.object({
  id: BackendId,
  name: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(64)), { singleLine: true }),
  url: BackendUrl,
  enabled: z.boolean(),
})
export type BackendSetting = z.infer<typeof BackendSetting>

/**
 * The extra backends (settings `backends`): ids and urls unique, `main` reserved. An issue names the
 * entry's field (`backends.N.url` once inside Settings), so the 400 says which row is wrong.
 */
export const BackendSettings = z.array(BackendSetting).check(
  z.maxLength(MAX_BACKENDS),
  z.superRefine((list, ctx) => {
    const ids = new Map<string, number>()
    const urls = new Map<string, number>()
    list.forEach((backend, i) => {
      if (backend.id === MAIN_BACKEND_ID) {
        ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${MAIN_BACKEND_ID}" is the ComfyUI the package is installed in; choose another id` })
      }
      const sameId = ids.get(backend.id)
      if (sameId !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'id'], message: `"${backend.id}" is already the id of backend ${sameId}` })
      else ids.set(backend.id, i)
      const key = backend.url.toLowerCase()
      const sameUrl = urls.get(key)
      if (sameUrl !== undefined) ctx.addIssue({ code: 'custom', path: [i, 'url'], message: `${backend.url} is already backend ${sameUrl} ("${list[sameUrl]?.name ?? ''}")` })
      else urls.set(key, i)
    })
  })
)

/** Where a backend comes from: the ComfyUI we are installed in, --backend / LONGVIDEO_BACKENDS, or settings. */
export const BackendSource = z.enum(['main', 'cli', 'settings'])
export type BackendSource = z.infer<typeof BackendSource>

/** online: answers; offline: stopped answering; draining: turned off or removed, finishing what it has; disabled: off and idle. */
export const BackendState = z.enum(['online', 'offline', 'draining', 'disabled'])
export type BackendState = z.infer<typeof BackendState>

/** A prompt of ours on a backend: which run of which segment. */
export const RunRef = z.object({
  job_id: z.number().check(z.int()),
  idx: z.number().check(z.int()),
  /** The take number when the run is a take beside the segment's own run (a redo, a candidate); else null. */
  take: z.nullable(z.number().check(z.int())),
  prompt_id: z.string(),
})
export type RunRef = z.infer<typeof RunRef>

/** Whether a backend can run a preset: `missing` lists the node classes and model files it lacks. */
export const PresetCapability = z.object({
  id: z.string(),
  ok: z.boolean(),
  missing: z.array(z.string()),
})
export type PresetCapability = z.infer<typeof PresetCapability>

export const BackendStatus = z.object({
  id: z.string(),
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
  from: BackendSource,
  state: BackendState,
  /** ComfyUI's own queue length (all clients), null while it does not answer. */
  queue_remaining: z.nullable(z.number().check(z.int())),
  running: z.nullable(RunRef),
  queued: z.array(RunRef),
  /** What its last prompt loaded (the affinity key in words); null before its first prompt of ours. */
  loaded: z.nullable(z.object({ models: z.array(z.string()), loras: z.array(z.string()) })),
  last_error: z.nullable(z.string()),
  /** When it last answered (ISO time). */
  last_seen: z.nullable(z.string()),
  presets: z.array(PresetCapability),
})
export type BackendStatus = z.infer<typeof BackendStatus>

/** GET /api/backends. */
export const BackendList = z.object({
  backends: z.array(BackendStatus),
  /** The failover timeout in force: settings' backend_timeout_s, or --backend-timeout, which overrides it ('cli'). */
  failover_timeout: z.object({ seconds: z.number(), from: z.enum(['cli', 'settings']) }),
})
export type BackendList = z.infer<typeof BackendList>
export type FailoverTimeout = BackendList['failover_timeout']

/** A ComfyUI-Distributed worker of the main ComfyUI, offered as a backend to add. */
export const DiscoveredWorker = z.object({
  name: z.string(),
  url: z.string(),
  enabled: z.boolean(),
})
export type DiscoveredWorker = z.infer<typeof DiscoveredWorker>

/** GET /api/backends/discovered; `source` is null when the main ComfyUI has no ComfyUI-Distributed. */
export const DiscoveredBackends = z.object({
  workers: z.array(DiscoveredWorker),
  source: z.nullable(z.literal('comfyui-distributed')),
})
export type DiscoveredBackends = z.infer<typeof DiscoveredBackends>

/** POST /api/backends/check: can each backend run a job of this preset with these models and LoRAs? */
export const RunCheckBody = z.object({
  preset: z.string().check(z.minLength(1), z.maxLength(120)),
  models: z._default(ModelPair, {}),
  loras: z._default(SegmentLoras, { high: [], low: [] }),
})
export type RunCheckBody = z.infer<typeof RunCheckBody>
/** Per backend that is on and whose nodes are read: ok, or what it lacks (the job's own files named). */
export const RunCheck = z.object({ backends: z.array(z.object({ id: z.string(), ok: z.boolean(), missing: z.array(z.string()) })) })
export type RunCheck = z.infer<typeof RunCheck>

