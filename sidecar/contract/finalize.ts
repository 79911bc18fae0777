// Finalize: how segments join (cuts, crossfades, trims), encoding, and the finished files.
import { z } from 'zod/mini'
import { FileRef } from './common'
import { MAX_CROSSFADE_FRAMES, MAX_TRIM_FRAMES } from './frames'

export const X264_PRESETS = ['ultrafast', 'superfast', 'veryfast', 'faster', 'fast', 'medium', 'slow', 'slower', 'veryslow'] as const

/** How segment `after` joins segment `after + 1`: a cut, or a crossfade over `frames` frames. */
export const SeamSpec = z.object({
  after: z.number().check(z.int(), z.gte(0)),
  type: z.enum(['cut', 'crossfade']),
  /** Crossfade length (DEFAULT_CROSSFADE_FRAMES when absent); the final video loses this many frames at the join. */
  frames: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_CROSSFADE_FRAMES))),
})
export type SeamSpec = z.infer<typeof SeamSpec>

export const TrimSpec = z.object({ idx: z.number().check(z.int(), z.gte(0)), frames: z.number().check(z.int(), z.gte(0), z.lte(MAX_TRIM_FRAMES)) })
export type TrimSpec = z.infer<typeof TrimSpec>

/** Body of POST /api/jobs/{id}/finalize (all optional; an empty body is a lossless stream copy). */
export const FinalizeBody = z.object({
  mode: z.optional(z.enum(['copy', 'reencode'])),
  crf: z.optional(z.number().check(z.int(), z.gte(0), z.lte(51))),
  preset: z.optional(z.enum(X264_PRESETS)),
  seams: z.optional(z.array(SeamSpec).check(z.maxLength(10_000))),
  trim_first: z.optional(z.array(TrimSpec).check(z.maxLength(10_000))),
})
export type FinalizeBody = z.infer<typeof FinalizeBody>

export const TakeRef = z.object({ idx: z.number().check(z.int()), take: z.number().check(z.int()) })
export type TakeRef = z.infer<typeof TakeRef>

export const FinalVideo = z.object({
  file: FileRef,
  frames: z.number().check(z.int()),
  /** 'copy' when stream-copied, 'reencode' when segments differed in codec parameters. */
  mode: z.enum(['copy', 'reencode']),
  created_at: z.string(),
  /** Which take of each segment this file was stitched from, in order. */
  takes: z._default(z.array(TakeRef), []),
  /** The export options it was made with (null: the defaults). */
  export: z._default(z.nullable(FinalizeBody), null),
})
export type FinalVideo = z.infer<typeof FinalVideo>
