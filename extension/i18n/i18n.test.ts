import { afterEach, describe, expect, it, vi } from 'vitest'
import { mount } from '@vue/test-utils'
import { defineComponent, h, nextTick } from 'vue'
import { useI18n } from 'vue-i18n'
import { compileMessages } from '../../scripts/compileMessages'
import type { MessageTree } from '../../scripts/compileMessages'
import { formatDate, formatNumber, formatSeconds } from './format'
import { currentLocale, i18n, setLocaleLoader, switchLocale, t } from './index'
import { panelLocaleFor } from './locales'
import { onSettingChange } from '../host'
import { installFakeHost } from '../testing/fakeHost'

/** A language the loader serves: messages compiled like the build compiles web/locales/<code>.json. */
function serve(languages: Record<string, MessageTree>): void {
  setLocaleLoader(async (code) => {
    const messages = languages[code]
    if (!messages) throw new Error(`no ${code}`)
    return compileMessages(messages)
  })
}

afterEach(async () => {
  await switchLocale('en')
})

describe("the panel's language", () => {
  it("maps ComfyUI's Comfy.Locale codes onto the panel's languages", () => {
    expect(panelLocaleFor('nl')).toBe('nl')
    expect(panelLocaleFor('zh')).toBe('zh')
    expect(panelLocaleFor('zh-TW')).toBe('zh')
    expect(panelLocaleFor('ja')).toBe('ja')
    expect(panelLocaleFor('de-AT')).toBe('de')
    expect(panelLocaleFor('pt-BR')).toBe('en')
    expect(panelLocaleFor('ar')).toBe('en')
    expect(panelLocaleFor(undefined)).toBe('en')
  })

  it('loads a language when chosen; a key it lacks shows in English', async () => {
    serve({ nl: { tab: { title: 'Lange video' }, units: { seconds: '{n} s' } } })
    expect(await switchLocale('nl')).toBe('nl')
    expect(currentLocale()).toBe('nl')
    expect(t('tab.title')).toBe('Lange video')
    expect(t('nav.settings')).toBe('Settings')
  })

  it('formats numbers, durations and dates in the panel language', async () => {
    serve({ nl: {}, ja: { units: { seconds: '{n} 秒' } } })
    expect(formatSeconds(1.5, 1)).toBe('1.5 s')
    await switchLocale('nl')
    expect(formatSeconds(1.5, 1)).toBe('1,5 s')
    expect(formatNumber(1234.5, 1)).toBe('1.234,5')
    expect(formatDate('2026-03-09T12:00:00Z')).toMatch(/mrt/)
    await switchLocale('ja')
    expect(formatSeconds(1.5, 1)).toBe('1.5 秒')
    expect(formatDate('2026-03-09T12:00:00Z')).toBe('2026/03/09')
  })

  it('picks plural forms by the language: Russian has three', async () => {
    serve({ ru: { stars: { n: '{n} звезда | {n} звезды | {n} звёзд' } } })
    await switchLocale('ru')
    expect([1, 3, 5, 21].map((n) => t('stars.n', { n }, n))).toEqual(['1 звезда', '3 звезды', '5 звёзд', '21 звезда'])
  })

  it('stays in the current language when a language fails to load', async () => {
    serve({})
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined)
    expect(await switchLocale('ko')).toBe('en')
    expect(currentLocale()).toBe('en')
    expect(warn).toHaveBeenCalled()
    warn.mockRestore()
  })

  it('re-renders mounted components when the language changes', async () => {
    serve({ de: { nav: { settings: 'Einstellungen' } } })
    const Label = defineComponent(() => {
      const { t: tr } = useI18n()
      return () => h('span', tr('nav.settings'))
    })
    const wrapper = mount(Label, { global: { plugins: [i18n] } })
    expect(wrapper.text()).toBe('Settings')
    await switchLocale('de')
    await nextTick()
    expect(wrapper.text()).toBe('Einstellungen')
  })

  it("hears ComfyUI's Comfy.Locale change event with the new value", () => {
    installFakeHost()
    const settings = new EventTarget()
    window.comfyAPI!.app!.app!.ui = { settings }
    const seen: unknown[] = []
    const stop = onSettingChange('Comfy.Locale', (v) => seen.push(v))
    settings.dispatchEvent(new CustomEvent('Comfy.Locale.change', { detail: { value: 'ja', oldValue: 'en' } }))
    stop()
    settings.dispatchEvent(new CustomEvent('Comfy.Locale.change', { detail: { value: 'ko', oldValue: 'ja' } }))
    expect(seen).toEqual(['ja'])
  })
})
