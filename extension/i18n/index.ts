// The panel's vue-i18n instance. English is bundled (precompiled by @intlify/unplugin-vue-i18n); the
// other languages are precompiled at build time into web/locales/<code>.json and fetched when chosen,
// so main.js carries one language. A key a language lacks falls back to English.
import { createI18n } from 'vue-i18n'
import en from '../../locales/en/main.json'
import { PANEL_LOCALES, panelLocaleFor } from './locales'
import type { PanelLocale } from './locales'

/** The panel's messages: the `longVideo` part of locales/<code>/main.json (the rest is for the host). */
export type MessageSchema = (typeof en)['longVideo']

declare module 'vue-i18n' {
  // The English messages' shape, for tooling that reads DefineLocaleMessage.
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type
  export interface DefineLocaleMessage extends MessageSchema {}
}

/**
 * Plural forms as the messages write them ("one | other", Russian "one | few | many"), chosen by the
 * language's own rules (Intl.PluralRules); a message with a single form has no plural.
 */
function pluralRule(locale: PanelLocale): (choice: number, choicesLength: number) => number {
  const rules = new Intl.PluralRules(locale)
  return (choice, choicesLength) => {
    if (choicesLength <= 1) return 0
    const category = rules.select(choice)
    if (choicesLength === 2) return category === 'one' ? 0 : 1
    return category === 'one' ? 0 : category === 'few' ? 1 : 2
  }
}

export const i18n = createI18n({
  legacy: false,
  locale: 'en',
  fallbackLocale: 'en',
  messages: { en: en.longVideo } as Record<PanelLocale, MessageSchema>,
  // Missing keys in a language are expected while it is being translated: English shows, quietly.
  missingWarn: false,
  fallbackWarn: false,
  pluralRules: Object.fromEntries(PANEL_LOCALES.map((code) => [code, pluralRule(code)])),
})

/** For code outside components (stores, toasts, domain rules): the same translations as useI18n's t. */
export const t = i18n.global.t

/** Fetches a language's precompiled messages (the `longVideo` part); replaced in tests. */
export type LocaleLoader = (code: PanelLocale) => Promise<Record<string, unknown>>

/** Beside main.js: ComfyUI serves the whole web/ folder under /extensions/<package>/. */
const fetchLocale: LocaleLoader = async (code) => {
  const base = import.meta.url
  const res = await fetch(new URL(`locales/${code}.json`, base), { cache: 'no-cache' })
  if (!res.ok) throw new Error(`HTTP ${res.status}`)
  return (await res.json()) as Record<string, unknown>
}

let loader: LocaleLoader = fetchLocale
const loaded = new Set<string>(['en'])
let wanted: PanelLocale = 'en'

export function setLocaleLoader(next: LocaleLoader): void {
  loader = next
}

/**
 * Switches the panel to the language for a host locale code (loading it first). A language that fails
 * to load leaves the panel as it was; of overlapping switches the last one wins.
 */
export async function switchLocale(hostCode: unknown): Promise<PanelLocale> {
  const code = panelLocaleFor(hostCode)
  wanted = code
  if (!loaded.has(code)) {
    try {
      const messages = await loader(code)
      // The schema types English; another language may be partial (English fills the gaps).
      i18n.global.setLocaleMessage(code, messages as MessageSchema)
      loaded.add(code)
    } catch (err) {
      console.warn(`Long Video: the ${code} texts did not load; staying in ${i18n.global.locale.value}`, err)
      return i18n.global.locale.value as PanelLocale
    }
  }
  if (wanted === code) i18n.global.locale.value = code
  return code
}

export function currentLocale(): PanelLocale {
  return i18n.global.locale.value as PanelLocale
}

export { PANEL_LOCALES, panelLocaleFor } from './locales'
export type { PanelLocale } from './locales'
