// The timeline workspace, loaded when first opened (a chunk of its own), with the English texts only it
// uses. What only the timeline needs is imported from here or below, never from main.js's modules, so it
// stays out of the sidebar's initial load.
import type { App } from 'vue'
import messages from 'longvideo-messages:lazy'
import { installTimelinePrimeVue } from '../components/timeline/primeVue'
import { addEnglish } from '../i18n'

addEnglish(messages)
export { default } from '../components/timeline/TimelineWindow.vue'

/**
 * Called once on the timeline's own app before its root renders: the place to install what only the
 * timeline uses (PrimeVue and its directives), so those packages load with this chunk.
 */
export function setupTimelineApp(app: App): void {
  installTimelinePrimeVue(app)
}
