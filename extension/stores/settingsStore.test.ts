import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { installFakeHost } from '../testing/fakeHost'
import { loras, preset14b, settings } from '../testing/fixtures'
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

describe('loading the settings', () => {
  beforeEach(() => setActivePinia(createPinia()))

  it('asks the sidecar for the model folders, never ComfyUI for a folder it may not have', async () => {
    const host = installFakeHost()
    const gguf = { ...preset14b, id: 'wan22_14b_i2v_gguf', models: { folder: 'unet_gguf', high: 'h.gguf', low: 'l.gguf' } }
    host.on('GET /longvideo/api/settings', { body: settings })
    host.on('GET /longvideo/api/presets', { body: { presets: [preset14b, gguf] } })
    host.on('GET /models/loras', { body: loras })
    host.on('GET /longvideo/api/models', {
      body: { folders: { diffusion_models: ['a_high_noise.safetensors'] }, gguf_installed: false, pairs: [], singles: [], recommended: [], fetched_at: '2026-01-01T00:00:00Z' },
    })
    const store = useSettingsStore()
    await store.load()
    expect(host.calls.map((c) => c.route.split('?')[0])).not.toContain('/models/unet_gguf')
    expect(host.calls.some((c) => c.route.startsWith('/models/') && c.route !== '/models/loras')).toBe(false)
    expect(store.modelFiles).toEqual({ diffusion_models: ['a_high_noise.safetensors'], unet_gguf: [] })
  })
})
