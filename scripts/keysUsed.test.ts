// Every t('...') with a literal key in the panel's code names a message English has; a key built from a
// template (`status.${s}`) must at least start with an existing group.
import { readdirSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { panelMessages } from './localeMessages'
import type { MessageTree } from './localeMessages'

const root = path.resolve(__dirname, '..')
const en = panelMessages(path.join(root, 'locales'), 'en')

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const at = path.join(dir, e.name)
    if (e.isDirectory()) return e.name === 'testing' ? [] : sources(at)
    return /\.(ts|vue)$/.test(e.name) && !e.name.endsWith('.test.ts') ? [at] : []
  })
}

function lookup(key: string): string | MessageTree | undefined {
  let node: string | MessageTree | undefined = en
  for (const part of key.split('.')) node = typeof node === 'object' ? node[part] : undefined
  return node
}

describe('message keys used in the panel', () => {
  const files = sources(path.join(root, 'extension'))
  const literal = /\bt\(\s*'([A-Za-z0-9_.]+)'/g
  const templated = /\bt\(\s*`([A-Za-z0-9_.]*)\$\{/g

  it('are all in locales/en/main.json', () => {
    const missing: string[] = []
    let count = 0
    for (const file of files) {
      const text = readFileSync(file, 'utf8')
      for (const m of text.matchAll(literal)) {
        count++
        if (typeof lookup(m[1] ?? '') !== 'string') missing.push(`${path.relative(root, file)}: ${m[1]}`)
      }
      for (const m of text.matchAll(templated)) {
        const prefix = (m[1] ?? '').replace(/\.$/, '')
        if (prefix && typeof lookup(prefix) !== 'object') missing.push(`${path.relative(root, file)}: ${prefix}.*`)
      }
    }
    expect(count).toBeGreaterThan(300)
    expect(missing).toEqual([])
  })
})

describe('keys built from data', () => {
  it("every timeline key's action has its text in English (the help lists them by action)", async () => {
    const { TIMELINE_KEYS } = await import('../extension/domain/timelineKeys')
    const missing = [...new Set(TIMELINE_KEYS.map((k) => k.action))].filter((a) => typeof lookup(`timeline.key.${a}`) !== 'string')
    expect(missing).toEqual([])
  })
})

describe('keys built from the contract', () => {
  it('every job and segment status, progress phase and seam mode has its text in English', async () => {
    const contract = await import('../sidecar/contract')
    const keys = [
      ...contract.JOB_STATUSES.map((s) => `status.${s}`),
      ...contract.SEGMENT_STATUSES.map((s) => `status.${s}`),
      ...contract.ProgressPhase.options.map((p) => `phase.${p}`),
      ...contract.SEAM_MODES.map((m) => `seams.help.${m}`),
    ]
    expect(keys.filter((k) => typeof lookup(k) !== 'string')).toEqual([])
  })
})
