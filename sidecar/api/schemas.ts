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

/** The drift meter warns above this mean-colour distance (CIE76 delta E in Lab) to the anchor. */
export const DEFAULT_DRIFT_THRESHOLD = 5

/**
 * Colour-drift guard: before a segment starts, its start frame (the previous segment's last frame)
 * is colour-matched to an anchor (Reinhard in Lab: per-channel mean and spread), blended by strength.
 */
export const ColorGuard = z.object({
  enabled: z.boolean(),
  strength: z.number().min(0).max(1).default(1),
  /** 'start_image' (the job's start image; segment 1's last frame for a text-only start) or one take's last frame. */
  anchor: z
    .union([z.literal('start_image'), z.object({ idx: z.number().int().min(0), take: z.number().int().min(1) })])
    .default('start_image'),
})
export type ColorGuard = z.infer<typeof ColorGuard>

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
  /** Colour-drift guard (off when absent); changeable at any time with PUT /api/jobs/{id}/continuity. */
  color_guard: ColorGuard.optional(),
  /** Drift meter warning threshold (delta E); DEFAULT_DRIFT_THRESHOLD when absent. */
  drift_threshold: z.number().min(0).max(100).optional(),
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
  /** The client's id for this create request: sending it again answers the job it already made. */
  request_id: z.string().regex(/^[A-Za-z0-9_-]{8,64}$/, '8 to 64 letters, digits, _ or -').optional(),
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

/** What every run of a segment has: the chain's current take (Segment) and each kept take (Take). */
const RunFields = z.object({
  job_id: z.number().int(),
  idx: z.number().int(),
  /** Which take of the segment this run is (1-based). */
  take: z.number().int(),
  status: SegmentStatus,
  prompt: z.string(),
  negative_prompt: z.string().nullable(),
  seed: Seed,
  loras: SegmentLoras,
  prompt_id: z.string().nullable(),
  /** LoadImage value this run starts from ("x.png" or "<sub>/<file> [output]"); null for text-to-video. */
  start_image: z.string().nullable(),
  /**
   * The original frame this run started from (LoadImage value of the previous take's last frame),
   * when the colour guard sent ComfyUI a corrected copy instead (then `start_image` names the copy).
   */
  start_source: z.string().nullable(),
  video: FileRef.nullable(),
  last_frame: FileRef.nullable(),
  /** Frames in this run's own video (the first frame is left out for idx > 0). */
  frames: z.number().int().nullable(),
  execution_ms: z.number().int().nullable(),
  attempts: z.number().int(),
  error: SegmentError.nullable(),
  /** Colour distance of the last frame to the job's anchor: CIE76 delta E between mean Lab colours. */
  drift: z.number().nullable(),
  /** drift is above the job's drift_threshold. */
  drift_warning: z.boolean(),
  created_at: z.string(),
  started_at: z.string().nullable(),
  finished_at: z.string().nullable(),
})

/** A segment of the chain; its run fields describe its current take, the one that counts once done. */
export const Segment = RunFields.extend({
  progress: Progress.nullable(),
  /** How many takes the segment has (finished, failed and queued candidates). */
  take_count: z.number().int(),
  /** A locked segment keeps its take: no re-run replaces it and no other take can be chosen. */
  locked: z.boolean(),
  /** Done, but the segment before it changed take since: it no longer starts where that one ends. */
  stale: z.boolean(),
})
export type Segment = z.infer<typeof Segment>

/** One take of a segment: its settings, state and files. Takes are numbered per segment from 1. */
export const Take = RunFields.extend({
  /** This is the take that counts (the segment's current take). */
  chosen: z.boolean(),
  /** Sidecar URL paths (relative to /api) of this take's files, null until they exist. */
  video_url: z.string().nullable(),
  last_frame_url: z.string().nullable(),
})
export type Take = z.infer<typeof Take>

export const SegmentTakes = z.object({ segment: Segment, takes: z.array(Take) })
export type SegmentTakes = z.infer<typeof SegmentTakes>

export const MAX_CANDIDATES = 8

/**
 * POST /api/jobs/{id}/segments/{idx}/takes: new takes of a segment (a redo, or N candidates).
 * Unset fields keep the segment's current prompt, negative prompt and LoRAs; each take gets a new
 * random seed unless `seeds` (one per take) or `seed` (for a single take) is given.
 * For the next segment (idx = number of segments) `prompt` is required.
 */
