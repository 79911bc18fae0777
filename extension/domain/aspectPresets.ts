// Size presets per model family: Wan2.2 14B wants multiples of 16, the 5B model multiples of 32.
import type { Preset } from '../../sidecar/contract'

export type ModelFamily = Preset['family']

export interface AspectPreset {
  id: string
  label: string
  width: number
  height: number
}

const PRESETS: Record<ModelFamily, AspectPreset[]> = {
  wan22_14b: [
    { id: '16:9', label: '16:9', width: 832, height: 480 },
    { id: '9:16', label: '9:16', width: 480, height: 832 },
    { id: '1:1', label: '1:1', width: 640, height: 640 },
    { id: '4:3', label: '4:3', width: 704, height: 528 },
    { id: '3:4', label: '3:4', width: 528, height: 704 },
    { id: '16:9-720', label: '16:9 720p', width: 1280, height: 720 },
  ],
  wan22_5b: [
    { id: '16:9', label: '16:9', width: 1280, height: 704 },
    { id: '9:16', label: '9:16', width: 704, height: 1280 },
    { id: '1:1', label: '1:1', width: 960, height: 960 },
    { id: '4:3', label: '4:3', width: 960, height: 704 },
    { id: '3:4', label: '3:4', width: 704, height: 960 },
  ],
}

export function sizeMultiple(family: ModelFamily): number {
  return family === 'wan22_5b' ? 32 : 16
}

export function aspectPresets(family: ModelFamily): AspectPreset[] {
  return PRESETS[family]
}

/** The preset matching a size exactly, or undefined for a custom size. */
export function presetForSize(family: ModelFamily, width: number, height: number): AspectPreset | undefined {
  return PRESETS[family].find((p) => p.width === width && p.height === height)
}

/** Nearest allowed value (never below one multiple). */
export function snapToMultiple(value: number, multiple: number): number {
  return Math.max(multiple, Math.round(value / multiple) * multiple)
}

/** A message for a size the model cannot take, or null when it fits. */
export function sizeProblem(width: number, height: number, family: ModelFamily): string | null {
  const m = sizeMultiple(family)
  if (!Number.isInteger(width) || !Number.isInteger(height) || width < m || height < m) {
    return `Width and height must be whole numbers of at least ${m}`
  }
  if (width > 4096 || height > 4096) return 'Width and height must be at most 4096'
  if (width % m !== 0 || height % m !== 0) {
    return `Width and height must be multiples of ${m} for this model (try ${snapToMultiple(width, m)}x${snapToMultiple(height, m)})`
  }
  return null
}
