// A segment of the chain and each of its takes: run fields, errors, progress.
import { z } from 'zod/mini'
import { FileRef, Seed } from './common'
import { PlannedPrompt, SeamMode, SegmentLoras, SegmentStatus } from './parameters'

export const SegmentPromptBody = PlannedPrompt
export type SegmentPromptBody = z.infer<typeof SegmentPromptBody>

/** An error reported by ComfyUI, stored and shown verbatim. */
export const SegmentError = z.object({
  message: z.string(),
  node_id: z.nullable(z.string()),
  node_type: z.nullable(z.string()),
  exception_type: z.nullable(z.string()),
  exception_message: z.nullable(z.string()),
})
export type SegmentError = z.infer<typeof SegmentError>

/** What a running prompt is doing: model loading, a sampler pass (two for Wan2.2 14B), decoding, saving. */
export const ProgressPhase = z.enum(['loading', 'preparing', 'high_noise', 'low_noise', 'sampling', 'decode', 'save'])
export type ProgressPhase = z.infer<typeof ProgressPhase>

/** A running prompt's progress. */
export const Progress = z.object({
  /** Step of the sampler pass that runs now, of `max` (both 0 outside sampling). */
  value: z.number(),
  max: z.number(),
  /** The node ComfyUI runs now. */
  node: z.nullable(z.string()),
  /** The whole prompt, 0 to 1, weighted by what each node usually costs; it never goes back. */
  fraction: z.number().check(z.gte(0), z.lte(1)),
  phase: ProgressPhase,
  /** When ComfyUI started the prompt. */
  started_at: z.nullable(z.string()),
  /** The usual time of a whole segment (ms): the job's finished segments, else recent ones; null before any. */
  typical_ms: z.nullable(z.number()),
})
export type Progress = z.infer<typeof Progress>

/** What every run of a segment has: the chain's current take (Segment) and each kept take (Take). */
const RunFields = z.object({
  job_id: z.number().check(z.int()),
  idx: z.number().check(z.int()),
  /** Which take of the segment this run is (1-based). */
  take: z.number().check(z.int()),
  status: SegmentStatus,
  prompt: z.string(),
  negative_prompt: z.nullable(z.string()),
  seed: Seed,
  loras: SegmentLoras,
  prompt_id: z.nullable(z.string()),
  /**
   * The id of the ComfyUI backend its prompt is on, or was made on (GET /api/backends); null before it
   * is submitted. Optional when parsed, so answers of versions before several backends still parse.
   */
  backend: z.optional(z.nullable(z.string())),
  /** LoadImage value this run starts from ("x.png" or "<sub>/<file> [output]"); null for text-to-video. */
  start_image: z.nullable(z.string()),
  /**
   * The original frame this run started from (LoadImage value of the previous take's last frame),
   * when the colour guard sent ComfyUI a corrected copy instead (then `start_image` names the copy).
   */
  start_source: z.nullable(z.string()),
  video: z.nullable(FileRef),
  last_frame: z.nullable(FileRef),
  /** Frames in this run's own video (the `carry` frames it shares with the segment before are left out). */
  frames: z.nullable(z.number().check(z.int())),
  /** How this run continued the segment before (for segment 0: 'svi' when it ran SVI's graph, else 'frame'). */
  seam_mode: SeamMode,
  /** Frames of the segment before that this run re-rendered at its start and left out of its video (0 for segment 0). */
  carry: z.number().check(z.int()),
  /** This run's last frames (up to TAIL_FRAMES) as a lossless animated PNG: what a motion or SVI hand-off loads. */
  tail: z.nullable(FileRef),
  /**
   * Seam meter of the join into this run: the jump across the join (motion-compensated frame
   * difference) divided by the median of the same measure inside the two segments; ~1 is seamless.
   */
  seam: z.nullable(z.number()),
  /** seam is above the job's seam_threshold. */
  seam_warning: z.boolean(),
  execution_ms: z.nullable(z.number().check(z.int())),
  attempts: z.number().check(z.int()),
  error: z.nullable(SegmentError),
  /** Colour distance of the last frame to the job's anchor: CIE76 delta E between mean Lab colours. */
  drift: z.nullable(z.number()),
  /** drift is above the job's drift_threshold. */
  drift_warning: z.boolean(),
  /** With a drift warning: its likely cause and what to do (turn the guard on, pick an anchor, another seed); else null. */
  drift_advice: z.nullable(z.string()),
  created_at: z.string(),
  started_at: z.nullable(z.string()),
  finished_at: z.nullable(z.string()),
})

/** A segment of the chain; its run fields describe its current take, the one that counts once done. */
export const Segment = z.extend(RunFields, {
  progress: z.nullable(Progress),
  /** How many takes the segment has (finished, failed and queued candidates). */
  take_count: z.number().check(z.int()),
  /** Takes of this segment still to be made or being made beside the one that counts (a redo, candidates). */
  open_takes: z.number().check(z.int()),
  /** How long each finished take ran in ComfyUI (ms), by take number: the timing chart. */
  take_times: z.array(z.object({ take: z.number().check(z.int()), ms: z.number().check(z.int()) })),
  /** A locked segment keeps its take: no re-run replaces it and no other take can be chosen. */
  locked: z.boolean(),
  /** Done, but the segment before it changed take since: it no longer starts where that one ends. */
  stale: z.boolean(),
})
export type Segment = z.infer<typeof Segment>

/** One take of a segment: its settings, state and files. Takes are numbered per segment from 1. */
export const Take = z.extend(RunFields, {
  /** This is the take that counts (the segment's current take). */
  chosen: z.boolean(),
  /** Sidecar URL paths (relative to /api) of this take's files, null until they exist. */
  video_url: z.nullable(z.string()),
  last_frame_url: z.nullable(z.string()),
})
export type Take = z.infer<typeof Take>

export const SegmentTakes = z.object({ segment: Segment, takes: z.array(Take) })
export type SegmentTakes = z.infer<typeof SegmentTakes>