export const TakesBody = z.object({
  prompt: z.string().trim().min(1).max(MAX_TEXT).optional(),
  negative_prompt: z.string().max(MAX_TEXT).nullable().optional(),
  loras: SegmentLoras.optional(),
  seed: Seed.optional(),
  seeds: z.array(Seed).min(1).max(MAX_CANDIDATES).optional(),
  count: z.number().int().min(1).max(MAX_CANDIDATES).optional(),
})
export type TakesBody = z.infer<typeof TakesBody>

export const LockBody = z.object({ locked: z.boolean() })

/** PUT /api/jobs/{id}/continuity: the guard and meter settings, changeable while the job runs. */
export const ContinuityBody = z.object({
  color_guard: ColorGuard.nullable().optional(),
  drift_threshold: z.number().min(0).max(100).optional(),
})
export type ContinuityBody = z.infer<typeof ContinuityBody>

export const X264_PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow'] as const

/** How segment `after` joins segment `after + 1`: a cut, or a crossfade over `frames` frames. */
export const SeamSpec = z.object({
  after: z.number().int().min(0),
  type: z.enum(['cut', 'crossfade']),
  /** Crossfade length; the final video loses this many frames at the join. */
  frames: z.number().int().min(1).max(240).optional(),
})
export type SeamSpec = z.infer<typeof SeamSpec>

export const TrimSpec = z.object({ idx: z.number().int().min(0), frames: z.number().int().min(0).max(1000) })
export type TrimSpec = z.infer<typeof TrimSpec>

/** Body of POST /api/jobs/{id}/finalize (all optional; an empty body is a lossless stream copy). */
export const FinalizeBody = z.object({
  mode: z.enum(['copy', 'reencode']).optional(),
  crf: z.number().int().min(0).max(51).optional(),
  preset: z.enum(X264_PRESETS).optional(),
  seams: z.array(SeamSpec).max(10_000).optional(),
  trim_first: z.array(TrimSpec).max(10_000).optional(),
})
export type FinalizeBody = z.infer<typeof FinalizeBody>

export const TakeRef = z.object({ idx: z.number().int(), take: z.number().int() })
export type TakeRef = z.infer<typeof TakeRef>

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
  /** Which take of each segment this file was stitched from, in order. */
  takes: z.array(TakeRef).default([]),
  /** The export options it was made with (null: the defaults). */
  export: FinalizeBody.nullable().default(null),
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
  /** How many segments are stale (see Segment.stale): re-run them or keep them. */
  stale_segments: z.number().int(),
  /** The effective drift warning threshold. */
  drift_threshold: z.number(),
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
  defaults: JobParameters.omit({ models: true, loras: true, seed: true, seed_mode: true, options: true, color_guard: true, drift_threshold: true }),
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
  /** 'user': made from a user's graph (GET /api/templates); 'builtin': shipped in workflows/. */
  source: z.enum(['user', 'builtin']).optional(),
})
export type Preset = z.infer<typeof Preset>

