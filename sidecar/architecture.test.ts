// The shape of the code, checked: the folder-level import graph of sidecar/ follows the layering in
// ARCHITECTURE.md (every arrow points down), the simulator and the test fixtures stay apart, and no
// production file or function grows past what one sitting can read. Imports are read with the
// TypeScript parser (no type-check), so a type-only import counts like any other.
// (eslint.config.js checks the per-file "never" rules too; this test owns the folder graph and sizes.)
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'
import ts from 'typescript'
import { describe, expect, it } from 'vitest'

const REPO = path.resolve(import.meta.dirname, '..')
const SIDECAR = path.join(REPO, 'sidecar')

/** Lower layers never import higher ones; units of one layer do not import each other. */
const LAYER: Record<string, number> = {
  contract: 0, // schemas, records, DomainError, shared rules: imports nothing of ours
  log: 0,
  comfy: 1, // the doors: ComfyUI, ffmpeg, and binding a template (pure)
  video: 1,
  workflows: 1,
  db: 2, // SQLite
  continuity: 2,
  library: 3,
  settings: 3,
  engine: 4, // the job/segment lifecycle and the runner
  api: 5, // the HTTP edge
  root: 6, // server.ts, main.ts, config.ts: composition and the CLI
}
/** The simulated ComfyUI stands apart: it may use the bottom two layers, nothing that runs jobs. */
const SIM_MAY_IMPORT = new Set(['contract', 'log', 'comfy', 'video', 'workflows'])

const MAX_FILE_LINES = 450
/** The simulator is a test double of ComfyUI's whole protocol, measured on its own. */
const MAX_SIM_FILE_LINES = 600
const MAX_FUNCTION_LINES = 150

interface SourceFile {
  file: string
  /** Path from the repository root, '/' separators. */
  rel: string
  unit: string
  test: boolean
  /** Production code: not a test and not a test fixture. */
  production: boolean
}

function walk(dir: string, ext: RegExp, out: string[] = []): string[] {
  for (const entry of readdirSync(dir)) {
    if (entry === 'node_modules' || entry === 'reference' || entry.startsWith('.')) continue
    const full = path.join(dir, entry)
    if (statSync(full).isDirectory()) walk(full, ext, out)
    else if (ext.test(entry) && !entry.endsWith('.d.ts')) out.push(full)
  }
  return out
}

function isFolder(p: string): boolean {
  try {
    return statSync(p).isDirectory()
  } catch {
    return false
  }
}

function describeFile(file: string): SourceFile {
  const rel = path.relative(REPO, file).split(path.sep).join('/')
  const parts = path.relative(SIDECAR, file).split(path.sep)
  const top = parts.length === 1 ? (parts[0] === 'log.ts' ? 'log' : 'root') : (parts[0] ?? '')
  const test = /\.test\.ts$/.test(file)
  return { file, rel, unit: top, test, production: !test && top !== 'testing' && !rel.includes('/testing/') }
}

interface Import {
  from: SourceFile
  specifier: string
  /** The sidecar unit a relative import lands in; null for a package or a file outside sidecar/. */
  unit: string | null
}

function importsOf(source: SourceFile): Import[] {
  const sf = ts.createSourceFile(source.file, readFileSync(source.file, 'utf8'), ts.ScriptTarget.Latest, false)
  const specifiers: string[] = []
  const visit = (node: ts.Node): void => {
    if ((ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)) {
      specifiers.push(node.moduleSpecifier.text)
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])) {
      specifiers.push(node.arguments[0].text)
    }
    ts.forEachChild(node, visit)
  }
  visit(sf)
  return specifiers.map((specifier) => {
    if (!specifier.startsWith('.')) return { from: source, specifier, unit: null }
    const target = path.resolve(path.dirname(source.file), specifier)
    const inside = path.relative(SIDECAR, target)
    if (inside.startsWith('..')) return { from: source, specifier, unit: null }
    // A folder import ('../contract') lands in its index.ts.
    const file = isFolder(target) ? path.join(target, 'index.ts') : target.endsWith('.ts') ? target : `${target}.ts`
    return { from: source, specifier, unit: describeFile(file).unit }
  })
}

const sidecarFiles = walk(SIDECAR, /\.ts$/).map(describeFile)
const imports = sidecarFiles.flatMap(importsOf)
const production = imports.filter((i) => i.from.production)
const arrow = (i: Import) => `${i.from.rel} -> ${i.specifier}`

