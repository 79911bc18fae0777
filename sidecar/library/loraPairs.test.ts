import { describe, expect, it } from 'vitest'
import { buildLoraLibrary, classifyLora, partnerOf } from './loraPairs'

describe('classifyLora', () => {
  it.each([
    ['wan2.2_i2v_lightx2v_4steps_lora_v1_high_noise.safetensors', 'high', 'wan2.2_i2v_lightx2v_4steps_lora_v1'],
    ['wan2.2_i2v_lightx2v_4steps_lora_v1_low_noise.safetensors', 'low', 'wan2.2_i2v_lightx2v_4steps_lora_v1'],
    ['style/film_grain_HIGH.safetensors', 'high', 'style/film_grain'],
    ['style/film_grain_LOW.safetensors', 'low', 'style/film_grain'],
    ['orbit_H.safetensors', 'high', 'orbit'],
    ['orbit_L.safetensors', 'low', 'orbit'],
    ['Wan22-HighNoise-Dance.safetensors', 'high', 'Wan22_Dance'],
    ['high-dolly-zoom.safetensors', 'high', 'dolly-zoom'],
    ['wan22/high_noise/orbit.safetensors', 'high', 'wan22/orbit'],
    ['detail_enhancer.safetensors', null, 'detail_enhancer'],
    ['highlights_boost.safetensors', null, 'highlights_boost'],
    ['LLAMA_style.safetensors', null, 'LLAMA_style'],
  ])('reads %s as %s', (file, side, stem) => {
    expect(classifyLora(file)).toEqual({ side, stem })
  })

  it('accepts Windows separators as ComfyUI reports them on Windows servers', () => {
    expect(classifyLora('motion\\orbit_high_noise.safetensors')).toEqual({ side: 'high', stem: 'motion/orbit' })
  })
})

describe('buildLoraLibrary', () => {
  const files = [
    'wan22/motion/orbit_high_noise.safetensors',
    'wan22/motion/orbit_low_noise.safetensors',
    'style/film_grain_HIGH.safetensors',
    'style/film_grain_LOW.safetensors',
    'lonely_high_noise.safetensors',
    'detail_enhancer.safetensors',
  ]
  const library = buildLoraLibrary(files)

  it('pairs high and low files that share a stem', () => {
    expect(library.pairs).toEqual([
      { stem: 'style/film_grain', high: 'style/film_grain_HIGH.safetensors', low: 'style/film_grain_LOW.safetensors' },
      {
        stem: 'wan22/motion/orbit',
        high: 'wan22/motion/orbit_high_noise.safetensors',
        low: 'wan22/motion/orbit_low_noise.safetensors',
      },
    ])
  })

  it('keeps an unpaired high-noise file in the high list without inventing a partner', () => {
    expect(library.high_noise).toContain('lonely_high_noise.safetensors')
    expect(partnerOf('lonely_high_noise.safetensors', library)).toBeNull()
  })

  it('groups files by subfolder and lists the rest as general', () => {
    expect(Object.keys(library.by_category).sort()).toEqual(['', 'style', 'wan22/motion'])
    expect(library.general).toEqual(['detail_enhancer.safetensors'])
  })

  it('finds the partner from either side', () => {
    expect(partnerOf('style/film_grain_LOW.safetensors', library)).toBe('style/film_grain_HIGH.safetensors')
    expect(partnerOf('style/film_grain_HIGH.safetensors', library)).toBe('style/film_grain_LOW.safetensors')
  })
})
