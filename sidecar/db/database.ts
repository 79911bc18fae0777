// Opens the sidecar's SQLite database (WAL, busy timeout, foreign keys) and runs pending migrations.
// better-sqlite3 is the driver wherever it loads. It is a native addon: an install whose build
// step did not run, or a Node.js upgrade, leaves it unloadable; on Node.js >= 22.13 the built-in
// node:sqlite then takes its place behind the same small interface, so the sidecar still starts.
import { mkdirSync } from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import { MIGRATIONS } from './migrations'

export interface RunResult {
  changes: number
  lastInsertRowid: number | bigint
}

export interface Statement<P extends unknown[], R> {
  run(...params: P): RunResult
  get(...params: P): R | undefined
  all(...params: P): R[]
}

/** The part of better-sqlite3's Database the stores use; node:sqlite is adapted to it. */
export interface Db {
  prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): P extends unknown[] ? Statement<P, R> : Statement<[P], R>
  /** Wraps `fn` so each call runs in one transaction (a savepoint when already inside one). */
  transaction<R>(fn: () => R): () => R
  exec(sql: string): unknown
  /** `PRAGMA source`: all rows, or with `simple` the first column of the first row. */
  pragma(source: string, options?: { simple?: boolean }): unknown
  close(): unknown
  /** Whether a transaction is open (a state written inside one is not known to be committed yet). */
  readonly inTransaction: boolean
}

export type SqliteDriver = 'better-sqlite3' | 'node:sqlite'

/** better-sqlite3's default export, as far as it is used here. */
export type BetterSqliteModule = new (file: string) => Db

/** node:sqlite's StatementSync and DatabaseSync, as far as they are used here. */
export interface NodeSqliteStatement {
  run(...params: unknown[]): RunResult
  get(...params: unknown[]): unknown
  all(...params: unknown[]): unknown[]
}
export interface NodeSqliteDatabase {
  prepare(sql: string): NodeSqliteStatement
  exec(sql: string): void
  close(): void
}
export interface NodeSqliteModule {
  DatabaseSync: new (file: string) => NodeSqliteDatabase
}

/** node:sqlite needs no flag from these versions on (22.13 in the 22 line, 23.4 in the 23 line). */
export function nodeHasSqlite(version: string): boolean {
  const [major = 0, minor = 0] = version.replace(/^v/, '').split('.').map(Number)
  return major > 23 || (major === 23 && minor >= 4) || (major === 22 && minor >= 13)
}

/** A load failure in words, without the addon's own error text (ComfyUI's side reads that as fatal). */
export function describeLoadFailure(err: unknown): string {
  const message = err instanceof Error ? err.message : String(err)
  const code = (err as { code?: unknown } | null)?.code
  if (code === 'MODULE_NOT_FOUND' || /Cannot find (module|package)/.test(message)) return 'it is not installed (no npm step has run)'
  if (/NODE_MODULE_VERSION/.test(message)) return 'it was built for another Node.js version'
  if (/bindings file|\.node\b/.test(message)) return 'its compiled part is missing (its install script did not run)'
  return (message.split('\n')[0] ?? '').slice(0, 200)
}

export class SqliteUnavailable extends Error {
  override readonly name = 'SqliteUnavailable'
}

export interface DriverLoaders {
  nodeVersion: string
  /** Loads better-sqlite3 and opens an in-memory database with it (its addon loads only then). */
  betterSqlite3(): BetterSqliteModule
  /** Loads node:sqlite (throws where Node.js lacks it). */
  nodeSqlite(): NodeSqliteModule
}

export type DriverChoice =
  | { driver: 'better-sqlite3'; open: (file: string) => Db; fallbackReason: null }
  | { driver: 'node:sqlite'; open: (file: string) => Db; fallbackReason: string | null }

/**
 * better-sqlite3 when it loads, else node:sqlite when this Node.js has it. `preferred` (the
 * LONGVIDEO_SQLITE environment variable) picks node:sqlite even when better-sqlite3 would load.
 */
export function chooseDriver(loaders: DriverLoaders, preferred?: string): DriverChoice {
  if (preferred !== undefined && preferred !== '' && preferred !== 'better-sqlite3' && preferred !== 'node:sqlite') {
    throw new SqliteUnavailable(`LONGVIDEO_SQLITE must be better-sqlite3 or node:sqlite, got "${preferred}"`)
  }
  const viaNodeSqlite = (fallbackReason: string | null): DriverChoice | null => {
    if (!nodeHasSqlite(loaders.nodeVersion)) return null
    let mod: NodeSqliteModule
    try {
      mod = loaders.nodeSqlite()
    } catch {
      return null
    }
    return { driver: 'node:sqlite', open: (file) => new NodeSqliteDb(new mod.DatabaseSync(file)), fallbackReason }
  }
  if (preferred === 'node:sqlite') {
    const chosen = viaNodeSqlite(null)
    if (chosen) return chosen
    throw new SqliteUnavailable(`LONGVIDEO_SQLITE=node:sqlite, but Node.js ${loaders.nodeVersion} has no node:sqlite (it needs 22.13 or newer)`)
  }
  let loadError: unknown
  try {
    const Database = loaders.betterSqlite3()
    return { driver: 'better-sqlite3', open: (file) => new Database(file), fallbackReason: null }
  } catch (err) {
    loadError = err
  }
  const reason = `better-sqlite3 could not be loaded: ${describeLoadFailure(loadError)}`
  const fallback = viaNodeSqlite(reason)
  if (fallback) return fallback
  const original = loadError instanceof Error ? loadError.message : String(loadError)
  throw new SqliteUnavailable(
    `${reason} (${original.split('\n')[0] ?? ''}). Run \`python install.py\` (or \`npm rebuild better-sqlite3\`) in the Long Video folder ` +
      `with this Node.js (${loaders.nodeVersion}), or use Node.js 22.13 or newer, which has SQLite built in.`
  )
}

