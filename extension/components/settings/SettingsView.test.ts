import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { Settings } from '../../../sidecar/contract'
import { useQueueStore } from '../../stores/queueStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { preset14b, settings } from '../../testing/fixtures'
import SettingsView from './SettingsView.vue'

let host: FakeHost

function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useSettingsStore()
  store.settings = settings
  store.presets = [preset14b]
  return mount(SettingsView, { global: { plugins: [pinia] } })
}

describe('the settings view', () => {
  beforeEach(() => {
    host = installFakeHost()
  })

  it('shows the ComfyUI URL the sidecar uses, which is no setting, and the defaults', async () => {
    const view = mountView()
    useQueueStore().health = { ok: true, version: '0.1.0', comfyui: { url: 'http://127.0.0.1:8188', reachable: true, error: null }, ffmpeg: { path: '/usr/bin/ffmpeg', ok: true, error: null }, data_dir: '/data' }
    await view.vm.$nextTick()
    expect(view.get('[data-testid="comfyui-url"]').text()).toBe('ComfyUI at http://127.0.0.1:8188 (set by ComfyUI)')
    expect(view.find('input[data-testid="comfyui-url"]').exists()).toBe(false)
    expect(view.text()).toContain('81 frames')
  })

  it('refuses an output subfolder the sidecar would refuse, without sending it', async () => {
    const view = mountView()
    await view.get('[data-testid="output-subfolder"]').setValue('../outside')
    await view.get('form').trigger('submit')
    expect(view.get('[data-testid="settings-error"]').text()).toBe('Output subfolder: letters, digits, _ and - only (output_subfolder)')
    expect(host.calls.some((c) => c.init?.method === 'PUT')).toBe(false)
  })

  it('saves the whole form and takes the answer as the new state', async () => {
    let sent: Settings | null = null
    host.on('PUT /longvideo/api/settings', (init) => {
      sent = JSON.parse(String(init?.body)) as Settings
      return { body: { ...sent, auto_start_queue: false } }
    })
    const view = mountView()
    await view.get('[data-testid="output-subfolder"]').setValue('clips')
    await view.get('[data-testid="auto-start"]').setValue(false)
    await view.get('form').trigger('submit')
    await vi.waitFor(() => expect(sent).not.toBeNull())
    expect(sent).toMatchObject({ auto_start_queue: false, output_subfolder: 'clips' })
    expect(sent).not.toHaveProperty('comfyui_url')
    await vi.waitFor(() => expect(useSettingsStore().settings?.output_subfolder).toBe('clips'))
    expect(host.toasts.map((t) => t.summary)).toContain('Long Video settings saved')
  })

  it('shows the caps on queued work with their labels, bounds and current values', () => {
    const view = mountView()
    const takes = view.get('[data-testid="limit-max_takes_per_segment"]')
    expect((takes.element as HTMLInputElement).value).toBe('16')
    expect([takes.attributes('min'), takes.attributes('max')]).toEqual(['1', '64'])
    expect((view.get('[data-testid="limit-max_segments_per_job"]').element as HTMLInputElement).value).toBe('100')
    expect(view.get('[data-testid="limit-max_segments_per_job"]').attributes('max')).toBe('200')
    expect((view.get('[data-testid="limit-max_waiting_takes"]').element as HTMLInputElement).value).toBe('64')
    expect((view.get('[data-testid="limit-max_running_jobs"]').element as HTMLInputElement).value).toBe('20')
    // The label is the one a refusal (409) names.
    expect(takes.element.closest('label')?.textContent).toContain('Takes waiting per segment')
    expect(view.text()).toContain('Limits on queued work')
  })

  it('refuses a cap outside its bounds, naming it, without sending anything', async () => {
    for (const [value, name, label] of [
      ['0', 'max_takes_per_segment', 'Takes waiting per segment: a whole number from 1 to 64'],
      ['201', 'max_segments_per_job', 'Segments per job: a whole number from 1 to 200'],
      ['2.5', 'max_running_jobs', 'Jobs running at once: a whole number from 1 to 500'],
      ['', 'max_waiting_takes', 'Candidate takes waiting, all jobs: a whole number from 1 to 1000'],
    ] as const) {
      const view = mountView()
      await view.get(`[data-testid="limit-${name}"]`).setValue(value)
      await view.get('form').trigger('submit')
      expect(view.get('[data-testid="settings-error"]').text()).toBe(`${label} (limits.${name})`)
      expect(view.get(`[data-testid="limit-${name}"]`).attributes('aria-invalid')).toBe('true')
    }
    expect(host.calls.some((c) => c.init?.method === 'PUT')).toBe(false)
  })

  it('saves a raised cap with the rest of the settings', async () => {
    let sent = null as Settings | null
    host.on('PUT /longvideo/api/settings', (init) => {
      sent = JSON.parse(String(init?.body)) as Settings
      return { body: sent }
    })
    const view = mountView()
    await view.get('[data-testid="limit-max_takes_per_segment"]').setValue('40')
    await view.get('[data-testid="limit-max_running_jobs"]').setValue('3')
    await view.get('form').trigger('submit')
    await vi.waitFor(() => expect(sent).not.toBeNull())
    expect(sent?.limits).toEqual({ max_segments_per_job: 100, max_takes_per_segment: 40, max_waiting_takes: 64, max_running_jobs: 3, max_waiting_start_images: 16 })
    await vi.waitFor(() => expect(useSettingsStore().settings?.limits.max_takes_per_segment).toBe(40))
  })
})
