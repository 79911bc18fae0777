// Wan2.2 sizes: 14B works on multiples of 16 (VAE x8, patch 2), the 5B model on multiples of 32 (VAE x16).
import type { Preset } from '../contract'

export type ModelFamily = Preset['family']

export function sizeMultiple(family: ModelFamily): number {
  return family === 'wan22_5b' ? 32 : 16
}

const FAMILY_LABEL: Record<ModelFamily, string> = { wan22_14b: 'Wan2.2 14B', wan22_5b: 'Wan2.2 5B' }

export interface SizeCheck {
  width: number
  height: number
  adjusted: boolean
  message?: string
}

function roundTo(value: number, multiple: number): number {
  return Math.max(multiple, Math.round(value / multiple) * multiple)
}

/** Fits a size to the family's multiple (nearest, at least one multiple), saying what changed. */
export function checkSize(width: number, height: number, family: ModelFamily): SizeCheck {
  if (!Number.isFinite(width) || !Number.isFinite(height) || width <= 0 || height <= 0) {
    throw new RangeError(`width and height must be positive numbers (got ${width}x${height})`)
  }
  const m = sizeMultiple(family)
  const fitted = { width: roundTo(width, m), height: roundTo(height, m) }
  if (fitted.width === width && fitted.height === height) return { ...fitted, adjusted: false }
  return {
    ...fitted,
    adjusted: true,
    message: `${width}x${height} is not a multiple of ${m} as ${FAMILY_LABEL[family]} needs; using ${fitted.width}x${fitted.height}`,
  }
}
