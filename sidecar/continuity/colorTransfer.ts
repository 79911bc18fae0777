// Reinhard-style colour transfer in Lab over RGB24 pixel arrays, and the drift meter's distance.
// Pure functions: pixels come in and go out as plain arrays (read and written by the video module).
import { deltaE76, labToSrgb, srgbToLab } from './labColor'
import type { Lab } from './labColor'

export interface Rgb24 {
  width: number
  height: number
  /** RGB24, row-major, width*height*3 bytes. */
  data: Uint8Array
}

export interface LabStats {
  mean: Lab
  std: Lab
}

/** Lab of every pixel, three floats each. */
export function toLabPixels(img: Rgb24): Float64Array {
  const n = img.width * img.height
  const out = new Float64Array(n * 3)
  const memo = new Map<number, Lab>()
  for (let i = 0; i < n; i++) {
    const o = i * 3
    const key = ((img.data[o] as number) << 16) | ((img.data[o + 1] as number) << 8) | (img.data[o + 2] as number)
    let lab = memo.get(key)
    if (!lab) {
      lab = srgbToLab(img.data[o] as number, img.data[o + 1] as number, img.data[o + 2] as number)
      memo.set(key, lab)
    }
    out[o] = lab[0]
    out[o + 1] = lab[1]
    out[o + 2] = lab[2]
  }
  return out
}

/** Mean and standard deviation of each Lab channel. */
export function labStats(lab: Float64Array): LabStats {
  const n = lab.length / 3
  if (n === 0) throw new Error('an image without pixels has no colour statistics')
  let sL = 0
  let sA = 0
  let sB = 0
  for (let o = 0; o < lab.length; o += 3) {
    sL += lab[o] as number
    sA += lab[o + 1] as number
    sB += lab[o + 2] as number
  }
  const mean: Lab = [sL / n, sA / n, sB / n]
  let qL = 0
  let qA = 0
  let qB = 0
  for (let o = 0; o < lab.length; o += 3) {
    qL += ((lab[o] as number) - mean[0]) ** 2
    qA += ((lab[o + 1] as number) - mean[1]) ** 2
    qB += ((lab[o + 2] as number) - mean[2]) ** 2
  }
  return { mean, std: [Math.sqrt(qL / n), Math.sqrt(qA / n), Math.sqrt(qB / n)] }
}

export function imageStats(img: Rgb24): LabStats {
  return labStats(toLabPixels(img))
}

/**
 * Moves `img`'s colours toward the anchor's: per Lab channel, scale the spread by the std ratio and
 * shift the mean (Reinhard), then blend with the original by `strength` (0 none, 1 full), in Lab.
 * The transfer maps from `img`'s own statistics, or from `from` when given.
 */
export function matchColors(img: Rgb24, anchor: LabStats, strength: number, from?: LabStats): Rgb24 {
  const s = Math.max(0, Math.min(1, strength))
  const lab = toLabPixels(img)
  // `from`: the statistics the transfer maps from, when it is one correction shared by several frames.
  const own = from ?? labStats(lab)
  // A flat channel has no spread to scale: shift it only.
  const scale = [0, 1, 2].map((c) => ((own.std[c] as number) > 1e-6 ? (anchor.std[c] as number) / (own.std[c] as number) : 1))
  const data = new Uint8Array(img.data.length)
  for (let o = 0; o < lab.length; o += 3) {
    const v: number[] = [0, 0, 0]
    for (let c = 0; c < 3; c++) {
      const x = lab[o + c] as number
      const matched = ((x - (own.mean[c] as number)) * (scale[c] as number)) + (anchor.mean[c] as number)
      v[c] = x + (matched - x) * s
    }
    const [r, g, b] = labToSrgb(v[0] as number, v[1] as number, v[2] as number)
    data[o] = r
    data[o + 1] = g
    data[o + 2] = b
  }
  return { width: img.width, height: img.height, data }
}

/** The drift meter: CIE76 delta E between the mean Lab colours of two images' statistics. */
export function meanColorDistance(a: LabStats, b: LabStats): number {
  return deltaE76(a.mean, b.mean)
}
