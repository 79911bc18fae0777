// Which English messages travel in which part of the built panel. main.js carries the texts of the code it
// loads itself (what opening the sidebar needs); each lazily loaded view (extension/lazy/*.ts, a chunk of
// its own) carries the texts only its code uses, and merges them into vue-i18n when it loads. The other
// languages are fetched whole from web/locales/<code>.json, so only English is split.
//
// A file "uses" a message when it holds a string literal naming it: a whole key ('job.title'), or a group
// ('status.' + s, `seams.help.${mode}`) whose every key then counts as used. Keys reach t() through data
// too (labels in tables), which this finds as long as the literal is in a file of the same part.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import type { MessageTree } from './compileMessages'

/** Static imports and re-exports of local files (`import type` does not load code; `import()` is lazy). */
const STATIC_IMPORT = /(?:^|[\n;])\s*(?:import|export)\s+(?!type\s)(?:[^'"`;]*?\sfrom\s*)?['"](\.{1,2}\/[^'"]+)['"]/g
/** A string literal that may name a message or a group: 'a.b', "a.b", `a.b`, 'a.', `a.b.${...}`. */
const KEY_LITERAL = /['"`]([A-Za-z]\w*(?:\.\w+)*)(\.\$\{|\.['"`]|['"`])/g

function resolveLocal(from: string, spec: string): string | null {
  const base = path.resolve(path.dirname(from), spec)
  for (const candidate of [base, `${base}.ts`, path.join(base, 'index.ts')]) {
    if (existsSync(candidate) && statSync(candidate).isFile()) return candidate
  }
  return null
}

/** The files `entry` loads when it is imported: itself and its static imports, transitively. */
export function staticClosure(entry: string): Set<string> {
  const seen = new Set<string>()
  const pending = [path.resolve(entry)]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (seen.has(file)) continue
    seen.add(file)
    if (!/\.(ts|vue)$/.test(file)) continue
    const text = readFileSync(file, 'utf8')
    for (const m of text.matchAll(STATIC_IMPORT)) {
      const next = resolveLocal(file, m[1] ?? '')
      if (next && !seen.has(next)) pending.push(next)
    }
  }
  return seen
}

function nodeAt(tree: MessageTree, key: string): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = tree
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return node
}

function leaves(node: string | MessageTree, at: string, out: Set<string>): void {
  if (typeof node === 'string') out.add(at)
  else for (const [key, child] of Object.entries(node)) leaves(child, `${at}.${key}`, out)
}

/** The full keys of `messages` a file's text names (a named group counts as all its keys). */
export function keysNamedIn(text: string, messages: MessageTree): Set<string> {
  const found = new Set<string>()
  for (const m of text.matchAll(KEY_LITERAL)) {
    const key = m[1] ?? ''
    const group = m[2] !== "'" && m[2] !== '"' && m[2] !== '`'
    if (!group && !key.includes('.')) continue
    const node = nodeAt(messages, key)
    if (node === undefined || (group && typeof node === 'string')) continue
    leaves(node, key, found)
  }
  return found
}

/** The keys the code of `files` uses (only the panel's own code names messages). */
export function keysUsedBy(files: Iterable<string>, messages: MessageTree, extensionDir: string): Set<string> {
  const used = new Set<string>()
  const root = path.resolve(extensionDir) + path.sep
  for (const file of files) {
    if (!file.startsWith(root) || !/\.(ts|vue)$/.test(file)) continue
    for (const key of keysNamedIn(readFileSync(file, 'utf8'), messages)) used.add(key)
  }
  return used
}

/** The part of `messages` with just these keys. */
export function pickKeys(messages: MessageTree, keys: Iterable<string>): MessageTree {
  const out: MessageTree = {}
  for (const key of [...keys].sort()) {
    const value = nodeAt(messages, key)
    if (typeof value !== 'string') continue
    const parts = key.split('.')
    let node = out
    for (const part of parts.slice(0, -1)) {
      const child = node[part]
      node = typeof child === 'object' ? child : (node[part] = {})
    }
    node[parts[parts.length - 1] as string] = value
  }
  return out
}

/** The lazily loaded parts: extension/lazy/*.ts, each the entry of a chunk. */
export function lazyEntries(extensionDir: string): string[] {
  const dir = path.join(extensionDir, 'lazy')
  if (!existsSync(dir)) return []
  return readdirSync(dir)
    .filter((name) => name.endsWith('.ts') && !name.endsWith('.test.ts'))
    .map((name) => path.join(dir, name))
}

/** The keys a lazily loaded part adds: those its code uses that main.js does not carry already. */
export function lazyKeys(entry: string, extensionDir: string, messages: MessageTree): Set<string> {
  const main = staticClosure(path.join(extensionDir, 'main.ts'))
  const own = [...staticClosure(entry)].filter((file) => !main.has(file))
  const inMain = keysUsedBy(main, messages, extensionDir)
  return new Set([...keysUsedBy(own, messages, extensionDir)].filter((key) => !inMain.has(key)))
}

/**
 * The keys of main.js: those the code the extension entry loads statically uses, and every key no part's
 * code names (should one be reached in a way this scan does not see, its text is there all the same).
 */
export function mainKeys(extensionDir: string, messages: MessageTree): Set<string> {
  const keys = keysUsedBy(staticClosure(path.join(extensionDir, 'main.ts')), messages, extensionDir)
  const all = new Set<string>()
  for (const [key, node] of Object.entries(messages)) leaves(node, key, all)
  const claimed = new Set(lazyEntries(extensionDir).flatMap((entry) => [...lazyKeys(entry, extensionDir, messages)]))
  for (const key of all) if (!claimed.has(key)) keys.add(key)
  return keys
}
