// Forwards one HTTP request to an upstream server and streams the answer back unbuffered
// (server-sent events, Range requests and uploads pass through as they are).
import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'

// Hop-by-hop headers belong to one connection and are never forwarded (RFC 9110 §7.6.1).
const HOP_BY_HOP = new Set([
  'connection',
  'keep-alive',
  'proxy-authenticate',
  'proxy-authorization',
  'te',
  'trailer',
  'transfer-encoding',
  'upgrade',
  'host',
])

function forwardable(headers: http.IncomingHttpHeaders, drop: ReadonlySet<string> = new Set()): http.OutgoingHttpHeaders {
  const out: http.OutgoingHttpHeaders = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined && !HOP_BY_HOP.has(name.toLowerCase()) && !drop.has(name.toLowerCase())) out[name] = value
  }
  return out
}

export interface ForwardOptions {
  /** Headers added to the request (the sidecar's secret), replacing any the browser sent. */
  add?: Record<string, string>
  /** Request headers not forwarded (lower case). */
  drop?: string[]
}

/** Sends `req` to `upstream` + `pathAndQuery`; answers 502 JSON when the upstream cannot be reached. */
export function forward(req: IncomingMessage, res: ServerResponse, upstream: URL, pathAndQuery: string, options: ForwardOptions = {}): void {
  const target = new URL(pathAndQuery, upstream)
  const add = options.add ?? {}
  const drop = new Set([...(options.drop ?? []), ...Object.keys(add).map((h) => h.toLowerCase())])
  const outgoing = http.request(
    target,
    { method: req.method, headers: { ...forwardable(req.headers, drop), ...add, host: target.host } },
    (answer) => {
      res.writeHead(answer.statusCode ?? 502, answer.statusMessage, forwardable(answer.headers))
      // Event streams must reach the browser as each event is written.
      if (String(answer.headers['content-type'] ?? '').startsWith('text/event-stream')) res.flushHeaders()
      answer.pipe(res)
      answer.on('error', () => res.destroy())
    }
  )
  outgoing.on('error', (err) => {
    if (res.headersSent) {
      res.destroy()
      return
    }
    res.writeHead(502, { 'Content-Type': 'application/json' })
    res.end(JSON.stringify({ error: { code: 'sidecar_not_running', message: `upstream ${upstream.origin}: ${err.message}` } }))
  })
  // A closed browser tab ends the upstream request too (important for the events stream).
  res.on('close', () => outgoing.destroy())
  req.pipe(outgoing)
}
