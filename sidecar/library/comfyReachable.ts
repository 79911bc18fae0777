// Library calls to ComfyUI fail as domain errors (503/502 with a message), not as internal errors.
import { ComfyBadAnswer, ComfyUnreachable } from '../comfy/comfyClient'
import { DomainError } from '../engine/domainError'

export async function fromComfy<T>(call: Promise<T>): Promise<T> {
  try {
    return await call
  } catch (err) {
    if (err instanceof ComfyUnreachable) throw new DomainError('comfyui_unreachable', err.message)
    if (err instanceof ComfyBadAnswer) throw new DomainError('comfyui_error', err.message)
    throw err
  }
}
