// The `longvideo` tag our finals carry (sidecar/engine/stitchFinal.ts finalMetadata), read back for the
// gallery: the job, the file's frames, and per segment its prompt, seed, frames and meters. Finals
// written before a field existed leave it out: every field is optional here.
import { z } from 'zod'
import type { LongVideoInfo } from '../contract'

const LoraList = z.array(z.object({ name: z.string(), strength: z.number() }))
const Loras = z.object({ high: LoraList, low: LoraList })
const num = z.number().nullable().optional()

export const LongVideoTag = z.object({
  job: z.string().optional(),
  job_id: num,
  frames: num,
  drift_threshold: num,
  negative_prompt: z.string().nullable().optional(),
  parameters: z
    .object({
      width: z.number(),
      height: z.number(),
      fps: z.number(),
      frames: z.number(),
      steps: z.number(),
      cfg: z.number(),
      models: z.object({ high: z.string().optional(), low: z.string().optional() }).partial(),
      loras: Loras,
      drift_threshold: z.number(),
      seam_threshold: z.number(),
    })
    .partial()
    .default({}),
  segments: z.array(
    z.object({
      idx: z.number().optional(),
      take: num,
      prompt: z.string(),
      negative_prompt: z.string().nullable().optional(),
      seed: num,
      loras: Loras.optional(),
      frames: num,
      drift: num,
    })
  ),
  seams: z.array(z.object({ after: z.number(), jump: num, threshold: num })).optional(),
})
export type LongVideoTag = z.infer<typeof LongVideoTag>

/** The tag as the gallery answers it; null when it is not one of ours or has no segment. */
export function longVideoInfo(raw: unknown): LongVideoInfo | null {
  const parsed = LongVideoTag.safeParse(raw)
  if (!parsed.success || parsed.data.segments.length === 0) return null
  const tag = parsed.data
  const p = tag.parameters
  const seamInto = new Map((tag.seams ?? []).map((s) => [s.after + 1, s]))
  return {
    job: tag.job ?? null,
    job_id: tag.job_id ?? null,
    frames: tag.frames ?? null,
    fps: p.fps ?? null,
    width: p.width ?? null,
    height: p.height ?? null,
    drift_threshold: tag.drift_threshold ?? p.drift_threshold ?? null,
    seam_threshold: tag.seams?.find((s) => s.threshold != null)?.threshold ?? p.seam_threshold ?? null,
    segments: tag.segments.map((s, i) => {
      const idx = s.idx ?? i
      return {
        idx,
        take: s.take ?? null,
        prompt: s.prompt,
        negative_prompt: s.negative_prompt ?? null,
        seed: s.seed ?? null,
        frames: s.frames ?? null,
        drift: s.drift ?? null,
        seam: seamInto.get(idx)?.jump ?? null,
      }
    }),
  }
}

/** The `longvideo` tag of a file's text metadata, parsed; null when absent or not JSON. */
export function readLongVideoTag(meta: Record<string, string>): unknown {
  if (!meta.longvideo) return null
  try {
    return JSON.parse(meta.longvideo) as unknown
  } catch {
    return null
  }
}
