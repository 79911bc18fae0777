// Where the timeline shows: ComfyUI's bottom panel when the host has one for our tab (detected from the
// command the host registers for it), else a large overlay: a PrimeVue Dialog the timeline's own app renders.
// Either way one app, moved.
import { reactive } from 'vue'
import type { ComfyBottomPanelTab } from './comfy-host'
import { executeCommand, hasCommand } from './host'
import type { PanelMount } from './sidebarTab'
import { t } from './i18n'

export const TIMELINE_TAB_ID = 'longvideo-timeline'
/** The command ComfyUI registers for every bottom panel tab it accepted. */
export const BOTTOM_PANEL_COMMAND = `Workspace.ToggleBottomPanelTab.${TIMELINE_TAB_ID}`
export const OVERLAY_ID = 'lv-timeline-overlay'

/**
 * Where the timeline's app is and whether its overlay shows. The overlay itself is a PrimeVue Dialog the
 * timeline's lazily loaded app renders from this (components/timeline/TimelineWindow.vue), so PrimeVue
 * stays out of the sidebar's initial load; this module only places the app and flips `open`.
 */
export const timelineOverlay = reactive({
  /** The app is in the overlay's host element (not in the bottom panel): it renders as a dialog. */
  placed: false,
  /** The dialog shows. */
  open: false,
})

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
      timelineOverlay.placed = false
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
  return !root.closest(`#${OVERLAY_ID}`) || timelineOverlay.open
}

/** The element in body the app moves into when it shows as an overlay (the dialog's mask and box render in it). */
function overlayHost(): HTMLElement {
  let host = document.getElementById(OVERLAY_ID)
  if (!host) {
    host = document.createElement('div')
    host.id = OVERLAY_ID
    document.body.appendChild(host)
  }
  return host
}

export function closeOverlay(): void {
  timelineOverlay.open = false
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
  timelineOverlay.placed = true
  timelineOverlay.open = true
  mount.render(overlayHost())
}

/** The command's toggle: hides the timeline when it shows, opens it otherwise. */
export function toggleTimeline(): void {
  if (!timelineShowing()) return openTimeline()
  if (timelineOverlay.placed && document.getElementById(OVERLAY_ID)?.contains(document.querySelector('.lv-timeline-root'))) closeOverlay()
  else if (hasBottomPanel()) executeCommand(BOTTOM_PANEL_COMMAND)
}
