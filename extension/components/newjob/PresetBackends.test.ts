import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { RunCheckBody } from '../../../sidecar/contract'
import { useBackendsStore } from '../../stores/backendsStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { backendStatuses } from '../../testing/backendFixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { preset14b, settings } from '../../testing/fixtures'
import PresetBackends from './PresetBackends.vue'

let host: FakeHost
const fp16 = 'wan2.2_i2v_high_noise_14B_fp16.safetensors'

function mountNote(props: Record<string, unknown>) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSettingsStore().settings = settings
  useSettingsStore().presets = [preset14b]
  useBackendsStore().backends = backendStatuses()
  return mount(PresetBackends, { global: { plugins: [pinia] }, props: { presetId: 'wan22_14b_i2v', ...props } })
}

/** The check bodies the note sent. */
const checks = () => host.calls.filter((c) => c.init?.method === 'POST').map((c) => JSON.parse(String(c.init?.body)) as RunCheckBody)

/** Past the pause the note waits for before it asks. */
async function settle() {
  await vi.advanceTimersByTimeAsync(400)
  await flushPromises()
}

describe('which backends can run the job, by its own models and LoRAs', () => {
  afterEach(() => {
    vi.useRealTimers()
  })
  beforeEach(() => {
    vi.useFakeTimers()
    host = installFakeHost()
    host.on('POST /longvideo/api/backends/check', (init) => {
      const body = JSON.parse(String(init?.body)) as RunCheckBody
      const lacks = [
        ...(body.models.high === fp16 ? [`Model file not installed: ${fp16} (in models/diffusion_models)`] : []),
        ...body.loras.high.map((l) => `LoRA file not installed: ${l.name} (in models/loras)`),
      ]
      return { body: { backends: [{ id: 'main', ok: true, missing: [] }, { id: 'second-gpu', ok: lacks.length === 0, missing: lacks }] } }
    })
  })

  it('asks the sidecar with the job\'s own files and names what a backend lacks of them', async () => {
    const view = mountNote({ models: { high: fp16, low: preset14b.models.low }, loras: { high: [{ name: 'style/x.safetensors', strength: 1 }], low: [] } })
    await settle()
    // Only the files the job adds to the preset's own are sent (the low model is the preset's).
    expect(checks()).toEqual([{ preset: 'wan22_14b_i2v', models: { high: fp16 }, loras: { high: [{ name: 'style/x.safetensors', strength: 1 }], low: [] } }])
    expect(view.get('[data-testid="preset-runs-on"]').text()).toBe('Runs on This ComfyUI.')
    const not = view.findAll('[data-testid="preset-not-on"]')
    expect(not.map((n) => n.attributes('data-name'))).toEqual(['Second GPU'])
    expect(not[0]!.text()).toContain(fp16)
    expect(not[0]!.text()).toContain('style/x.safetensors')
  })

  it('judges by the preset\'s statuses, asking nothing, while the job names no files of its own', async () => {
    const view = mountNote({ models: { high: preset14b.models.high, low: '' }, loras: { high: [{ name: '', strength: 1 }], low: [] } })
    await settle()
    expect(checks()).toEqual([])
    expect(view.get('[data-testid="preset-runs-on"]').text()).toBe('Runs on This ComfyUI and Second GPU.')
  })

  it('asks once a typed LoRA name pauses, and not again when only a strength moves', async () => {
    const view = mountNote({ models: { high: preset14b.models.high, low: '' }, loras: { high: [], low: [] } })
    await settle()
    for (const name of ['s', 'st', 'sty', 'style/y.safetensors']) {
      await view.setProps({ loras: { high: [{ name, strength: 1 }], low: [] } })
      await vi.advanceTimersByTimeAsync(50)
    }
    await settle()
    expect(checks().map((c) => c.loras.high.map((l) => l.name))).toEqual([['style/y.safetensors']])
    await view.setProps({ loras: { high: [{ name: 'style/y.safetensors', strength: 0.6 }], low: [] } })
    await settle()
    expect(checks()).toHaveLength(1)
    expect(view.get('[data-testid="preset-not-on"]').text()).toContain('style/y.safetensors')
  })

  it('for a job from text also needs the preset\'s t2v graph, which makes the first segment', async () => {
    const t2v = 'Model file not installed: wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors (in models/diffusion_models)'
    const view = mountNote({ firstGraph: 'wan22_14b_t2v', models: { high: preset14b.models.high, low: '' }, loras: { high: [], low: [] } })
    useBackendsStore().backends = backendStatuses().map((b) => ({ ...b, presets: [...b.presets, { id: 'wan22_14b_t2v', ok: b.id !== 'second-gpu', missing: b.id === 'second-gpu' ? [t2v] : [] }] }))
    await settle()
    expect(view.get('[data-testid="preset-runs-on"]').text()).toBe('Runs on This ComfyUI.')
    expect(view.get('[data-testid="preset-not-on"][data-name="Second GPU"]').text()).toContain(t2v)
    // From a start image the i2v graph alone: Second GPU can.
    await view.setProps({ firstGraph: null })
    expect(view.get('[data-testid="preset-runs-on"]').text()).toBe('Runs on This ComfyUI and Second GPU.')
  })
})
