// The engine's plain data: a job with its segments and final files, as the state machine sees them.
import type {
  FileRef,
  FinalVideo,
  JobParameters,
  JobStatus,
  SegmentError,
  SegmentLoras,
  SegmentStatus,
} from '../api/schemas'

export interface SegmentRecord {
  job_id: number
  idx: number
  status: SegmentStatus
  prompt: string
  negative_prompt: string | null
  seed: number
  loras: SegmentLoras
  /** Chosen by us and stored before POST /prompt, so a restart can find the prompt again. */
  prompt_id: string | null
  /** ComfyUI answered 200 to POST /prompt for prompt_id (an unanswered submit is not an attempt). */
  accepted: boolean
  start_image: string | null
  video: FileRef | null
  last_frame: FileRef | null
  frames: number | null
  execution_ms: number | null
  attempts: number
  error: SegmentError | null
  created_at: string
  started_at: string | null
  finished_at: string | null
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
  created_at: string
  updated_at: string
}

export interface JobState {
  job: JobRecord
  /** Ordered by idx, contiguous from 0. */
  segments: SegmentRecord[]
  finals: FinalVideo[]
}

/** What a new or rewritten planned segment carries (seed already resolved). */
export interface PlannedSegment {
  prompt: string
  negative_prompt: string | null
  seed: number
  loras: SegmentLoras
}

/** ComfyUI gives up on a prompt it keeps forgetting after this many accepted submissions. */
export const MAX_ATTEMPTS = 3

/** LoadImage value that reads a file from ComfyUI's output folder without re-uploading it. */
export function outputImageRef(file: FileRef): string {
  const path = file.subfolder ? `${file.subfolder}/${file.filename}` : file.filename
  return `${path} [${file.type}]`
}
