// Jobs: create and update bodies, the job as the API answers it, and the job list.
import { z } from 'zod/mini'
import { MAX_NAME, MAX_SEGMENTS_PER_JOB, MAX_TEXT, plainText } from './common'
import { FinalizeBody, FinalVideo } from './finalize'
import { JobParameters, JobParametersInput, JobStatus, PlannedPrompt, SegmentLoras } from './parameters'
import { Segment } from './segments'

export const CreateJobBody = z.object({
  name: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME)), { singleLine: true }),
  /** A file name in ComfyUI's input folder, or null for a text-to-video first segment. */
  input_image: z.nullable(plainText(z.string().check(z.minLength(1), z.maxLength(512)), { singleLine: true })),
  prompt: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT))),
  negative_prompt: z.optional(plainText(z.string().check(z.maxLength(MAX_TEXT)))),
  preset: z.optional(plainText(z.string().check(z.minLength(1), z.maxLength(120)), { singleLine: true })),
  parameters: z.optional(JobParametersInput),
  /** LoRAs of the first segment (defaults to parameters.loras). */
  loras: z.optional(SegmentLoras),
  planned_prompts: z.optional(z.array(z.union([plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT))), PlannedPrompt])).check(z.maxLength(MAX_SEGMENTS_PER_JOB - 1))),
  /** false keeps the job as a draft that can still be edited (PUT) before it runs. */
  start: z.optional(z.boolean()),
  /** The start-image set (POST /api/start-images) input_image was chosen from: it is kept with the job. */
  start_images: z.optional(z.number().check(z.int(), z.gte(1))),
  /** The client's id for this create request: sending it again answers the job it already made. */
  request_id: z.optional(z.string().check(z.regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -'))),
})
export type CreateJobBody = z.infer<typeof CreateJobBody>

export const UpdateJobBody = z.partial(CreateJobBody)
export type UpdateJobBody = z.infer<typeof UpdateJobBody>

export const SegmentCounts = z.object({
  total: z.number().check(z.int()),
  planned: z.number().check(z.int()),
  queued: z.number().check(z.int()),
  running: z.number().check(z.int()),
  done: z.number().check(z.int()),
  failed: z.number().check(z.int()),
  cancelled: z.number().check(z.int()),
})
export type SegmentCounts = z.infer<typeof SegmentCounts>

/**
 * A job as the job list shows it: the job and its segments counted, without its finals and finalize
 * options (GET /api/jobs/{id} has them), so a page of hundreds of jobs stays small.
 */
export const JobListItem = z.object({
  id: z.number().check(z.int()),
  name: z.string(),
  status: JobStatus,
  preset: z.string(),
  input_image: z.nullable(z.string()),
  prompt: z.string(),
  negative_prompt: z.string(),
  parameters: JobParameters,
  error: z.nullable(z.string()),
  counts: SegmentCounts,
  /** A sidecar URL path (relative to /api) of a small image for lists, or null. */
  thumbnail: z.nullable(z.string()),
  created_at: z.string(),
  updated_at: z.string(),
  /** How many segments are stale (see Segment.stale): re-run them or keep them. */
  stale_segments: z.number().check(z.int()),
  /** The effective drift warning threshold. */
  drift_threshold: z.number(),
  /** The effective seam meter warning threshold. */
  seam_threshold: z.number(),
})
export type JobListItem = z.infer<typeof JobListItem>

export const Job = z.extend(JobListItem, {
  /** Newest stitched file, if any; finals lists every finalize of this job. */
  final_video: z.nullable(FinalVideo),
  finals: z.array(FinalVideo),
  /**
   * The finalize form's options (joins, trims, export) as last saved (PUT /jobs/{id}/finalize-options)
   * or used by a finalize; null before either. They come back after a reopen or a reload.
   */
  finalize_options: z.nullable(FinalizeBody),
})
export type Job = z.infer<typeof Job>

/** What the job list shows of a whole job (GET /api/jobs/{id}, the job event): its JobListItem fields. */
export function listItemOf(job: Job): JobListItem {
  const { finals: _finals, final_video: _final, finalize_options: _options, ...item } = job
  return item
}

export const JobWithSegments = z.extend(Job, { segments: z.array(Segment) })
export type JobWithSegments = z.infer<typeof JobWithSegments>

export const JobList = z.object({ jobs: z.array(JobListItem), total: z.number().check(z.int()) })
export type JobList = z.infer<typeof JobList>

export const JobListQuery = z.object({
  status: z.optional(JobStatus),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(500)), 100),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
})
