// The seam plan of a stitch: the final's frame arithmetic (contract/frames.ts) over the inputs'
// frame counts, refused with an error naming the input when the trims and crossfades do not fit.
import { finalFrames } from '../contract'
import type { FinalFrames, FrameProblem } from '../contract'

/** How input k joins input k + 1: a cut, or a crossfade over `frames` frames. */
export type Seam = { type: 'cut' } | { type: 'crossfade'; frames: number }

export interface SeamPlanInput {
  /** Frames of each input. */
  frames: number[]
  /** Frames dropped from the start of each input (missing = 0). */
  trimFirst?: number[] | undefined
  /** One per join (frames.length - 1); missing = cut. */
  seams?: Seam[] | undefined
}

export type SeamPlan = Omit<FinalFrames, 'problems'>

export function planSeams(input: SeamPlanInput): SeamPlan {
  const { frames } = input
  if (frames.length === 0) throw new Error('nothing to stitch: no input videos')
  if (input.seams && input.seams.length !== frames.length - 1) {
    throw new Error(`${frames.length} inputs have ${frames.length - 1} joins, not ${input.seams.length}`)
  }
  const crossfades = input.seams?.map((s) => (s.type === 'crossfade' ? s.frames : 0))
  const { problems, ...plan } = finalFrames({ frames, trimFirst: input.trimFirst, crossfades })
  const [problem] = problems
  if (problem) throw new Error(problemText(problem))
  return plan
}

function problemText(p: FrameProblem): string {
  switch (p.type) {
    case 'trim':
      return `input ${p.part + 1} has ${p.frames} frames; cannot trim ${p.trim}`
    case 'overlap':
      return `input ${p.part + 1} keeps ${p.kept} frames, too few for crossfades of ${p.fadeIn} and ${p.fadeOut}`
    case 'crossfade':
      return `inputs ${p.join + 1} and ${p.join + 2} keep ${p.room} frames, too few for a crossfade of ${p.frames}`
  }
}
