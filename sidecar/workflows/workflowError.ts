// A domain error of this folder: a code, a message a user can act on, and the field it concerns.

export type WorkflowErrorCode = 'invalid_template' | 'bad_binding'

export class WorkflowError extends Error {
  override readonly name = 'WorkflowError'
  constructor(
    readonly code: WorkflowErrorCode,
    message: string,
    readonly field?: string
  ) {
    super(message)
  }
}
