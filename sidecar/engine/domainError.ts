// A domain error: a code, a message a user can act on, and the field it concerns. The HTTP layer
// maps the code to a status in one place.
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
