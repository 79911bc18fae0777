// Bodies of the timeline's edits: the planned segments rearranged as a whole (insert, reorder, delete,
// undo), and a frame of a segment taken as the start image of a new job.
import { z } from 'zod/mini'
import { MAX_SEGMENTS_PER_JOB } from './common'
import { PlannedPrompt } from './parameters'

/**
 * PUT /api/jobs/{id}/segments/planned: the segments from `from` on become `segments`, in this order.
 * Every segment at or after `from` must still be planned (none has run); an empty list drops them all.
 * `from` may be the number of segments: the list is then appended.
 */
export const PlannedSegmentsBody = z.object({
  from: z.number().check(z.int(), z.gte(0), z.lte(MAX_SEGMENTS_PER_JOB)),
  segments: z.array(PlannedPrompt).check(z.maxLength(MAX_SEGMENTS_PER_JOB)),
})
export type PlannedSegmentsBody = z.infer<typeof PlannedSegmentsBody>

/** POST /api/jobs/{id}/segments/{idx}/frame-image: frame `frame` (0-based) of the segment's own video, as a start image. */
export const FrameImageBody = z.object({
  frame: z.number().check(z.int(), z.gte(0), z.lte(100_000)),
})
export type FrameImageBody = z.infer<typeof FrameImageBody>

/** Frames a filmstrip shows at most, and by default. */
export const MAX_FILMSTRIP_FRAMES = 32
export const DEFAULT_FILMSTRIP_FRAMES = 12
/** Width in pixels of one frame of a filmstrip (its height follows the video's aspect). */
export const FILMSTRIP_FRAME_WIDTH = 160

/** GET /api/jobs/{id}/segments/{idx}/filmstrip?frames=N: one JPEG of N frames side by side. */
export const FilmstripQuery = z.object({
  frames: z._default(z.coerce.number().check(z.int(), z.gte(2), z.lte(MAX_FILMSTRIP_FRAMES)), DEFAULT_FILMSTRIP_FRAMES),
})
export type FilmstripQuery = z.infer<typeof FilmstripQuery>

/**
 * Which frames (0-based) a filmstrip of `count` cells shows of a video of `total` frames: spread evenly from
 * the first to the last, each once (fewer cells when the video is shorter). The sidecar draws these and the
 * panel maps the mouse to them, so both read this one rule.
 */
export function filmstripFrames(total: number, count: number): number[] {
  const n = Math.max(0, Math.min(Math.floor(total), Math.floor(count)))
  if (n <= 1) return n === 1 ? [0] : []
  return Array.from({ length: n }, (_, i) => Math.round((i * (total - 1)) / (n - 1)))
}
