import { describe, expect, it } from 'vitest'
import { modelKind, modelLibraryAnswer } from './modelCatalog'

const i2vPreset = { id: 'i2v', kind: 'i2v' as const, models: { folder: 'diffusion_models', high: 'wan_i2v_high_noise.safetensors', low: 'wan_i2v_low_noise.safetensors' } }

describe('modelKind', () => {
  it('tells ti2v from i2v and t2v by the name', () => {
    expect(['wan2.2_ti2v_5B.safetensors', 'wan2.2_i2v_high.gguf', 'Wan-T2V-low.safetensors', 'sdxl.safetensors'].map(modelKind)).toEqual([
      'ti2v',
      'i2v',
      't2v',
      'other',
    ])
  })
})

describe('modelLibraryAnswer', () => {
  it('reports no GGUF folder when ComfyUI-GGUF is not installed and keeps unpaired files as singles', () => {
    const answer = modelLibraryAnswer({ diffusion_models: ['wan_i2v_high_noise.safetensors', 'solo_i2v.safetensors'] }, [i2vPreset], 'now')
    expect(answer.gguf_installed).toBe(false)
    expect(answer.pairs).toEqual([])
    expect(answer.singles.map((s) => s.name)).toEqual(['solo_i2v.safetensors', 'wan_i2v_high_noise.safetensors'])
    expect(answer.recommended).toEqual([{ preset: 'i2v', folder: 'diffusion_models', high: null, low: null, reason: 'none' }])
  })

  it('recommends only pairs from the preset\'s own folder', () => {
    const answer = modelLibraryAnswer(
      { diffusion_models: [], unet_gguf: ['x_i2v_high_noise.gguf', 'x_i2v_low_noise.gguf'] },
      [i2vPreset],
      'now'
    )
    expect(answer.pairs).toHaveLength(1)
    expect(answer.recommended[0]?.reason).toBe('none')
  })
})
