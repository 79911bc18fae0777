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
