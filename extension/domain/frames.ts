// The user thinks in seconds, Wan2.2 in 4k+1 frames. The rule that turns one into the other is the
// sidecar's own (sidecar/contract/frames.ts), so the form's preview is the count the job gets.
import { framesForSeconds } from '../../sidecar/contract'

/**
 * Frames per segment the sidecar makes of `seconds` at `fps`, or null while the two fields do not
 * hold a usable pair yet (the user is typing).
 */
export function segmentFramesFor(seconds: number, fps: number): number | null {
  if (!(seconds > 0) || !(fps > 0) || !Number.isFinite(seconds * fps)) return null
  return framesForSeconds(seconds, fps)
}

/** Playing time of a segment of `frames` frames. */
export function secondsForFrames(frames: number, fps: number): number {
  return (frames - 1) / fps
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`
}
