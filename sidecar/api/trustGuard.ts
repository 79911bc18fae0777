// The HTTP trust boundary: who may call the sidecar, with what Content-Type, and how large a body.
// Browsers reach the sidecar only through ComfyUI's proxy (which applies ComfyUI's own origin
// checks and adds the per-start secret); any web page the user visits can also send "simple"
// requests to a loopback port, and a DNS-rebinding page can even read the answers. So a request
// without the secret must name this sidecar in its Host and come from no other origin.
import { createHash, timingSafeEqual } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import { isIP } from 'node:net'
import type { Socket } from 'node:net'
import type { Context, MiddlewareHandler } from 'hono'
import { bodyLimit } from 'hono/body-limit'

/** The header ComfyUI's proxy (and the demo page) adds to every request it forwards. */
export const SECRET_HEADER = 'x-longvideo-secret'

export interface TrustOptions {
  /** Shared with the proxy in front of the sidecar; never in a URL or a process argument. */
  secret: string
  /** The address the sidecar listens on (known once it listens). */
  listening: () => { host: string; port: number }
}

export interface BodyLimits {
  /** Any body other than an upload (they are all JSON). */
  jsonBytes: number
  /** The multipart body of POST /api/upload (the image plus the form's own bytes). */
  uploadBytes: number
}

/** Route of the one multipart body; every other body is JSON. */
export const UPLOAD_PATH = '/api/upload'
/** Answers without the secret: it changes nothing and tells a script or a person whether the sidecar is up. */
const OPEN_PATHS = new Set(['/api/health'])

export type Refusal = { status: 403 | 415; code: 'forbidden' | 'unsupported_media_type'; field: string; message: string }

const WILDCARDS = new Set(['0.0.0.0', '::', '[::]', ''])

function digest(text: string): Buffer {
  return createHash('sha256').update(text).digest()
}

/** Constant-time comparison (hashing first makes the lengths equal). */
export function secretMatches(given: string | undefined, secret: string): boolean {
  return given !== undefined && timingSafeEqual(digest(given), digest(secret))
}

/** The host name of a Host header or URL authority ("[::1]:80" -> "::1", "a.b:1" -> "a.b"). */
export function hostName(authority: string): string {
  const a = authority.trim().toLowerCase()
  if (a.startsWith('[')) return a.slice(1, a.indexOf(']') > 0 ? a.indexOf(']') : undefined)
  const colon = a.indexOf(':')
  return (colon >= 0 && a.indexOf(':', colon + 1) < 0 ? a.slice(0, colon) : a).replace(/\.$/, '')
}

function isLoopbackName(name: string): boolean {
  if (name === 'localhost' || name === '::1') return true
  return isIP(name) === 4 && name.startsWith('127.')
}

/**
 * Whether `name` (from a Host header or an Origin) is an address of this sidecar. A DNS-rebinding page
 * can only send a host *name* it controls; IP literals cannot be rebound, so when the sidecar listens on
 * every interface any IP literal is one of its addresses.
 */
export function isOwnHostName(name: string, bindHost: string): boolean {
  const bind = hostName(bindHost)
  if (isLoopbackName(name)) return true
  if (WILDCARDS.has(bindHost) || WILDCARDS.has(bind)) return isIP(name) !== 0
  return name === bind
}

function isOwnOrigin(origin: string, bindHost: string, port: number): boolean {
  let url: URL
  try {
    url = new URL(origin)
  } catch {
    return false // "null" (a sandboxed or file page) and anything unparsable
  }
  const urlPort = url.port === '' ? (url.protocol === 'https:' ? 443 : 80) : Number(url.port)
  return url.protocol === 'http:' && urlPort === port && isOwnHostName(hostName(url.host), bindHost)
}

export interface RequestFacts {
  method: string
  path: string
  host: string | undefined
  origin: string | undefined
  secret: string | undefined
}

/** Why a request may not reach the API, or null when it may. */
export function refusalOf(r: RequestFacts, trust: TrustOptions): Refusal | null {
  if (secretMatches(r.secret, trust.secret)) return null
  const { host: bindHost, port } = trust.listening()
  const forbidden = (field: string, message: string): Refusal => ({ status: 403, code: 'forbidden', field, message })
  if (r.secret !== undefined) return forbidden(SECRET_HEADER, `${SECRET_HEADER}: wrong secret`)
  if (r.host !== undefined && !isOwnHostName(hostName(r.host), bindHost)) {
    return forbidden('host', `host: "${r.host.slice(0, 200)}" is not an address of this sidecar (a DNS-rebinding page?); call it at 127.0.0.1 or localhost`)
  }
  if (r.origin !== undefined) {
    if (isOwnOrigin(r.origin, bindHost, port)) return null
    return forbidden('origin', `origin: requests from ${r.origin.slice(0, 200)} are refused; the panel reaches the sidecar through ComfyUI (/longvideo/...)`)
  }
  if ((r.method === 'GET' || r.method === 'HEAD') && OPEN_PATHS.has(r.path)) return null
  return forbidden(
    SECRET_HEADER,
    `${SECRET_HEADER}: this sidecar answers ComfyUI's proxy, which sends the X-LongVideo-Secret header; ` +
      'a sidecar started by hand prints its secret when it starts (or takes it from LONGVIDEO_SECRET)'
  )
}