export const Settings = z.object({
  comfyui_url: z
    .string()
    .url()
    .refine((u) => /^https?:\/\//i.test(u), 'must be an http:// or https:// address'),
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
  /** Folders of the image repository on the sidecar's machine (absolute paths); none when absent. */
  image_folders: z.array(z.lazy(() => AbsolutePath)).max(32).optional(),
  /** ComfyUI's models folder on this machine, where LoRA metadata files of other tools are read. */
  comfy_models_dir: z.lazy(() => AbsolutePath).nullable().optional(),
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

// ---------- Libraries: LoRAs, models, image repository, media gallery ----------

/** An absolute folder path on the sidecar's machine (POSIX "/..." or Windows "C:\..."). */
export const AbsolutePath = z
  .string()
  .min(1)
  .max(1024)
  .regex(/^(\/|[A-Za-z]:[\\/])/, 'must be an absolute path')
  .refine((p) => !p.includes('\0'), 'must not contain a NUL byte')

const LoraMetaFields = {
  display_name: z.string().trim().max(MAX_NAME).nullable(),
  trigger_words: z.array(z.string().trim().min(1).max(200)).max(50),
  default_strength: z.number().min(-10).max(10).nullable(),
  notes: z.string().max(MAX_TEXT),
  rating: z.number().int().min(1).max(5).nullable(),
  /** A URL or a sidecar/ComfyUI image path the panel shows for this LoRA. */
  preview_image: z.string().max(2048).nullable(),
}

/** Our own notes about a LoRA file, kept in SQLite. */
export const LoraMeta = z.object({
  display_name: LoraMetaFields.display_name.default(null),
  trigger_words: LoraMetaFields.trigger_words.default([]),
  default_strength: LoraMetaFields.default_strength.default(null),
  notes: LoraMetaFields.notes.default(''),
  rating: LoraMetaFields.rating.default(null),
  preview_image: LoraMetaFields.preview_image.default(null),
})
export type LoraMeta = z.infer<typeof LoraMeta>

/** PUT /api/loras/meta: the file (as ComfyUI lists it) and only the fields to change (null clears). */
export const LoraMetaUpdate = z.object(LoraMetaFields).partial().extend({ name: z.string().min(1).max(512) })
export type LoraMetaUpdate = z.infer<typeof LoraMetaUpdate>

/** What other tools left beside a LoRA file (never written by us). */
export const ExternalLoraMeta = z.object({
  /** Which sources were found: "metadata.json", "civitai.info", "safetensors". */
  sources: z.array(z.string()),
  title: z.string().nullable(),
  base_model: z.string().nullable(),
  trigger_words: z.array(z.string()),
  description: z.string().nullable(),
  preview_url: z.string().nullable(),
  /** The safetensors __metadata__ as ComfyUI's /view_metadata answered it. */
  safetensors: z.record(z.string(), z.unknown()).nullable(),
})
export type ExternalLoraMeta = z.infer<typeof ExternalLoraMeta>

export const LoraFile = z.object({
  name: z.string(),
  folder: z.string(),
  side: z.enum(['high', 'low']).nullable(),
  stem: z.string(),
  /** The other half of its high/low pair, if any. */
  partner: z.string().nullable(),
  meta: LoraMeta,
  external: ExternalLoraMeta.nullable(),
})
export type LoraFile = z.infer<typeof LoraFile>

export const LoraLibraryAnswer = z.object({
  files: z.array(LoraFile),
  high_noise: z.array(z.string()),
  low_noise: z.array(z.string()),
  general: z.array(z.string()),
  by_category: z.record(z.string(), z.array(z.string())),
  pairs: z.array(z.object({ stem: z.string(), high: z.string(), low: z.string() })),
  /** Whether the files could be read on this machine (settings.comfy_models_dir). */
  local_models_dir: z.string().nullable(),
  fetched_at: z.string(),
})
export type LoraLibraryAnswer = z.infer<typeof LoraLibraryAnswer>

export const ModelKind = z.enum(['i2v', 't2v', 'ti2v', 'other'])
export const DiffusionModelPair = z.object({
  folder: z.string(),
  stem: z.string(),
  kind: ModelKind,
  high: z.string(),
  low: z.string(),
})
export const RecommendedModels = z.object({
  preset: z.string(),
  folder: z.string(),
  high: z.string().nullable(),
  low: z.string().nullable(),
  /** preset_default: the preset's own files exist; first_of_kind: the first pair of its kind; none. */
  reason: z.enum(['preset_default', 'first_of_kind', 'none']),
})
export const ModelLibraryAnswer = z.object({
  /** Folder key -> file names; unet_gguf only when ComfyUI-GGUF is installed. */
  folders: z.record(z.string(), z.array(z.string())),
  gguf_installed: z.boolean(),
  pairs: z.array(DiffusionModelPair),
  /** Models without a high/low partner (e.g. the 5B), per folder. */
  singles: z.array(z.object({ folder: z.string(), name: z.string(), kind: ModelKind })),
  recommended: z.array(RecommendedModels),
  fetched_at: z.string(),
})
export type ModelLibraryAnswer = z.infer<typeof ModelLibraryAnswer>

export const RefreshQuery = z.object({ refresh: z.enum(['0', '1', 'true', 'false']).optional() })

export const LibraryRoot = z.object({ index: z.number().int(), path: z.string(), exists: z.boolean() })
export const LibraryRoots = z.object({ roots: z.array(LibraryRoot) })
export type LibraryRoots = z.infer<typeof LibraryRoots>

export const LibraryImagesQuery = z.object({
  root: z.coerce.number().int().min(0),
  folder: z.string().max(1024).default(''),
  sort: z.enum(['date', 'name', 'rating']).default('date'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})
export const LibraryImage = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int(),
  modified: z.string(),
  rating: z.number().int().nullable(),
  /** Sidecar URL path (relative to /api) of a 256 px JPEG. */
  thumbnail: z.string(),
})
export const LibraryImageList = z.object({
  root: z.number().int(),
  folder: z.string(),
  folders: z.array(z.string()),
  images: z.array(LibraryImage),
  total: z.number().int(),
})
export type LibraryImageList = z.infer<typeof LibraryImageList>

export const LibraryFileQuery = z.object({ root: z.coerce.number().int().min(0), path: z.string().min(1).max(1024) })
export const LibraryRatingBody = z.object({
  root: z.number().int().min(0),
  path: z.string().min(1).max(1024),
  /** null clears the rating. */
  rating: z.number().int().min(1).max(5).nullable(),
})
export const LibraryUseBody = z.object({ root: z.number().int().min(0), path: z.string().min(1).max(1024) })
/** ComfyUI's upload answer plus `input_image`, the value for CreateJobBody.input_image. */
export const LibraryUseAnswer = z.object({ name: z.string(), subfolder: z.string(), type: z.string(), input_image: z.string() })
export type LibraryUseAnswer = z.infer<typeof LibraryUseAnswer>

export const GALLERY_FILTERS = ['all', 'images', 'videos', 'favourites', 'long_videos'] as const
export const GalleryQuery = z.object({
  filter: z.enum(GALLERY_FILTERS).default('all'),
  hide_start_images: z.enum(['0', '1', 'true', 'false']).default('0'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
})
export const GalleryItem = z.object({
  /** Path relative to ComfyUI's output folder, '/' separators. */
  path: z.string(),
  file: FileRef,
  kind: z.enum(['image', 'video']),
  size: z.number().int(),
  modified: z.string(),
  favourite: z.boolean(),
  /** A stitched long video of ours (in the output subfolder, not a segment). */
  long_video: z.boolean(),
  /** A segment video of ours. */
  segment: z.boolean(),
  /** A still that only exists to start or preview a video (our last frames, VHS's PNG beside a video). */
  start_image: z.boolean(),
})
export type GalleryItem = z.infer<typeof GalleryItem>
export const GalleryList = z.object({ items: z.array(GalleryItem), total: z.number().int() })
export type GalleryList = z.infer<typeof GalleryList>

export const GalleryFavouriteBody = z.object({ path: z.string().min(1).max(1024), favourite: z.boolean() })
export const GalleryPathQuery = z.object({ path: z.string().min(1).max(1024) })

export const ExtractedPromptSchema = z.object({
  /** longvideo: one of our stitched finals (its storyboard, one "[n] prompt" line per segment). */
  source: z.enum(['comfyui', 'a1111', 'longvideo']),
  positive: z.string().nullable(),
  negative: z.string().nullable(),
  steps: z.number().nullable(),
  cfg: z.number().nullable(),
  seed: z.number().nullable(),
  sampler: z.string().nullable(),
  scheduler: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  frames: z.number().nullable(),
  loras: z.array(z.object({ name: z.string(), strength: z.number() })),
  models: z.array(z.string()),
})
export type ExtractedPromptAnswer = z.infer<typeof ExtractedPromptSchema>

export const GalleryMeta = z.object({
  path: z.string(),
  /** Text keys found in the file (PNG chunks or MP4 tags). */
  keys: z.array(z.string()),
  prompt: ExtractedPromptSchema.nullable(),
  /** ComfyUI's UI workflow JSON when the file carries one. */
  workflow: z.unknown().nullable(),
})
export type GalleryMeta = z.infer<typeof GalleryMeta>

export const PromptHistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) })
export const PromptHistoryEntry = ExtractedPromptSchema.extend({ path: z.string(), modified: z.string(), uses: z.number().int() })
export const PromptHistory = z.object({ prompts: z.array(PromptHistoryEntry) })
export type PromptHistory = z.infer<typeof PromptHistory>

