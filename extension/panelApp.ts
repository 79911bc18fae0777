// Builds the panel's own Vue apps with their own Pinia and vue-i18n (the host exposes none of them to us). The sidebar
// panel and the timeline are two apps over ONE Pinia: the same stores, so what happens in one shows in the
// other at once.
import { createPinia } from 'pinia'
import type { Pinia } from 'pinia'
import { createApp } from 'vue'
import type { App } from 'vue'
import PanelRoot from './components/PanelRoot.vue'
import { i18n } from './i18n'
import { lazyView } from './lazyView'
import './styles/panel.css'

let shared: Pinia | null = null

/** The one Pinia both apps use (made on first use). */
export function panelPinia(): Pinia {
  shared ??= createPinia()
  return shared
}

// No PrimeVue theme: the panel is styled from ComfyUI's palette variables alone, so it follows every
// palette and never re-emits the host's --p-* variables; the timeline's PrimeVue (in its chunk) runs unstyled.
export function createPanelApp(): App {
  return createApp(PanelRoot).use(panelPinia()).use(i18n)
}

/**
 * The timeline's app. Its root, and what only it uses (PrimeVue's widgets among them), load when it first
 * renders (extension/lazy/timeline.ts); that chunk sets up the app before the root shows.
 */
export function createTimelineApp(): App {
  const app: App = createApp(lazyView(() => import('./lazy/timeline'), { setup: (chunk) => chunk.setupTimelineApp(app) }))
  return app.use(panelPinia()).use(i18n)
}
