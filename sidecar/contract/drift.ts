// What a drift warning says: the likely cause of a segment's colour drift and what to do about it,
// from how the job holds its colours. Shared by the job answers, the final's metadata and the panel.
import type { ColorGuard } from './parameters'

export interface DriftSituation {
  /** The segment (0-based) whose last frame drifted. */
  idx: number
  /** The job's colour guard now. */
  guard: ColorGuard | undefined
  /** The guard corrected this run's start frame (the run's start_source is set). */
  corrected: boolean
  /** The job starts from an image (the default anchor); a text-only start holds colours to segment 1's last frame. */
  hasStartImage: boolean
}

/**
 * One sentence of likely cause and one of action. The guard corrects hand-offs only: the first
 * segment, or one whose start was corrected, drifted within its own clip (another seed), unless the
 * anchor or the strength is what lets the colours go.
 */
export function driftAdvice({ idx, guard, corrected, hasStartImage }: DriftSituation): string {
  if (idx === 0) return 'Likely cause: this take drifted from the start image within its own clip. Redo it with another seed.'
  if (!corrected) {
    return guard?.enabled
      ? 'Likely cause: the colour guard was off when this segment ran, so it started from drifted colours. Redo this segment: the guard now corrects its start.'
      : 'Likely cause: the colour guard is off, so each segment starts from the colours the one before drifted to. Turn the colour guard on, then redo this segment.'
  }
  if (guard?.enabled && guard.anchor === 'start_image' && !hasStartImage) {
    return "Likely cause: no anchor is picked, so colours are held to segment 1's last frame. Pick the take whose colours are right as the anchor, then redo this segment."
  }
  if (guard?.enabled && guard.strength < 1) {
    return `Likely cause: the colour guard corrects only ${Math.round(guard.strength * 100)} % of the drift. Raise its strength, or redo this segment with another seed.`
  }
  return 'Likely cause: this take drifted within its own clip (its start was corrected). Redo this segment with another seed.'
}
