// Builds the panel's own Vue app with its own Pinia (the host exposes neither Vue nor Pinia).
import { createPinia } from 'pinia'
import { createApp } from 'vue'
import type { App } from 'vue'
import PanelRoot from './components/PanelRoot.vue'
import './styles/panel.css'

// No PrimeVue theme: the panel is styled from ComfyUI's palette variables alone, so it follows every
// palette and never re-emits the host's --p-* variables (ComfyUI's own guideline avoids new PrimeVue use).
export function createPanelApp(): App {
  return createApp(PanelRoot).use(createPinia())
}
