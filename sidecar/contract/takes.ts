// Bodies that make and steer takes (redo, N candidates, lock, continuity settings) and the answer to new takes.
import { z } from 'zod'
import { MAX_TEXT, plainText, Seed } from './common'
import { JobWithSegments } from './jobs'
import { ColorGuard, SegmentLoras } from './parameters'
import { SegmentTakes } from './segments'

export const MAX_CANDIDATES = 8

/**
 * POST /api/jobs/{id}/segments/{idx}/takes: new takes of a segment (a redo, or N candidates).
 * Unset fields keep the segment's current prompt, negative prompt and LoRAs; each take gets a new
 * random seed unless `seeds` (one per take) or `seed` (for a single take) is given.
 * For the next segment (idx = number of segments) `prompt` is required.
 */
export const TakesBody = z.object({
  prompt: plainText(z.string().trim().min(1).max(MAX_TEXT)).optional(),
  negative_prompt: plainText(z.string().max(MAX_TEXT)).nullable().optional(),
  loras: SegmentLoras.optional(),
  seed: Seed.optional(),
  seeds: z.array(Seed).min(1).max(MAX_CANDIDATES).optional(),
  count: z.number().int().min(1).max(MAX_CANDIDATES).optional(),
})
export type TakesBody = z.infer<typeof TakesBody>

/** The answer to POST .../takes: the segment's takes, and the job (which gains a segment for the next idx). */
export const NewTakesAnswer = SegmentTakes.extend({ job: JobWithSegments })
export type NewTakesAnswer = z.infer<typeof NewTakesAnswer>

export const LockBody = z.object({ locked: z.boolean() })

/** PUT /api/jobs/{id}/continuity: the guard and meter settings, changeable while the job runs. */
export const ContinuityBody = z.object({
  color_guard: ColorGuard.nullable().optional(),
  drift_threshold: z.number().min(0).max(100).optional(),
})
export type ContinuityBody = z.infer<typeof ContinuityBody>
