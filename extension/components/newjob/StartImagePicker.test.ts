import { mount } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h, ref } from 'vue'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { comfyImages } from '../../testing/fixtures'
import StartImagePicker from './StartImagePicker.vue'

let host: FakeHost
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])

/** Hosts the picker inside a .lv-panel, where paste is listened for, and exposes the chosen image. */
function mountPicker() {
  const chosen = ref<string | null>(null)
  const Host = defineComponent(() => () =>
    h('div', { class: 'lv-panel' }, [h(StartImagePicker, { modelValue: chosen.value, 'onUpdate:modelValue': (v: string | null) => (chosen.value = v) })])
  )
  const wrapper = mount(Host, { global: { plugins: [createPinia()] }, attachTo: document.body })
  return { wrapper, chosen }
}

function uploadedNames(): string[] {
  return host.calls
    .filter((c) => c.route === '/longvideo/api/upload')
    .map((c) => ((c.init?.body as FormData).get('image') as File).name)
}

describe('the start image picker', () => {
  beforeEach(() => {
    document.body.innerHTML = ''
    host = installFakeHost()
    host.on('POST /longvideo/api/upload', (init) => {
      const file = (init?.body as FormData).get('image') as File
      return { body: { name: file.name, subfolder: '', type: 'input' } }
    })
  })

  it('uploads a dropped image through the sidecar and shows it from ComfyUI', async () => {
    const { wrapper, chosen } = mountPicker()
    const file = new File([PNG], 'dropped.png', { type: 'image/png' })
    const drop = new Event('drop', { bubbles: true, cancelable: true }) as DragEvent
    Object.defineProperty(drop, 'dataTransfer', { value: { files: [file] } })
    wrapper.get('.lv-drop').element.dispatchEvent(drop)
    await vi.waitFor(() => expect(chosen.value).toBe('dropped.png'))
    expect(uploadedNames()).toEqual(['dropped.png'])
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="start-image-preview"]').attributes('src')).toBe(
      'http://comfy.test/api/view?filename=dropped.png&subfolder=&type=input'
    )
  })

  it('uploads a pasted image', async () => {
    const { chosen } = mountPicker()
    const file = new File([PNG], 'clip.png', { type: 'image/png' })
    const paste = new Event('paste', { bubbles: true, cancelable: true }) as ClipboardEvent
    Object.defineProperty(paste, 'clipboardData', { value: { items: [{ type: 'image/png', getAsFile: () => file }] } })
    document.querySelector('.lv-panel')!.dispatchEvent(paste)
    await vi.waitFor(() => expect(chosen.value).toBe('clip.png'))
  })

  it('refuses a file that is not an image before sending it', async () => {
    const { wrapper, chosen } = mountPicker()
    const input = wrapper.get('[data-testid="image-file"]').element as HTMLInputElement
    Object.defineProperty(input, 'files', { value: [new File(['hello'], 'notes.txt', { type: 'text/plain' })] })
    input.dispatchEvent(new Event('change'))
    await wrapper.vm.$nextTick()
    expect(wrapper.get('[data-testid="image-error"]').text()).toBe('notes.txt is not a PNG, JPEG or WebP image')
    expect(chosen.value).toBeNull()
    expect(uploadedNames()).toEqual([])
  })

  it('picks an input image as it is, and copies an output image into the input folder', async () => {
    host.on('GET /longvideo/api/images', { body: comfyImages('input', ['fox.png']) })
    const { wrapper, chosen } = mountPicker()
    await wrapper.findAll('button').find((b) => b.text() === 'ComfyUI inputs')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.lv-browse__item')).toHaveLength(1))
    await wrapper.get('.lv-browse__item').trigger('click')
    expect(chosen.value).toBe('fox.png')
    expect(uploadedNames()).toEqual([])

    host.on('GET /view', { body: 'png bytes', contentType: 'image/png' })
    host.on('GET /longvideo/api/images', { body: comfyImages('output', ['longvideo/cat_seg1_last_00001_.png']) })
    await wrapper.findAll('button').find((b) => b.text() === 'Outputs')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('.lv-browse__item')).toHaveLength(1))
    expect(wrapper.get('.lv-browse__item img').attributes('src')).toContain('subfolder=longvideo&type=output')
    await wrapper.get('.lv-browse__item').trigger('click')
    await vi.waitFor(() => expect(chosen.value).toBe('cat_seg1_last_00001_.png'))
    expect(uploadedNames()).toEqual(['cat_seg1_last_00001_.png'])
  })

  it('fetches an image by URL through the sidecar and shows the sidecar\'s refusal when there is one', async () => {
    const sent: unknown[] = []
    host.on('POST /longvideo/api/upload/url', (init) => {
      const body = JSON.parse(String(init?.body)) as { url: string }
      sent.push(body)
      if (body.url.includes('169.254')) {
        return { status: 400, body: { error: { code: 'bad_request', field: 'url', message: 'url: address refused: 169.254.169.254 (a loopback, private, link-local or reserved address)' } } }
      }
      return { body: { name: 'sunset.png', subfolder: '', type: 'input' } }
    })
    const { wrapper, chosen } = mountPicker()
    await wrapper.get('[data-testid="image-url-open"]').trigger('click')
    await wrapper.get('[data-testid="image-url"]').setValue('http://169.254.169.254/latest')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(wrapper.find('[data-testid="image-error"]').exists()).toBe(true))
    expect(wrapper.get('[data-testid="image-error"]').text()).toMatch(/address refused/)
    expect(chosen.value).toBeNull()
    await wrapper.get('[data-testid="image-url"]').setValue('  https://example.com/pics/sunset.png ')
    await wrapper.get('form').trigger('submit')
    await vi.waitFor(() => expect(chosen.value).toBe('sunset.png'))
    expect(sent).toEqual([{ url: 'http://169.254.169.254/latest' }, { url: 'https://example.com/pics/sunset.png' }])
    expect(wrapper.find('[data-testid="image-url"]').exists()).toBe(false)
  })

  it('lists the user\'s input images first with their names, and our hand-off frames apart, named', async () => {
    host.on('GET /longvideo/api/images', {
      body: comfyImages('input', ['longvideo_Harbour_seg2_start.png', 'fox.png', 'longvideo_Harbour_seg3_t2_start.png', 'owl.jpg']),
    })
    const { wrapper } = mountPicker()
    await wrapper.findAll('button').find((b) => b.text() === 'ComfyUI inputs')!.trigger('click')
    await vi.waitFor(() => expect(wrapper.findAll('[data-testid="browse-mine"] .lv-browse__item')).toHaveLength(2))
    expect(wrapper.findAll('[data-testid="browse-mine"] .lv-browse__name').map((n) => n.text())).toEqual(['fox.png', 'owl.jpg'])
    const handoff = wrapper.get('[data-testid="browse-handoff"]')
    expect(handoff.attributes('open')).toBeUndefined()
    expect(handoff.findAll('.lv-browse__name').map((n) => n.text())).toEqual(['Harbour · segment 2 start', 'Harbour · segment 3 start · take 2'])
  })

  it('frames the part of a portrait image a 16:9 video keeps', async () => {
    const sizes: unknown[] = []
    const wrapper = mount(StartImagePicker, {
      props: { modelValue: 'portrait.png', videoWidth: 832, videoHeight: 480, onSize: (s: unknown) => sizes.push(s) },
      global: { plugins: [createPinia()] },
    })
    const img = wrapper.get('[data-testid="start-image-preview"]')
    Object.defineProperty(img.element, 'naturalWidth', { value: 768 })
    Object.defineProperty(img.element, 'naturalHeight', { value: 1024 })
    await img.trigger('load')
    expect(sizes).toEqual([{ width: 768, height: 1024 }])
    const style = wrapper.get('[data-testid="start-image-crop"]').attributes('style') ?? ''
    // The full width, the middle 43 % of the height.
    expect(style).toContain('left: 0%')
    expect(style).toContain('width: 100%')
    expect(style).toMatch(/height: 43\.2\d*%/)
    await wrapper.setProps({ videoWidth: 544, videoHeight: 736 })
    expect(wrapper.find('[data-testid="start-image-crop"]').exists()).toBe(false)
  })
})
