import { flushPromises, mount } from '@vue/test-utils'
import type { VueWrapper } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import type { SegmentLoras } from '../../../sidecar/contract'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { loraLibrary } from '../../testing/libraryFixtures'
import LoraPicker from './LoraPicker.vue'

let host: FakeHost
const appended: string[][] = []

/** The picker bound to a parent's rows, as the forms use it. */
async function mountPicker(initial: SegmentLoras = { high: [], low: [] }) {
  const rows = ref<SegmentLoras>(initial)
  const Parent = defineComponent({
    setup: () => () =>
      h(LoraPicker, {
        modelValue: rows.value,
        'onUpdate:modelValue': (v: SegmentLoras) => (rows.value = v),
        onAppendTrigger: (words: string[]) => appended.push(words),
      }),
  })
  const wrapper = mount(Parent, { global: { plugins: [createPinia()] }, attachTo: document.body })
  await flushPromises()
  return { wrapper, rows }
}

async function choose(wrapper: VueWrapper, side: 'high' | 'low', row: number, file: string): Promise<void> {
  const section = wrapper.get(`[data-testid="loras-${side}"]`)
  await section.findAll('[data-testid="lora-select"]')[row]!.trigger('click')
  await section.get(`[data-value="${file}"]`).trigger('click')
}

describe('the LoRA picker', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    document.body.innerHTML = ''
    appended.length = 0
    host = installFakeHost()
    host.on('GET /longvideo/api/loras', { body: loraLibrary() })
  })

  it('lists LoRAs grouped by folder with each high/low pair once', async () => {
    const { wrapper } = await mountPicker()
    await wrapper.get('[data-testid="loras-high"] .lv-add-lora').trigger('click')
    await wrapper.get('[data-testid="lora-select"]').trigger('click')
    const groups = wrapper.findAll('.lv-lselect__group').map((g) => g.text())
    expect(groups).toEqual(['loras', 'style', 'wan22/motion'])
    const options = wrapper.findAll('[role="option"]').map((o) => o.attributes('data-value'))
    expect(options).toEqual(['detail_enhancer_v2.safetensors', 'style/film_grain_HIGH.safetensors', 'wan22/motion/orbit_high_noise.safetensors'])
    expect(wrapper.get('[data-value="wan22/motion/orbit_high_noise.safetensors"]').text()).toContain('Orbit camera')
  })

  it('filters by name and by trigger word', async () => {
    const { wrapper } = await mountPicker({ high: [{ name: '', strength: 1 }], low: [] })
    await wrapper.get('[data-testid="lora-select"]').trigger('click')
    await wrapper.get('[data-testid="lora-filter"]').setValue('grainy')
    expect(wrapper.findAll('[role="option"]').map((o) => o.attributes('data-value'))).toEqual(['style/film_grain_HIGH.safetensors'])
    await wrapper.get('[data-testid="lora-filter"]').setValue('orbit camera')
    expect(wrapper.findAll('[role="option"]').map((o) => o.attributes('data-value'))).toEqual(['wan22/motion/orbit_high_noise.safetensors'])
    await wrapper.get('[data-testid="lora-filter"]').setValue('nothing like this')
    expect(wrapper.get('.lv-lselect__none').text()).toBe('No LoRA matches')
  })

  it('fills the low side when the high half of a pair is picked, at the LoRA default strength', async () => {
    const { wrapper, rows } = await mountPicker()
    await wrapper.get('[data-testid="loras-high"] .lv-add-lora').trigger('click')
    await choose(wrapper, 'high', 0, 'wan22/motion/orbit_high_noise.safetensors')
    expect(rows.value).toEqual({
      high: [{ name: 'wan22/motion/orbit_high_noise.safetensors', strength: 0.8 }],
      low: [{ name: 'wan22/motion/orbit_low_noise.safetensors', strength: 0.8 }],
    })
    expect(wrapper.get('[data-testid="loras-high"] .lv-lora__value').text()).toBe('0.80')
  })

  it('fills the high side from the low side, and swaps the partner when the pick changes', async () => {
    const { wrapper, rows } = await mountPicker()
    await wrapper.get('[data-testid="loras-low"] .lv-add-lora').trigger('click')
    await choose(wrapper, 'low', 0, 'style/film_grain_LOW.safetensors')
    expect(rows.value.high).toEqual([{ name: 'style/film_grain_HIGH.safetensors', strength: 1 }])
    await choose(wrapper, 'low', 0, 'wan22/motion/orbit_low_noise.safetensors')
    expect(rows.value.low.map((r) => r.name)).toEqual(['wan22/motion/orbit_low_noise.safetensors'])
    expect(rows.value.high.map((r) => r.name)).toEqual(['wan22/motion/orbit_high_noise.safetensors'])
  })

  it('moves strength with a slider from 0 to 2 and removes rows', async () => {
    const { wrapper, rows } = await mountPicker({ high: [{ name: 'detail_enhancer_v2.safetensors', strength: 1 }], low: [] })
    const slider = wrapper.get('[data-testid="loras-high"] input[type="range"]')
    expect(slider.attributes()).toMatchObject({ min: '0', max: '2' })
    await slider.setValue('1.65')
    expect(rows.value.high[0]?.strength).toBe(1.65)
    expect(wrapper.get('.lv-lora__value').text()).toBe('1.65')
    await wrapper.get('.lv-remove-lora').trigger('click')
    expect(rows.value.high).toEqual([])
  })

  it('shows trigger words (ours and other tools\') and hands them to the prompt', async () => {
    const { wrapper } = await mountPicker({
      high: [{ name: 'wan22/motion/orbit_high_noise.safetensors', strength: 1 }, { name: 'style/film_grain_HIGH.safetensors', strength: 1 }],
      low: [],
    })
    const triggers = wrapper.findAll('[data-testid="lora-triggers"]')
    expect(triggers.map((t) => t.findAll('.lv-lora-chip').map((c) => c.text()))).toEqual([['orbit shot'], ['grainy film']])
    await triggers[1]!.get('[data-testid="append-triggers"]').trigger('click')
    expect(appended).toEqual([['grainy film']])
  })
})
