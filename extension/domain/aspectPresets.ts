// Size presets per model family: Wan2.2 14B wants multiples of 16, the 5B model multiples of 32.
import type { Preset } from '../../sidecar/contract'
import { t } from '../i18n'

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
    return t('size.atLeast', { m })
  }
  if (width > 4096 || height > 4096) return t('size.atMost', { max: 4096 })
  if (width % m !== 0 || height % m !== 0) {
    return t('size.multiples', { m, width: snapToMultiple(width, m), height: snapToMultiple(height, m) })
  }
  return null
}

/**
 * A size with the image's own shape and about `area` pixels (the preset's usual size), fitted to the
 * model's multiples: what "Use the image's shape" offers for a portrait or square start image.
 */
export function sizeForImage(imageWidth: number, imageHeight: number, family: ModelFamily, area: number): { width: number; height: number } {
  const m = sizeMultiple(family)
  const ratio = imageWidth / imageHeight
  const fit = (v: number) => Math.min(4096, snapToMultiple(v, m))
  const width = Math.sqrt(area * ratio)
  return { width: fit(width), height: fit(width / ratio) }
}

export interface CropBox {
  /** Fractions (0-1) of the image: the part the video keeps. */
  x: number
  y: number
  width: number
  height: number
}

/**
 * The part of a start image a video of width x height keeps: WanImageToVideo scales the image to cover
 * the video's size and cuts the rest off around the center.
 */
export function centerCrop(imageWidth: number, imageHeight: number, width: number, height: number): CropBox {
  const image = imageWidth / imageHeight
  const video = width / height
  if (image > video) {
    const w = video / image
    return { x: (1 - w) / 2, y: 0, width: w, height: 1 }
  }
  const h = image / video
  return { x: 0, y: (1 - h) / 2, width: 1, height: h }
}

/** How much of the image a crop cuts off (0: none). */
export function cropLoss(box: CropBox): number {
  return 1 - box.width * box.height
}
