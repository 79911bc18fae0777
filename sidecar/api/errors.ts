// Error answers: every failure is JSON {error: {code, message, field, details}}; the status comes
// from the code here and nowhere else; never a stack trace.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import { DomainError } from '../contract'
import type { DomainErrorCode } from '../contract'
import type { Logger } from '../log'
import { PathRefused } from '../library/confinedPath'
import { ComfyBadAnswer, ComfyUnreachable } from '../comfy/comfyClient'

const STATUS: Record<DomainErrorCode, ContentfulStatusCode> = {
  bad_request: 400,
  not_found: 404,
  conflict: 409,
  unsupported_media_type: 415,
  payload_too_large: 413,
  comfyui_unreachable: 503,
  comfyui_error: 502,
}

export function errorResponse(c: Context, err: unknown, log: Logger): Response {
  if (err instanceof DomainError) {
    return c.json(
      { error: { code: err.code, message: err.message, ...(err.field ? { field: err.field } : {}), ...(err.details !== undefined ? { details: err.details } : {}) } },
      STATUS[err.code]
    )
  }
  if (err instanceof PathRefused) return c.json({ error: { code: 'bad_request', message: err.message, field: err.field } }, 400)
  // ComfyUI being down or answering oddly is not our internal error: say so, with its message.
  if (err instanceof ComfyUnreachable) return c.json({ error: { code: 'comfyui_unreachable', message: err.message } }, STATUS.comfyui_unreachable)
  if (err instanceof ComfyBadAnswer) return c.json({ error: { code: 'comfyui_error', message: err.message } }, STATUS.comfyui_error)
  log.error(`${c.req.method} ${c.req.path}: ${err instanceof Error ? (err.stack ?? err.message) : String(err)}`)
  return c.json({ error: { code: 'internal', message: 'internal error; see the sidecar log' } }, 500)
}
