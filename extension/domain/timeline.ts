// The timeline's geometry and frame arithmetic: one clip per segment placed where the final would show
// it (trims and crossfades applied through the sidecar's own frame rules, contract/frames.ts), the
// joins between clips, and the mapping from a frame of the final to a segment's own frame.
import type { JobWithSegments, SeamMode, Segment } from '../../sidecar/contract'
import { finalFrames, joinChoice, plannedCarries, seamCarry, segmentFrames } from '../../sidecar/contract'
import type { FinalizeDraft } from './finalizePlan'
import { finalParts } from './finalizePlan'

export interface TimelineClip {
  idx: number
  segment: Segment
  /** The chosen take is stitched by a finalize now (the segment is done). */
  inFinal: boolean
  /** First frame of the clip on the timeline (frames of the final; planned clips follow the final). */
  start: number
  /** Frames the clip takes on the track: up to where the next clip begins (crossfade overlap counted once). */
  length: number
  /** First frame of its own video that is kept (the trim). */
  trim: number
  /** Frames of its own video that are kept (a crossfade's frames included). */
  count: number
  fadeIn: number
  fadeOut: number
}

export interface TimelineJoin {
  /** The join between segment `after` and `next`. */
  after: number
  next: number
  mode: SeamMode
  /** Frames the next segment re-renders and leaves out (K). */
  carry: number
  /** Crossfade frames the finalize draft asks for (0: a cut). */
  crossfade: number
  /** Seam meter of the join (the next segment's), null before it is measured. */
  seam: number | null
  seamWarning: boolean
  /** Colour drift of the segment before the join. */
  drift: number | null
  driftWarning: boolean
  /** Timeline frame where the next clip begins. */
  at: number
}

export interface TimelineLayout {
  clips: TimelineClip[]
  joins: TimelineJoin[]
  /** Frames of the final these segments and options make: what playback covers. */
  total: number
  /** Frames the track spans: the final plus planned or unfinished segments. */
  span: number
  fps: number
}

/** Frames a segment that is not done yet is expected to add (its join's carry left out). */
function expectedFrames(job: JobWithSegments, idx: number): number {
  const carries = plannedCarries(job.parameters.seam, idx + 1)
  return Math.max(1, segmentFrames(job.parameters.frames, idx, carries))
}

export function timelineLayout(job: JobWithSegments, draft: FinalizeDraft): TimelineLayout {
  const segments = [...job.segments].sort((a, b) => a.idx - b.idx)
  const parts = finalParts(segments, job.parameters.frames)
  const plan = finalFrames({
    frames: parts.map((p) => p.frames),
    trimFirst: parts.map((p) => Math.max(0, Math.round(draft.trims[p.idx] ?? 0))),
    crossfades: parts.slice(0, -1).map((p) => Math.max(0, Math.round(draft.crossfades[p.idx] ?? 0))),
  })
  const partOf = new Map(parts.map((p, i) => [p.idx, i]))
  let cursor = plan.total
  const clips = segments.map((segment): TimelineClip => {
    const i = partOf.get(segment.idx)
    const part = i === undefined ? undefined : plan.parts[i]
    const chapter = i === undefined ? undefined : plan.chapters[i]
    if (part && chapter) {
      return { idx: segment.idx, segment, inFinal: true, start: chapter.start, length: Math.max(0, chapter.end - chapter.start), trim: part.start, count: part.count, fadeIn: part.fadeIn, fadeOut: part.fadeOut }
    }
    const length = segment.frames ?? expectedFrames(job, segment.idx)
    const clip: TimelineClip = { idx: segment.idx, segment, inFinal: false, start: cursor, length, trim: 0, count: length, fadeIn: 0, fadeOut: 0 }
    cursor += length
    return clip
  })
  const joins = clips.slice(0, -1).map((clip, k): TimelineJoin => {
    const next = clips[k + 1] as TimelineClip
    const choice = next.segment.status === 'planned' ? joinChoice(job.parameters.seam, clip.idx) : { mode: next.segment.seam_mode, frames: next.segment.carry }
    return {
      after: clip.idx,
      next: next.idx,
      mode: choice.mode,
      carry: next.segment.status === 'planned' ? seamCarry(choice) : next.segment.carry,
      crossfade: clip.inFinal && next.inFinal ? clip.fadeOut : 0,
      seam: next.segment.seam,
      seamWarning: next.segment.seam_warning,
      drift: clip.segment.drift,
      driftWarning: clip.segment.drift_warning,
      at: next.start,
    }
  })
  return { clips, joins, total: plan.total, span: Math.max(cursor, plan.total), fps: job.parameters.fps }
}

/** What the final shows at one of its frames: a segment's own frame, and during a crossfade the one fading out. */
export interface FramePosition {
  idx: number
  /** Frame of the segment's own video (0-based, trims counted). */
  local: number
  /** The segment fading out under it, with its frame and how much of it still shows (0-1). */
  under: { idx: number; local: number; weight: number } | null
}

/**
 * Global frame of the final -> (segment, frame of its own video). Frames outside [0, total) clamp to
 * the ends; null when nothing is stitched yet. A crossfade of N frames blends linearly: its k-th frame
 * (0-based) shows the incoming segment at (k + 1) / (N + 1).
 */
export function frameAt(layout: TimelineLayout, frame: number): FramePosition | null {
  const clips = layout.clips.filter((c) => c.inFinal && c.length > 0)
  if (!clips.length || layout.total <= 0) return null
  const g = Math.min(layout.total - 1, Math.max(0, Math.floor(frame)))
  let k = clips.findIndex((c) => g >= c.start && g < c.start + c.length)
  if (k === -1) k = clips.length - 1
  const clip = clips[k] as TimelineClip
  const into = g - clip.start
  const before = clips[k - 1]
  const under =
    before && into < clip.fadeIn
      ? { idx: before.idx, local: before.trim + (g - before.start), weight: 1 - (into + 1) / (clip.fadeIn + 1) }
      : null
  return { idx: clip.idx, local: clip.trim + into, under }
}

/** The final's frame where a segment's own frame shows (the inverse of frameAt outside crossfades). */
export function globalFrame(layout: TimelineLayout, idx: number, local: number): number | null {
  const clip = layout.clips.find((c) => c.idx === idx && c.inFinal)
  if (!clip) return null
  const into = Math.min(clip.length - 1, Math.max(0, local - clip.trim))
  return clip.start + into
}

/** The clip whose track area holds a timeline frame (planned clips too), for clicks on the track. */
export function clipAt(layout: TimelineLayout, frame: number): TimelineClip | null {
  return layout.clips.find((c) => frame >= c.start && frame < c.start + c.length) ?? null
}

/** "00:03.250": a frame as the time the final shows it. */
export function timecode(frame: number, fps: number): string {
  const ms = Math.round((Math.max(0, frame) / Math.max(1, fps)) * 1000)
  const m = Math.floor(ms / 60000)
  const s = Math.floor((ms % 60000) / 1000)
  return `${String(m).padStart(2, '0')}:${String(s).padStart(2, '0')}.${String(ms % 1000).padStart(3, '0')}`
}

/** A join's colour on the track: its worst signal (warning over the threshold, ok when measured, unknown). */
export function joinLevel(join: Pick<TimelineJoin, 'seam' | 'seamWarning' | 'driftWarning'>): 'warn' | 'ok' | 'unknown' {
  if (join.seamWarning || join.driftWarning) return 'warn'
  return join.seam === null ? 'unknown' : 'ok'
}
