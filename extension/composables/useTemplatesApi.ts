// Typed client of the sidecar's user-template endpoints and of a segment's prompt graph.
import type { z } from 'zod'
import { ApiError, SegmentPromptGraph, TemplateDetection, UserTemplate, UserTemplateList } from '../../sidecar/contract'
import type { CreateTemplateBody, RoleOverrides, UpdateTemplateBody } from '../../sidecar/contract'
import { fetchApi } from '../host'
import { SIDECAR_PREFIX, SidecarError } from './useSidecarApi'
import { errorMessage } from '../domain/errorMessage'

/** A refusal that may carry the sidecar's detection (what it found, the problems) in `details`. */
export class TemplateRefused extends SidecarError {
  constructor(
    status: number | null,
    code: string | null,
    message: string,
    field: string | null,
    readonly detection: TemplateDetection | null
  ) {
    super(status, code, message, field)
    this.name = 'TemplateRefused'
  }
}

async function call<T>(schema: z.ZodType<T>, route: string, init?: RequestInit): Promise<T> {
  let res: Response
  try {
    res = await fetchApi(`${SIDECAR_PREFIX}${route}`, init)
  } catch (e) {
    throw new TemplateRefused(null, 'network', errorMessage(e), null, null)
  }
  const text = await res.text()
  let json: unknown = null
  try {
    json = text ? JSON.parse(text) : null
  } catch {
    json = null
  }
  if (!res.ok) {
    const err = ApiError.safeParse(json)
    if (!err.success) throw new TemplateRefused(res.status, null, text.slice(0, 300) || `HTTP ${res.status}`, null, null)
    const detection = TemplateDetection.safeParse(err.data.error.details)
    const e = err.data.error
    throw new TemplateRefused(res.status, e.code, e.message, e.field ?? null, detection.success ? detection.data : null)
  }
  const parsed = schema.safeParse(json)
  if (!parsed.success) throw new TemplateRefused(res.status, 'bad_answer', `Unexpected answer from ${route}: ${parsed.error.issues[0]?.message ?? ''}`, null, null)
  return parsed.data
}

const json = (method: string, body: unknown): RequestInit => ({
  method,
  headers: { 'Content-Type': 'application/json' },
  body: JSON.stringify(body),
})

export const templatesApi = {
  /** `prompt` is sent as given: the sidecar names what is wrong with it (UI format, malformed node). */
  detect: (prompt: unknown, roles?: RoleOverrides) => call(TemplateDetection, '/templates/detect', json('POST', { prompt, roles })),
  list: async () => (await call(UserTemplateList, '/templates')).templates,
  create: (body: CreateTemplateBody) => call(UserTemplate, '/templates', json('POST', body)),
  update: (id: string, patch: UpdateTemplateBody) => call(UserTemplate, `/templates/${encodeURIComponent(id)}`, json('PUT', patch)),
  remove: async (id: string): Promise<void> => {
    const res = await fetchApi(`${SIDECAR_PREFIX}/templates/${encodeURIComponent(id)}`, { method: 'DELETE' })
    if (res.ok) return
    const err = ApiError.safeParse(await res.json().catch(() => null))
    throw new TemplateRefused(res.status, err.data?.error.code ?? null, err.data?.error.message ?? `HTTP ${res.status}`, err.data?.error.field ?? null, null)
  },
  /** The API prompt that made a segment's current take. */
  segmentPrompt: (jobId: number, idx: number) => call(SegmentPromptGraph, `/jobs/${jobId}/segments/${idx}/prompt-graph`),
}

export type TemplatesApi = typeof templatesApi
