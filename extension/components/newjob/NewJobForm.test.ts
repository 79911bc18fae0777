import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CreateJobBody } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { useBackendsStore } from '../../stores/backendsStore'
import { backendStatuses } from '../../testing/backendFixtures'
import { jobWithSegments, loras, preset14b, settings } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import NewJobForm from './NewJobForm.vue'
import StartImagePicker from './StartImagePicker.vue'

let host: FakeHost

function mountForm(onCreated: (id: number) => void = () => undefined) {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useSettingsStore()
  store.settings = settings
  store.presets = [preset14b, { ...preset14b, id: 'wan22_5b_ti2v', name: 'Wan2.2 5B', family: 'wan22_5b', kind: 'ti2v', t2v_first: null }]
  store.loras = loras
  store.modelFiles = { diffusion_models: ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors'] }
  return mount(NewJobForm, { global: { plugins: [pinia] }, props: { onCreated }, attachTo: document.body })
}

describe('the new-job form', () => {
  beforeEach(() => {
    localStorage.clear()
    document.body.innerHTML = ''
    host = installFakeHost()
  })

  it('says what is missing when submitted empty, and sends nothing', async () => {
    const form = mountForm()
    await form.get('[data-testid="create-job"]').trigger('submit')
    await form.get('form').trigger('submit')
    expect(form.get('[data-testid="error-prompt"]').text()).toBe('Describe what should happen in the first segment')
    expect(form.get('[data-testid="error-image"]').text()).toBe('Choose a start image, or start from text only')
    expect(host.calls.filter((c) => c.init?.method === 'POST')).toHaveLength(0)
  })

  it('shows seconds per segment as a 4k+1 frame count', async () => {
    const form = mountForm()
    expect(form.get('[data-testid="frames"]').text()).toBe('81 frames (5.00 s)')
    await form.get('[data-testid="seconds"]').setValue('3')
    expect(form.get('[data-testid="frames"]').text()).toBe('49 frames (3.00 s)')
    await form.get('[data-testid="fps"]').setValue('24')
    expect(form.get('[data-testid="frames"]').text()).toBe('73 frames (3.00 s)')
  })

  it('explains a size the 5B model cannot take', async () => {
    const form = mountForm()
    await form.get('[data-testid="preset"]').setValue('wan22_5b_ti2v')
    await form.get('[data-testid="width"]').setValue('848')
    await form.get('[data-testid="height"]').setValue('480')
    await form.get('form').trigger('submit')
    expect(form.get('[data-testid="error-size"]').text()).toBe('Width and height must be multiples of 32 for this model (try 864x480)')
  })

  it('adds LoRA rows with a strength from 0 to 2 and brings the low-noise partner along', async () => {
    const form = mountForm()
    const high = form.get('[data-testid="loras-high"]')
    await high.get('.lv-add-lora').trigger('click')
    const slider = high.get('input[type="range"]')
    expect(slider.attributes()).toMatchObject({ min: '0', max: '2' })
    await high.get('[data-testid="lora-select"]').trigger('click')
    await vi.waitFor(() => expect(high.find('[data-value="wan22/motion/orbit_high_noise.safetensors"]').exists()).toBe(true))
    await high.get('[data-value="wan22/motion/orbit_high_noise.safetensors"]').trigger('click')
    await slider.setValue('1.5')
    expect(high.get('.lv-lora__value').text()).toBe('1.50')
    const low = form.get('[data-testid="loras-low"]')
    expect(low.get('[data-testid="lora-select"]').attributes('title')).toBe('wan22/motion/orbit_low_noise.safetensors')
    await low.get('.lv-remove-lora').trigger('click')
    expect(low.findAll('.lv-lora')).toHaveLength(0)
  })

  it('refuses a LoRA row without a file', async () => {
    const form = mountForm()
    await form.get('[data-testid="loras-low"] .lv-add-lora').trigger('click')
    await form.get('form').trigger('submit')
    expect(form.get('[data-testid="error-loras"]').text()).toBe('Pick a LoRA file in every row (or remove the row)')
  })

  it('creates a text-only job with its planned prompts, lists the job it answers, and the next form starts fresh', async () => {
    let sent: CreateJobBody | null = null
    host.on('POST /longvideo/api/jobs', (init) => {
      sent = JSON.parse(String(init?.body)) as CreateJobBody
      return { status: 201, body: jobWithSegments([], { id: 7, name: 'lighthouse' }) }
    })
    const created = vi.fn()
    const form = mountForm(created)
    await form.get('[data-testid="text-only"]').setValue(true)
    await form.get('[data-testid="prompt"]').setValue('a lighthouse at dusk')
    await form.get('[data-testid="add-planned"]').trigger('click')
    await form.get('[data-testid="add-planned"]').trigger('click')
    await form.get('[data-testid="planned-0"]').setValue('the light turns on')
    await form.get('[data-testid="planned-1"]').setValue('a ship passes')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(sent).toMatchObject({
      name: 'a lighthouse at dusk',
      input_image: null,
      prompt: 'a lighthouse at dusk',
      negative_prompt: 'blurry, static',
      planned_prompts: [{ prompt: 'the light turns on' }, { prompt: 'a ship passes' }],
      parameters: { width: 832, height: 480, frames: 81, fps: 16 },
    })
    await vi.waitFor(() => expect(created).toHaveBeenCalledWith(7))
    // The answer goes into the job list: the list is not read again.
    expect(useJobsStore().jobs.map((j) => j.name)).toEqual(['lighthouse'])
    expect(host.calls.filter((c) => c.route.startsWith('/longvideo/api/jobs?'))).toHaveLength(0)
    // The prompt went with its job: the next form does not offer it beside another image and preset.
    const next = mountForm()
    expect(next.get<HTMLTextAreaElement>('[data-testid="prompt"]').element.value).toBe('')
    expect(next.get<HTMLInputElement>('[data-testid="text-only"]').element.checked).toBe(false)
  })

  it('brings back an unsent draft whole: prompt, start image and preset together', async () => {
    const form = mountForm()
    await form.get('[data-testid="preset"]').setValue('wan22_5b_ti2v')
    await form.get('[data-testid="text-only"]').setValue(true)
    await form.get('[data-testid="prompt"]').setValue('a fox in the snow')
    form.unmount()
    const again = mountForm()
    expect(again.get<HTMLTextAreaElement>('[data-testid="prompt"]').element.value).toBe('a fox in the snow')
    expect(again.get<HTMLSelectElement>('[data-testid="preset"]').element.value).toBe('wan22_5b_ti2v')
    expect(again.get<HTMLInputElement>('[data-testid="text-only"]').element.checked).toBe(true)
  })

  it('shows what a 16:9 video cuts off a portrait start image and offers the image\'s own shape', async () => {
    const form = mountForm()
    form.findComponent(StartImagePicker).vm.$emit('size', { width: 768, height: 1024 })
    await flushPromises()
    expect(form.get('[data-testid="crop-notice"]').text()).toContain('The 832×480 video cuts 57 % of this portrait image off (its top and bottom)')
    expect(form.get('[data-testid="aspect-image"]').attributes('title')).toBe("544x736: the start image's own shape")
    await form.get('[data-testid="use-image-shape"]').trigger('click')
    expect(form.get<HTMLInputElement>('[data-testid="width"]').element.value).toBe('544')
    expect(form.get<HTMLInputElement>('[data-testid="height"]').element.value).toBe('736')
    expect(form.find('[data-testid="crop-notice"]').exists()).toBe(false)
    expect(form.get('[data-testid="aspect-image"]').classes()).toContain('lv-chip--on')
  })

  it('shows the field the sidecar refused', async () => {
    host.on('POST /longvideo/api/jobs', {
      status: 400,
      body: { error: { code: 'invalid_input', message: 'input_image: not an image', field: 'input_image' } },
    })
    const form = mountForm()
    await form.get('[data-testid="text-only"]').setValue(true)
    await form.get('[data-testid="prompt"]').setValue('x')
    await form.get('form').trigger('submit')
    await vi.waitFor(() => expect(form.find('[data-testid="server-error"]').exists()).toBe(true))
    expect(form.get('[data-testid="server-error"]').text()).toBe('input_image: not an image (input_image)')
  })

  it('takes the prompt from the workflow on the canvas', async () => {
    const form = mountForm()
    await form.get('button[title^="Use the prompt"]').trigger('click')
    await flushPromises()
    expect(form.get<HTMLTextAreaElement>('[data-testid="prompt"]').element.value).toBe('a lighthouse at dusk')
  })

  it('takes the sidecar defaults when they arrive after the form opened', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const form = mount(NewJobForm, { global: { plugins: [pinia] } })
    const store = useSettingsStore()
    store.presets = [preset14b]
    store.settings = { ...settings, defaults: { ...settings.defaults, width: 480, height: 832, negative_prompt: 'washed out' } }
    await vi.waitFor(() => expect((form.get('[data-testid="preset"]').element as HTMLSelectElement).value).toBe('wan22_14b_i2v'))
    expect((form.get('[data-testid="width"]').element as HTMLInputElement).value).toBe('480')
    expect((form.get('[data-testid="negative-prompt"]').element as HTMLTextAreaElement).value).toBe('washed out')
  })

  it('keeps what the user typed before the defaults arrived', async () => {
    const pinia = createPinia()
    setActivePinia(pinia)
    const form = mount(NewJobForm, { global: { plugins: [pinia] } })
    await form.get('[data-testid="width"]').setValue('128')
    await form.get('[data-testid="height"]').setValue('96')
    await form.get('[data-testid="seconds"]').setValue('0.5')
    const store = useSettingsStore()
    store.presets = [preset14b]
    store.settings = { ...settings, defaults: { ...settings.defaults, width: 480, height: 832, seconds_per_segment: 5, negative_prompt: 'washed out' } }
    await vi.waitFor(() => expect((form.get('[data-testid="preset"]').element as HTMLSelectElement).value).toBe('wan22_14b_i2v'))
    expect((form.get('[data-testid="width"]').element as HTMLInputElement).value).toBe('128')
    expect((form.get('[data-testid="height"]').element as HTMLInputElement).value).toBe('96')
    expect((form.get('[data-testid="seconds"]').element as HTMLInputElement).value).toBe('0.5')
    expect((form.get('[data-testid="negative-prompt"]').element as HTMLTextAreaElement).value).toBe('washed out')
  })

  it('with several backends, says which can run the chosen preset and what the others lack', async () => {
    const form = mountForm()
    const backends = useBackendsStore()
    backends.backends = backendStatuses()
    await flushPromises()
    const note = form.get('[data-testid="preset-backends"]')
    expect(note.get('[data-testid="preset-runs-on"]').text()).toBe('Runs on This ComfyUI and Second GPU.')
    const not = note.findAll('[data-testid="preset-not-on"]')
    expect(not.map((n) => n.attributes('data-name'))).toEqual(['Rented 4090'])
    expect(not[0]!.text()).toContain('Model file not installed: wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors')
    // It follows the choice: the 5B preset lacks another file there.
    await form.get('[data-testid="preset"]').setValue('wan22_5b_ti2v')
    expect(form.findAll('[data-testid="preset-not-on"]').map((n) => n.text())).toEqual(['Not on Rented 4090:Model file not installed: wan2.2_vae.safetensors (in models/vae)'])
    backends.backends = backendStatuses().map((b) => ({ ...b, presets: b.presets.map((p) => ({ ...p, ok: false, missing: ['Node pack missing: X'] })) }))
    await flushPromises()
    expect(form.get('[data-testid="preset-runs-nowhere"]').text()).toBe('No backend that is on can run this preset.')
    // The three lack the same file: named together, the reason once.
    expect(form.findAll('[data-testid="preset-not-on"]').map((n) => n.text())).toEqual(['Not on This ComfyUI, Second GPU, and Rented 4090:Node pack missing: X'])
    // One backend: nothing to say (the form stays as it always was).
    backends.backends = backendStatuses().slice(0, 1)
    await flushPromises()
    expect(form.find('[data-testid="preset-backends"]').exists()).toBe(false)
  })
})
