import { describe, expect, it } from 'vitest'
import { generatedPicture, panZoom, resizeRaster } from './rasterOps'
import { decodedFrameCount, pickFromBatch } from './simNodes'

describe('the simulated picture operations', () => {
  const picture = generatedPicture(42, 48, 32)

  it('generates the same picture for a seed and a different one for another seed', () => {
    expect(Buffer.from(generatedPicture(42, 48, 32).data).equals(Buffer.from(picture.data))).toBe(true)
    expect(Buffer.from(generatedPicture(43, 48, 32).data).equals(Buffer.from(picture.data))).toBe(false)
  })

  it('leaves frame 0 of a pan/zoom untouched and moves every later frame', () => {
    expect(panZoom(picture, 0, 7)).toBe(picture)
    const a = panZoom(picture, 0.25, 7)
    const b = panZoom(picture, 0.5, 7)
    expect(Buffer.from(a.data).equals(Buffer.from(picture.data))).toBe(false)
    expect(Buffer.from(a.data).equals(Buffer.from(b.data))).toBe(false)
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
