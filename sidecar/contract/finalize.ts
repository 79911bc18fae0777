// Finalize: how segments join (cuts, crossfades, trims), encoding, and the finished files.
import { z } from 'zod'
import { FileRef } from './common'
import { MAX_CROSSFADE_FRAMES, MAX_TRIM_FRAMES } from './frames'

export const X264_PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow'] as const

/** How segment `after` joins segment `after + 1`: a cut, or a crossfade over `frames` frames. */
export const SeamSpec = z.object({
  after: z.number().int().min(0),
  type: z.enum(['cut', 'crossfade']),
  /** Crossfade length (DEFAULT_CROSSFADE_FRAMES when absent); the final video loses this many frames at the join. */
  frames: z.number().int().min(1).max(MAX_CROSSFADE_FRAMES).optional(),
})
export type SeamSpec = z.infer<typeof SeamSpec>

export const TrimSpec = z.object({ idx: z.number().int().min(0), frames: z.number().int().min(0).max(MAX_TRIM_FRAMES) })
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
