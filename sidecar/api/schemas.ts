// The sidecar's HTTP contract: zod schemas for every body, query and answer, shared by the
// sidecar (validation) and the panel (types). JSON field names are snake_case.
import { z } from 'zod'

/** Largest seed that survives JSON in JavaScript (ComfyUI accepts up to 2^64-1). */
export const MAX_SEED = Number.MAX_SAFE_INTEGER
export const MAX_TEXT = 8000
export const MAX_NAME = 120

export const JOB_STATUSES = [
  'draft',
  'running',
  'awaiting_prompt',
  'finalizing',
  'completed',
  'failed',
  'cancelled',
] as const
export const JobStatus = z.enum(JOB_STATUSES)
export type JobStatus = z.infer<typeof JobStatus>

export const SEGMENT_STATUSES = ['planned', 'queued', 'running', 'done', 'failed', 'cancelled'] as const
export const SegmentStatus = z.enum(SEGMENT_STATUSES)
export type SegmentStatus = z.infer<typeof SegmentStatus>

export const Seed = z.number().int().min(0).max(MAX_SEED)

export const LoraRef = z.object({
  name: z.string().min(1).max(512),
  strength: z.number().min(-10).max(10).default(1),
})
export type LoraRef = z.infer<typeof LoraRef>

/** LoRAs per sampler pass: Wan2.2 14B has a high-noise and a low-noise model. */
export const SegmentLoras = z.object({
  high: z.array(LoraRef).max(16).default([]),
  low: z.array(LoraRef).max(16).default([]),
})
export type SegmentLoras = z.infer<typeof SegmentLoras>

export const ModelPair = z.object({
  high: z.string().min(1).max(512).optional(),
  low: z.string().min(1).max(512).optional(),
})
export type ModelPair = z.infer<typeof ModelPair>

/** Generation settings of a job; every field has a default from settings or the preset. */
export const JobParameters = z.object({
  width: z.number().int().min(16).max(4096),
  height: z.number().int().min(16).max(4096),
  fps: z.number().int().min(1).max(120),
  /** Frames per segment, always 4k+1 once resolved. */
  frames: z.number().int().min(5).max(1025),
  steps: z.number().int().min(1).max(200),
  cfg: z.number().min(0).max(30),
  /** Seed of the first segment; later segments derive theirs (see seed_mode). */
  seed: Seed,
  seed_mode: z.enum(['random', 'fixed', 'increment']),
  models: ModelPair,
  /** Default LoRAs for every segment of the job. */
  loras: SegmentLoras,
  /** Preset-specific tunables (e.g. DisTorch2 virtual_vram_gb, expert_mode_allocations). */
  options: z.record(z.string().max(64), z.union([z.string().max(500), z.number(), z.boolean()])),
})
export type JobParameters = z.infer<typeof JobParameters>

/** What a client may send: any subset, plus seconds_per_segment as an alternative to frames. */
export const JobParametersInput = JobParameters.partial().extend({
  seconds_per_segment: z.number().min(0.25).max(60).optional(),
})
export type JobParametersInput = z.infer<typeof JobParametersInput>

export const PlannedPrompt = z.object({
  prompt: z.string().trim().min(1).max(MAX_TEXT),
  negative_prompt: z.string().max(MAX_TEXT).optional(),
  seed: Seed.optional(),
  loras: SegmentLoras.optional(),
})
export type PlannedPrompt = z.infer<typeof PlannedPrompt>

export const CreateJobBody = z.object({
  name: z.string().trim().min(1).max(MAX_NAME),
  /** A file name in ComfyUI's input folder, or null for a text-to-video first segment. */
  input_image: z.string().min(1).max(512).nullable(),
  prompt: z.string().trim().min(1).max(MAX_TEXT),
  negative_prompt: z.string().max(MAX_TEXT).optional(),
  preset: z.string().min(1).max(120).optional(),
  parameters: JobParametersInput.optional(),
  /** LoRAs of the first segment (defaults to parameters.loras). */
  loras: SegmentLoras.optional(),
  planned_prompts: z.array(z.union([z.string().trim().min(1).max(MAX_TEXT), PlannedPrompt])).max(500).optional(),
  /** false keeps the job as a draft that can still be edited (PUT) before it runs. */
  start: z.boolean().optional(),
})
export type CreateJobBody = z.infer<typeof CreateJobBody>

export const UpdateJobBody = CreateJobBody.partial()
export type UpdateJobBody = z.infer<typeof UpdateJobBody>

export const SegmentPromptBody = PlannedPrompt
export type SegmentPromptBody = z.infer<typeof SegmentPromptBody>

/** A file in one of ComfyUI's folders, as ComfyUI's history reports it. */
export const FileRef = z.object({
  filename: z.string(),
  subfolder: z.string(),
  type: z.enum(['output', 'input', 'temp']),
})
export type FileRef = z.infer<typeof FileRef>

/** An error reported by ComfyUI, stored and shown verbatim. */
export const SegmentError = z.object({
  message: z.string(),
  node_id: z.string().nullable(),
  node_type: z.string().nullable(),
  exception_type: z.string().nullable(),
  exception_message: z.string().nullable(),
})
export type SegmentError = z.infer<typeof SegmentError>

export const Progress = z.object({
  value: z.number(),
  max: z.number(),
  node: z.string().nullable(),
})
export type Progress = z.infer<typeof Progress>

