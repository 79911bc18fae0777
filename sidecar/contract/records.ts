// The records the engine and the store share: a job with its segments and final files, as the state machine sees them.
import { z } from 'zod/mini'
import type { FileRef } from './common'
import type { FinalizeBody, FinalVideo } from './finalize'
import type { JobParameters, JobStatus, SeamMode, SegmentLoras, SegmentStatus } from './parameters'
import type { SegmentError } from './segments'

/** The nodes of a bound prompt whose outputs are the segment's video and its last frame. */
export const OutputNodes = z.object({
  video: z.string(),
  last_frame: z.string(),
  /** The SaveAnimatedPNG of the run's last frames (the motion/SVI hand-off); absent on runs bound before. */
  tail: z.optional(z.nullable(z.string())),
})
export type OutputNodes = z.infer<typeof OutputNodes>

/** One run of a segment's workflow in ComfyUI: what a take is, and what a segment shows of its current take. */
export interface RunRecord {
  status: SegmentStatus
  prompt: string
  negative_prompt: string | null
  seed: number
  loras: SegmentLoras
  /** Chosen by us and stored before POST /prompt, so a restart can find the prompt again. */
  prompt_id: string | null
  /** ComfyUI answered 200 to POST /prompt for prompt_id (an unanswered submit is not an attempt). */
  accepted: boolean
  /**
   * Where prompt_id's outputs are, stored when it was bound (before POST /prompt) so its completion
   * does not bind the workflow again; null before that, and on runs submitted before migration 7.
   */
  output_nodes: OutputNodes | null
  start_image: string | null
  /** The previous take's last frame when the colour guard sent a corrected copy (start_image) instead. */
  start_source: string | null
  video: FileRef | null
  last_frame: FileRef | null
  frames: number | null
  /** The hand-off this run started from and how many frames of the segment before it re-rendered. */
  seam_mode: SeamMode
  carry: number
  /** The run's last frames as a lossless APNG (the next motion/SVI hand-off). */
  tail: FileRef | null
  /** Seam meter of the join into this run, measured against take `seam_ref` of the segment before. */
  seam: number | null
  seam_ref: number | null
  execution_ms: number | null
  /** Id of the ComfyUI backend the prompt is on or was made on (null: before backends were recorded, i.e. 'main'). */
  backend: string | null
  attempts: number
  error: SegmentError | null
  /** Mean-colour delta E (CIE76) of the last frame to the job's anchor, once measured. */
  drift: number | null
  created_at: string
  started_at: string | null
  finished_at: string | null
}

/**
 * A segment of the chain. Its run fields are its current take: the one that counts once done, or
 * the one being made when it is planned, queued or running. Every finished run is also kept as a take.
 */
export interface SegmentRecord extends RunRecord {
  job_id: number
  idx: number
  take: number
  locked: boolean
  stale: boolean
}

/** A take kept beside the chain: an archived finished run, or a candidate run for the same segment. */
export interface TakeRecord extends RunRecord {
  job_id: number
  idx: number
  take: number
}

export interface JobRecord {
  id: number
  name: string
  status: JobStatus
  preset: string
  input_image: string | null
  prompt: string
  negative_prompt: string
  parameters: JobParameters
  error: string | null
  /** The options of the finalize in progress (kept so a restart stitches the same way). */
  export_options?: FinalizeBody | null
  /** The finalize form's options as last saved or used, so they come back after a reopen or a reload. */
  finalize_options?: FinalizeBody | null
  /**
   * How many times the stitch of the finalize in progress was started (1 at finalize, +1 at each
   * sidecar start that finds it unfinished); past MAX_FINALIZE_ATTEMPTS the job stops finalizing.
   */
  finalize_attempts?: number
  /**
   * The chain waits before its next planned segment until the user continues it: set when planned segments
   * are added to a job whose chain had stopped (the timeline's insert), so an edit never starts a run.
   */
  held?: boolean
  created_at: string
  updated_at: string
}

export interface JobState {
  job: JobRecord
  /** Ordered by idx, contiguous from 0. */
  segments: SegmentRecord[]
  /** Every take of every segment, ordered by idx then take: finished runs and candidates. */
  takes: TakeRecord[]
  finals: FinalVideo[]
}

/** What a new or rewritten planned segment carries (seed already resolved). */
export interface PlannedSegment {
  prompt: string
  negative_prompt: string | null
  seed: number
  loras: SegmentLoras
}

/**
 * A finalize the sidecar stopped in the middle of (it exited while stitching) is started again at
 * most this many times in all, so a stitch that takes the process down cannot do so at every start.
 */
export const MAX_FINALIZE_ATTEMPTS = 3

/** ComfyUI gives up on a prompt it keeps forgetting after this many accepted submissions. */
export const MAX_ATTEMPTS = 3

/** LoadImage value that reads a file from ComfyUI's output folder without re-uploading it. */
export function outputImageRef(file: FileRef): string {
  const path = file.subfolder ? `${file.subfolder}/${file.filename}` : file.filename
  return `${path} [${file.type}]`
}

/** The file a LoadImage value of ComfyUI's input folder names ("x.png" or "sub/x.png", as a job's start image is stored). */
export function inputImageFile(value: string): FileRef {
  const slash = value.lastIndexOf('/')
  return { filename: value.slice(slash + 1), subfolder: slash >= 0 ? value.slice(0, slash) : '', type: 'input' }
}

/** The LoadImage value that loads a file: its path in the input folder, else outputImageRef. */
export function loadImageValue(file: FileRef): string {
  if (file.type !== 'input') return outputImageRef(file)
  return file.subfolder ? `${file.subfolder}/${file.filename}` : file.filename
}
