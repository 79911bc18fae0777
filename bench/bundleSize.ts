// The panel bundle as built from the current sources (into a temporary folder, with source maps): what
// opening the sidebar loads (main.js and its static imports) against the budget, each lazily loaded
// chunk, the total, and what each package contributes to each. Each byte of the minified file is attributed
// through the source map to the file it came from; each package's bytes are gzipped on their own and
// the shares scaled to the size of the whole file gzipped (gzip is contextual, so a package's share
// is an estimate; the total is exact).
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs'
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

/** One built file, or the files that load together (main.js and its static imports). */
export interface ChunkFigures {
  files: string[]
  raw_kb: number
  /** Each file gzipped on its own (as a server sends it), summed. */
  gzip_kb: number
  parts: BundlePart[]
}

export interface BundleFigures {
  /** What opening the sidebar loads: web/main.js and the chunks it imports statically, transitively. */
  initial: ChunkFigures
  /** Each chunk main.js imports lazily (a view, the timeline), with the chunks only it brings along. */
  lazy: ChunkFigures[]
  /** Every .js/.mjs file of the build gzipped, summed. */
  total_gzip_kb: number
  minified: boolean
  /** The budget of the initial load (bench/bundleBudget.json): the panel's size before the timeline and PrimeVue. */
  budget_gzip_kb: number
  budget_note: string
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

/** A chunk's CSS injector (vite.config.ts, inlineCss) is prepended after the map was made: its first line. */
const CSS_INJECTOR = "(()=>{if(typeof document==='undefined'||document.getElementById("

interface BuiltFile {
  file: string
  code: string
  byPart: Map<string, string[]>
  gz: number
  /** Files it imports statically (`import ... from "./x"`, `import "./x"`) and lazily (`import("./x")`). */
  staticImports: string[]
  lazyImports: string[]
}

function readBuilt(outDir: string, file: string): BuiltFile {
  const at = path.join(outDir, file)
  const code = readFileSync(at, 'utf8').replace(/\n\/\/# sourceMappingURL=.*\n?$/, '\n')
  // A file that only imports others (main.js importing the panel's chunk) may come without a map.
  const map: unknown = existsSync(`${at}.map`) ? JSON.parse(readFileSync(`${at}.map`, 'utf8')) : null
  const byPart = map === null ? new Map([['(no source)', [code]]]) : attribute(code, map, code.startsWith(CSS_INJECTOR) ? 'ours: CSS (inlined, all packages)' : null)
  const resolve = (spec: string) => path.posix.join(path.posix.dirname(file), spec)
  const staticImports = [...code.matchAll(/(?:\bfrom|\bimport)\s*["'](\.{1,2}\/[^"']+)["']/g)].map((m) => resolve(m[1] ?? ''))
  const lazyImports = [...code.matchAll(/\bimport\(\s*["'`](\.{1,2}\/[^"'`]+)["'`]\s*\)/g)].map((m) => resolve(m[1] ?? ''))
  return { file, code, byPart, gz: gz(code), staticImports, lazyImports }
}

/** `from` and what it imports statically, transitively, minus `loaded` (already there). */
function staticSet(from: string, files: Map<string, BuiltFile>, loaded: Set<string> = new Set()): string[] {
  const out: string[] = []
  const pending = [from]
  while (pending.length > 0) {
    const file = pending.pop() as string
    if (loaded.has(file) || out.includes(file)) continue
    out.push(file)
    pending.push(...(files.get(file)?.staticImports ?? []))
  }
  return out
}

/** The files' sizes, and their bytes by package (each package's bytes gzipped alone, scaled to the files' gzipped total). */
function figuresOf(names: string[], files: Map<string, BuiltFile>): ChunkFigures {
  const chosen = names.map((n) => files.get(n)).filter((f): f is BuiltFile => f !== undefined)
  const total = chosen.reduce((sum, f) => sum + f.gz, 0)
  const merged = new Map<string, string[]>()
  for (const f of chosen) for (const [part, texts] of f.byPart) merged.set(part, [...(merged.get(part) ?? []), ...texts])
  const alone = [...merged].map(([part, texts]) => ({ part, raw: texts.join('').length, gz: gz(texts.join('')) }))
  const sumAlone = alone.reduce((sum, p) => sum + p.gz, 0) || 1
  return {
    files: chosen.map((f) => f.file),
    raw_kb: round(chosen.reduce((sum, f) => sum + f.code.length, 0) / 1024, 1),
    gzip_kb: round(total / 1024, 1),
    parts: alone
      .map((p) => ({ part: p.part, raw_kb: round(p.raw / 1024, 1), gzip_kb: round(((p.gz / sumAlone) * total) / 1024, 1) }))
      .filter((p) => p.gzip_kb > 0)
      .sort((a, b) => b.gzip_kb - a.gzip_kb),
  }
}

export async function measureBundle(): Promise<BundleFigures> {
  const { build } = await import('vite')
  const outDir = mkdtempSync(path.join(tmpdir(), 'lv-bench-web-'))
  try {
    await build({ root: repo, configFile: path.join(repo, 'vite.config.ts'), logLevel: 'silent', build: { outDir, emptyOutDir: true, sourcemap: true } })
    const names = readdirSync(outDir, { recursive: true, encoding: 'utf8' })
      .map((n) => n.replace(/\\/g, '/'))
      .filter((n) => /\.m?js$/.test(n))
    const files = new Map(names.map((n) => [n, readBuilt(outDir, n)]))
    const initialFiles = staticSet('main.js', files)
    const loaded = new Set(initialFiles)
    const lazyRoots = [...new Set([...files.values()].flatMap((f) => f.lazyImports))].filter((n) => !loaded.has(n)).sort()
    const budget = Budget.parse(JSON.parse(readFileSync(path.join(repo, 'bench', 'bundleBudget.json'), 'utf8')))
    // Minified output is a few very long lines; the line breaks left are inside template strings (zod's
    // generated parsers, PrimeVue's CSS), so most characters sit on long lines. Unminified output is one
    // statement per line (~30 characters on average), none of it on a line of 500.
    const all = [...files.values()]
    const chars = all.reduce((sum, f) => sum + f.code.length, 0)
    const onLongLines = all.reduce((sum, f) => sum + f.code.split('\n').filter((l) => l.length > 500).reduce((n, l) => n + l.length, 0), 0)
    return {
      initial: figuresOf(initialFiles, files),
      lazy: lazyRoots.map((root) => figuresOf(staticSet(root, files, loaded), files)),
      total_gzip_kb: round(all.reduce((sum, f) => sum + f.gz, 0) / 1024, 1),
      minified: onLongLines / Math.max(1, chars) > 0.8,
      budget_gzip_kb: budget.gzip_kb,
      budget_note: budget.note,
    }
  } finally {
    rmSync(outDir, { recursive: true, force: true })
  }
}
