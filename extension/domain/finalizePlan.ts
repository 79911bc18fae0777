// Export options of a finalize as the user sets them, the body the sidecar gets, and the frame count
// they lead to (the arithmetic of API.md, "The final file").
import type { FinalizeBody, Segment, X264_PRESETS } from '../../sidecar/contract'

export type X264Preset = (typeof X264_PRESETS)[number]

export const DEFAULT_CRF = 18
export const DEFAULT_X264_PRESET: X264Preset = 'medium'
export const DEFAULT_CROSSFADE = 8

export interface FinalizeDraft {
  mode: 'copy' | 'reencode'
  crf: number
  preset: X264Preset
  /** Crossfade length of the join after segment idx; absent or 0 is a cut. */
  crossfades: Record<number, number>
  /** Frames dropped at the start of segment idx. */
  trims: Record<number, number>
}

/** One segment as the final file sees it: its index and the frames its own video contributes. */
export interface FinalPart {
  idx: number
  frames: number
}

export function emptyDraft(): FinalizeDraft {
  return { mode: 'copy', crf: DEFAULT_CRF, preset: DEFAULT_X264_PRESET, crossfades: {}, trims: {} }
}

/**
 * The chosen takes that finalize stitches, in order. A segment's `frames` already leaves out the
 * hand-off frame it shares with the one before; when unknown it is derived from the job's frames.
 */
export function finalParts(segments: readonly Segment[], framesPerSegment: number): FinalPart[] {
  return segments
    .filter((s) => s.status === 'done')
    .sort((a, b) => a.idx - b.idx)
    .map((s) => ({ idx: s.idx, frames: s.frames ?? (s.idx === 0 ? framesPerSegment : framesPerSegment - 1) }))
}

function crossfadeAfter(draft: FinalizeDraft, idx: number): number {
  return Math.max(0, Math.round(draft.crossfades[idx] ?? 0))
}

function trimOf(draft: FinalizeDraft, idx: number): number {
  return Math.max(0, Math.round(draft.trims[idx] ?? 0))
}

/** Joins that exist: after every part but the last. */
function joins(parts: readonly FinalPart[]): number[] {
  return parts.slice(0, -1).map((p) => p.idx)
}

/** sum(F_i - t_i) - sum(N_j): the frames of the file these options make. */
export function finalFrameCount(parts: readonly FinalPart[], draft: FinalizeDraft): number {
  const kept = parts.reduce((sum, p) => sum + p.frames - trimOf(draft, p.idx), 0)
  const overlapped = joins(parts).reduce((sum, idx) => sum + crossfadeAfter(draft, idx), 0)
  return kept - overlapped
}

/** Crossfades and trims re-encode the whole file whatever the mode says. */
export function forcesReencode(parts: readonly FinalPart[], draft: FinalizeDraft): boolean {
  return joins(parts).some((idx) => crossfadeAfter(draft, idx) > 0) || parts.some((p) => trimOf(draft, p.idx) > 0)
}

/** What the sidecar would refuse, in words: a segment must keep the frames its crossfades use. */
export function finalizeProblems(parts: readonly FinalPart[], draft: FinalizeDraft): string[] {
  const problems: string[] = []
  parts.forEach((p, i) => {
    const before = parts[i - 1]
    const fadeIn = before ? crossfadeAfter(draft, before.idx) : 0
    const fadeOut = i < parts.length - 1 ? crossfadeAfter(draft, p.idx) : 0
    const kept = p.frames - trimOf(draft, p.idx)
    if (kept < 1) problems.push(`Segment ${p.idx + 1} has ${p.frames} frames: it cannot lose ${trimOf(draft, p.idx)}`)
    else if (fadeIn + fadeOut > kept) {
      problems.push(`Segment ${p.idx + 1} keeps ${kept} frames but its crossfades use ${fadeIn + fadeOut}`)
    }
  })
  return problems
}

/** The finalize body: empty for a plain stream copy, else only what differs from the defaults. */
export function finalizeBody(parts: readonly FinalPart[], draft: FinalizeDraft): FinalizeBody {
  const seams = joins(parts)
    .filter((idx) => crossfadeAfter(draft, idx) > 0)
    .map((idx) => ({ after: idx, type: 'crossfade' as const, frames: crossfadeAfter(draft, idx) }))
  const trims = parts.filter((p) => trimOf(draft, p.idx) > 0).map((p) => ({ idx: p.idx, frames: trimOf(draft, p.idx) }))
  const reencode = draft.mode === 'reencode' || seams.length > 0 || trims.length > 0
  return {
    ...(reencode ? { mode: 'reencode' as const, crf: draft.crf, preset: draft.preset } : {}),
    ...(seams.length ? { seams } : {}),
    ...(trims.length ? { trim_first: trims } : {}),
  }
}