// ---- User templates (bring your own workflow): POST/GET/PUT/DELETE /api/templates, POST /api/templates/detect

/** Where a role points: a node input, or (lora_high / lora_low) the node output our LoRA chain follows. */
export const RoleSite = z.object({
  node: z.string().min(1).max(64),
  input: z.string().min(1).max(200).optional(),
  output: z.number().int().min(0).max(64).optional(),
})
export type RoleSite = z.infer<typeof RoleSite>

/** The user's picks in the role editor: role name -> sites; they replace what detection found. */
export const RoleOverrides = z.record(z.string().min(1).max(100), z.array(RoleSite).min(1).max(16))
export type RoleOverrides = z.infer<typeof RoleOverrides>

/** An API-format graph as graphToPrompt().output or "Export (API)" gives it; checked node by node on use. */
export const GraphPrompt = z.record(z.string().min(1).max(64), z.unknown())

export const DetectTemplateBody = z.object({ prompt: GraphPrompt, roles: RoleOverrides.optional() })
export type DetectTemplateBody = z.infer<typeof DetectTemplateBody>

export const CreateTemplateBody = z.object({
  name: z.string().trim().min(1).max(MAX_NAME),
  description: z.string().max(MAX_TEXT).default(''),
  prompt: GraphPrompt,
  roles: RoleOverrides.optional(),
})
export type CreateTemplateBody = z.infer<typeof CreateTemplateBody>

