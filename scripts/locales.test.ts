// Every language the panel offers has every English text, with the same placeholders, in messages that
// compile; and its setting and command names for ComfyUI. Runtime falls back to English for a missing key,
// so this test is what says a language is behind.
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { PANEL_LOCALES } from '../extension/i18n/locales'
import { compileMessages, localeCodes, panelMessages, readLocaleFile } from './localeMessages'
import type { MessageTree } from './localeMessages'

const root = path.resolve(__dirname, '..', 'locales')

function flat(tree: MessageTree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [key, value] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${key}` : key
    if (typeof value === 'string') out.set(at, value)
    else for (const [k, v] of flat(value, at)) out.set(k, v)
  }
  return out
}

const placeholders = (text: string) => [...new Set([...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]))].sort()

const english = flat(panelMessages(root, 'en'))

describe('the locales folder', () => {
  it('has a folder for every panel language, in ComfyUI codes', () => {
    expect(localeCodes(root)).toEqual(expect.arrayContaining([...PANEL_LOCALES]))
  })

  for (const code of PANEL_LOCALES.filter((c) => c !== 'en')) {
    it(`${code}: every English key, the same placeholders, nothing extra, and every message compiles`, () => {
      const messages = panelMessages(root, code)
      const own = flat(messages)
      const missing = [...english.keys()].filter((k) => !own.has(k))
      const extra = [...own.keys()].filter((k) => !english.has(k))
      const differing = [...english].filter(([k, v]) => own.has(k) && placeholders(own.get(k) ?? '').join() !== placeholders(v).join()).map(([k]) => k)
      expect({ missing, extra, differing }).toEqual({ missing: [], extra: [], differing: [] })
      expect(() => compileMessages(messages)).not.toThrow()
    })

    it(`${code}: names the setting and commands for ComfyUI's settings dialog and command palette`, () => {
      const keysOf = (file: string) => [...flat(readLocaleFile(root, code, file)).keys()].sort()
      expect(keysOf('settings.json')).toEqual([...flat(readLocaleFile(root, 'en', 'settings.json')).keys()].sort())
      expect(keysOf('commands.json')).toEqual([...flat(readLocaleFile(root, 'en', 'commands.json')).keys()].sort())
    })
  }

  it('English compiles too (the build bundles it)', () => {
    expect(english.size).toBeGreaterThan(300)
    expect(() => compileMessages(panelMessages(root, 'en'))).not.toThrow()
  })
})
