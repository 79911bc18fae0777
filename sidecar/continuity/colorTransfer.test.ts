import { describe, expect, it } from 'vitest'
import { imageStats, matchColors, meanColorDistance } from './colorTransfer'
import type { Rgb24 } from './colorTransfer'
import { deltaE76, labToSrgb, srgbToLab } from './labColor'

/** A small image of a base colour with a fixed texture, offset by `shift`. */
function textured(base: [number, number, number], shift: [number, number, number] = [0, 0, 0], spread = 20): Rgb24 {
  const width = 16
  const height = 16
  const data = new Uint8Array(width * height * 3)
  for (let i = 0; i < width * height; i++) {
    const t = (((i * 37) % 17) / 16 - 0.5) * spread
    for (let c = 0; c < 3; c++) data[i * 3 + c] = Math.max(0, Math.min(255, Math.round((base[c] as number) + (shift[c] as number) + t)))
  }
  return { width, height, data }
}

describe('Lab colour', () => {
  it.each([
    { rgb: [255, 255, 255], lab: [100, 0, 0] },
    { rgb: [0, 0, 0], lab: [0, 0, 0] },
    { rgb: [255, 0, 0], lab: [53.24, 80.09, 67.2] },
    { rgb: [0, 255, 0], lab: [87.73, -86.18, 83.18] },
    { rgb: [0, 0, 255], lab: [32.3, 79.19, -107.86] },
    { rgb: [128, 128, 128], lab: [53.59, 0, 0] },
  ])('converts sRGB $rgb to Lab $lab (D65) and back', ({ rgb, lab }) => {
    const got = srgbToLab(rgb[0] as number, rgb[1] as number, rgb[2] as number)
    got.forEach((v, i) => expect(v).toBeCloseTo(lab[i] as number, 1))
    expect(labToSrgb(...got)).toEqual(rgb)
  })

  it('measures CIE76 delta E as the distance in Lab', () => {
    expect(deltaE76([50, 10, -10], [53, 14, -10])).toBe(5)
  })
})

describe('matchColors', () => {
  it.each([
    { rule: 'full strength brings the mean colour onto the anchor', strength: 1, below: 0.3 },
    { rule: 'half strength goes about half way', strength: 0.5, between: [0.4, 0.6] },
    { rule: 'zero strength leaves the image as it was', strength: 0, exact: true },
  ])('$rule', ({ strength, below, between, exact }) => {
    const anchor = imageStats(textured([120, 100, 80]))
    const drifted = textured([120, 100, 80], [14, 0, -14])
    const before = meanColorDistance(imageStats(drifted), anchor)
    expect(before).toBeGreaterThan(6)
    const matched = matchColors(drifted, anchor, strength)
    const after = meanColorDistance(imageStats(matched), anchor)
    if (below !== undefined) expect(after).toBeLessThan(below)
    if (between) {
      expect(after / before).toBeGreaterThan(between[0] as number)
      expect(after / before).toBeLessThan(between[1] as number)
    }
    if (exact) expect(matched.data).toEqual(drifted.data)
  })

  it('matches the spread of each channel too', () => {
    const anchor = imageStats(textured([120, 100, 80], [0, 0, 0], 40))
    const flat = textured([120, 100, 80], [0, 0, 0], 10)
    const matched = imageStats(matchColors(flat, anchor, 1))
    expect(matched.std[0]).toBeCloseTo(anchor.std[0], 0)
    expect(imageStats(flat).std[0]).toBeLessThan(anchor.std[0] / 2)
  })
})
