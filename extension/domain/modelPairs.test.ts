import { describe, expect, it } from 'vitest'
import { pairModels, partnerOf } from './modelPairs'

const FILES = [
  'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
  'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
  'wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors',
  'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors',
  'wan2.2_ti2v_5B_fp16.safetensors',
]

describe('pairModels', () => {
  it('puts the high and low noise files of one model into one choice', () => {
    const pairs = pairModels(FILES)
    const i2v = pairs.find((p) => p.high.includes('i2v_high'))
    expect(i2v).toEqual({
      label: 'wan2.2_i2v_14B_fp8_scaled',
      high: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
      low: 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
    })
    expect(pairs).toHaveLength(3)
  })

  it('keeps a model without a partner as a single choice', () => {
    const single = pairModels(FILES).find((p) => p.high.includes('5B'))
    expect(single?.low).toBeNull()
  })

  it('never pairs across folders or model kinds', () => {
    const pairs = pairModels(['a/x_HIGH.safetensors', 'b/x_LOW.safetensors'])
    expect(pairs.every((p) => p.low === null)).toBe(true)
  })
})

describe('partnerOf', () => {
  it('finds the low LoRA that goes with a high one', () => {
    const loras = ['wan22/motion/orbit_high_noise.safetensors', 'wan22/motion/orbit_low_noise.safetensors', 'general.safetensors']
    expect(partnerOf(loras[0] ?? '', loras)).toBe('wan22/motion/orbit_low_noise.safetensors')
    expect(partnerOf('general.safetensors', loras)).toBeNull()
  })
})
