// Seams: how the segments of a job join (per job, changeable per join), what the live ComfyUI can
// do for them, and the seam meter's advice. The frame rules of each mode are in frames.ts.
import { z } from 'zod/mini'
import { MOTION_CARRIES } from './frames'
import { SeamChoiceSchema, SeamMode, SviLoras } from './parameters'

/** One join's mode: the join after segment `after`; `mode: null` goes back to the job's default. */
export const JoinSeamBody = z.object({
  after: z.number().check(z.int(), z.gte(0), z.lte(99_999)),
  mode: z.nullable(SeamMode),
  frames: SeamChoiceSchema.shape.frames,
})
export type JoinSeamBody = z.infer<typeof JoinSeamBody>

/**
 * Body of PUT /api/jobs/{id}/seams (any subset). A change applies to runs that go to ComfyUI from
 * then on: a finished segment keeps the hand-off it was made with until it is redone.
 */
export const SeamsBody = z.object({
  mode: z.optional(SeamMode),
  motion_frames: SeamChoiceSchema.shape.frames,
  anchor: z.optional(z.boolean()),
  joins: z.optional(z.array(JoinSeamBody).check(z.maxLength(1000))),
  seam_threshold: z.optional(z.number().check(z.gte(1), z.lte(100))),
})
export type SeamsBody = z.infer<typeof SeamsBody>

export const SeamModeSupport = z.object({
  mode: SeamMode,
  available: z.boolean(),
  /** Why not, naming what is missing (null when available). */
  reason: z.nullable(z.string()),
})
export type SeamModeSupport = z.infer<typeof SeamModeSupport>

/** GET /api/seams: the seam modes a preset can run against the live ComfyUI. */
export const SeamCapabilities = z.object({
  preset: z.string(),
  modes: z.array(SeamModeSupport),
  motion_frames: z.array(z.number().check(z.int())),
  /** WanImageToVideo has `ref_pad_image` (newer ComfyUI): the `anchor` option can be used. */
  anchor_padding: z.boolean(),
  svi: z.object({
    /** KJNodes' WanImageToVideoSVIPro is installed. */
    node: z.boolean(),
    /** The SVI 2.0 Pro LoRA pair found in ComfyUI's loras folder, or null. */
    loras: z.nullable(SviLoras),
    missing: z.array(z.string()),
  }),
  comfyui_reachable: z.boolean(),
})
export type SeamCapabilities = z.infer<typeof SeamCapabilities>

export const SeamCapabilitiesQuery = z.object({ preset: z.optional(z.string().check(z.minLength(1), z.maxLength(120))) })

/** What to try when the seam meter warns, for a join made in `mode`. */
export function seamAdvice(mode: SeamMode): string {
  const tries = [
    ...(mode === 'motion' ? [] : [`motion mode (carry ${MOTION_CARRIES.join(' or ')} frames)`]),
    'another seed for the segment after the join',
    'a crossfade at finalize',
  ]
  return `The motion or picture jumps at this join; try ${tries.slice(0, -1).join(', ')} or ${tries.at(-1)}.`
}
