// The panel bundle as built from the current sources (into a temporary folder, with a source map):
// its gzipped size and what each package contributes. Each byte of the minified file is attributed
// through the source map to the file it came from; each package's bytes are gzipped on their own and
// the shares scaled to the size of the whole file gzipped (gzip is contextual, so a package's share
// is an estimate; the total is exact).
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { decode } from '@jridgewell/sourcemap-codec'
import { z } from 'zod'
import { round } from './stats'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

export interface BundlePart {
  part: string
  raw_kb: number
  gzip_kb: number
}

export interface BundleFigures {
  raw_kb: number
  gzip_kb: number
  minified: boolean
  /** The budget (bench/bundleBudget.json): the panel's size before the timeline and the PrimeVue widgets. */
  budget_gzip_kb: number
  budget_note: string
  parts: BundlePart[]
}

const SourceMap = z.object({ sources: z.array(z.string()), mappings: z.string() }).loose()
const Budget = z.object({ gzip_kb: z.number(), note: z.string() })

/** The package a source file belongs to: npm package names, our own folders by name. */
export function partOf(source: string): string {
  const normalized = source.replace(/\\/g, '/')
  const nm = normalized.lastIndexOf('node_modules/')
  if (nm >= 0) {
    const rest = normalized.slice(nm + 'node_modules/'.length).split('/')
    return rest[0]?.startsWith('@') ? `${rest[0]}/${rest[1] ?? ''}` : (rest[0] ?? source)
  }
  if (normalized.includes('sidecar/contract/')) return 'ours: sidecar/contract'
  if (normalized.includes('extension/')) return normalized.endsWith('.css') ? 'ours: extension CSS' : 'ours: extension'
  return `other: ${normalized.replace(/^(\.\.\/)+/, '')}`
}

function gz(text: string): number {
  return gzipSync(Buffer.from(text, 'utf8'), { level: 9 }).length
}

/** Splits generated JS into the parts its source map names; returns characters per part. */
export function attribute(code: string, map: unknown, firstLinePart: string | null): Map<string, string[]> {
  const m = SourceMap.parse(map)
  const lines = code.split('\n')
  const decoded = decode(m.mappings)
  const out = new Map<string, string[]>()
  const add = (part: string, text: string) => {
    if (!text) return
    const list = out.get(part) ?? []
    list.push(text)
    out.set(part, list)
  }
  // The CSS injector is prepended after the map was made: the map's line 0 is the file's next line.
  const offset = firstLinePart === null ? 0 : 1
  if (firstLinePart !== null) add(firstLinePart, lines[0] ?? '')
  for (let i = offset; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const segments = decoded[i - offset] ?? []
    let cursor = 0
    let current = '(no source)'
    for (const seg of segments) {
      const col = seg[0]
      add(current, line.slice(cursor, col))
      cursor = col
      current = seg.length >= 4 ? partOf(m.sources[seg[1] as number] ?? '') : '(no source)'
    }
    add(current, line.slice(cursor))
  }
  return out
}

export async function measureBundle(): Promise<BundleFigures> {
  const { build } = await import('vite')
  const outDir = mkdtempSync(path.join(tmpdir(), 'lv-bench-web-'))
  try {
    await build({ root: repo, configFile: path.join(repo, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: true } })
    const code = readFileSync(path.join(outDir, 'main.js'), 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n')
    const map: unknown = JSON.parse(readFileSync(path.join(outDir, 'main.js.map'), 'utf8'))
    const injected = code.startsWith("(()=>{if(typeof document==='undefined'||document.getElementById('longvideo-css'))")
    const byPart = attribute(code, map, injected ? 'ours: CSS (inlined, all packages)' : null)
    const total = gz(code)
    const alone = [...byPart].map(([part, texts]) => ({ part, raw: texts.join('').length, gz: gz(texts.join('')) }))
    const sumAlone = alone.reduce((s, p) => s + p.gz, 0)
    const parts = alone
      .map((p) => ({ part: p.part, raw_kb: round(p.raw / 1024, 1), gzip_kb: round(((p.gz / sumAlone) * total) / 1024, 1) }))
      .sort((a, b) => b.gzip_kb - a.gzip_kb)
    const budget = Budget.parse(JSON.parse(readFileSync(path.join(repo, 'bench', 'bundleBudget.json'), 'utf8')))
    // Minified output is a few very long lines (the line breaks left are inside template strings,
    // such as zod's generated parsers), not one statement per line (~30 characters on average).
    const lines = code.split('\n')
    const minified = code.length / lines.length > 1000
    return {
      raw_kb: round(code.length / 1024, 1),
      gzip_kb: round(total / 1024, 1),
      minified,
      budget_gzip_kb: budget.gzip_kb,
      budget_note: budget.note,
      parts,
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}
