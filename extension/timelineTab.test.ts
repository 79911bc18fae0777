import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { createApp, defineComponent, h } from 'vue'
import { createPanelMount } from './sidebarTab'
import { installFakeHost } from './testing/fakeHost'
import {
  BOTTOM_PANEL_COMMAND, OVERLAY_ID, closeOverlay, hasBottomPanel, openTimeline, timelineBottomTab, timelineOverlay, timelineShowing, toggleTimeline, useTimelineMount,
} from './timelineTab'

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
  afterEach(() => {
    timelineOverlay.placed = false
    timelineOverlay.open = false
    vi.unstubAllGlobals()
  })

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

  it('moves the app into the overlay where the host has no bottom panel (or does not list its commands), and toggles it', () => {
    commands = [{ id: 'Comfy.Something' }]
    expect(hasBottomPanel()).toBe(false)
    commands = undefined
    expect(hasBottomPanel()).toBe(false)
    openTimeline()
    expect(executed).toEqual([])
    // The dialog itself is the timeline app's (TimelineWindow.test.ts): here, the app is placed and asked to show it.
    const host = document.getElementById(OVERLAY_ID)!
    expect(host.parentElement).toBe(document.body)
    expect(host.querySelector('.lv-timeline-root .lv-tl')).not.toBeNull()
    expect({ ...timelineOverlay }).toEqual({ placed: true, open: true })
    expect(timelineShowing()).toBe(true)
    closeOverlay()
    expect(timelineOverlay.open).toBe(false)
    expect(timelineShowing()).toBe(false)
    // The command toggles: open again (the same app, moved), then closed.
    toggleTimeline()
    expect(timelineOverlay.open).toBe(true)
    expect(document.querySelectorAll('.lv-timeline-root')).toHaveLength(1)
    toggleTimeline()
    expect(timelineOverlay.open).toBe(false)
  })

  it('gives the app back to the bottom panel when the host renders its tab, closing the overlay', () => {
    const m = createPanelMount(() => createApp(Stub), 'lv-timeline-root')
    useTimelineMount(m)
    openTimeline()
    const panel = document.createElement('div')
    document.body.appendChild(panel)
    timelineBottomTab(m).render(panel)
    expect({ ...timelineOverlay }).toEqual({ placed: false, open: false })
    expect(panel.querySelector('.lv-timeline-root .lv-tl')).not.toBeNull()
    expect(timelineShowing()).toBe(true)
  })
})
