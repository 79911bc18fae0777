// The panel's vue-i18n instance. English is bundled, precompiled, and split: main.js carries the texts
// of the code it loads itself, each lazily loaded view its own (scripts/messageAreas.ts; they merge in
// through addEnglish when the view loads), so opening the sidebar costs no round trip for texts. The
// other languages are precompiled at build time into web/locales/<code>.json and fetched whole when
// chosen. A key a language lacks falls back to English.
import { createI18n } from 'vue-i18n'
import type en from '../../locales/en/main.json'
import mainEnglish from 'longvideo-messages:main'
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
  messages: { en: mainEnglish } as Record<PanelLocale, MessageSchema>,
  // Missing keys in a language are expected while it is being translated: English shows, quietly.
  missingWarn: false,
  fallbackWarn: false,
  pluralRules: Object.fromEntries(PANEL_LOCALES.map((code) => [code, pluralRule(code)])),
})

/** For code outside components (stores, toasts, domain rules): the same translations as useI18n's t. */
export const t = i18n.global.t

/** Adds English texts a lazily loaded view brought (precompiled, like main.js's own). */
export function addEnglish(messages: Record<string, unknown>): void {
  i18n.global.mergeLocaleMessage('en', messages as MessageSchema)
}

/** Fetches a language's precompiled messages (the `longVideo` part); replaced in tests. */
export type LocaleLoader = (code: PanelLocale) => Promise<Record<string, unknown>>

/**
 * The folder main.js was loaded from (ComfyUI serves web/ under /extensions/<package>/), told by main.js
 * itself: this module's own URL is the chunk it was bundled into, in web/chunks/.
 */
let webRoot: string | URL = import.meta.url

export function setWebRoot(url: string | URL): void {
  webRoot = url
}

/** web/locales/<code>.json, beside main.js. */
const fetchLocale: LocaleLoader = async (code) => {
  const res = await fetch(new URL(`locales/${code}.json`, webRoot), { cache: 'no-cache' })
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
