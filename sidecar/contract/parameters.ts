// Statuses and generation settings of a job: models, LoRAs, colour guard, planned prompts.
import { z } from 'zod/mini'
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
  name: plainText(z.string().check(z.minLength(1), z.maxLength(512)), { singleLine: true }),
  strength: z._default(z.number().check(z.gte(-10), z.lte(10)), 1),
})
export type LoraRef = z.infer<typeof LoraRef>

/** LoRAs per sampler pass: Wan2.2 14B has a high-noise and a low-noise model. */
export const SegmentLoras = z.object({
  high: z._default(z.array(LoraRef).check(z.maxLength(16)), []),
  low: z._default(z.array(LoraRef).check(z.maxLength(16)), []),
})
export type SegmentLoras = z.infer<typeof SegmentLoras>

export const ModelPair = z.object({
  high: z.optional(plainText(z.string().check(z.minLength(1), z.maxLength(512)), { singleLine: true })),
  low: z.optional(plainText(z.string().check(z.minLength(1), z.maxLength(512)), { singleLine: true })),
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
  strength: z._default(z.number().check(z.gte(0), z.lte(1)), 1),
  /** 'start_image' (the job's start image; segment 1's last frame for a text-only start) or one take's last frame. */
  anchor: z._default(z
    .union([z.literal('start_image'), z.object({ idx: z.number().check(z.int(), z.gte(0)), take: z.number().check(z.int(), z.gte(1)) })]), 'start_image'),
})
export type ColorGuard = z.infer<typeof ColorGuard>

/** Most frames one segment may have (4k+1). */
export const MAX_FRAMES = 1025
export const SeamMode = z.enum(SEAM_MODES)
export type SeamMode = z.infer<typeof SeamMode>

const MotionFrames = z.union(MOTION_CARRIES.map((k) => z.literal(k)) as [z.ZodMiniLiteral<5>, z.ZodMiniLiteral<9>])

/** The mode of one join; `frames` (K, 5 or 9) only for `motion`. */
export const SeamChoiceSchema = z.object({
  mode: SeamMode,
  frames: z.optional(MotionFrames),
})
export type SeamChoiceBody = z.infer<typeof SeamChoiceSchema>

/** The SVI LoRA pair, found in ComfyUI's loras folder when SVI is chosen. */
export const SviLoras = z.object({
  high: z.string().check(z.minLength(1), z.maxLength(512)),
  low: z.string().check(z.minLength(1), z.maxLength(512)),
  strength: z._default(z.number().check(z.gte(0), z.lte(4)), 1),
})
export type SviLoras = z.infer<typeof SviLoras>

/**
 * How the segments of a job join (contract/frames.ts has the frame rules): a default mode for every
 * join, per-join choices keyed by the index of the segment before the join, and options.
 */
export const SeamSettings = z.object({
  mode: z._default(SeamMode, 'frame'),
  /** K of `motion` joins without their own `frames`. */
  motion_frames: z._default(MotionFrames, DEFAULT_MOTION_CARRY),
  /** Pad WanImageToVideo's conditioning with the job's anchor frame (ref_pad_image, newer ComfyUI only). */
  anchor: z._default(z.boolean(), false),
  joins: z._default(z.record(z.string().check(z.regex(/^\d{1,5}$/, 'a segment index')), SeamChoiceSchema), {}),
  /** The SVI LoRA pair (set by the sidecar from ComfyUI's LoRA list when a join uses `svi`). */
  svi_loras: z.optional(SviLoras),
})
export type SeamSettings = z.infer<typeof SeamSettings>

/** The seam meter warns above this ratio (jump across the join / median jump inside the segments). */
export const DEFAULT_SEAM_THRESHOLD = 3

/** Generation settings of a job; every field has a default from settings or the preset. */
export const JobParameters = z.object({
  width: z.number().check(z.int(), z.gte(16), z.lte(4096)),
  height: z.number().check(z.int(), z.gte(16), z.lte(4096)),
  fps: z.number().check(z.int(), z.gte(1), z.lte(120)),
  /** Frames per segment, always 4k+1 once resolved. */
  frames: z.number().check(z.int(), z.gte(5), z.lte(MAX_FRAMES)),
  steps: z.number().check(z.int(), z.gte(1), z.lte(200)),
  cfg: z.number().check(z.gte(0), z.lte(30)),
  /** Seed of the first segment; later segments derive theirs (see seed_mode). */
  seed: Seed,
  seed_mode: z.enum(['random', 'fixed', 'increment']),
  models: ModelPair,
  /** Default LoRAs for every segment of the job. */
  loras: SegmentLoras,
  /** Preset-specific tunables (e.g. DisTorch2 virtual_vram_gb, expert_mode_allocations). */
  options: z.record(plainText(z.string().check(z.maxLength(64)), { singleLine: true }), z.union([plainText(z.string().check(z.maxLength(500))), z.number(), z.boolean()])),
  /** Colour-drift guard (off when absent); changeable at any time with PUT /api/jobs/{id}/continuity. */
  color_guard: z.optional(ColorGuard),
  /** Drift meter warning threshold (delta E); DEFAULT_DRIFT_THRESHOLD when absent. */
  drift_threshold: z.optional(z.number().check(z.gte(0), z.lte(100))),
  /** How segments join (a plain last-frame hand-off when absent). */
  seam: z.optional(SeamSettings),
  /** Seam meter warning threshold; DEFAULT_SEAM_THRESHOLD when absent. */
  seam_threshold: z.optional(z.number().check(z.gte(1), z.lte(100))),
})
export type JobParameters = z.infer<typeof JobParameters>

/** What a client may send: any subset, plus seconds_per_segment as an alternative to frames. */
export const JobParametersInput = z.extend(z.partial(JobParameters), {
  seconds_per_segment: z.optional(z.number().check(z.gte(0.25), z.lte(60))),
})
export type JobParametersInput = z.infer<typeof JobParametersInput>

export const PlannedPrompt = z.object({
  prompt: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT))),
  negative_prompt: z.optional(plainText(z.string().check(z.maxLength(MAX_TEXT)))),
  seed: z.optional(Seed),
  loras: z.optional(SegmentLoras),
})
export type PlannedPrompt = z.infer<typeof PlannedPrompt>
