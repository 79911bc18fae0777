import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineAsyncComponent, defineComponent, h } from 'vue'
import { flushPromises } from '@vue/test-utils'
import { createPanelMount } from './sidebarTab'
import { installFakeHost } from './testing/fakeHost'
import { BOTTOM_PANEL_COMMAND, OVERLAY_ID, hasBottomPanel, openTimeline, timelineShowing, toggleTimeline, useTimelineMount } from './timelineTab'

const Stub = defineComponent({ setup: () => () => h('div', { class: 'lv-tl', tabindex: 0 }, 'timeline') })

describe('where the timeline opens', () => {
  let executed: string[]
  let commands: { id: string }[] | undefined

  beforeEach(() => {
    document.body.innerHTML = ''
    executed = []
    commands = undefined
    installFakeHost()
    const manager = window.comfyAPI!.app!.app!.extensionManager
    manager.command = {
      execute: (id: string) => void executed.push(id),
      get commands() {
        return commands
      },
    }
    useTimelineMount(createPanelMount(() => createApp(Stub), 'lv-timeline-root'))
  })
  afterEach(() => vi.unstubAllGlobals())

  it('uses the bottom panel when the host registered its toggle command for our tab', () => {
    commands = [{ id: 'Comfy.Something' }, { id: BOTTOM_PANEL_COMMAND }]
    expect(hasBottomPanel()).toBe(true)
    openTimeline()
    expect(executed).toEqual([BOTTOM_PANEL_COMMAND])
    expect(document.getElementById(OVERLAY_ID)).toBeNull()
  })

  it('asks the command store directly where it can (isRegistered)', () => {
    const manager = window.comfyAPI!.app!.app!.extensionManager
    manager.command = { execute: () => undefined, isRegistered: (id: string) => id === BOTTOM_PANEL_COMMAND }
    expect(hasBottomPanel()).toBe(true)
    manager.command = { execute: () => undefined, isRegistered: () => false, commands: [{ id: BOTTOM_PANEL_COMMAND }] }
    expect(hasBottomPanel()).toBe(false)
  })

  it('opens an overlay dialog where the host has no bottom panel (or does not list its commands), and Esc closes it', () => {
    commands = [{ id: 'Comfy.Something' }]
    expect(hasBottomPanel()).toBe(false)
    commands = undefined
    expect(hasBottomPanel()).toBe(false)
    openTimeline()
    expect(executed).toEqual([])
    const overlay = document.getElementById(OVERLAY_ID)!
    expect(overlay.getAttribute('role')).toBe('dialog')
    expect(overlay.querySelector('.lv-timeline-root .lv-tl')).not.toBeNull()
    expect(timelineShowing()).toBe(true)
    expect(document.activeElement?.classList.contains('lv-tl')).toBe(true)
    overlay.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    expect(overlay.hidden).toBe(true)
    expect(timelineShowing()).toBe(false)
    // The command toggles: open again (the same app, moved), then closed.
    toggleTimeline()
    expect(overlay.hidden).toBe(false)
    expect(document.querySelectorAll('.lv-timeline-root')).toHaveLength(1)
    toggleTimeline()
    expect(overlay.hidden).toBe(true)
  })

  it('focuses the timeline once its lazily loaded code arrives, the first time it opens', async () => {
    let arrive: (c: typeof Stub) => void = () => undefined
    const Lazy = defineAsyncComponent(() => new Promise<typeof Stub>((resolve) => (arrive = resolve)))
    useTimelineMount(createPanelMount(() => createApp(Lazy), 'lv-timeline-root'))
    openTimeline()
    const overlay = document.getElementById(OVERLAY_ID)!
    expect(overlay.querySelector('.lv-tl')).toBeNull()
    arrive(Stub)
    await flushPromises()
    await new Promise((r) => setTimeout(r, 0))
    expect(overlay.querySelector('.lv-tl')).not.toBeNull()
    expect(document.activeElement?.classList.contains('lv-tl')).toBe(true)
  })
})
