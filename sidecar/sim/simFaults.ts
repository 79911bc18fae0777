// The faults a simulated ComfyUI can be told to inject (SimComfy.setFaults, SimOptions.faults).

/**
 * Faults fire once each. N counts the prompts that start executing after the faults were set
 * (1 = the next prompt to run).
 */
export interface SimFaults {
  /** execution_error (RuntimeError) at the first sampler (or first executed node) of the Nth prompt. */
  errorOnPrompt?: number
  /** torch.OutOfMemoryError at the first sampler of the Nth prompt. */
  oomOnPrompt?: number
  /** Every WebSocket is dropped halfway through the Nth prompt (the prompt itself goes on). */
  dropSocketOnPrompt?: number
  /**
   * The next N POST /prompt answer HTTP 500 with a plain-text body, as the real server does for some
   * failures (invalid JSON on 0.3.x), and queue nothing. Counted from setFaults, not per prompt run.
   */
  serverErrorOnSubmit?: number
  /** The process dies (kill()) on the first GET /view of a file whose name starts with this, before answering it. */
  killOnViewOf?: string
  /**
   * The next POST /prompt is validated this long after it arrived: its connection stays open and
   * nothing is queued until then, while /queue and /history answer at once. Real ComfyUI awaits
   * execution.validate_prompt in post_prompt, so its event loop answers those reads meanwhile.
   */
  validationDelayMs?: number
}