/** Any subset; a new prompt is detected again (with the given roles, else the saved ones). */
export const UpdateTemplateBody = z.object({
  name: z.string().trim().min(1).max(MAX_NAME).optional(),
  description: z.string().max(MAX_TEXT).optional(),
  prompt: GraphPrompt.optional(),
  roles: RoleOverrides.optional(),
})
export type UpdateTemplateBody = z.infer<typeof UpdateTemplateBody>

export const ReportedRole = z.object({
  /** start_image, start_image_link, positive, negative, width, height, length, seed, steps, cfg, split.end,
   * split.start, model_high, model_low, lora_high, lora_low, fps, video_output, video_images,
   * last_frame_output, last_frame_index, options.<key> */
  role: z.string(),
  sites: z.array(RoleSite.extend({ title: z.string().nullable(), class_type: z.string() })),
  /** How it was found, in words. */
  how: z.string(),
  origin: z.enum(['detected', 'chosen', 'added']),
})
export type ReportedRole = z.infer<typeof ReportedRole>

export const RoleProblem = z.object({
  role: z.string(),
  message: z.string(),
  /** Node ids to choose from when several nodes could fill the role. */
  candidates: z.array(z.string()).optional(),
})
export type RoleProblem = z.infer<typeof RoleProblem>

/** A pre-flight finding against the live ComfyUI (missing node pack, model file or bad value). */
export const PreflightFinding = z.object({
  code: z.enum(['missing_node', 'missing_model', 'bad_value']),
  node_id: z.string(),
  class_type: z.string(),
  input: z.string().optional(),
  message: z.string(),
})
export type PreflightFinding = z.infer<typeof PreflightFinding>

export const TemplateDetection = z.object({
  /** True when the template can be saved as it is (no problems, pre-flight clean or not run). */
  ok: z.boolean(),
  roles: z.array(ReportedRole),
  problems: z.array(RoleProblem),
  /** What saving does to the graph (nodes removed, the last-frame branch added, ...). */
  changes: z.array(z.string()),
  kind: Preset.shape.kind,
  family: Preset.shape.family,
  defaults: Preset.shape.defaults,
  models: Preset.shape.models,
  options: Preset.shape.options,
  /** Checked against ComfyUI's /object_info; null when ComfyUI could not be asked. */
  preflight: z.array(PreflightFinding).nullable(),
})
export type TemplateDetection = z.infer<typeof TemplateDetection>

export const UserTemplate = z.object({
  /** Also the preset id a job uses ("preset": id). */
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** The graph as the user gave it. */
  prompt: z.record(z.string(), z.unknown()),
  /** The user's role picks as saved. */
  roles: RoleOverrides,
  detection: TemplateDetection,
  preset: Preset,
  created_at: z.string(),
  updated_at: z.string(),
})
export type UserTemplate = z.infer<typeof UserTemplate>

export const UserTemplateList = z.object({ templates: z.array(UserTemplate) })
export type UserTemplateList = z.infer<typeof UserTemplateList>

/**
 * GET /api/jobs/{id}/segments/{idx}/prompt-graph: the API prompt that made a segment's current take,
 * for "Open in canvas". `source` 'comfyui' is the prompt as ComfyUI's history keeps it (exactly what
 * ran); 'rebuilt' is bound again from the stored segment when ComfyUI no longer knows the prompt.
 */
export const SegmentPromptGraph = z.object({
  job_id: z.number().int(),
  idx: z.number().int(),
  take: z.number().int(),
  prompt_id: z.string().nullable(),
  source: z.enum(['comfyui', 'rebuilt']),
  prompt: z.record(z.string(), z.unknown()),
})
export type SegmentPromptGraph = z.infer<typeof SegmentPromptGraph>
