// Export options of a finalize as the user sets them, the body the sidecar gets, and the frame count
// they lead to (the sidecar's own frame rules, sidecar/contract/frames.ts).
import type { FinalFrames, FinalizeBody, FrameProblem, Segment, X264_PRESETS } from '../../sidecar/contract'
import { DEFAULT_CROSSFADE_FRAMES, finalFrames } from '../../sidecar/contract'
import { t } from '../i18n'

export type X264Preset = (typeof X264_PRESETS)[number]

export const DEFAULT_CRF = 18
export const DEFAULT_X264_PRESET: X264Preset = 'medium'

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

/** The form as the job keeps it (Job.finalize_options): null or {} is the default stream copy. */
export function draftFromOptions(options: FinalizeBody | null): FinalizeDraft {
  const draft = emptyDraft()
  if (!options) return draft
  return {
    mode: options.mode ?? draft.mode,
    crf: options.crf ?? draft.crf,
    preset: options.preset ?? draft.preset,
    crossfades: Object.fromEntries((options.seams ?? []).filter((s) => s.type === 'crossfade').map((s) => [s.after, s.frames ?? DEFAULT_CROSSFADE_FRAMES])),
    trims: Object.fromEntries((options.trim_first ?? []).map((t) => [t.idx, t.frames])),
  }
}

/**
 * Everything the form holds, for the job to keep (PUT /jobs/{id}/finalize-options): unlike the
 * finalize body it keeps a CRF and preset chosen before switching back to a stream copy.
 */
export function optionsFromDraft(draft: FinalizeDraft): FinalizeBody {
  const seams = Object.entries(draft.crossfades)
    .map(([after, frames]) => ({ after: Number(after), frames: Math.round(frames) }))
    .filter((s) => s.frames > 0)
    .sort((a, b) => a.after - b.after)
    .map((s) => ({ after: s.after, type: 'crossfade' as const, frames: s.frames }))
  const trims = Object.entries(draft.trims)
    .map(([idx, frames]) => ({ idx: Number(idx), frames: Math.round(frames) }))
    .filter((t) => t.frames > 0)
    .sort((a, b) => a.idx - b.idx)
  return {
    mode: draft.mode,
    crf: draft.crf,
    preset: draft.preset,
    ...(seams.length ? { seams } : {}),
    ...(trims.length ? { trim_first: trims } : {}),
  }
}

/** True when the form holds something other than the default stream copy. */
export function isDefaultDraft(draft: FinalizeDraft): boolean {
  return JSON.stringify(optionsFromDraft(draft)) === JSON.stringify(optionsFromDraft(emptyDraft()))
}

/**
 * The chosen takes that finalize stitches, in order. A segment's `frames` already leaves out the
 * frames it carried over from the one before (1, or K in motion mode, 5 with SVI); when unknown it is
 * derived from the job's frames and the segment's own carry (0 for segment 0): L - K.
 */
export function finalParts(segments: readonly Segment[], framesPerSegment: number): FinalPart[] {
  return segments
    .filter((s) => s.status === 'done')
    .sort((a, b) => a.idx - b.idx)
    .map((s) => ({ idx: s.idx, frames: s.frames ?? framesPerSegment - s.carry }))
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

function plan(parts: readonly FinalPart[], draft: FinalizeDraft): FinalFrames {
  return finalFrames({
    frames: parts.map((p) => p.frames),
    trimFirst: parts.map((p) => trimOf(draft, p.idx)),
    crossfades: joins(parts).map((idx) => crossfadeAfter(draft, idx)),
  })
}

/** sum(F_i - t_i) - sum(N_j): the frames of the file these options make. */
export function finalFrameCount(parts: readonly FinalPart[], draft: FinalizeDraft): number {
  return plan(parts, draft).total
}

/** Crossfades and trims re-encode the whole file whatever the mode says. */
export function forcesReencode(parts: readonly FinalPart[], draft: FinalizeDraft): boolean {
  return !plan(parts, draft).cutsOnly
}

/** What the sidecar would refuse, in words: a segment must keep the frames its crossfades use. */
export function finalizeProblems(parts: readonly FinalPart[], draft: FinalizeDraft): string[] {
  return plan(parts, draft).problems.map((p) => problemText(p, parts))
}

function problemText(p: FrameProblem, parts: readonly FinalPart[]): string {
  const n = (part: number) => (parts[part]?.idx ?? part) + 1
  switch (p.type) {
    case 'trim':
      return t('finalize.problem.trim', { segment: n(p.part), frames: p.frames, trim: p.trim })
    case 'overlap':
      return t('finalize.problem.overlap', { segment: n(p.part), kept: p.kept, used: p.fadeIn + p.fadeOut })
    case 'crossfade':
      return t('finalize.problem.crossfade', { segment: n(p.join), frames: p.frames, room: p.room })
  }
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
