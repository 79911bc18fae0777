// Statuses and generation settings of a job: models, LoRAs, colour guard, planned prompts.
import { z } from 'zod'
import { MAX_TEXT, plainText, Seed } from './common'
import { DEFAULT_MOTION_CARRY, MOTION_CARRIES, SEAM_MODES } from './frames'

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

export const LoraRef = z.object({
  name: plainText(z.string().min(1).max(512), { singleLine: true }),
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
  high: plainText(z.string().min(1).max(512), { singleLine: true }).optional(),
  low: plainText(z.string().min(1).max(512), { singleLine: true }).optional(),
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

/** Most frames one segment may have (4k+1). */
export const MAX_FRAMES = 1025
export const SeamMode = z.enum(SEAM_MODES)
export type SeamMode = z.infer<typeof SeamMode>

const MotionFrames = z.union(MOTION_CARRIES.map((k) => z.literal(k)) as [z.ZodLiteral<5>, z.ZodLiteral<9>])

/** The mode of one join; `frames` (K, 5 or 9) only for `motion`. */
export const SeamChoiceSchema = z.object({
  mode: SeamMode,
  frames: MotionFrames.optional(),
})
export type SeamChoiceBody = z.infer<typeof SeamChoiceSchema>

/** The SVI LoRA pair, found in ComfyUI's loras folder when SVI is chosen. */
export const SviLoras = z.object({
  high: z.string().min(1).max(512),
  low: z.string().min(1).max(512),
  strength: z.number().min(0).max(4).default(1),
})
export type SviLoras = z.infer<typeof SviLoras>

/**
 * How the segments of a job join (contract/frames.ts has the frame rules): a default mode for every
 * join, per-join choices keyed by the index of the segment before the join, and options.
 */
export const SeamSettings = z.object({
  mode: SeamMode.default('frame'),
  /** K of `motion` joins without their own `frames`. */
  motion_frames: MotionFrames.default(DEFAULT_MOTION_CARRY),
  /** Pad WanImageToVideo's conditioning with the job's anchor frame (ref_pad_image, newer ComfyUI only). */
  anchor: z.boolean().default(false),
  joins: z.record(z.string().regex(/^\d{1,5}$/, 'a segment index'), SeamChoiceSchema).default({}),
  /** The SVI LoRA pair (set by the sidecar from ComfyUI's LoRA list when a join uses `svi`). */
  svi_loras: SviLoras.optional(),
})
export type SeamSettings = z.infer<typeof SeamSettings>

/** The seam meter warns above this ratio (jump across the join / median jump inside the segments). */
export const DEFAULT_SEAM_THRESHOLD = 3

/** Generation settings of a job; every field has a default from settings or the preset. */
export const JobParameters = z.object({
  width: z.number().int().min(16).max(4096),
  height: z.number().int().min(16).max(4096),
  fps: z.number().int().min(1).max(120),
  /** Frames per segment, always 4k+1 once resolved. */
  frames: z.number().int().min(5).max(MAX_FRAMES),
  steps: z.number().int().min(1).max(200),
  cfg: z.number().min(0).max(30),
  /** Seed of the first segment; later segments derive theirs (see seed_mode). */
  seed: Seed,
  seed_mode: z.enum(['random', 'fixed', 'increment']),
  models: ModelPair,
  /** Default LoRAs for every segment of the job. */
  loras: SegmentLoras,
  /** Preset-specific tunables (e.g. DisTorch2 virtual_vram_gb, expert_mode_allocations). */
  options: z.record(plainText(z.string().max(64), { singleLine: true }), z.union([plainText(z.string().max(500)), z.number(), z.boolean()])),
  /** Colour-drift guard (off when absent); changeable at any time with PUT /api/jobs/{id}/continuity. */
  color_guard: ColorGuard.optional(),
  /** Drift meter warning threshold (delta E); DEFAULT_DRIFT_THRESHOLD when absent. */
  drift_threshold: z.number().min(0).max(100).optional(),
  /** How segments join (a plain last-frame hand-off when absent). */
  seam: SeamSettings.optional(),
  /** Seam meter warning threshold; DEFAULT_SEAM_THRESHOLD when absent. */
  seam_threshold: z.number().min(1).max(100).optional(),
})
export type JobParameters = z.infer<typeof JobParameters>

/** What a client may send: any subset, plus seconds_per_segment as an alternative to frames. */
export const JobParametersInput = JobParameters.partial().extend({
  seconds_per_segment: z.number().min(0.25).max(60).optional(),
})
export type JobParametersInput = z.infer<typeof JobParametersInput>

export const PlannedPrompt = z.object({
  prompt: plainText(z.string().trim().min(1).max(MAX_TEXT)),
  negative_prompt: plainText(z.string().max(MAX_TEXT)).optional(),
  seed: Seed.optional(),
  loras: SegmentLoras.optional(),
})
export type PlannedPrompt = z.infer<typeof PlannedPrompt>
