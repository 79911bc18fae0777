// The frame rules of a long video, in one place: what each segment adds to the chain at its
// hand-off, how many frames a final has after its trims and crossfades, and the seam defaults.
// Pure arithmetic over plain numbers, shared by the engine, the finalize check, video/'s seam plan
// and the panel's previews, so none of them counts frames its own way.

/**
 * Wan2.2 frame counts: the VAE packs 4 frames per latent step plus the first, so a segment has 4k+1
 * frames. ComfyUI does not check this (80 silently becomes 77), so we do.
 */
export const MIN_FRAMES = 5

export function isValidFrameCount(n: number): boolean {
  return Number.isInteger(n) && n >= MIN_FRAMES && (n - 1) % 4 === 0
}

/** The nearest 4k+1 frame count, at least 5 (ties round up). */
export function normalizeFrames(n: number): number {
  if (!Number.isFinite(n)) throw new RangeError(`frames must be a finite number, got ${n}`)
  const k = Math.max(1, Math.round((n - 1) / 4))
  return 4 * k + 1
}

/**
 * Frames for a segment that should add `seconds` to the video. Segments after the first leave out
 * their frame 0 (it repeats the previous last frame), so 5 s at 16 fps is 81 frames, adding 80.
 * The sidecar resolves `seconds_per_segment` with it and the panel previews with it.
 */
export function framesForSeconds(seconds: number, fps: number): number {
  if (!(seconds > 0) || !(fps > 0)) throw new RangeError(`seconds and fps must be positive (got ${seconds}, ${fps})`)
  return normalizeFrames(Math.round(seconds * fps) + 1)
}

/** Crossfade length when a crossfade seam gives none. */
export const DEFAULT_CROSSFADE_FRAMES = 8
/** Longest crossfade a seam may ask for. */
export const MAX_CROSSFADE_FRAMES = 240
/** Most frames a trim may drop from the start of a segment. */
export const MAX_TRIM_FRAMES = 1000

/**
 * Frames a plain hand-off carries across a join: the next segment starts from the previous last
 * frame and leaves that shared frame out of its own video.
 */
export const HANDOFF_CARRY = 1

/**
 * How a join hands the chain on to the next segment:
 * - `frame`: the previous last frame is the next start image (one frame carried);
 * - `motion`: the previous last K frames (K in MOTION_CARRIES) are the next start batch, which
 *   WanImageToVideo locks ((K-1)//4)+1 latents of, so the motion goes on across the join;
 * - `svi`: SVI 2.0 Pro (KJNodes' WanImageToVideoSVIPro with the SVI LoRAs): frame 0 is the anchor,
 *   frames 1-4 re-render the previous clip's last latent, so SVI_CARRY frames are left out.
 */
export const SEAM_MODES = ['frame', 'motion', 'svi'] as const
/** One of SEAM_MODES (the zod schema and its type are `SeamMode` in parameters.ts). */
type Mode = (typeof SEAM_MODES)[number]

/** Frames a motion hand-off may carry: 4m+1, so they fill whole latents (5 pin 2, 9 pin 3). */
export const MOTION_CARRIES = [5, 9] as const
export type MotionCarry = (typeof MOTION_CARRIES)[number]
export const DEFAULT_MOTION_CARRY: MotionCarry = 5

/** Frames an SVI segment shows again: the anchor frame, then the 4 frames of the previous last latent. */
export const SVI_CARRY = 5

/** Frames every segment saves losslessly at its end (APNG), the most any mode carries. */
export const TAIL_FRAMES = 9

/** SVI's authors: 81 frames per clip (121 degrades colour). */
export const SVI_FRAMES = 81

/** The mode of one join; `frames` is K for `motion` (DEFAULT_MOTION_CARRY when absent). */
export interface SeamChoice {
  mode: Mode
  frames?: number | undefined
}

