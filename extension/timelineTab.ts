// Where the timeline shows: ComfyUI's bottom panel when the host has one for our tab (detected from the
// command the host registers for it), else a large overlay of our own. Either way one app, moved.
import type { ComfyBottomPanelTab } from './comfy-host'
import { executeCommand, hasCommand } from './host'
import type { PanelMount } from './sidebarTab'
import { t } from './i18n'

export const TIMELINE_TAB_ID = 'longvideo-timeline'
/** The command ComfyUI registers for every bottom panel tab it accepted. */
export const BOTTOM_PANEL_COMMAND = `Workspace.ToggleBottomPanelTab.${TIMELINE_TAB_ID}`
export const OVERLAY_ID = 'lv-timeline-overlay'

let mount: PanelMount | null = null

/** The mount the bottom panel tab and the overlay share (set once by the extension entry). */
export function useTimelineMount(m: PanelMount): void {
  mount = m
}

export function timelineBottomTab(m: PanelMount): ComfyBottomPanelTab {
  return {
    id: TIMELINE_TAB_ID,
    title: t('tab.title'),
    type: 'custom',
    render: (el) => {
      closeOverlay()
      m.render(el)
    },
    destroy: () => m.destroy(),
  }
}

/** The host took our bottom panel tab: it registered the tab's toggle command. */
export function hasBottomPanel(): boolean {
  return hasCommand(BOTTOM_PANEL_COMMAND)
}

/** The timeline is on screen (in the bottom panel or the overlay). */
export function timelineShowing(): boolean {
  const root = document.querySelector<HTMLElement>('.lv-timeline-root')
  if (!root?.isConnected) return false
  const overlay = root.closest<HTMLElement>(`#${OVERLAY_ID}`)
  return !overlay || !overlay.hidden
}

function overlayElement(): { box: HTMLElement; body: HTMLElement } {
  let box = document.getElementById(OVERLAY_ID)
  if (!box) {
    box = document.createElement('div')
    box.id = OVERLAY_ID
    box.className = 'lv-overlay'
    box.setAttribute('role', 'dialog')
    box.setAttribute('aria-modal', 'true')
    box.setAttribute('aria-label', t('timeline.title'))
    const body = document.createElement('div')
    body.className = 'lv-overlay__body'
    box.appendChild(body)
    box.addEventListener('keydown', (e) => {
      if (e.key === 'Escape') {
        e.stopPropagation()
        closeOverlay()
      }
    })
    box.addEventListener('mousedown', (e) => {
      if (e.target === box) closeOverlay()
    })
    document.body.appendChild(box)
  }
  return { box, body: box.querySelector<HTMLElement>('.lv-overlay__body') as HTMLElement }
}

let returnFocus: HTMLElement | null = null

export function closeOverlay(): void {
  const box = document.getElementById(OVERLAY_ID)
  if (!box || box.hidden) return
  box.hidden = true
  returnFocus?.focus()
  returnFocus = null
}

/** Opens the timeline where the host can show it; does nothing when it already shows. */
export function openTimeline(): void {
  if (timelineShowing()) {
    document.querySelector<HTMLElement>('.lv-timeline-root .lv-tl')?.focus()
    return
  }
  if (hasBottomPanel()) {
    executeCommand(BOTTOM_PANEL_COMMAND)
    return
  }
  if (!mount) return
  const { box, body } = overlayElement()
  returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null
  box.hidden = false
  mount.render(body)
  focusWhenShown(body)
}

/**
 * Focuses the timeline in `container`: at once when it is there, else when it appears (the first time it
 * opens, its code is still loading: a lazily loaded chunk).
 */
function focusWhenShown(container: HTMLElement): void {
  const shown = container.querySelector<HTMLElement>('.lv-tl')
  if (shown) {
    shown.focus()
    return
  }
  const watcher = new MutationObserver(() => {
    const view = container.querySelector<HTMLElement>('.lv-tl')
    if (!view) return
    watcher.disconnect()
    if (!container.closest<HTMLElement>(`#${OVERLAY_ID}`)?.hidden) view.focus()
  })
  watcher.observe(container, { childList: true, subtree: true })
  // A load that never finishes must not leave the watcher behind.
  setTimeout(() => watcher.disconnect(), 30_000)
}

/** The command's toggle: hides the timeline when it shows, opens it otherwise. */
export function toggleTimeline(): void {
  if (!timelineShowing()) return openTimeline()
  if (document.getElementById(OVERLAY_ID)?.contains(document.querySelector('.lv-timeline-root'))) closeOverlay()
  else if (hasBottomPanel()) executeCommand(BOTTOM_PANEL_COMMAND)
}
