import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BackendSetting, Settings } from '../../../sidecar/contract'
import { useBackendsStore } from '../../stores/backendsStore'
import { useNavigationStore } from '../../stores/navigationStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { backendList, backendStatuses } from '../../testing/backendFixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { preset14b, settings } from '../../testing/fixtures'
import BackendsView from './BackendsView.vue'

let host: FakeHost
const stored: BackendSetting[] = [
  { id: 'second-gpu', name: 'Second GPU', url: 'http://127.0.0.1:8189', enabled: true },
  { id: 'rented', name: 'Rented 4090', url: 'https://gpu.example.com', enabled: true },
]

async function mountView() {
  const pinia = createPinia()
  setActivePinia(pinia)
  useSettingsStore().settings = { ...settings, backends: stored }
  const view = mount(BackendsView, { global: { plugins: [pinia] } })
  await flushPromises()
  return view
}

/** The settings PUTs the view sent, as bodies. */
const puts = () => host.calls.filter((c) => c.init?.method === 'PUT').map((c) => JSON.parse(String(c.init?.body)) as Partial<Settings>)

describe('the backends view', () => {
  beforeEach(() => {
    host = installFakeHost()
    host.on('GET /longvideo/api/backends', { body: backendList(backendStatuses(7)) })
    host.on('GET /longvideo/api/backends/discovered', {
      body: { source: 'comfyui-distributed', workers: [{ name: 'GPU 2 (Distributed)', url: 'http://127.0.0.1:8189', enabled: true }, { name: 'GPU 3', url: 'http://127.0.0.1:8190', enabled: true }] },
    })
    // Like the sidecar: a PUT changes what it names and keeps the rest.
    let current: Settings = { ...settings, backends: stored }
    host.on('PUT /longvideo/api/settings', (init) => {
      current = { ...current, ...(JSON.parse(String(init?.body)) as Partial<Settings>) }
      return { body: current }
    })
  })

  it('lists each backend with its state, queue, what runs where, models loaded, last error and presets', async () => {
    const view = await mountView()
    const cards = view.findAll('[data-testid="backend-card"]')
    expect(cards.map((c) => c.get('[data-testid="backend-name"]').text())).toEqual(['This ComfyUI', 'Second GPU', 'Rented 4090', 'Laptop'])
    expect(cards.map((c) => c.get('[data-testid="backend-state"]').text())).toEqual(['online', 'online', 'offline', 'off'])
    expect(cards[0]!.get('[data-testid="backend-meta"]').text()).toBe('2 prompts in its queue · the ComfyUI this runs in')
    expect(cards[2]!.get('[data-testid="backend-meta"]').text()).toMatch(/^queue unknown · added here · last answered /)
    expect(cards[0]!.get('[data-testid="backend-running"]').text()).toBe('Job 7, segment 2')
    expect(cards[0]!.get('[data-testid="backend-queued"]').text()).toBe('Job 8, segment 1')
    expect(cards[1]!.get('[data-testid="backend-running"]').text()).toBe('Job 9, segment 4, take 2')
    expect(cards[1]!.get('[data-testid="backend-loaded"]').text()).toContain('wan2.2_ti2v_5B_fp16.safetensors')
    expect(cards[1]!.get('[data-testid="backend-loaded"]').text()).toContain('wan2.2_detail.safetensors')
    expect(cards[2]!.get('[data-testid="backend-error"]').text()).toBe('Last error: ComfyUI at https://gpu.example.com is not reachable: connect ECONNREFUSED')
    // Which presets run here, and why the others do not.
    expect(cards[2]!.get('[data-testid="backend-presets"] summary').text()).toBe('Can run 1 of 3 presets')
    const missing = cards[2]!.findAll('[data-testid="preset-missing"]')
    expect(missing.map((m) => m.attributes('data-preset'))).toEqual(['wan22_14b_i2v', 'wan22_5b_ti2v'])
    expect(missing[1]!.text()).toContain('Model file not installed: wan2.2_vae.safetensors (in models/vae)')
    // Presets by the names the new-job form shows them with (the id on hover), once the presets are read.
    expect(missing[0]!.text()).toContain('wan22_14b_i2v')
    useSettingsStore().presets = [preset14b]
    await flushPromises()
    expect(missing[0]!.get('.lv-backend__no').text()).toBe(preset14b.name)
    expect(missing[0]!.get('.lv-backend__no').attributes('title')).toBe('wan22_14b_i2v')
    // Main and command-line backends cannot be removed here; the CLI one cannot be switched either.
    expect(cards.map((c) => c.find('[data-testid="backend-remove"]').exists())).toEqual([false, true, true, false])
    expect(cards[3]!.get('[data-testid="backend-enabled"]').attributes('disabled')).toBeDefined()
    await cards[0]!.get('[data-testid="backend-running"]').trigger('click')
    expect([useNavigationStore().view, useNavigationStore().jobId]).toEqual(['job', 7])
  })

  it('offers the Distributed workers not yet added, and adds one with a settings PUT', async () => {
    const view = await mountView()
    const offered = view.findAll('[data-testid="backend-discovered"] [data-testid="add-discovered"]')
    // GPU 2's address is already a backend: only GPU 3 is offered.
    expect(offered).toHaveLength(1)
    expect(view.get('[data-testid="backend-discovered"]').text()).toContain('GPU 3')
    await offered[0]!.trigger('click')
    await flushPromises()
    expect(puts()).toEqual([{ backends: [...stored, { id: 'gpu-3', name: 'GPU 3', url: 'http://127.0.0.1:8190', enabled: true }] }])
  })

  it('adds a backend typed in, refusing a bad or repeated address without sending it', async () => {
    const view = await mountView()
    await view.get('[data-testid="backend-new-name"]').setValue('Desk box')
    await view.get('[data-testid="backend-new-url"]').setValue('192.168.1.40:8188')
    await view.get('form').trigger('submit')
    expect(view.get('[data-testid="backend-add-problem"]').text()).toBe('Address: must be an http:// or https:// address, e.g. http://192.168.1.20:8188')
    await view.get('[data-testid="backend-new-url"]').setValue('http://127.0.0.1:8189/')
    await view.get('form').trigger('submit')
    expect(view.get('[data-testid="backend-add-problem"]').text()).toBe('That address is already a backend.')
    expect(puts()).toEqual([])
    await view.get('[data-testid="backend-new-url"]').setValue('http://192.168.1.40:8188/')
    await view.get('form').trigger('submit')
    await flushPromises()
    expect(puts()).toEqual([{ backends: [...stored, { id: 'desk-box', name: 'Desk box', url: 'http://192.168.1.40:8188', enabled: true }] }])
    expect(view.find('[data-testid="backend-add-problem"]').exists()).toBe(false)
  })

  it('turns a backend off and removes one after asking; main is switched by its own setting', async () => {
    const view = await mountView()
    const card = (id: string) => view.get(`[data-testid="backend-card"][data-id="${id}"]`)
    await card('rented').get('[data-testid="backend-enabled"]').setValue(false)
    await flushPromises()
    await card('main').get('[data-testid="backend-enabled"]').setValue(false)
    await flushPromises()
    host.confirmAnswer = false
    await card('second-gpu').get('[data-testid="backend-remove"]').trigger('click')
    await flushPromises()
    host.confirmAnswer = true
    await card('second-gpu').get('[data-testid="backend-remove"]').trigger('click')
    await flushPromises()
    expect(puts()).toEqual([
      { backends: [stored[0], { ...stored[1], enabled: false }] },
      { main_backend_enabled: false },
      // The removal keeps the switch the first PUT made.
      { backends: [{ ...stored[1], enabled: false }] },
    ])
  })

  it('shows the sidecar refusal of a change', async () => {
    host.on('PUT /longvideo/api/settings', { status: 400, body: { error: { code: 'bad_request', message: 'backends.2.url: must start with http:// or https://', field: 'backends.2.url' } } })
    const view = await mountView()
    await view.get('[data-testid="backend-new-name"]').setValue('X')
    await view.get('[data-testid="backend-new-url"]').setValue('http://x:1')
    await view.get('form').trigger('submit')
    await flushPromises()
    expect(view.get('[data-testid="backends-error"]').text()).toContain('backends.2.url')
  })

  it('keeps the last backend on', async () => {
    host.on('GET /longvideo/api/backends', { body: backendList([backendStatuses()[0]!]) })
    const view = await mountView()
    expect(view.get('[data-testid="backend-enabled"]').attributes('disabled')).toBeDefined()
    expect(await useBackendsStore().setEnabled('main', false)).toBe(false)
    expect(puts()).toEqual([])
  })

  it('sets the failover timeout (whole seconds 10-3600) with a settings PUT, and shows the one the command line set without offering to change it', async () => {
    const view = await mountView()
    const input = view.get('[data-testid="failover-input"]')
    expect((input.element as HTMLInputElement).value).toBe('90')
    expect(view.get('[data-testid="failover-save"]').attributes('disabled')).toBeDefined()
    await input.setValue('5')
    expect(view.get('[data-testid="failover-problem"]').text()).toBe('Whole seconds from 10 to 3600.')
    expect(view.get('[data-testid="failover-save"]').attributes('disabled')).toBeDefined()
    await input.trigger('keydown', { key: 'Enter' })
    await input.setValue('30')
    expect(view.find('[data-testid="failover-problem"]').exists()).toBe(false)
    await view.get('[data-testid="failover-save"]').trigger('click')
    await flushPromises()
    expect(puts()).toEqual([{ backend_timeout_s: 30 }])

    host.on('GET /longvideo/api/backends', { body: backendList(backendStatuses(7), { seconds: 5, from: 'cli' }) })
    await useBackendsStore().load()
    await flushPromises()
    expect(view.find('[data-testid="failover-input"]').exists()).toBe(false)
    expect(view.get('[data-testid="failover-seconds"]').text()).toBe('5 s')
    expect(view.get('[data-testid="failover-cli"]').text()).toBe('Set with --backend-timeout (the command line overrides this setting).')
  })
})