/** Frames a join of this kind carries, which the next segment leaves out of its own video. */
export function seamCarry(choice: SeamChoice): number {
  switch (choice.mode) {
    case 'frame':
      return HANDOFF_CARRY
    case 'motion':
      return choice.frames ?? DEFAULT_MOTION_CARRY
    case 'svi':
      return SVI_CARRY
  }
}

/** A job's seam settings as far as frame counts go: a default mode and per-join choices keyed by `after`. */
export interface SeamSettingsLike {
  mode?: Mode | undefined
  motion_frames?: number | undefined
  joins?: Readonly<Record<string, SeamChoice | undefined>> | undefined
}

/** The mode of the join after segment `after` (between `after` and `after + 1`). */
export function joinChoice(settings: SeamSettingsLike | undefined, after: number): SeamChoice {
  const own = settings?.joins?.[String(after)]
  if (own) return own.mode === 'motion' ? { mode: 'motion', frames: own.frames ?? settings?.motion_frames ?? DEFAULT_MOTION_CARRY } : { mode: own.mode }
  const mode = settings?.mode ?? 'frame'
  return mode === 'motion' ? { mode, frames: settings?.motion_frames ?? DEFAULT_MOTION_CARRY } : { mode }
}

/** The carries of the joins of a chain of `count` segments as planned: K_1..K_{count-1}. */
export function plannedCarries(settings: SeamSettingsLike | undefined, count: number): number[] {
  return Array.from({ length: Math.max(0, count - 1) }, (_, after) => seamCarry(joinChoice(settings, after)))
}

/** Why a segment of `rendered` frames cannot take a join of this kind, or null: it must add frames of its own. */
export function carryProblem(choice: SeamChoice, rendered: number): string | null {
  if (choice.mode === 'motion' && !(MOTION_CARRIES as readonly number[]).includes(choice.frames ?? DEFAULT_MOTION_CARRY)) {
    return `a motion hand-off carries ${MOTION_CARRIES.join(' or ')} frames, not ${choice.frames}`
  }
  const carry = seamCarry(choice)
  if (rendered <= carry) return `${rendered} frames per segment leave nothing new after the ${carry} carried frames; use more frames`
  return null
}

/**
 * What each join carries, as data: `carries[j]` frames of segment j are rendered again at the start
 * of segment j + 1, which leaves them out. A missing entry is a plain hand-off (HANDOFF_CARRY).
 */
export type Carries = readonly (number | undefined)[]

/** Frames segment idx leaves out because the segment before hands them over (0 for the first). */
export function carryInto(idx: number, carries: Carries = []): number {
  return idx === 0 ? 0 : (carries[idx - 1] ?? HANDOFF_CARRY)
}

/** Frames segment idx adds to the chain when its workflow renders `rendered` frames. */
export function segmentFrames(rendered: number, idx: number, carries: Carries = []): number {
  return rendered - carryInto(idx, carries)
}

/** Frames of a chain of `count` segments of `rendered` frames each: L + sum(L - K_i). */
export function chainFrames(rendered: number, count: number, carries: Carries = []): number {
  let total = 0
  for (let idx = 0; idx < count; idx++) total += segmentFrames(rendered, idx, carries)
  return total
}

/** The seams and trims a finalize asks for, as FinalizeBody carries them. */
export interface SeamChoices {
  seams?: readonly { after: number; type: 'cut' | 'crossfade'; frames?: number | undefined }[] | undefined
  trim_first?: readonly { idx: number; frames: number }[] | undefined
}

/**
 * The crossfade of every join and the trim of every segment a finalize asks for, over the segments
 * it stitches (`indices`, in order). The first choice for a join or a segment counts.
 */
export function seamLayout(choices: SeamChoices, indices: readonly number[]): { crossfades: number[]; trimFirst: number[] } {
  const crossfades = indices.slice(0, -1).map((idx) => {
    const seam = choices.seams?.find((s) => s.after === idx)
    return seam?.type === 'crossfade' ? (seam.frames ?? DEFAULT_CROSSFADE_FRAMES) : 0
  })
  const trimFirst = indices.map((idx) => choices.trim_first?.find((t) => t.idx === idx)?.frames ?? 0)
  return { crossfades, trimFirst }
}

