// The sidebar tab ComfyUI renders: one Vue app, moved (not re-created) when the host renders again.
import type { App } from 'vue'
import type { ComfySidebarTab } from './comfy-host'
import { t } from './i18n'

export const TAB_ID = 'longvideo'

export interface PanelMount {
  render(container: HTMLElement): void
  destroy(): void
  /** The mounted app, for tests. */
  readonly app: App | null
}

/**
 * ComfyUI may call render again on the same or a new element without calling destroy
 * (ComfyUI_frontend issue #4372), so the app lives in its own root element that is moved.
 */
export function createPanelMount(createApp: () => App, className = 'lv-root'): PanelMount {
  let app: App | null = null
  let root: HTMLElement | null = null

  return {
    render(container) {
      if (!app || !root) {
        root = document.createElement('div')
        root.className = className
        app = createApp()
        container.appendChild(root)
        app.mount(root)
        return
      }
      if (root.parentElement !== container) container.appendChild(root)
    },
    destroy() {
      app?.unmount()
      root?.remove()
      app = null
      root = null
    },
    get app() {
      return app
    },
  }
}

export function sidebarTab(mount: PanelMount): ComfySidebarTab {
  return {
    id: TAB_ID,
    icon: 'pi pi-video',
    ...tabTexts(),
    type: 'custom',
    render: (el) => mount.render(el),
    destroy: () => mount.destroy(),
  }
}

/** The tab's title and tooltip in the panel's language. */
export function tabTexts(): Pick<ComfySidebarTab, 'title' | 'tooltip'> {
  return {
    title: t('tab.title'),
    // No shortcut in the text: ComfyUI appends the tab's keybinding itself ("… (Alt + l)").
    tooltip: t('tab.tooltip'),
  }
}
