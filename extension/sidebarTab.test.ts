import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h, onUnmounted, ref } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { createPanelApp } from './panelApp'
import { createPanelMount, sidebarTab } from './sidebarTab'
import { SilentEventSource, installFakeHost } from './testing/fakeHost'

let unmounted = 0
const Counter = defineComponent({
  setup() {
    const clicks = ref(0)
    onUnmounted(() => unmounted++)
    return () => h('button', { class: 'counter', onClick: () => clicks.value++ }, String(clicks.value))
  },
})

describe('the Long Video sidebar tab', () => {
  beforeEach(() => {
    unmounted = 0
    document.body.innerHTML = ''
  })

  it('registers as a custom tab with the video icon', () => {
    const tab = sidebarTab(createPanelMount(() => createApp(Counter)))
    expect(tab).toMatchObject({ id: 'longvideo', type: 'custom', icon: 'pi pi-video', title: 'Long Video' })
  })

  it('leaves the shortcut out of its tooltip, which ComfyUI completes with the keybinding itself', () => {
    const tab = sidebarTab(createPanelMount(() => createApp(Counter)))
    expect(tab.tooltip).toBeTruthy()
    expect(tab.tooltip).not.toMatch(/alt|\(.*\)/i)
  })

  it('keeps one app when the host renders twice into the same element', () => {
    const factory = vi.fn(() => createApp(Counter))
    const mount = createPanelMount(factory)
    const el = document.createElement('div')
    mount.render(el)
    ;(el.querySelector('.counter') as HTMLButtonElement).click()
    mount.render(el)
    expect(factory).toHaveBeenCalledTimes(1)
    expect(el.querySelectorAll('.lv-root')).toHaveLength(1)
  })

  it('moves the same app, with its state, to a new container', async () => {
    const factory = vi.fn(() => createApp(Counter))
    const mount = createPanelMount(factory)
    const first = document.createElement('div')
    const second = document.createElement('div')
    mount.render(first)
    ;(first.querySelector('.counter') as HTMLButtonElement).click()
    await flushPromises()
    mount.render(second)
    expect(factory).toHaveBeenCalledTimes(1)
    expect(first.children).toHaveLength(0)
    expect(second.querySelector('.counter')?.textContent).toBe('1')
    expect(unmounted).toBe(0)
  })

  it('unmounts on destroy and starts fresh on the next render', () => {
    const factory = vi.fn(() => createApp(Counter))
    const mount = createPanelMount(factory)
    const el = document.createElement('div')
    mount.render(el)
    mount.destroy()
    expect(unmounted).toBe(1)
    expect(el.children).toHaveLength(0)
    mount.render(el)
    expect(factory).toHaveBeenCalledTimes(2)
    expect(el.querySelectorAll('.lv-root')).toHaveLength(1)
  })
})

describe('the mounted panel', () => {
  beforeEach(() => {
    vi.stubGlobal('EventSource', SilentEventSource)
    SilentEventSource.instances = []
  })
  afterEach(() => vi.unstubAllGlobals())

  it('says the sidecar is not running and what to do, instead of an empty list', async () => {
    const host = installFakeHost()
    const down = { status: 503, body: { error: { code: 'sidecar_not_running', message: 'sidecar exited with code 1' } } }
    host.on('GET /longvideo/api/health', down)
    host.on('GET /longvideo/api/queue/status', down)
    const mount = createPanelMount(createPanelApp)
    const el = document.createElement('div')
    document.body.appendChild(el)
    mount.render(el)
    await flushPromises()
    const problem = el.querySelector('[data-code="sidecar_not_running"]')
    expect(problem?.textContent).toContain('The Long Video server is not running')
    expect(problem?.textContent).toContain('sidecar exited with code 1')
    expect(el.querySelector('[data-testid="no-jobs"]')).toBeNull()
    // The dashboard says the sidecar is away instead of 0/0/0/0 counts that read like the jobs are gone.
    expect(el.querySelector('[data-testid="sidecar-down"]')?.textContent).toContain('not answering')
    expect(el.querySelector('[data-testid="count-running"]')).toBeNull()
    mount.render(el)
    expect(SilentEventSource.instances).toHaveLength(1)
    expect(SilentEventSource.instances[0]?.url).toBe('http://comfy.test/api/longvideo/api/events')
    mount.destroy()
    expect(SilentEventSource.instances[0]?.readyState).toBe(2)
  })

  it('says how to get Node.js when the proxy cannot find it', async () => {
    const host = installFakeHost()
    const missing = { status: 503, body: { error: { code: 'node_missing', message: 'node not found' } } }
    host.on('GET /longvideo/api/health', missing)
    host.on('GET /longvideo/api/queue/status', missing)
    const mount = createPanelMount(createPanelApp)
    const el = document.createElement('div')
    mount.render(el)
    await flushPromises()
    expect(el.querySelector('[data-code="node_missing"]')?.textContent).toMatch(/Install Node.js 20.19 or newer/)
    mount.destroy()
  })
})
