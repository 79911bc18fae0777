import { describe, expect, it } from 'vitest'
import { drawNumber, estimateShift, estimateVelocity, generatedPicture, resizeRaster, velocityFor, wrapShift } from './rasterOps'
import { decodedFrameCount, pickFromBatch } from './simNodes'

describe('the simulated picture operations', () => {
  const picture = generatedPicture(42, 48, 32)

  it('generates the same picture for a seed and a different one for another seed', () => {
    expect(Buffer.from(generatedPicture(42, 48, 32).data).equals(Buffer.from(picture.data))).toBe(true)
    expect(Buffer.from(generatedPicture(43, 48, 32).data).equals(Buffer.from(picture.data))).toBe(false)
  })

  it('pans by whole pixels with wrap-around, so a shift is undone by the opposite one', () => {
    expect(wrapShift(picture, 0, 0)).toBe(picture)
    const moved = wrapShift(picture, 5, -3)
    expect(Buffer.from(moved.data).equals(Buffer.from(picture.data))).toBe(false)
    expect(Buffer.from(wrapShift(moved, -5, 3).data).equals(Buffer.from(picture.data))).toBe(true)
    expect(Buffer.from(wrapShift(picture, 48, 32).data).equals(Buffer.from(picture.data))).toBe(true)
  })

  it('reads a pan back from the pixels: the shift between two frames, the velocity of a batch', () => {
    const big = generatedPicture(9, 160, 96)
    expect(estimateShift(big, wrapShift(big, 7, -4))).toEqual({ dx: 7, dy: -4 })
    expect(estimateShift(big, wrapShift(big, -13, 9))).toEqual({ dx: -13, dy: 9 })
    const v = { vx: 3, vy: -1 }
    const frames = [0, 1, 2, 3, 4].map((i) => wrapShift(big, v.vx * i, v.vy * i))
    expect(estimateVelocity(frames)).toEqual(v)
    // One frame says nothing about motion.
    expect(estimateVelocity([big])).toBeNull()
  })

  it('draws a pan velocity from the seed: at least one pixel, different for most seeds', () => {
    const vs = Array.from({ length: 20 }, (_, s) => velocityFor(s, 256))
    for (const v of vs) expect(Math.hypot(v.vx, v.vy)).toBeGreaterThanOrEqual(1)
    expect(new Set(vs.map((v) => `${v.vx},${v.vy}`)).size).toBeGreaterThan(12)
    expect(velocityFor(7, 256)).toEqual(velocityFor(7, 256))
  })

  it('center-crops to the target aspect before resizing', () => {
    const out = resizeRaster(picture, 16, 16, true)
    expect([out.width, out.height, out.data.length]).toEqual([16, 16, 16 * 16 * 3])
    expect(resizeRaster(picture, 48, 32, true)).toBe(picture)
  })
})

describe('frame arithmetic', () => {
  it('decodes 4k+1 lengths to themselves and rounds others down like the Wan VAE', () => {
    expect([81, 9, 80, 1].map(decodedFrameCount)).toEqual([81, 9, 77, 1])
  })

  it('picks from a batch like ImageFromBatch: negative from the end, clamped', () => {
    expect(pickFromBatch(9, -1, 1)).toEqual({ start: 8, length: 1 })
    expect(pickFromBatch(9, 1, 8)).toEqual({ start: 1, length: 8 })
    expect(pickFromBatch(9, 20, 5)).toEqual({ start: 8, length: 1 })
    expect(pickFromBatch(9, -100, 3)).toEqual({ start: 0, length: 3 })
  })
})

describe('drawNumber (a simulated still shows its seed)', () => {
  it('writes the digits black on a white box in the corner and leaves the rest of the picture alone', () => {
    const base = generatedPicture(7, 64, 32)
    const a = drawNumber(base, 12)
    const b = drawNumber(base, 17)
    const px = (r: { data: Uint8Array; width: number }, x: number, y: number) => [...r.data.subarray((y * r.width + x) * 3, (y * r.width + x) * 3 + 3)]
    expect(px(a, 0, 0)).toEqual([255, 255, 255])
    // At scale 1 the "1" of 12 inks its middle column (x 2), the column left of it stays white.
    expect(px(a, 2, 1)).toEqual([0, 0, 0])
    expect(px(a, 1, 1)).toEqual([255, 255, 255])
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false)
    expect(px(a, 60, 30)).toEqual(px(base, 60, 30))
  })
})
