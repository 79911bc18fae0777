import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { useHandoffStore } from '../../stores/handoffStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { comfyImages, preset14b, settings } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import NewJobForm from './NewJobForm.vue'

let host: FakeHost

/** A PNG's bytes with one tEXt chunk per entry (the reader does not check CRCs or pixels). */
function pngWithText(text: Record<string, string>): Uint8Array<ArrayBuffer> {
  const enc = new TextEncoder()
  const parts: number[] = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]
  const chunk = (type: string, data: Uint8Array) => {
    parts.push((data.length >>> 24) & 255, (data.length >>> 16) & 255, (data.length >>> 8) & 255, data.length & 255)
    parts.push(...enc.encode(type), ...data, 0, 0, 0, 0)
  }
  for (const [k, v] of Object.entries(text)) chunk('tEXt', enc.encode(`${k}\0${v}`))
  chunk('IEND', new Uint8Array())
  return new Uint8Array(parts)
}

const comfyPrompt = {
  '3': { class_type: 'KSampler', inputs: { positive: ['6', 0], negative: ['7', 0], model: ['4', 0] } },
  '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a red fox runs through snow', clip: ['4', 1] } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: 'blurry, static, 色调艳丽', clip: ['4', 1] } },
}

function mountForm() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const store = useSettingsStore()
  store.settings = { ...settings, defaults: { ...settings.defaults, negative_prompt: 'ugly' } }
  store.presets = [preset14b]
  return { pinia, mountIt: () => mount(NewJobForm, { global: { plugins: [pinia] }, attachTo: document.body }) }
}

async function dropFile(form: ReturnType<ReturnType<typeof mountForm>['mountIt']>, file: File): Promise<void> {
  const input = form.get('[data-testid="image-file"]')
  Object.defineProperty(input.element, 'files', { value: [file], configurable: true })
  await input.trigger('change')
  await flushPromises()
}

const textOf = (form: ReturnType<ReturnType<typeof mountForm>['mountIt']>, id: string) =>
  form.get<HTMLTextAreaElement>(`[data-testid="${id}"]`).element.value

describe('filling the new-job prompts from an image', () => {
  beforeEach(() => {
    localStorage.clear()
    document.body.innerHTML = ''
    host = installFakeHost()
    host.on('POST /longvideo/api/upload', { body: { name: 'fox.png', subfolder: '', type: 'input' } })
  })

  it('fills prompt and negative prompt from a chosen PNG made by ComfyUI, says so, and undoes it', async () => {
    const form = mountForm().mountIt()
    await form.get('[data-testid="prompt"]').setValue('my own words')
    await dropFile(form, new File([pngWithText({ prompt: JSON.stringify(comfyPrompt) })], 'fox.png', { type: 'image/png' }))
    await vi.waitFor(() => expect(form.find('[data-testid="meta-fill-notice"]').exists()).toBe(true))
    expect(textOf(form, 'prompt')).toBe('a red fox runs through snow')
    // Written as UTF-8 into tEXt, as many tools do.
    expect(textOf(form, 'negative-prompt')).toBe('blurry, static, 色调艳丽')
    expect(form.get('[data-testid="meta-fill-notice"]').text()).toContain('Filled the prompt and negative prompt from fox.png')
    await form.get('[data-testid="meta-fill-undo"]').trigger('click')
    expect(textOf(form, 'prompt')).toBe('my own words')
    expect(textOf(form, 'negative-prompt')).toBe('ugly')
    expect(form.find('[data-testid="meta-fill-notice"]').exists()).toBe(false)
  })

  it('reads A1111 parameters too, and leaves the prompts alone for an image without any', async () => {
    const form = mountForm().mountIt()
    await dropFile(form, new File([pngWithText({ parameters: 'castle on a hill\nNegative prompt: fog\nSteps: 30, Sampler: Euler a' })], 'a.png', { type: 'image/png' }))
    await vi.waitFor(() => expect(textOf(form, 'prompt')).toBe('castle on a hill'))
    expect(textOf(form, 'negative-prompt')).toBe('fog')
    await form.get('[data-testid="meta-fill-undo"]').trigger('click')
    await dropFile(form, new File([pngWithText({ Software: 'GIMP' })], 'plain.png', { type: 'image/png' }))
    expect(textOf(form, 'prompt')).toBe('')
    expect(form.find('[data-testid="meta-fill-notice"]').exists()).toBe(false)
  })

  it('takes an output image with its metadata from the gallery through the sidecar', async () => {
    host.on('GET /longvideo/api/images', { body: comfyImages('output', ['ComfyUI_00001_.png']) })
    host.on('GET /view', { body: 'png', contentType: 'image/png' })
    host.on('GET /longvideo/api/gallery/meta', {
      body: { path: 'ComfyUI_00001_.png', keys: ['prompt'], workflow: null, prompt: { source: 'comfyui', positive: 'a lighthouse in a storm', negative: null, steps: null, cfg: null, seed: null, sampler: null, scheduler: null, width: null, height: null, frames: null, loras: [], models: [] } },
    })
    const form = mountForm().mountIt()
    await form.findAll('button').find((b) => b.text() === 'Outputs')!.trigger('click')
    await flushPromises()
    await form.get('.lv-browse__item').trigger('click')
    await vi.waitFor(() => expect(textOf(form, 'prompt')).toBe('a lighthouse in a storm'))
    expect(host.calls.some((c) => c.route.includes('/gallery/meta?path=ComfyUI_00001_.png'))).toBe(true)
    expect(form.get('.lv-notice__text').text()).toBe('Filled the prompt from ComfyUI_00001_.png.')
  })

  it('opens with the image and prompt another view handed over', async () => {
    const { pinia, mountIt } = mountForm()
    useHandoffStore(pinia).newJob = { inputImage: 'repo/start.png', prompt: { positive: 'waves roll in', negative: null }, source: 'start.png' }
    const form = mountIt()
    expect(form.get('[data-testid="start-image-name"]').text()).toBe('repo/start.png')
    expect(textOf(form, 'prompt')).toBe('waves roll in')
    await form.get('[data-testid="meta-fill-undo"]').trigger('click')
    expect(textOf(form, 'prompt')).toBe('')
    expect(useHandoffStore(pinia).newJob).toBeNull()
  })
})
