// The panel's locale files at build time and in tests: locales/<code>/main.json, settings.json, commands.json.
import { existsSync, readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import type { MessageTree } from './compileMessages'

export { compileMessages } from './compileMessages'
export type { MessageTree } from './compileMessages'

/** The language folders under `root` (locales/), English first. */
export function localeCodes(root: string): string[] {
  const codes = readdirSync(root).filter((code) => existsSync(path.join(root, code, 'main.json')))
  return codes.sort((a, b) => (a === 'en' ? -1 : b === 'en' ? 1 : a.localeCompare(b)))
}

/** One of a language's files (main.json, settings.json, commands.json); {} when it has none. */
export function readLocaleFile(root: string, code: string, file: string): MessageTree {
  const at = path.join(root, code, file)
  return existsSync(at) ? (JSON.parse(readFileSync(at, 'utf8')) as MessageTree) : {}
}

/** The panel's own messages of a language: the `longVideo` part of main.json (the rest is for the host). */
export function panelMessages(root: string, code: string): MessageTree {
  const longVideo = readLocaleFile(root, code, 'main.json').longVideo
  return typeof longVideo === 'object' ? longVideo : {}
}
