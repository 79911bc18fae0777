// Seams: how the segments of a job join (per job, changeable per join), what the live ComfyUI can
// do for them, and the seam meter's advice. The frame rules of each mode are in frames.ts.
import { z } from 'zod'
import { MOTION_CARRIES } from './frames'
import { SeamChoiceSchema, SeamMode, SviLoras } from './parameters'

/** One join's mode: the join after segment `after`; `mode: null` goes back to the job's default. */
export const JoinSeamBody = z.object({
  after: z.number().int().min(0).max(99_999),
  mode: SeamMode.nullable(),
  frames: SeamChoiceSchema.shape.frames,
})
export type JoinSeamBody = z.infer<typeof JoinSeamBody>

/**
 * Body of PUT /api/jobs/{id}/seams (any subset). A change applies to runs that go to ComfyUI from
 * then on: a finished segment keeps the hand-off it was made with until it is redone.
 */
export const SeamsBody = z.object({
  mode: SeamMode.optional(),
  motion_frames: SeamChoiceSchema.shape.frames,
  anchor: z.boolean().optional(),
  joins: z.array(JoinSeamBody).max(1000).optional(),
  seam_threshold: z.number().min(1).max(100).optional(),
})
export type SeamsBody = z.infer<typeof SeamsBody>

export const SeamModeSupport = z.object({
  mode: SeamMode,
  available: z.boolean(),
  /** Why not, naming what is missing (null when available). */
  reason: z.string().nullable(),
})
export type SeamModeSupport = z.infer<typeof SeamModeSupport>

/** GET /api/seams: the seam modes a preset can run against the live ComfyUI. */
export const SeamCapabilities = z.object({
  preset: z.string(),
  modes: z.array(SeamModeSupport),
  motion_frames: z.array(z.number().int()),
  /** WanImageToVideo has `ref_pad_image` (newer ComfyUI): the `anchor` option can be used. */
  anchor_padding: z.boolean(),
  svi: z.object({
    /** KJNodes' WanImageToVideoSVIPro is installed. */
    node: z.boolean(),
    /** The SVI 2.0 Pro LoRA pair found in ComfyUI's loras folder, or null. */
    loras: SviLoras.nullable(),
    missing: z.array(z.string()),
  }),
  comfyui_reachable: z.boolean(),
})
export type SeamCapabilities = z.infer<typeof SeamCapabilities>

export const SeamCapabilitiesQuery = z.object({ preset: z.string().min(1).max(120).optional() })

/** What to try when the seam meter warns, for a join made in `mode`. */
export function seamAdvice(mode: SeamMode): string {
  const tries = [
    ...(mode === 'motion' ? [] : [`motion mode (carry ${MOTION_CARRIES.join(' or ')} frames)`]),
    'another seed for the segment after the join',
    'a crossfade at finalize',
  ]
  return `The motion or picture jumps at this join; try ${tries.slice(0, -1).join(', ')} or ${tries.at(-1)}.`
}
