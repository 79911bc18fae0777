import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CreateJobBody, StartCandidate, StartImageMakers, StartImageSet, StartImagesBody } from '../../../sidecar/contract'
import { useSettingsStore } from '../../stores/settingsStore'
import { jobWithSegments, loras, preset14b, settings } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import NewJobForm from './NewJobForm.vue'

let host: FakeHost

const makers: StartImageMakers = {
  makers: [
    { id: 'img_sdxl', kind: 't2i', name: 'SDXL base', ready: false, missing: ['Model file missing: sdxl_base.safetensors (put it in models/checkpoints)'] },
    { id: 'wan22_14b_t2v', kind: 't2v', name: 'Wan2.2 14B text to video', ready: true, missing: [] },
  ],
  text_only: { preset: 'wan22_14b_t2v', ready: true, missing: [] },
  comfyui_reachable: true,
}

function candidate(seed: number, status: StartCandidate['status'], chosen = false): StartCandidate {
  const done = status === 'done'
  return {
    id: seed, set_id: 3, seed, status, error: null, created_at: '', finished_at: done ? 'x' : null,
    image: done ? { filename: `set3_c${seed}_seed${seed}_00001_.png`, subfolder: 'longvideo/start', type: 'output' } : null,
    input_image: chosen ? `longvideo_start_set3_c${seed}.png` : null,
  }
}

function set(candidates: StartCandidate[], chosen: number | null = null): StartImageSet {
  return { id: 3, job_id: null, maker: 'wan22_14b_t2v', prompt: 'a lighthouse at dusk', negative_prompt: 'blurry, static', width: 832, height: 480, chosen, candidates, created_at: '' }
}

function mountForm() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useSettingsStore()
  store.settings = settings
  store.presets = [preset14b]
  store.loras = loras
  store.modelFiles = { diffusion_models: ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors'] }
  return mount(NewJobForm, { global: { plugins: [pinia] }, attachTo: document.body })
}

