// Error answers: every failure is JSON {error: {code, message, field, details}}; the status comes
// from the code here and nowhere else; never a stack trace.
import type { Context } from 'hono'
import type { ContentfulStatusCode } from 'hono/utils/http-status'
import type { z } from 'zod'
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

/** Parses with zod; the first issue becomes a 400 naming the field (prefixed by where it came from). */
export function parse<T extends z.ZodType>(schema: T, value: unknown, where: string): z.infer<T> {
  const r = schema.safeParse(value)
  if (r.success) return r.data
  const issue = r.error.issues[0]
  const field = [where, ...(issue?.path ?? []).map(String)].filter(Boolean).join('.')
  // A body that is not even an object has no path: name the body itself.
  const name = field || where || 'body'
  throw new DomainError('bad_request', `${name}: ${issue?.message ?? 'invalid'}`, name, r.error.issues)
}

/** The JSON body; an empty one reads as {} (commands without options) unless `required` (updates). */
export async function jsonBody(c: Context, required = false): Promise<unknown> {
  const text = await c.req.text()
  if (text.trim() === '') {
    if (required) throw new DomainError('bad_request', 'body: send a JSON object with the fields to change', 'body')
    return {}
  }
  try {
    return JSON.parse(text) as unknown
  } catch {
    throw new DomainError('bad_request', 'the request body is not valid JSON', 'body')
  }
}