/** The media type of a Content-Type header, without parameters. */
function mediaType(contentType: string | undefined): string {
  return (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? ''
}

/** Whether the request carries a body (a framed length above 0, or a chunked one of unknown length). */
function hasBody(c: Context): boolean {
  if (c.req.header('transfer-encoding') !== undefined) return true
  const length = Number(c.req.header('content-length') ?? '0')
  return !Number.isFinite(length) || length > 0
}

/** JSON routes take only application/json: a text/plain body is what a foreign page can send without asking. */
export function contentTypeRefusal(path: string, contentType: string | undefined): Refusal | null {
  const expected = path === UPLOAD_PATH ? 'multipart/form-data' : 'application/json'
  const got = mediaType(contentType)
  if (got === expected) return null
  return {
    status: 415,
    code: 'unsupported_media_type',
    field: 'content-type',
    message: `content-type: send ${expected}${got ? ` (got ${got.slice(0, 100)})` : ''}`,
  }
}

/** A refusal before the body is read ends the connection when a body is coming (its size is not checked yet). */
function refuse(c: Context, r: Refusal, withBody = false): Response {
  const answer = c.json({ error: { code: r.code, message: r.message, field: r.field } }, r.status)
  if (withBody) closeAfterAnswer(c, answer)
  return answer
}

/** Host, origin and secret checks (only when `trust` is given), then Content-Type, then body size while it streams. */
export function trustGuard(trust: TrustOptions | null, limits: BodyLimits): MiddlewareHandler {
  // The rest of a refused body is never read, so the connection cannot carry another request: the answer
  // says so (a keep-alive client would otherwise send its next request on a socket about to close).
  const tooLarge = (field: string, bytes: number) => (c: Context) => {
    closeAfterAnswer(c)
    return c.json({ error: { code: 'payload_too_large', message: `${field}: the body is over ${megabytes(bytes)}`, field } }, 413, { connection: 'close' })
  }
  const jsonLimit = bodyLimit({ maxSize: limits.jsonBytes, onError: tooLarge('body', limits.jsonBytes) })
  const uploadLimit = bodyLimit({ maxSize: limits.uploadBytes, onError: tooLarge('image', limits.uploadBytes) })
  return async (c, next) => {
    const withBody = c.req.method !== 'GET' && c.req.method !== 'HEAD' && hasBody(c)
    if (trust) {
      const refusal = refusalOf(
        { method: c.req.method, path: c.req.path, host: c.req.header('host'), origin: c.req.header('origin'), secret: c.req.header(SECRET_HEADER) },
        trust
      )
      if (refusal) return refuse(c, refusal, withBody)
    }
    if (!withBody) return next()
    const wrongType = contentTypeRefusal(c.req.path, c.req.header('content-type'))
    if (wrongType) return refuse(c, wrongType, true)
    // Hono's bodyLimit counts a chunked body as it arrives and stops reading past the limit.
    const refused = await (c.req.path === UPLOAD_PATH ? uploadLimit : jsonLimit)(c, next)
    if (refused instanceof Response) return refused
    await dropUnreadBody(c)
  }
}

function incomingOf(c: Context): IncomingMessage | undefined {
  return (c.env as { incoming?: IncomingMessage } | undefined)?.incoming
}

/** The answer ends the connection (a body of unknown size is left unread on it). */
function closeAfterAnswer(c: Context, res?: Response): void {
  const socket = incomingOf(c)?.socket
  if (socket) lingerBeforeClose(socket)
  res?.headers.set('connection', 'close')
}

/**
 * A route that answered without reading the body (a 400 for a bad id) leaves it on the connection,
 * where it would block the next request; read and drop it (the limit bounds its size) before answering.
 * A body a route read in part cannot be finished here: that answer closes the connection.
 */
async function dropUnreadBody(c: Context): Promise<void> {
  const body = c.req.raw.body
  if (body && !body.locked) {
    try {
      const reader = body.getReader()
      while (!(await reader.read()).done) {
        // dropped
      }
      return
    } catch {
      // The client went away: nothing is left to keep.
    }
  }
  const incoming = incomingOf(c)
  if (incoming && !incoming.complete) {
    if (!c.res.headers.has('connection')) c.res = new Response(c.res.body, c.res)
    closeAfterAnswer(c, c.res)
  }
}

/** How long a refused connection keeps reading (and dropping) what the client still sends. */
const LINGER_MS = 2000

/**
 * Node ends a `Connection: close` socket once the answer is flushed and then destroys it. A client still
 * writing the refused body would get a reset, and a reset can discard the answer before the client reads
 * it. So this socket half-closes instead, drops what still arrives until the client closes its side
 * (it has read the answer) or LINGER_MS pass, then closes: the lingering close of HTTP servers.
 */
function lingerBeforeClose(socket: Socket): void {
  let lingering = false
  socket.destroySoon = function lingeringClose(this: Socket): void {
    if (lingering) return
    lingering = true
    if (this.writable) this.end()
    const timer = setTimeout(() => this.destroy(), LINGER_MS)
    timer.unref()
    this.once('close', () => clearTimeout(timer))
    this.once('end', () => this.destroy())
    this.resume()
  }
}

function megabytes(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${Math.round((bytes / (1024 * 1024)) * 10) / 10} MiB` : `${Math.round(bytes / 1024)} KiB`
}
