// Frame arithmetic of a final video: per-segment trims and per-join seams (cut or crossfade).
// A crossfade of N frames overlaps the last N frames of segment k with the first N of segment k+1,
// so every crossfaded join shortens the total by N; a trim of k frames drops a segment's first k.
export type Seam = { type: 'cut' } | { type: 'crossfade'; frames: number }

export interface SeamPlanInput {
  /** Frames of each input. */
  frames: number[]
  /** Frames dropped from the start of each input (missing = 0). */
  trimFirst?: number[] | undefined
  /** One per join (frames.length - 1); missing = cut. */
  seams?: Seam[] | undefined
}

export interface PlannedPart {
  /** First kept frame of the input. */
  start: number
  /** Frames kept. */
  count: number
  /** Frames shared with the previous input (crossfade in) and the next one (crossfade out). */
  fadeIn: number
  fadeOut: number
}

export interface SeamPlan {
  parts: PlannedPart[]
  total: number
  /** Output frame range [start, end) of each input's chapter: it starts where the input first shows. */
  chapters: Array<{ start: number; end: number }>
  /** Nothing is trimmed and every join is a cut: a stream copy can do it. */
  cutsOnly: boolean
}

export function planSeams(input: SeamPlanInput): SeamPlan {
  const { frames } = input
  if (frames.length === 0) throw new Error('nothing to stitch: no input videos')
  if (input.seams && input.seams.length !== frames.length - 1) {
    throw new Error(`${frames.length} inputs have ${frames.length - 1} joins, not ${input.seams.length}`)
  }
  const fade = (join: number) => {
    const seam = input.seams?.[join]
    return seam?.type === 'crossfade' ? seam.frames : 0
  }
  const parts = frames.map((n, i): PlannedPart => {
    const trim = input.trimFirst?.[i] ?? 0
    if (!Number.isInteger(trim) || trim < 0 || trim >= n) throw new Error(`input ${i + 1} has ${n} frames; cannot trim ${trim}`)
    const part = { start: trim, count: n - trim, fadeIn: i > 0 ? fade(i - 1) : 0, fadeOut: i < frames.length - 1 ? fade(i) : 0 }
    if (part.fadeIn + part.fadeOut > part.count) {
      throw new Error(`input ${i + 1} keeps ${part.count} frames, too few for crossfades of ${part.fadeIn} and ${part.fadeOut}`)
    }
    return part
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
  return { parts, total: at, chapters, cutsOnly }
}