const requireModule = createRequire(import.meta.url)

const realLoaders: DriverLoaders = {
  nodeVersion: process.version,
  betterSqlite3() {
    const Database = requireModule('better-sqlite3') as BetterSqliteModule
    new Database(':memory:').close()
    return Database
  },
  nodeSqlite: () => requireModule('node:sqlite') as NodeSqliteModule,
}

let defaultChoice: DriverChoice | null = null

/** The driver of this process (chosen once). */
export function sqliteDriver(): DriverChoice {
  defaultChoice ??= chooseDriver(realLoaders, process.env.LONGVIDEO_SQLITE)
  return defaultChoice
}

export function openDatabase(file: string, choice: DriverChoice = sqliteDriver()): Db {
  if (file !== ':memory:') mkdirSync(path.dirname(file), { recursive: true })
  const db = choice.open(file)
  db.pragma('journal_mode = WAL')
  db.pragma('busy_timeout = 5000')
  db.pragma('foreign_keys = ON')
  db.pragma('synchronous = NORMAL')
  migrate(db)
  return db
}

/** Merges the write-ahead log into the database file, then closes it (a clean shutdown leaves no -wal behind). */
export function closeDatabase(db: Db): void {
  db.pragma('wal_checkpoint(TRUNCATE)')
  db.close()
}

export function migrate(db: Db): number {
  const current = db.pragma('user_version', { simple: true }) as number
  for (let v = current; v < MIGRATIONS.length; v++) {
    db.transaction(() => {
      db.exec(MIGRATIONS[v] ?? '')
      db.pragma(`user_version = ${v + 1}`)
    })()
  }
  return MIGRATIONS.length
}

/** node:sqlite behind the Db interface: transactions and pragma as better-sqlite3 has them. */
export class NodeSqliteDb implements Db {
  private depth = 0

  constructor(private readonly raw: NodeSqliteDatabase) {}

  get inTransaction(): boolean {
    return this.depth > 0
  }

  prepare<P extends unknown[] | object = unknown[], R = unknown>(sql: string): P extends unknown[] ? Statement<P, R> : Statement<[P], R> {
    const s = this.raw.prepare(sql)
    // better-sqlite3 ignores named values the statement does not use; node:sqlite refuses them.
    const names = namedParameters(sql)
    const bind = (params: unknown[]): unknown[] => {
      const [first, ...rest] = params
      if (!isNamedValues(first)) return params
      return [Object.fromEntries(Object.entries(first).filter(([key]) => names.has(key))), ...rest]
    }
    const adapted: Statement<unknown[], R> = {
      run: (...params) => s.run(...bind(params)),
      // node:sqlite rows have no prototype; better-sqlite3's are plain objects: keep them alike.
      get: (...params) => plain(s.get(...bind(params))) as R | undefined,
      all: (...params) => s.all(...bind(params)).map(plain) as R[],
    }
    return adapted as P extends unknown[] ? Statement<P, R> : Statement<[P], R>
  }

  transaction<R>(fn: () => R): () => R {
    return () => {
      const savepoint = `lv_tx_${this.depth}`
      this.raw.exec(this.depth === 0 ? 'BEGIN' : `SAVEPOINT ${savepoint}`)
      this.depth++
      let result: R
      try {
        result = fn()
      } catch (err) {
        this.depth--
        this.raw.exec(this.depth === 0 ? 'ROLLBACK' : `ROLLBACK TO ${savepoint}; RELEASE ${savepoint}`)
        throw err
      }
      this.depth--
      this.raw.exec(this.depth === 0 ? 'COMMIT' : `RELEASE ${savepoint}`)
      return result
    }
  }

  exec(sql: string): this {
    this.raw.exec(sql)
    return this
  }

  pragma(source: string, options: { simple?: boolean } = {}): unknown {
    const rows = this.raw.prepare(`PRAGMA ${source}`).all().map(plain)
    if (!options.simple) return rows
    const first = rows[0]
    return first ? Object.values(first)[0] : undefined
  }

  close(): this {
    this.raw.close()
    return this
  }
}

/** The names of a statement's named parameters (@name, :name, $name), outside string literals. */
export function namedParameters(sql: string): Set<string> {
  const code = sql.replace(/'(?:[^']|'')*'/g, "''")
  return new Set([...code.matchAll(/[@:$]([A-Za-z_][A-Za-z0-9_]*)/g)].map((m) => m[1] as string))
}

function isNamedValues(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value) && !ArrayBuffer.isView(value)
}

function plain(row: unknown): unknown {
  return row && typeof row === 'object' ? { ...row } : row
}
