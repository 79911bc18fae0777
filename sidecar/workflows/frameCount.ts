// Wan2.2 frame counts: the VAE packs 4 frames per latent step plus the first, so a segment has 4k+1
// frames. ComfyUI does not check this (80 silently becomes 77), so we do.

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
 */
export function framesForSeconds(seconds: number, fps: number): number {
  if (!(seconds > 0) || !(fps > 0)) throw new RangeError(`seconds and fps must be positive (got ${seconds}, ${fps})`)
  return normalizeFrames(Math.round(seconds * fps) + 1)
}
