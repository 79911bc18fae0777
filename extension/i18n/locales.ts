// The panel's languages and how ComfyUI's Comfy.Locale value maps onto them (pure).

/** ComfyUI's locale codes (its Comfy.Locale values) for the languages the panel speaks; `nl` is ours. */
export const PANEL_LOCALES = ['en', 'nl', 'zh', 'ja', 'ko', 'fr', 'de', 'es', 'ru'] as const
export type PanelLocale = (typeof PANEL_LOCALES)[number]

export function isPanelLocale(code: unknown): code is PanelLocale {
  return typeof code === 'string' && (PANEL_LOCALES as readonly string[]).includes(code)
}

/**
 * The panel language for a host locale: the same code, else its language part ('zh-TW' and 'zh_CN' read
 * Chinese, 'pt-BR' has no match), else English.
 */
export function panelLocaleFor(host: unknown): PanelLocale {
  if (typeof host !== 'string') return 'en'
  const code = host.trim().toLowerCase().replace('_', '-')
  if (isPanelLocale(code)) return code
  const language = code.split('-')[0]
  return isPanelLocale(language) ? language : 'en'
}