describe('the import graph of sidecar/', () => {
  it('knows the layer of every folder', () => {
    const unknown = [...new Set(sidecarFiles.filter((f) => f.production).map((f) => f.unit))].filter((u) => LAYER[u] === undefined && u !== 'sim')
    expect(unknown, 'a new folder needs a place in LAYER and in ARCHITECTURE.md').toEqual([])
  })

  it('keeps the contract a leaf: it imports nothing of ours but its own files', () => {
    const out = imports.filter((i) => i.from.unit === 'contract' && i.unit !== null && i.unit !== 'contract')
    expect(out.map(arrow)).toEqual([])
  })

  it('has no arrow that runs back up the layers', () => {
    const up = production.filter((i) => {
      if (i.unit === null || i.unit === i.from.unit) return false
      const from = LAYER[i.from.unit]
      const to = LAYER[i.unit]
      return from !== undefined && (to === undefined || to >= from)
    })
    expect(up.map((i) => `${arrow(i)} (${i.from.unit} ${LAYER[i.from.unit]} -> ${i.unit} ${LAYER[i.unit ?? ''] ?? '?'})`)).toEqual([])
  })

  it('keeps the engine free of HTTP and storage free of the engine', () => {
    const hono = imports.filter((i) => i.from.unit === 'engine' && /^(hono|@hono\/)/.test(i.specifier))
    const dbToEngine = production.filter((i) => i.from.unit === 'db' && i.unit === 'engine')
    expect([...hono, ...dbToEngine].map(arrow)).toEqual([])
  })

  it('keeps the simulated ComfyUI apart from what runs jobs, and production code away from it', () => {
    const simOut = production.filter((i) => i.from.unit === 'sim' && i.unit !== null && i.unit !== 'sim' && !SIM_MAY_IMPORT.has(i.unit))
    const intoSim = production.filter((i) => i.from.unit !== 'sim' && i.unit === 'sim')
    expect([...simOut, ...intoSim].map(arrow)).toEqual([])
  })

  it('never lets production code import a test fixture', () => {
    const repoProduction = walk(path.join(REPO, 'extension'), /\.(ts|vue)$/)
      .filter((f) => !f.endsWith('.test.ts') && !f.includes(`${path.sep}testing${path.sep}`))
      .filter((f) => /from\s+['"][^'"]*\/testing\//.test(readFileSync(f, 'utf8')))
      .map((f) => path.relative(REPO, f))
    expect([...production.filter((i) => i.unit === 'testing').map(arrow), ...repoProduction]).toEqual([])
  })
})

describe('sizes', () => {
  const lines = (file: string) => readFileSync(file, 'utf8').split('\n').length
  const productionFiles = [
    ...sidecarFiles.filter((f) => f.production).map((f) => ({ rel: f.rel, file: f.file, sim: f.unit === 'sim' })),
    ...walk(path.join(REPO, 'extension'), /\.(ts|vue)$/)
      .filter((f) => !f.endsWith('.test.ts') && !f.includes(`${path.sep}testing${path.sep}`))
      .map((f) => ({ rel: path.relative(REPO, f).split(path.sep).join('/'), file: f, sim: false })),
  ]

  it(`keeps every production file under ${MAX_FILE_LINES} lines (the simulator under ${MAX_SIM_FILE_LINES})`, () => {
    const over = productionFiles
      .map((f) => ({ ...f, n: lines(f.file) }))
      .filter((f) => f.n > (f.sim ? MAX_SIM_FILE_LINES : MAX_FILE_LINES))
      .map((f) => `${f.rel}: ${f.n} lines`)
    expect(over).toEqual([])
  })

  it(`keeps every function under ${MAX_FUNCTION_LINES} lines (a Pinia setup store is a module body)`, () => {
    const over: string[] = []
    for (const f of productionFiles.filter((p) => p.rel.endsWith('.ts') && !p.sim)) {
      const sf = ts.createSourceFile(f.file, readFileSync(f.file, 'utf8'), ts.ScriptTarget.Latest, true)
      const visit = (node: ts.Node): void => {
        const setupStore = ts.isCallExpression(node.parent ?? node) && (node.parent as ts.CallExpression).expression.getText(sf) === 'defineStore'
        if (ts.isFunctionLike(node) && 'body' in node && node.body && !setupStore) {
          const first = sf.getLineAndCharacterOfPosition(node.getStart(sf)).line
          const last = sf.getLineAndCharacterOfPosition(node.end).line
          if (last - first + 1 > MAX_FUNCTION_LINES) over.push(`${f.rel}:${first + 1}: ${last - first + 1} lines`)
        }
        ts.forEachChild(node, visit)
      }
      visit(sf)
    }
    expect(over).toEqual([])
  })
})
