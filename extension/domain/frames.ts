// Wan2.2 wants 4k+1 frames per segment; the user thinks in seconds.

/** The 4k+1 frame count closest to `seconds` at `fps` (at least 5: one latent step beyond the start). */
export function framesForSeconds(seconds: number, fps: number): number {
  const raw = Math.round(seconds * fps)
  const k = Math.max(1, Math.round((raw - 1) / 4))
  return 4 * k + 1
}

/** Playing time of a segment of `frames` frames. */
export function secondsForFrames(frames: number, fps: number): number {
  return (frames - 1) / fps
}

export function isValidFrameCount(frames: number): boolean {
  return Number.isInteger(frames) && frames >= 5 && (frames - 1) % 4 === 0
}

export function formatDuration(ms: number): string {
  const s = Math.max(0, Math.round(ms / 1000))
  if (s < 60) return `${s}s`
  const m = Math.floor(s / 60)
  if (m < 60) return `${m}m ${String(s % 60).padStart(2, '0')}s`
  return `${Math.floor(m / 60)}h ${String(m % 60).padStart(2, '0')}m`
}
