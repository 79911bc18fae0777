import { describe, expect, it } from 'vitest'
import { aspectPresets, centerCrop, cropLoss, presetForSize, sizeForImage, sizeMultiple, sizeProblem } from './aspectPresets'

describe('aspect presets', () => {
  it('offers 832x480 as the 16:9 size of the 14B model', () => {
    expect(presetForSize('wan22_14b', 832, 480)?.id).toBe('16:9')
  })

  it('only offers sizes the family accepts', () => {
    for (const family of ['wan22_14b', 'wan22_5b'] as const) {
      for (const p of aspectPresets(family)) {
        expect(sizeProblem(p.width, p.height, family), `${family} ${p.label}`).toBeNull()
      }
    }
  })

  it('treats an unlisted size as custom', () => {
    expect(presetForSize('wan22_14b', 848, 480)).toBeUndefined()
  })
})

describe('sizeProblem', () => {
  it('asks for multiples of 32 on the 5B model and suggests the nearest size', () => {
    expect(sizeMultiple('wan22_5b')).toBe(32)
    expect(sizeProblem(848, 480, 'wan22_5b')).toBe('Width and height must be multiples of 32 for this model (try 864x480)')
    expect(sizeProblem(840, 480, 'wan22_14b')).toMatch(/multiples of 16 .*try 848x480/)
  })

  it('refuses sizes below one multiple', () => {
    expect(sizeProblem(0, 480, 'wan22_14b')).toMatch(/at least 16/)
  })
})

describe('a start image of another shape', () => {
  it('offers the image\'s own shape at the preset\'s pixel count, in the model\'s multiples', () => {
    // A 3:4 portrait for the 14B model (832x480 usually).
    const size = sizeForImage(1536, 2048, 'wan22_14b', 832 * 480)
    expect(size).toEqual({ width: 544, height: 736 })
    expect(sizeProblem(size.width, size.height, 'wan22_14b')).toBeNull()
    expect(sizeForImage(1000, 1000, 'wan22_5b', 1280 * 704)).toEqual({ width: 960, height: 960 })
  })

  it('knows which part of the image a video keeps: a portrait in a 16:9 video loses top and bottom', () => {
    const box = centerCrop(768, 1024, 832, 480)
    expect(box.x).toBe(0)
    expect(box.width).toBe(1)
    expect(box.height).toBeCloseTo(0.75 / (832 / 480), 5)
    expect(box.y).toBeCloseTo((1 - box.height) / 2, 5)
    expect(cropLoss(box)).toBeGreaterThan(0.5)
    expect(cropLoss(centerCrop(1664, 960, 832, 480))).toBeCloseTo(0, 5)
  })
})
