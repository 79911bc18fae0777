// The frame rules of a long video, in one place: what each segment adds to the chain at its
// hand-off, how many frames a final has after its trims and crossfades, and the seam defaults.
// Pure arithmetic over plain numbers, shared by the engine, the finalize check, video/'s seam plan
// and the panel's previews, so none of them counts frames its own way.

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