export interface FinalFramesInput {
  /** Frames of each stitched segment's own video, in order (hand-off frames already left out). */
  frames: readonly number[]
  /** Frames dropped from the start of each segment (missing = 0). */
  trimFirst?: readonly (number | undefined)[] | undefined
  /** Crossfade length of each join, between segment j and j + 1 (missing or 0 = a cut). */
  crossfades?: readonly (number | undefined)[] | undefined
}

/** One segment as the final file uses it. */
export interface FinalPart {
  /** First kept frame of the segment's video. */
  start: number
  /** Frames kept. */
  count: number
  /** Frames blended with the previous segment (crossfade in) and the next one (crossfade out). */
  fadeIn: number
  fadeOut: number
}

/** Why a final cannot be made as asked; `part` and `join` count from 0 in stitch order. */
export type FrameProblem =
  /** The trim is not a whole number of frames, or it leaves the segment no frame. */
  | { type: 'trim'; part: number; frames: number; trim: number }
  /** A crossfade must leave both of its segments a frame of their own: `frames` < `room`. */
  | { type: 'crossfade'; join: number; frames: number; room: number }
  /** The two crossfades of one segment would blend the same frames. */
  | { type: 'overlap'; part: number; kept: number; fadeIn: number; fadeOut: number }

export interface FinalFrames {
  parts: FinalPart[]
  /** sum(F_i - t_i) - sum(N_j): the frames of the file. */
  total: number
  /** Output frame range [start, end) of each segment's chapter: it starts where the segment first shows. */
  chapters: Array<{ start: number; end: number }>
  /** Nothing is trimmed and every join is a cut: a stream copy can do it. */
  cutsOnly: boolean
  problems: FrameProblem[]
}

/**
 * The frame arithmetic of a final video. A crossfade of N frames overlaps the last N frames of
 * segment j with the first N of segment j + 1, so every crossfaded join shortens the total by N;
 * a trim of k frames drops a segment's first k.
 */
export function finalFrames(input: FinalFramesInput): FinalFrames {
  const { frames } = input
  const last = frames.length - 1
  const fade = (join: number) => (join >= 0 && join < last ? Math.max(0, input.crossfades?.[join] ?? 0) : 0)
  const parts = frames.map((n, i): FinalPart => {
    const trim = input.trimFirst?.[i] ?? 0
    return { start: trim, count: n - trim, fadeIn: fade(i - 1), fadeOut: fade(i) }
  })
  const problems: FrameProblem[] = []
  parts.forEach((p, i) => {
    const n = frames[i] ?? 0
    if (!Number.isInteger(p.start) || p.start < 0 || p.count < 1) problems.push({ type: 'trim', part: i, frames: n, trim: p.start })
    else if (p.fadeIn + p.fadeOut > p.count) problems.push({ type: 'overlap', part: i, kept: p.count, fadeIn: p.fadeIn, fadeOut: p.fadeOut })
  })
  parts.slice(0, -1).forEach((p, join) => {
    const next = parts[join + 1] as FinalPart
    const room = Math.min(p.count, next.count)
    if (p.fadeOut > 0 && p.fadeOut >= room) problems.push({ type: 'crossfade', join, frames: p.fadeOut, room })
  })
  const starts: number[] = []
  let at = 0
  for (const p of parts) {
    at -= p.fadeIn
    starts.push(at)
    at += p.count
  }
  const chapters = parts.map((_, i) => ({ start: starts[i] as number, end: i + 1 < parts.length ? (starts[i + 1] as number) : at }))
  const cutsOnly = parts.every((p) => p.start === 0 && p.fadeIn === 0)
  return { parts, total: at, chapters, cutsOnly, problems }
}
