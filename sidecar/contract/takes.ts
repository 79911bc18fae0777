// Bodies that make and steer takes (redo, N candidates, lock, continuity settings) and the answer to new takes.
import { z } from 'zod/mini'
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
  prompt: z.optional(plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT)))),
  negative_prompt: z.optional(z.nullable(plainText(z.string().check(z.maxLength(MAX_TEXT))))),
  loras: z.optional(SegmentLoras),
  seed: z.optional(Seed),
  seeds: z.optional(z.array(Seed).check(z.minLength(1), z.maxLength(MAX_CANDIDATES))),
  count: z.optional(z.number().check(z.int(), z.gte(1), z.lte(MAX_CANDIDATES))),
})
export type TakesBody = z.infer<typeof TakesBody>

/** The answer to POST .../takes: the segment's takes, and the job (which gains a segment for the next idx). */
export const NewTakesAnswer = z.extend(SegmentTakes, { job: JobWithSegments })
export type NewTakesAnswer = z.infer<typeof NewTakesAnswer>

export const LockBody = z.object({ locked: z.boolean() })

/** PUT /api/jobs/{id}/continuity: the guard and meter settings, changeable while the job runs. */
export const ContinuityBody = z.object({
  color_guard: z.optional(z.nullable(ColorGuard)),
  drift_threshold: z.optional(z.number().check(z.gte(0), z.lte(100))),
})
export type ContinuityBody = z.infer<typeof ContinuityBody>