describe('start from text in the new-job form', () => {
  beforeEach(() => {
    localStorage.clear()
    document.body.innerHTML = ''
    host = installFakeHost()
    host.on('GET /longvideo/api/start-images/makers', { body: makers })
  })

  it('makes 4 candidates from the prompt at the video size, shows their seeds and progress, picks one and creates the job from it', async () => {
    let asked: StartImagesBody | null = null
    let reads = 0
    host.on('POST /longvideo/api/start-images', (init) => {
      asked = JSON.parse(String(init?.body)) as StartImagesBody
      return { status: 201, body: set([11, 22, 33, 44].map((s) => candidate(s, 'queued'))) }
    })
    host.on('GET /longvideo/api/start-images/3', () => {
      reads++
      return { body: set(reads === 1 ? [candidate(11, 'done'), candidate(22, 'running'), candidate(33, 'done'), candidate(44, 'queued')] : [11, 22, 33, 44].map((s) => candidate(s, 'done'))) }
    })
    host.on('POST /longvideo/api/start-images/3/choose', () => ({
      body: { set: set([candidate(11, 'done'), candidate(22, 'done'), candidate(33, 'done', true), candidate(44, 'done')], 33), input_image: 'longvideo_start_set3_c33.png' },
    }))
    let sent: CreateJobBody | null = null
    host.on('POST /longvideo/api/jobs', (init) => {
      sent = JSON.parse(String(init?.body)) as CreateJobBody
      return { status: 201, body: jobWithSegments([], { id: 9 }) }
    })

    const form = mountForm()
    await form.get('[data-testid="start-mode-text"]').setValue(true)
    await flushPromises()
    expect(form.get<HTMLSelectElement>('[data-testid="fromtext-maker"]').element.value).toBe('wan22_14b_t2v')
    expect(form.find('.lv-drop').exists()).toBe(false)
    await form.get('[data-testid="prompt"]').setValue('a lighthouse at dusk')
    await form.get('[data-testid="fromtext-make"]').trigger('click')
    await flushPromises()
    expect(asked).toEqual({ prompt: 'a lighthouse at dusk', negative_prompt: 'blurry, static', width: 832, height: 480, count: 4, maker: 'wan22_14b_t2v' })
    expect(form.findAll('.lv-cand__seed').map((s) => s.text())).toEqual(['seed 11: waiting', 'seed 22: waiting', 'seed 33: waiting', 'seed 44: waiting'])
    expect(form.get('[data-testid="fromtext-progress"]').text()).toBe('0 of 4 ready')

    await vi.waitFor(() => expect(form.get('[data-testid="fromtext-progress"]').text()).toBe('2 of 4 ready; pick one'), { timeout: 3000 })
    expect(form.findAll('.lv-cand__seed').map((s) => s.text())).toEqual(['seed 11', 'seed 22: making', 'seed 33', 'seed 44: waiting'])
    expect(form.get('[data-testid="candidate-22"]').attributes('disabled')).toBeDefined()
    await vi.waitFor(() => expect(form.get('[data-testid="fromtext-progress"]').text()).toBe('4 of 4 ready; pick one'), { timeout: 3000 })
    expect(form.get('[data-testid="candidate-33"] img').attributes('src')).toBe('http://comfy.test/api/view?filename=set3_c33_seed33_00001_.png&subfolder=longvideo%2Fstart&type=output')

    await form.get('[data-testid="candidate-33"]').trigger('click')
    await flushPromises()
    expect(form.get('[data-testid="candidate-33"]').attributes('aria-selected')).toBe('true')
    await form.get('form').trigger('submit')
    await flushPromises()
    expect(sent).toMatchObject({ input_image: 'longvideo_start_set3_c33.png', start_images: 3, prompt: 'a lighthouse at dusk' })
  })

  it('names what a way lacks (pre-flight) and asks for more candidates of the same set', async () => {
    let more: unknown = null
    host.on('POST /longvideo/api/start-images', { status: 201, body: set([candidate(1, 'done')]) })
    host.on('POST /longvideo/api/start-images/3/more', (init) => {
      more = JSON.parse(String(init?.body))
      return { body: set([candidate(1, 'done'), candidate(2, 'queued'), candidate(3, 'queued')]) }
    })
    host.on('GET /longvideo/api/start-images/3', { body: set([candidate(1, 'done'), candidate(2, 'done'), candidate(3, 'done')]) })
    const form = mountForm()
    await form.get('[data-testid="start-mode-text"]').setValue(true)
    await flushPromises()
    await form.get('[data-testid="fromtext-maker"]').setValue('img_sdxl')
    expect(form.get('[data-testid="fromtext-missing"]').text()).toContain('SDXL base cannot run on this ComfyUI:')
    expect(form.get('[data-testid="fromtext-missing"]').text()).toContain('Model file missing: sdxl_base.safetensors')
    await form.get('[data-testid="fromtext-maker"]').setValue('wan22_14b_t2v')
    expect(form.find('[data-testid="fromtext-missing"]').exists()).toBe(false)

    await form.get('[data-testid="fromtext-prompt"]').setValue('a red kite')
    await form.get('[data-testid="fromtext-count"]').setValue('2')
    await form.get('[data-testid="fromtext-make"]').trigger('click')
    await flushPromises()
    await form.get('[data-testid="fromtext-more"]').trigger('click')
    await flushPromises()
    expect(more).toEqual({ count: 2 })
    expect(form.findAll('.lv-cand')).toHaveLength(3)
    await vi.waitFor(() => expect(form.get('[data-testid="fromtext-progress"]').text()).toBe('3 of 3 ready; pick one'), { timeout: 3000 })
    // Without a pick, the job has no start image yet.
    await form.get('form').trigger('submit')
    expect(form.get('[data-testid="error-image"]').text()).toBe('Choose a start image, or start from text only')
  })

  it('names what the text-only first segment lacks when it is chosen', async () => {
    const missing = 'Model file missing: wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors (put it in models/diffusion_models)'
    host.on('GET /longvideo/api/start-images/makers', { body: { ...makers, text_only: { preset: 'wan22_14b_t2v', ready: false, missing: [missing] } } })
    const form = mountForm()
    await form.get('[data-testid="text-only"]').setValue(true)
    await flushPromises()
    expect(form.get('[data-testid="text-only-missing"]').text()).toContain('The text-to-video first segment cannot run on this ComfyUI:')
    expect(form.get('[data-testid="text-only-missing"]').text()).toContain(missing)
  })
})
