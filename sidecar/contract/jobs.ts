// Jobs: create and update bodies, the job as the API answers it, and the job list.
import { z } from 'zod'
import { MAX_NAME, MAX_SEGMENTS_PER_JOB, MAX_TEXT, plainText } from './common'
import { FinalVideo } from './finalize'
import { JobParameters, JobParametersInput, JobStatus, PlannedPrompt, SegmentLoras } from './parameters'
import { Segment } from './segments'

export const CreateJobBody = z.object({
  name: plainText(z.string().trim().min(1).max(MAX_NAME), { singleLine: true }),
  /** A file name in ComfyUI's input folder, or null for a text-to-video first segment. */
  input_image: plainText(z.string().min(1).max(512), { singleLine: true }).nullable(),
  prompt: plainText(z.string().trim().min(1).max(MAX_TEXT)),
  negative_prompt: plainText(z.string().max(MAX_TEXT)).optional(),
  preset: plainText(z.string().min(1).max(120), { singleLine: true }).optional(),
  parameters: JobParametersInput.optional(),
  /** LoRAs of the first segment (defaults to parameters.loras). */
  loras: SegmentLoras.optional(),
  planned_prompts: z.array(z.union([plainText(z.string().trim().min(1).max(MAX_TEXT)), PlannedPrompt])).max(MAX_SEGMENTS_PER_JOB - 1).optional(),
  /** false keeps the job as a draft that can still be edited (PUT) before it runs. */
  start: z.boolean().optional(),
  /** The client's id for this create request: sending it again answers the job it already made. */
  request_id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -').optional(),
})
export type CreateJobBody = z.infer<typeof CreateJobBody>

export const UpdateJobBody = CreateJobBody.partial()
export type UpdateJobBody = z.infer<typeof UpdateJobBody>

export const SegmentCounts = z.object({
  total: z.number().int(),
  planned: z.number().int(),
  queued: z.number().int(),
  running: z.number().int(),
  done: z.number().int(),
  failed: z.number().int(),
  cancelled: z.number().int(),
})
export type SegmentCounts = z.infer<typeof SegmentCounts>

export const Job = z.object({
  id: z.number().int(),
  name: z.string(),
  status: JobStatus,
  preset: z.string(),
  input_image: z.string().nullable(),
  prompt: z.string(),
  negative_prompt: z.string(),
  parameters: JobParameters,
  error: z.string().nullable(),
  counts: SegmentCounts,
  /** Newest stitched file, if any; finals lists every finalize of this job. */
  final_video: FinalVideo.nullable(),
  finals: z.array(FinalVideo),
  /** A sidecar URL path (relative to /api) of a small image for lists, or null. */
  thumbnail: z.string().nullable(),
  created_at: z.string(),
  updated_at: z.string(),
  /** How many segments are stale (see Segment.stale): re-run them or keep them. */
  stale_segments: z.number().int(),
  /** The effective drift warning threshold. */
  drift_threshold: z.number(),
  /** The effective seam meter warning threshold. */
  seam_threshold: z.number(),
})
export type Job = z.infer<typeof Job>

export const JobWithSegments = Job.extend({ segments: z.array(Segment) })
export type JobWithSegments = z.infer<typeof JobWithSegments>

export const JobList = z.object({ jobs: z.array(Job), total: z.number().int() })
export type JobList = z.infer<typeof JobList>

export const JobListQuery = z.object({
  status: JobStatus.optional(),
  limit: z.coerce.number().int().min(1).max(500).default(100),
  offset: z.coerce.number().int().min(0).default(0),
})
