import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { preset14b } from '../testing/fixtures'
import { useSettingsStore } from './settingsStore'

describe('model choices of a preset', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('offers pairs of the preset\'s own kind first and always its default pair', () => {
    const store = useSettingsStore()
    store.modelFiles = {
      diffusion_models: [
        'wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors',
        'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors',
        'wan2.2_i2v_high_noise_14B_Q8_0.gguf',
        'wan2.2_i2v_low_noise_14B_Q8_0.gguf',
      ],
    }
    const labels = store.modelChoices(preset14b).map((p) => p.label)
    expect(labels).toEqual(['wan2.2_i2v_14B_fp8_scaled', 'wan2.2_i2v_14B_Q8_0', 'wan2.2_t2v_14B_fp8_scaled'])
  })
})
