// What the fault suite checks after a job: every planned segment done once, the final's exact frames.
import path from 'node:path'
import type { JobWithSegments } from '../sidecar/contract'
import type { PromptLogEntry } from '../sidecar/sim/simComfy'
import { countFrames } from '../sidecar/video'
import { call, getJob, waitFor } from './httpApi'

export interface JobOutcome {
  status: string
  segments_done: number
  segments_lost: number
  /** Segments whose prompt ComfyUI accepted more than once (from the sim's promptLog). */
  segments_submitted_twice: number
  accepted_prompts: number
  final_frames: number | null
  expected_frames: number
  exact_frames: boolean
  error: string | null
}

/** Which segment a prompt belongs to, by the planned text `${name} segment N` it carries. */
function segmentOf(entry: PromptLogEntry, name: string, count: number): number | null {
  const text = JSON.stringify(entry.body)
  for (let n = count; n >= 1; n--) if (text.includes(`${name} segment ${n}"`)) return n - 1
  return null
}

export async function finalizeAndCheck(
  base: string,
  outputDir: string,
  log: PromptLogEntry[],
  jobId: number,
  name: string,
  segments: number,
  framesPerSegment = 9,
  timeoutMs = 120_000
): Promise<JobOutcome> {
  const ready = await waitFor(() => getJob(base, jobId), (j) => j.status === 'awaiting_prompt' || j.status === 'failed' || j.status === 'cancelled', `job ${jobId} to finish its segments`, timeoutMs)
  let job: JobWithSegments = ready
  if (ready.status === 'awaiting_prompt') {
    await call(base, 'POST', `/api/jobs/${jobId}/finalize`)
    job = await waitFor(() => getJob(base, jobId), (j) => j.status === 'completed' || j.status === 'failed' || (j.status === 'awaiting_prompt' && j.error !== null), `job ${jobId} to finalize`, timeoutMs)
  }
  const done = job.segments.filter((s) => s.status === 'done').length
  const runs = new Map<number, number>()
  const accepted = log.filter((l) => l.httpStatus === 200)
  for (const l of accepted) {
    const idx = segmentOf(l, name, segments)
    if (idx !== null) runs.set(idx, (runs.get(idx) ?? 0) + 1)
  }
  const file = job.final_video?.file
  const frames = file ? await countFrames(path.join(outputDir, file.subfolder, file.filename), 'ffmpeg') : null
  const expected = framesPerSegment + (segments - 1) * (framesPerSegment - 1)
  return {
    status: job.status,
    segments_done: done,
    segments_lost: segments - done,
    segments_submitted_twice: [...runs.values()].filter((n) => n > 1).length,
    accepted_prompts: accepted.length,
    final_frames: frames,
    expected_frames: expected,
    exact_frames: frames === expected,
    error: job.error,
  }
}
