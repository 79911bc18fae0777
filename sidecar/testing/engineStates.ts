// Plain job states for the state machine's rule tests (machine, jobEvents, runEvents, takeEvents, takes):
// the job around the segments, the parameters, the clock and the "this step was allowed" check.
import type { JobParameters, JobState, JobStatus, SegmentRecord, TakeRecord } from '../contract'
import type { StepResult } from '../engine/engineEvents'

export const AT = '2025-01-01T00:00:00.000Z'
export const LATER = '2025-01-01T00:01:00.000Z'

export const testParams: JobParameters = {
  width: 64, height: 64, fps: 16, frames: 9, steps: 4, cfg: 1, seed: 1, seed_mode: 'fixed',
  models: {}, loras: { high: [], low: [] }, options: {},
}

/** A segment's plan: its prompt and seed, no negative, no LoRAs. */
export const plannedRun = (prompt: string, seed = 7) => ({ prompt, negative_prompt: null, seed, loras: { high: [], low: [] } })

/** A file in ComfyUI's output folder, in our subfolder. */
export const outputFile = (filename: string) => ({ filename, subfolder: 'longvideo', type: 'output' as const })

/** Job 1 (or `extra.id`) holding these segments and takes; its segments carry its id. */
export function jobState(status: JobStatus, segments: SegmentRecord[], takes: TakeRecord[] = [], extra: Partial<JobState['job']> = {}): JobState {
  const job = { id: 1, name: 'j', status, preset: 'p', input_image: 'start.png', prompt: 'p0', negative_prompt: '', parameters: testParams, error: null, created_at: AT, updated_at: AT, ...extra }
  return { job, segments: extra.id === undefined ? segments : segments.map((s) => ({ ...s, job_id: job.id })), takes, finals: [] }
}

/** The step's result when the machine allowed it; a refusal fails the test with its message. */
export function allowed(r: StepResult): Extract<StepResult, { ok: true }> {
  if (!r.ok) throw new Error(`refused: ${r.refusal.message}`)
  return r
}