export const Segment = z.object({
  job_id: z.number().int(),
  idx: z.number().int(),
  status: SegmentStatus,
  prompt: z.string(),
  negative_prompt: z.string().nullable(),
  seed: Seed,
  loras: SegmentLoras,
  prompt_id: z.string().nullable(),
  /** LoadImage value this segment starts from ("x.png" or "<sub>/<file> [output]"); null for text-to-video. */
  start_image: z.string().nullable(),
  video: FileRef.nullable(),
  last_frame: FileRef.nullable(),
  /** Frames in this segment's own video (the first frame is left out for idx > 0). */
  frames: z.number().int().nullable(),
  execution_ms: z.number().int().nullable(),
  attempts: z.number().int(),
  error: SegmentError.nullable(),
  progress: Progress.nullable(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
})
export type Segment = z.infer<typeof Segment>

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

export const FinalVideo = z.object({
  file: FileRef,
  frames: z.number().int(),
  /** 'copy' when stream-copied, 'reencode' when segments differed in codec parameters. */
  mode: z.enum(['copy', 'reencode']),
  created_at: z.string(),
})
export type FinalVideo = z.infer<typeof FinalVideo>

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

export const QueueStatus = z.object({
  comfyui: z.object({
    url: z.string(),
    reachable: z.boolean(),
    error: z.string().nullable(),
    queue_running: z.number().int(),
    queue_pending: z.number().int(),
  }),
  /** Whether our queue takes new segments (POST /api/queue/start|stop). */
  accepting: z.boolean(),
  /** Our prompts currently in ComfyUI's queue. */
  ours: z.array(
    z.object({
      prompt_id: z.string(),
      job_id: z.number().int(),
      idx: z.number().int(),
      state: z.enum(['running', 'pending']),
    })
  ),
  current: z
    .object({
      job_id: z.number().int(),
      idx: z.number().int(),
      prompt_id: z.string(),
      node: z.string().nullable(),
      value: z.number(),
      max: z.number(),
      started_at: z.string(),
      /** Estimated ms left, from measured segment times; null until one is known. */
      eta_ms: z.number().nullable(),
    })
    .nullable(),
})
export type QueueStatus = z.infer<typeof QueueStatus>

export const Preset = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** i2v: needs a start image; t2v: text only; ti2v: either. */
  kind: z.enum(['i2v', 't2v', 'ti2v']),
  family: z.enum(['wan22_14b', 'wan22_5b']),
  defaults: JobParameters.omit({ models: true, loras: true, seed: true, seed_mode: true, options: true }),
  /** Tunables this preset exposes, bound into its template by role. */
  options: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.enum(['number', 'string', 'boolean']),
      default: z.union([z.string(), z.number(), z.boolean()]),
    })
  ),
  /** For an image-to-video preset: the preset that makes segment 0 when the job has no start image. */
  t2v_first: z.string().nullable(),
  models: z.object({
    /** ComfyUI model folder key the high (or only) model comes from, e.g. diffusion_models or unet_gguf. */
    folder: z.string(),
    high: z.string(),
    low: z.string().nullable(),
  }),
  /** Node classes the template needs (for a clear "node pack missing" message). */
  requires: z.array(z.string()),
})
export type Preset = z.infer<typeof Preset>

export const Settings = z.object({
  comfyui_url: z.string().url(),
  defaults: z.object({
    preset: z.string(),
    width: z.number().int().min(16).max(4096),
    height: z.number().int().min(16).max(4096),
    fps: z.number().int().min(1).max(120),
    seconds_per_segment: z.number().min(0.25).max(60),
    negative_prompt: z.string().max(MAX_TEXT),
    models: ModelPair,
  }),
  auto_start_queue: z.boolean(),
  output_subfolder: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only'),
})
export type Settings = z.infer<typeof Settings>
export const SettingsUpdate = Settings.partial().extend({ defaults: Settings.shape.defaults.partial().optional() })

export const Health = z.object({
  ok: z.boolean(),
  version: z.string(),
  comfyui: z.object({ url: z.string(), reachable: z.boolean(), error: z.string().nullable() }),
  ffmpeg: z.object({ path: z.string().nullable(), ok: z.boolean(), error: z.string().nullable() }),
  data_dir: z.string(),
})
export type Health = z.infer<typeof Health>

/** Every error answer: a code, a message a user can act on, and the field it concerns. */
export const ApiError = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    field: z.string().optional(),
    details: z.unknown().optional(),
  }),
})
export type ApiError = z.infer<typeof ApiError>

/** Messages on GET /api/events (server-sent events; the SSE `event:` name equals `type`). */
export const ServerEvent = z.discriminatedUnion('type', [
  z.object({ type: z.literal('job'), job: Job }),
  z.object({ type: z.literal('job_deleted'), id: z.number().int() }),
  z.object({ type: z.literal('segment'), segment: Segment }),
  z.object({
    type: z.literal('progress'),
    job_id: z.number().int(),
    idx: z.number().int(),
    prompt_id: z.string(),
    value: z.number(),
    max: z.number(),
    node: z.string().nullable(),
  }),
  z.object({ type: z.literal('queue'), queue: QueueStatus }),
])
export type ServerEvent = z.infer<typeof ServerEvent>
