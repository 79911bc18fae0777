// Errors: a domain error (a code, a message a user can act on, the field it concerns) and the JSON
// every error answer has. The HTTP layer maps the code to a status in one place (api/errors.ts).
import { z } from 'zod/mini'

export type DomainErrorCode =
  | 'bad_request'
  | 'not_found'
  | 'conflict'
  | 'unsupported_media_type'
  | 'payload_too_large'
  | 'comfyui_unreachable'
  | 'comfyui_error'

export class DomainError extends Error {
  override readonly name = 'DomainError'
  constructor(
    readonly code: DomainErrorCode,
    message: string,
    readonly field?: string,
    readonly details?: unknown
  ) {
    super(message)
  }
}

/** Every error answer: a code, a message a user can act on, and the field it concerns. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.optional(z.string()),
    details: z.optional(z.unknown()),
  }),
})
export type ApiError = z.infer<typeof ApiError>
