// Where the English texts travel (scripts/messageAreas.ts) and what stays out of the sidebar's initial load.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { panelMessages } from './localeMessages'
import { keysNamedIn, keysUsedBy, lazyEntries, lazyKeys, mainKeys, pickKeys, staticClosure } from './messageAreas'

const root = path.resolve(__dirname, '..')
const extension = path.join(root, 'extension')
const en = panelMessages(path.join(root, 'locales'), 'en')
const rel = (file: string) => path.relative(root, file).replace(/\\/g, '/')

describe('the keys a file names', () => {
  const messages = { job: { title: 'Job', empty: 'None' }, status: { done: 'Done', failed: 'Failed' }, tab: { title: 'Long Video' } }

  it('finds whole keys, and groups named by a template or a trailing dot as all their keys', () => {
    const text = "t('job.title'); t(`status.${s}`); const k = 'tab.' + name; t(\"nope.key\"); const field = 'status'"
    expect([...keysNamedIn(text, messages)].sort()).toEqual(['job.title', 'status.done', 'status.failed', 'tab.title'])
  })

  it('keeps the tree shape when it picks keys', () => {
    expect(pickKeys(messages, ['job.empty', 'tab.title', 'missing.key'])).toEqual({ job: { empty: 'None' }, tab: { title: 'Long Video' } })
  })
})

describe('the built panel', () => {
  const main = staticClosure(path.join(extension, 'main.ts'))
  const entries = lazyEntries(extension)

  it('has lazily loaded views, none of them loaded by main.js itself', () => {
    expect(entries.map((e) => path.basename(e)).sort()).toEqual(
      ['backends.ts', 'gallery.ts', 'library.ts', 'newJob.ts', 'prompts.ts', 'settings.ts', 'templates.ts', 'timeline.ts']
    )
    for (const entry of entries) expect(main.has(entry)).toBe(false)
    const timelineFiles = [...main].map(rel).filter((f) => f.startsWith('extension/components/timeline/'))
    expect(timelineFiles).toEqual([])
  })

  it('keeps PrimeVue out of what main.js loads (the timeline and other lazy views may use it)', () => {
    const importers = [...main].filter((f) => /\.(ts|vue)$/.test(f) && /from\s+['"]primevue|import\s+['"]primevue|@primeuix/.test(readFileSync(f, 'utf8')))
    expect(importers.map(rel)).toEqual([])
  })

  it('gives every English key a place: main.js or the views that use it, and main.js what its own code names', () => {
    const inMain = mainKeys(extension, en)
    const lazy = new Set(entries.flatMap((e) => [...lazyKeys(e, extension, en)]))
    const all = Object.keys(flatten(en))
    expect(all.filter((k) => !inMain.has(k) && !lazy.has(k))).toEqual([])
    expect([...keysUsedBy(main, en, extension)].filter((k) => !inMain.has(k))).toEqual([])
    expect(inMain.has('tab.title')).toBe(true)
    // The timeline's own texts (its key help among them) travel in its chunk, not in main.js.
    const timeline = lazyKeys(path.join(extension, 'lazy', 'timeline.ts'), extension, en)
    expect(timeline.has('timeline.key.play')).toBe(true)
    expect(inMain.has('timeline.key.play')).toBe(false)
    // Each view has what its code names, from main.js or its own chunk.
    for (const entry of entries) {
      const own = lazyKeys(entry, extension, en)
      const used = keysUsedBy(staticClosure(entry), en, extension)
      expect([...used].filter((k) => !own.has(k) && !inMain.has(k)), rel(entry)).toEqual([])
    }
    // Splitting is worth it: main.js carries well under all of English.
    expect(inMain.size).toBeLessThan(all.length * 0.75)
  })
})

function flatten(tree: object, at = ''): Record<string, string> {
  return Object.fromEntries(
    Object.entries(tree).flatMap(([k, v]) =>
      typeof v === 'string' ? [[`${at}${k}`, v]] : Object.entries(flatten(v as object, `${at}${k}.`))
    )
  )
}
