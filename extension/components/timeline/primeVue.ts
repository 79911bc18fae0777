// PrimeVue for the timeline's widgets that need real behaviour (context menu, popover, tooltips, slider,
// selects, the overlay's dialog): keyboard, focus and ARIA as PrimeVue does them. Unstyled mode with
// pass-through classes of ours (styles/timelinePrime.css, from ComfyUI's palette variables), measured against styled mode with a
// preset: the first seven components gzip to 76.6 KB unstyled and 92.3 KB styled (Aura tokens, prefixed
// so the host's --p-* stay untouched), and unstyled never injects a theme of its own. Components are
// imported one by one where used (primevue/select...), never the whole library; this module is only
// imported by the timeline's app, so PrimeVue loads with the timeline.
import PrimeVue from 'primevue/config'
import Tooltip from 'primevue/tooltip'
import type { App } from 'vue'
import '../../styles/timelinePrime.css'

/** Every overlay part gets `lv-pv`, which carries the palette variables (overlays are appended to body). */
const PASS_THROUGH = {
  contextmenu: {
    root: { class: 'lv-pv lv-pv-menu' },
    rootList: { class: 'lv-pv-menu__list' },
    item: { class: 'lv-pv-menu__item' },
    itemContent: { class: 'lv-pv-menu__content' },
    separator: { class: 'lv-pv-menu__sep' },
  },
  popover: {
    root: { class: 'lv-pv lv-pv-popover' },
    content: { class: 'lv-pv-popover__content' },
  },
  dialog: {
    mask: { class: 'lv-overlay' },
    root: { class: 'lv-pv lv-overlay__box' },
    content: { class: 'lv-overlay__content' },
  },
  tooltip: {
    root: { class: 'lv-pv lv-pv-tooltip' },
    text: { class: 'lv-pv-tooltip__text' },
    arrow: { class: 'lv-pv-tooltip__arrow' },
  },
  slider: {
    root: { class: 'lv-pv-slider' },
    range: { class: 'lv-pv-slider__range' },
    handle: { class: 'lv-pv-slider__handle' },
  },
  select: {
    root: { class: 'lv-pv-select' },
    label: { class: 'lv-pv-select__label' },
    dropdown: { class: 'lv-pv-select__dropdown' },
    overlay: { class: 'lv-pv lv-pv-select__overlay' },
    header: { class: 'lv-pv-select__header' },
    pcFilter: { root: { class: 'lv-pv-select__filter' } },
    pcFilterContainer: { root: { class: 'lv-pv-select__filterbox' } },
    listContainer: { class: 'lv-pv-select__scroll' },
    list: { class: 'lv-pv-select__list' },
    option: { class: 'lv-pv-select__option' },
    emptyMessage: { class: 'lv-pv-select__empty' },
  },
}

/**
 * Installs PrimeVue on the timeline's app. The timeline's dialog (where the host has no bottom panel) sits
 * above ComfyUI's dialogs and its menus and tooltips above the dialog; the host's own PrimeVue keeps its
 * separate z-index counter.
 */
export function installTimelinePrimeVue(app: App): void {
  app.use(PrimeVue, {
    unstyled: true,
    pt: PASS_THROUGH,
    zIndex: { modal: 1150, overlay: 1200, menu: 1200, tooltip: 1300 },
  })
  app.directive('tooltip', Tooltip)
}

/** The same as a plugin, for tests that mount a timeline component on their own. */
export const timelinePrimeVue = { install: installTimelinePrimeVue }
