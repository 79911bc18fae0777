import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CreateJobBody } from '../../../sidecar/contract'
import { useSettingsStore } from '../../stores/settingsStore'
import { jobWithSegments, preset14b, seamCaps, settings } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import NewJobForm from './NewJobForm.vue'

let host: FakeHost

async function mountForm(caps = seamCaps()) {
  host.on('GET /longvideo/api/seams', { body: caps })
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useSettingsStore()
  store.settings = settings
  store.presets = [preset14b, { ...preset14b, id: 'wan22_frame_only', name: 'Frame only', seam_modes: ['frame'] }]
  const form = mount(NewJobForm, { global: { plugins: [pinia] }, attachTo: document.body })
  await flushPromises()
  return form
}

const option = (form: Awaited<ReturnType<typeof mountForm>>, value: string) => form.get(`[data-testid="seam-option"][data-option="${value}"]`)

async function createBody(form: Awaited<ReturnType<typeof mountForm>>): Promise<CreateJobBody> {
  host.on('POST /longvideo/api/jobs', { body: jobWithSegments([]) })
  await form.get('[data-testid="prompt"]').setValue('a boat crosses the bay')
  await form.get('[data-testid="text-only"]').setValue(true)
  await form.get('form').trigger('submit')
  await vi.waitFor(() => expect(host.calls.some((c) => c.init?.method === 'POST')).toBe(true))
  return JSON.parse(String(host.calls.find((c) => c.init?.method === 'POST')?.init?.body)) as CreateJobBody
}

describe('the seam control of the new-job form', () => {
  beforeEach(() => {
    localStorage.clear()
    document.body.innerHTML = ''
    host = installFakeHost()
  })

  it('disables SVI and names what ComfyUI lacks for it', async () => {
    const form = await mountForm()
    expect(host.calls.some((c) => c.route === '/longvideo/api/seams?preset=wan22_14b_i2v')).toBe(true)
    expect(option(form, 'svi').attributes('disabled')).toBeDefined()
    const missing = form.get('[data-testid="svi-missing"]')
    expect(missing.text()).toBe("SVI 2.0 Pro needs KJNodes' WanImageToVideoSVIPro and the SVI LoRA pair")
    // The sidecar's full reason, with where to get each part, is the tooltip.
    expect(missing.attributes('title')).toBe(
      'SVI 2.0 Pro needs the node WanImageToVideoSVIPro (install ComfyUI-KJNodes) and the SVI 2.0 Pro LoRA pair in models/loras'
    )
    expect(form.get('[data-testid="seam-help"]').text()).toMatch(/^The next segment starts from the last frame/)
    await option(form, 'motion:9').trigger('click')
    expect(form.get('[data-testid="seam-help"]').text()).toMatch(/^The next segment starts from the last 9 frames/)
    await option(form, 'frame').trigger('click')
    expect(form.find('[data-testid="seam-anchor"]').exists()).toBe(false)
    expect(option(form, 'frame').attributes('aria-checked')).toBe('true')
  })

  it('sends motion with K and the anchor, and previews the chain the sidecar will make', async () => {
    const form = await mountForm(seamCaps({ anchor: true }))
    await option(form, 'motion:9').trigger('click')
    await form.get('[data-testid="seam-anchor"]').setValue(true)
    await form.get('[data-testid="add-planned"]').trigger('click')
    await form.get('[data-testid="planned-0"]').setValue('the boat turns')
    await form.get('[data-testid="add-planned"]').trigger('click')
    await form.get('[data-testid="planned-1"]').setValue('the boat docks')
    expect(form.get('[data-testid="chain-preview"]').text()).toBe('3 segments: 225 frames (14.0 s) · each later segment adds 72')
    const body = await createBody(form)
    expect(body.parameters?.frames).toBe(81)
    expect(body.parameters?.seam).toEqual({ mode: 'motion', motion_frames: 9, anchor: true, joins: {} })
  })

  it('sets 81 frames when SVI is chosen and says why when the user changes it', async () => {
    const form = await mountForm(seamCaps({ svi: true }))
    await form.get('[data-testid="seconds"]').setValue('3')
    await option(form, 'svi').trigger('click')
    expect((form.get('[data-testid="seconds"]').element as HTMLInputElement).value).toBe('5')
    expect(form.get('[data-testid="frames"]').text()).toBe('81 frames (5.00 s)')
    expect(form.find('[data-testid="svi-frames-why"]').exists()).toBe(false)
    await form.get('[data-testid="seconds"]').setValue('7')
    const why = form.get('[data-testid="svi-frames-why"]')
    expect(why.text()).toBe("SVI's default is 81 frames")
    expect(why.attributes('title')).toMatch(/trained on 81-frame clips; its authors see colours degrade at 121/)
    const body = await createBody(form)
    expect(body.parameters?.seam?.mode).toBe('svi')
  })

  it('says why a fresh seed per segment is the default when the user fixes one', async () => {
    const form = await mountForm()
    expect(form.find('[data-testid="seed-why"]').exists()).toBe(false)
    await form.get('[data-testid="seed-mode"]').setValue('fixed')
    const why = form.get('[data-testid="seed-why"]')
    expect(why.text()).toBe('Every segment gets this same seed')
    expect(why.attributes('title')).toMatch(/^A fresh seed for every segment is the default/)
  })

  it("goes back to last frame when another preset's graph cannot make the chosen joins", async () => {
    const form = await mountForm()
    await option(form, 'motion:5').trigger('click')
    await form.get('[data-testid="preset"]').setValue('wan22_frame_only')
    await flushPromises()
    expect(option(form, 'motion:5').attributes('disabled')).toBeDefined()
    expect(option(form, 'frame').attributes('aria-checked')).toBe('true')
  })

  it('refuses a K that leaves nothing new before sending', async () => {
    const form = await mountForm()
    await form.get('[data-testid="seconds"]').setValue('0.5')
    await option(form, 'motion:9').trigger('click')
    expect(form.get('[data-testid="seam-problem"]').text()).toMatch(/^9 frames per segment leave nothing new after the 9 carried frames/)
    await form.get('[data-testid="prompt"]').setValue('x')
    await form.get('[data-testid="text-only"]').setValue(true)
    await form.get('form').trigger('submit')
    expect(form.get('[data-testid="error-seam"]').text()).toMatch(/nothing new/)
    expect(host.calls.filter((c) => c.init?.method === 'POST')).toHaveLength(0)
  })
})
