import { flushPromises } from '@vue/test-utils'
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import { i18n } from '../../i18n'
import { createPanelMount } from '../../sidebarTab'
import type { PanelMount } from '../../sidebarTab'
import { useNavigationStore } from '../../stores/navigationStore'
import { jobWithSegments, segment } from '../../testing/fixtures'
import { SilentEventSource, installFakeHost } from '../../testing/fakeHost'
import { OVERLAY_ID, openTimeline, timelineBottomTab, timelineOverlay, timelineShowing, toggleTimeline, useTimelineMount } from '../../timelineTab'
import { timelinePrimeVue } from './primeVue'
import TimelineWindow from './TimelineWindow.vue'

const job = jobWithSegments([segment({ idx: 0, frames: 17 }), segment({ idx: 1, frames: 16 })], { status: 'running' })

/** The timeline's app as the extension builds it (its lazily loaded root already here), in the overlay's place. */
function timelineMount(): PanelMount {
  const pinia = createPinia()
  const m = createPanelMount(() => createApp(TimelineWindow).use(pinia).use(i18n).use(timelinePrimeVue), 'lv-timeline-root')
  useTimelineMount(m)
  return m
}

/** The sidebar's "Timeline" button, where the focus is when the overlay opens. */
function opener(): HTMLButtonElement {
  const button = document.createElement('button')
  button.textContent = 'Timeline'
  document.body.appendChild(button)
  button.focus()
  return button
}

const dialog = () => document.querySelector<HTMLElement>(`#${OVERLAY_ID} [role="dialog"]`)
const view = () => document.querySelector<HTMLElement>(`#${OVERLAY_ID} [data-testid="timeline-view"]`)
/** Vue's transitions end on the next animation frames. */
const frames = async () => {
  for (let i = 0; i < 3; i++) await new Promise((r) => setTimeout(r, 20))
  await flushPromises()
}

describe('the timeline in a PrimeVue dialog where the host has no bottom panel', () => {
  let mount: PanelMount

  beforeEach(() => {
    document.body.innerHTML = ''
    const host = installFakeHost()
    host.on(`GET /longvideo/api/jobs/${job.id}`, { body: job })
    host.on('GET /longvideo/api/jobs', { body: { jobs: [job], total: 1 } })
    vi.stubGlobal('EventSource', SilentEventSource)
    mount = timelineMount()
  })
  afterEach(() => {
    mount.destroy()
    timelineOverlay.placed = false
    timelineOverlay.open = false
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('is a labelled modal dialog holding the timeline, with the focus in it, and Escape gives the focus back', async () => {
    const button = opener()
    openTimeline()
    await frames()
    const box = dialog()!
    expect(box.getAttribute('aria-modal')).toBe('true')
    expect(box.getAttribute('aria-label')).toBe('Long Video timeline')
    expect(box.hasAttribute('aria-labelledby')).toBe(false)
    expect(box.querySelector('[data-testid="timeline-view"]')).not.toBeNull()
    expect(box.closest('.lv-overlay')).not.toBeNull()
    expect(timelineShowing()).toBe(true)
    await vi.waitFor(() => expect(document.activeElement).toBe(view()))
    // A selected clip is cleared by the first Escape; the next one closes the dialog.
    useNavigationStore().openJob(job.id)
    await vi.waitFor(() => expect(box.querySelectorAll('[data-testid="timeline-clip"]')).toHaveLength(2))
    view()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true }))
    view()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', bubbles: true }))
    await flushPromises()
    expect(box.querySelector('[data-testid="timeline-inspector"]')).not.toBeNull()
    view()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await flushPromises()
    expect(timelineOverlay.open).toBe(true)
    expect(box.querySelector('[data-testid="timeline-inspector"]')).toBeNull()
    view()!.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }))
    await frames()
    expect(timelineOverlay.open).toBe(false)
    expect(dialog()).toBeNull()
    expect(timelineShowing()).toBe(false)
    expect(document.activeElement).toBe(button)
  })

  it('keeps Tab inside the dialog (focus trap) and closes from its button or a click on the mask', async () => {
    opener()
    openTimeline()
    await frames()
    const box = dialog()!
    // PrimeVue's trap: hidden focusable guards at both ends that send the focus back to the other end.
    const guards = box.querySelectorAll<HTMLElement>('[data-p-hidden-focusable="true"]')
    expect(guards.length).toBe(2)
    guards[1]!.focus()
    expect(box.contains(document.activeElement)).toBe(true)
    expect(document.activeElement).not.toBe(guards[1])
    box.querySelector<HTMLElement>('[data-testid="timeline-close"]')!.click()
    await frames()
    expect(dialog()).toBeNull()
    // The command's toggle opens it again: the same app, moved, not a second one.
    toggleTimeline()
    await frames()
    expect(dialog()).not.toBeNull()
    expect(document.querySelectorAll('.lv-timeline-root')).toHaveLength(1)
    const mask = box.ownerDocument.querySelector<HTMLElement>(`#${OVERLAY_ID} .lv-overlay`)!
    mask.dispatchEvent(new MouseEvent('mousedown', { bubbles: true }))
    mask.dispatchEvent(new MouseEvent('mouseup', { bubbles: true }))
    await frames()
    expect(dialog()).toBeNull()
  })

  it('comes back as it was left when closed and opened again (zoom and the selected clip), paused', async () => {
    opener()
    openTimeline()
    await frames()
    useNavigationStore().openJob(job.id)
    await vi.waitFor(() => expect(view()!.querySelectorAll('[data-testid="timeline-clip"]')).toHaveLength(2))
    const press = (key: string) => view()!.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true }))
    const trackWidth = () => parseFloat(view()!.querySelector<HTMLElement>('[data-testid="timeline-track"]')!.style.width)
    const fitted = trackWidth()
    press('+')
    press('+')
    press('l')
    press('l')
    press(']')
    await flushPromises()
    const zoomed = trackWidth()
    expect(zoomed).toBeGreaterThan(fitted * 2)
    expect(view()!.querySelector('.lv-tl-counter .lv-tl-chip')?.textContent).toBe('2×')
    expect(view()!.querySelector('[data-testid="timeline-inspector"]')?.getAttribute('data-idx')).toBe('0')
    view()!.querySelector<HTMLElement>('[data-testid="timeline-close"]')!.click()
    await frames()
    expect(dialog()).toBeNull()
    toggleTimeline()
    await frames()
    expect(trackWidth()).toBe(zoomed)
    // Closing stopped the playback: it does not start again by itself.
    expect(view()!.querySelector('.lv-tl-counter .lv-tl-chip')).toBeNull()
    expect(view()!.querySelector('[data-testid="timeline-inspector"]')?.getAttribute('data-idx')).toBe('0')
  })

  it('renders the timeline without a dialog once the bottom panel takes it', async () => {
    openTimeline()
    await frames()
    expect(dialog()).not.toBeNull()
    const panel = document.createElement('div')
    document.body.appendChild(panel)
    timelineBottomTab(mount).render(panel)
    await frames()
    expect(panel.querySelector('.lv-timeline-root [data-testid="timeline-view"]')).not.toBeNull()
    expect(document.querySelector('[role="dialog"]')).toBeNull()
    expect(document.querySelector('[data-testid="timeline-close"]')).toBeNull()
    expect(timelineShowing()).toBe(true)
  })
})
