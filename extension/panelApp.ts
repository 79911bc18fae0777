// Builds the panel's own Vue app: its own Pinia and PrimeVue, themed like ComfyUI's.
import { definePreset } from '@primeuix/themes'
import Aura from '@primeuix/themes/aura'
import { createPinia } from 'pinia'
import PrimeVue from 'primevue/config'
import { createApp } from 'vue'
import type { App } from 'vue'
import PanelRoot from './components/PanelRoot.vue'
import './styles/panel.css'

// The same preset and options as ComfyUI_frontend's main.ts, so the --p-* variables we emit match the host's.
const ComfyPreset = definePreset(Aura, { semantic: { primary: Aura.primitive?.blue } })

export function createPanelApp(): App {
  return createApp(PanelRoot)
    .use(createPinia())
    .use(PrimeVue, {
      theme: {
        preset: ComfyPreset,
        options: {
          prefix: 'p',
          darkModeSelector: '.dark-theme, :root:has(.dark-theme)',
          cssLayer: { name: 'primevue', order: 'theme, base, primevue' },
        },
      },
    })
}
