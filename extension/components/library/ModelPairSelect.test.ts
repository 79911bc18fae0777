import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { ModelLibraryAnswer } from '../../../sidecar/contract'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { preset14b } from '../../testing/fixtures'
import { modelLibrary } from '../../testing/libraryFixtures'
import ModelPairSelect from './ModelPairSelect.vue'

let host: FakeHost

async function mountSelect(library: ModelLibraryAnswer) {
  host.on('GET /longvideo/api/models', { body: library })
  const models = ref({ high: '', low: '' })
  const Parent = defineComponent({
    setup: () => () => h(ModelPairSelect, { preset: preset14b, modelValue: models.value, 'onUpdate:modelValue': (v: { high: string; low: string }) => (models.value = v) }),
  })
  const wrapper = mount(Parent, { global: { plugins: [createPinia()] } })
  await flushPromises()
  return { wrapper, models }
}

describe('the model pair picker', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    host = installFakeHost()
  })

  it('offers the recommended pair first, pairs of the preset kind before others, and picks both files at once', async () => {
    const { wrapper, models } = await mountSelect(modelLibrary())
    const options = wrapper.findAll('[data-testid="model-pair"] option').map((o) => o.text())
    expect(options).toEqual([
      'Recommended: wan2.2_i2v_14B_fp8_scaled (preset default)',
      'wan2.2_i2v_14B_fp8_scaled (high + low)',
      'wan2.2_t2v_14B_fp8_scaled (high + low) · t2v',
    ])
    await wrapper.get('[data-testid="model-pair"]').setValue('wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors|wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors')
    expect(models.value).toEqual({ high: 'wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors', low: 'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors' })
    await wrapper.get('[data-testid="model-pair"]').setValue('')
    expect(models.value).toEqual({ high: '', low: '' })
  })

  it('sends the first pair of the kind when the preset\'s own files are missing', async () => {
    const lib = modelLibrary()
    lib.recommended = [{ preset: 'wan22_14b_i2v', folder: 'diffusion_models', high: 'a_i2v_high.gguf', low: 'a_i2v_low.gguf', reason: 'first_of_kind' }]
    const { wrapper, models } = await mountSelect(lib)
    await wrapper.get('[data-testid="model-pair"]').setValue('wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors|wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors')
    await wrapper.get('[data-testid="model-pair"]').setValue('')
    expect(models.value).toEqual({ high: 'a_i2v_high.gguf', low: 'a_i2v_low.gguf' })
  })

  it('lets each expert be chosen alone in advanced mode', async () => {
    const { wrapper, models } = await mountSelect(modelLibrary())
    await wrapper.get('[data-testid="models-advanced"]').trigger('click')
    await wrapper.get('[data-testid="model-low"]').setValue('wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors')
    expect(models.value).toEqual({ high: '', low: 'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors' })
    expect(wrapper.findAll('[data-testid="model-high"] option')).toHaveLength(5)
  })
})
