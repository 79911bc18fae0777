import { describe, expect, it } from 'vitest'
import { aspectPresets, presetForSize, sizeMultiple, sizeProblem } from './aspectPresets'

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
