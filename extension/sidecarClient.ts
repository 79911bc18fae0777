// The one door to the sidecar: a client derived from the sidecar's routes (hc<AppType>), so every
// path, body, query and answer type comes from the server. Requests go through ComfyUI's
// api.fetchApi: ComfyUI proxies /longvideo/* to the sidecar, and its base path (a reverse-proxy
// sub-path) and headers apply. Answers are still checked with the contract's zod schemas: they come
// from another process.
import { hc } from 'hono/client'
import type { ClientResponse } from 'hono/client'
import type { JSONParsed } from 'hono/utils/types'
import type { z } from 'zod/mini'
import type { AppType } from '../sidecar/api/app'
import { ApiError } from '../sidecar/contract'
import { errorMessage } from './domain/errorMessage'
import { apiURL, fetchApi } from './host'

/** ComfyUI's route to the sidecar; the sidecar's own routes start with /api. */
const SIDECAR_BASE = '/longvideo'
const SIDECAR_PREFIX = `${SIDECAR_BASE}/api`

/** A failed request: `status` null means the request never got an answer. */
export class SidecarError extends Error {
  constructor(
    readonly status: number | null,
    readonly code: string | null,
    message: string,
    readonly field: string | null = null,
    /** What the sidecar attached to the refusal (a template detection, zod issues). */
    readonly details: unknown = undefined
  ) {
    super(message)
    this.name = 'SidecarError'
  }
}

type Fetch = (route: string, init?: RequestInit) => Promise<Response>

export function createSidecarClient(fetch: Fetch = fetchApi) {
  return hc<AppType>(SIDECAR_BASE, { fetch: (input: RequestInfo | URL, init?: RequestInit) => fetch(String(input), init) }).api
}

export type SidecarClient = ReturnType<typeof createSidecarClient>

/** The client the panel uses: every call goes through the host's fetchApi of the moment. */
export const sidecar: SidecarClient = createSidecarClient()

/** The JSON a route answers on success, as the route's type says. */
type JsonOf<R> = R extends ClientResponse<infer T, infer _S, 'json'> ? T : never
/** A schema agrees with a route when what it produces, sent as JSON, is what the route answers. */
type Agrees<T, R> = [JSONParsed<T>] extends [JsonOf<R>] ? unknown : { schemaError: 'the schema does not produce what this route answers' }

async function errorFrom(res: Response): Promise<SidecarError> {
  const text = await res.text().catch(() => '')
  let json: unknown = null
  try {
    json = JSON.parse(text)
  } catch {
    json = null
  }
  const body = ApiError.safeParse(json)
  if (!body.success) return new SidecarError(res.status, null, text.slice(0, 300) || `HTTP ${res.status} ${res.statusText}`)
  const e = body.data.error
  return new SidecarError(res.status, e.code, e.message, e.field ?? null, e.details)
}

/** Sends a request; a refusal becomes a SidecarError carrying the sidecar's code, message and field. */
export async function send<R extends Response>(request: Promise<R>): Promise<R> {
  let res: R
  try {
    res = await request
  } catch (e) {
    throw new SidecarError(null, 'network', errorMessage(e))
  }
  if (!res.ok) throw await errorFrom(res)
  return res
}

/** The JSON of a successful answer, checked with `schema` (for routes outside the sidecar too). */
export async function checked<T>(request: Promise<Response>, schema: z.ZodMiniType<T>): Promise<T> {
  const res = await send(request)
  const parsed = schema.safeParse(await res.json().catch(() => undefined))
  if (!parsed.success) {
    throw new SidecarError(res.status, 'bad_answer', `Unexpected answer from ${res.url || 'the sidecar'}: ${parsed.error.issues[0]?.message ?? ''}`)
  }
  return parsed.data
}

/**
 * The answer of a sidecar request, checked with `schema`. The schema must produce the type the route
 * answers, so the contract and the routes cannot drift apart without a type error here.
 */
export function answer<R extends ClientResponse<unknown, number, 'json'>, T>(
  request: Promise<R>,
  schema: z.ZodMiniType<T> & Agrees<T, R>
): Promise<T> {
  return checked(request, schema)
}

/** URL of a sidecar path (as the sidecar gives it, relative to /api) on ComfyUI's origin. */
export function sidecarURL(path: string): string {
  return apiURL(`${SIDECAR_PREFIX}${path.startsWith('/') ? path : `/${path}`}`)
}
