import { existsSync, mkdtempSync, statSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import { describe, expect, it } from 'vitest'
import { newSegment } from '../engine/runQueries'
import type { JobRecord } from '../contract'
import { listItemOf } from '../contract'
import { chooseDriver, closeDatabase, describeLoadFailure, nodeHasSqlite, openDatabase as openDb } from './database'
import type { Db, DriverChoice, DriverLoaders, NodeSqliteModule } from './database'
import { fakeNodeSqlite } from './testNodeSqlite'
import { insertJob, loadJobRollups, loadJobState, rememberJobState, saveJobState, sharedJobState } from './jobStore'
import { activeJobIds, findPromptOwner, inFlightPrompts, listJobIds, recentExecutionMs } from './jobQueries'
import { jobListItemView, jobView } from '../engine/jobView'
import { getKv, setKv } from './kvStore'
import { MIGRATIONS } from './migrations'

const AT = '2025-01-01T00:00:00.000Z'
const job: Omit<JobRecord, 'id'> = {
  name: 'walk',
  status: 'running',
  preset: 'wan22_14b_i2v',
  input_image: 'a.png',
  prompt: 'a walk',
  negative_prompt: '',
  parameters: {
    width: 64, height: 64, fps: 16, frames: 9, steps: 4, cfg: 1, seed: 7, seed_mode: 'fixed',
    models: { high: 'h.safetensors' }, loras: { high: [{ name: 'l.safetensors', strength: 0.5 }], low: [] }, options: { virtual_vram_gb: 4 },
  },
  error: null,
  created_at: AT,
  updated_at: AT,
}
const planned = (idx: number) => newSegment(0, idx, { prompt: `p${idx}`, negative_prompt: null, seed: 2 ** 53 - 1, loras: { high: [], low: [] } }, AT)

// better-sqlite3's Database is what the Db interface describes (a compile-time check).
const asDb = (d: Database.Database): Db => d

function nodeSqliteHere(): NodeSqliteModule | null {
  if (!nodeHasSqlite(process.version)) return null
  try {
    return createRequire(import.meta.url)('node:sqlite') as NodeSqliteModule
  } catch {
    return null
  }
}
const realNodeSqlite = nodeSqliteHere()
const drivers: [string, DriverChoice | null][] = [
  ['better-sqlite3', chooseDriver({ nodeVersion: 'v20.19.0', betterSqlite3: () => Database, nodeSqlite: () => fakeNodeSqlite })],
  ['node:sqlite over better-sqlite3 (its API, for Node.js without it)', chooseDriver({ nodeVersion: 'v22.13.0', betterSqlite3: () => Database, nodeSqlite: () => fakeNodeSqlite }, 'node:sqlite')],
  [realNodeSqlite ? 'node:sqlite' : `node:sqlite (skipped: Node.js ${process.version} has none, it is built in from 22.13)`, realNodeSqlite ? chooseDriver({ nodeVersion: process.version, betterSqlite3: () => Database, nodeSqlite: () => realNodeSqlite }, 'node:sqlite') : null],
]

describe.each(drivers)('the job store on %s', (_name, choice) => {
  // The real node:sqlite exists only from Node.js 22.13; elsewhere its API runs over better-sqlite3 (above).
  const test = choice ? it : it.skip
  const openDatabase = (file: string) => openDb(file, choice as DriverChoice)

  test('lists jobs from rollups that show exactly what the full job shows, less its finals', () => {
    const db = openDatabase(':memory:')
    const a = insertJob(db, job, [planned(0), planned(1), planned(2)])
    const b = insertJob(db, { ...job, name: 'text only', input_image: null }, [planned(0)])
    const c = insertJob(db, job, [])
    const state = loadJobState(db, a)
    if (!state) throw new Error('missing')
    Object.assign(state.segments[0]!, { status: 'done', last_frame: { filename: 'x.png', subfolder: '', type: 'output' } })
    Object.assign(state.segments[1]!, { status: 'done', stale: true })
    Object.assign(state.segments[2]!, { status: 'failed' })
    state.finals.push({ file: { filename: 'walk_00001.mp4', subfolder: 'longvideo', type: 'output' }, frames: 9, mode: 'copy', created_at: AT, takes: [{ idx: 0, take: 1 }], export: null })
    saveJobState(db, state)
    const ids = [c, b, a, 999]
    const summaries = loadJobRollups(db, ids).map(jobListItemView)
    const full = [c, b, a].map((id) => jobView(loadJobState(db, id)!))
    expect(summaries).toEqual(full.map(listItemOf))
    expect(full[2]?.final_video?.file.filename).toBe('walk_00001.mp4')
    expect(summaries[2]).toMatchObject({ counts: { total: 3, done: 2, failed: 1 }, stale_segments: 1 })
    expect(summaries[1]?.thumbnail).toBeNull()
  })

  test('creates the schema in WAL mode and records the migration count', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-db-'))
    const db = openDatabase(path.join(dir, 'a.sqlite'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    db.close()
    const again = openDatabase(path.join(dir, 'a.sqlite'))
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
  })

  test('reads back exactly the job state it wrote, seeds up to 2^53-1 included', () => {
    const db = openDatabase(':memory:')
    const id = insertJob(db, job, [planned(0), planned(1)])
    const state = loadJobState(db, id)
    expect(state?.job.parameters).toEqual(job.parameters)
    expect(state?.segments.map((s) => s.seed)).toEqual([2 ** 53 - 1, 2 ** 53 - 1])
    if (!state) throw new Error('missing')
    const seg0 = state.segments[0]
    if (!seg0) throw new Error('missing segment')
    Object.assign(seg0, { status: 'running', prompt_id: 'abc', accepted: true, attempts: 1, backend: 'gpu2' })
    state.segments.pop()
    state.finals.push({ file: { filename: 'walk_00001.mp4', subfolder: 'longvideo', type: 'output' }, frames: 9, mode: 'copy', created_at: AT, takes: [{ idx: 0, take: 1 }], export: null })
    saveJobState(db, state)
    const back = loadJobState(db, id)
    expect(back).toEqual(state)
    expect(findPromptOwner(db, 'abc')).toEqual({ job_id: id, idx: 0, status: 'running', backend: 'gpu2', accepted: true })
    expect(inFlightPrompts(db).map((p) => p.prompt_id)).toEqual(['abc'])
    expect(activeJobIds(db)).toEqual([id])
  })

  test('refuses a row whose JSON no longer matches its schema', () => {
    const db = openDatabase(':memory:')
    const id = insertJob(db, job, [planned(0)])
    db.prepare('UPDATE jobs SET parameters = ? WHERE id = ?').run(JSON.stringify({ width: -1 }), id)
    expect(() => loadJobState(db, id)).toThrow(/corrupt parameters/)
  })

  test('lists jobs newest first with a total, filtered by status', () => {
    const db = openDatabase(':memory:')
    const a = insertJob(db, job, [])
    const b = insertJob(db, { ...job, status: 'completed' }, [])
    expect(listJobIds(db, { limit: 10, offset: 0 })).toEqual({ ids: [b, a], total: 2 })
    expect(listJobIds(db, { status: 'completed', limit: 10, offset: 0 })).toEqual({ ids: [b], total: 1 })
  })

  test('writes only the rows an event changed when given the state it started from', () => {
    const db = openDatabase(':memory:')
    const id = insertJob(db, job, [planned(0), planned(1), planned(2)])
    db.exec(`CREATE TEMP TABLE writes (tbl TEXT, idx INTEGER);
      CREATE TEMP TRIGGER seg_writes AFTER UPDATE ON segments BEGIN INSERT INTO writes VALUES ('segments', NEW.idx); END;
      CREATE TEMP TRIGGER take_writes AFTER UPDATE ON takes BEGIN INSERT INTO writes VALUES ('takes', NEW.idx); END;
      CREATE TEMP TRIGGER take_inserts AFTER INSERT ON takes BEGIN INSERT INTO writes VALUES ('takes', NEW.idx); END;`)
    const before = loadJobState(db, id)
    if (!before) throw new Error('missing')
    const after = structuredClone(before)
    Object.assign(after.segments[1]!, { status: 'done', frames: 8 })
    const { locked: _locked, stale: _stale, ...run } = after.segments[1]!
    after.takes.push(run)
    saveJobState(db, after, before)
    expect(db.prepare('SELECT tbl, idx FROM writes ORDER BY tbl, idx').all()).toEqual([
      { tbl: 'segments', idx: 1 },
      { tbl: 'takes', idx: 1 },
    ])
    expect(loadJobState(db, id)).toEqual(after)
    // Without the old state every row is written, as before.
    db.exec('DELETE FROM writes')
    saveJobState(db, after)
    expect(db.prepare('SELECT COUNT(*) AS n FROM writes').get()).toEqual({ n: 4 })
  })

  test('finds the jobs with work left: running or finalizing jobs, queued or running segments and takes, each once', () => {
    const db = openDatabase(':memory:')
    const idle = insertJob(db, { ...job, status: 'completed' }, [planned(0)])
    const running = insertJob(db, job, [planned(0)])
    const finalizing = insertJob(db, { ...job, status: 'finalizing' }, [])
    const queuedSegment = insertJob(db, { ...job, status: 'awaiting_prompt' }, [{ ...planned(0), status: 'queued', prompt_id: 'q' }, { ...planned(1), status: 'running', prompt_id: 'r' }])
    const candidate = insertJob(db, { ...job, status: 'awaiting_prompt' }, [{ ...planned(0), status: 'done' }])
    const withTake = loadJobState(db, candidate)
    if (!withTake) throw new Error('missing')
    withTake.takes.push({ ...planned(0), job_id: candidate, take: 2, status: 'running', prompt_id: 't2' })
    saveJobState(db, withTake)
    expect(activeJobIds(db)).toEqual([running, finalizing, queuedSegment, candidate])
    expect(activeJobIds(db)).not.toContain(idle)
  })

  test('reads the execution times of the newest finished segments, newest first', () => {
    const db = openDatabase(':memory:')
    const at = (minute: number) => `2025-01-01T00:${String(minute).padStart(2, '0')}:00.000Z`
    insertJob(db, job, [
      { ...planned(0), status: 'done', execution_ms: 1000, finished_at: at(1) },
      { ...planned(1), status: 'done', execution_ms: 3000, finished_at: at(3) },
      { ...planned(2), status: 'failed', execution_ms: 9999, finished_at: at(4) },
      { ...planned(3), status: 'done', execution_ms: null, finished_at: at(5) },
    ])
    insertJob(db, job, [{ ...planned(0), status: 'done', execution_ms: 2000, finished_at: at(2) }])
    expect(recentExecutionMs(db)).toEqual([3000, 2000, 1000])
    expect(recentExecutionMs(db, 2)).toEqual([3000, 2000])
  })

  test('keeps small values by key', () => {
    const db = openDatabase(':memory:')
    expect(getKv(db, 'client_id')).toBeUndefined()
    setKv(db, 'client_id', 'x')
    setKv(db, 'client_id', 'y')
    expect(getKv(db, 'client_id')).toBe('y')
  })

  test('runs a transaction whole or not at all, nested ones as savepoints', () => {
    const db = openDatabase(':memory:')
    const write = db.transaction(() => setKv(db, 'after', 1))
    const failing = db.transaction(() => {
      setKv(db, 'outer', 1)
      try {
        db.transaction(() => {
          setKv(db, 'inner', 1)
          throw new Error('inner fails')
        })()
      } catch {
        // the inner savepoint is rolled back; the outer transaction goes on
      }
      write()
      throw new Error('outer fails')
    })
    expect(() => failing()).toThrow('outer fails')
    expect([getKv(db, 'outer'), getKv(db, 'inner'), getKv(db, 'after')]).toEqual([undefined, undefined, undefined])
    db.transaction(() => {
      setKv(db, 'outer', 2)
      try {
        db.transaction(() => {
          setKv(db, 'inner', 2)
          throw new Error('inner fails')
        })()
      } catch {
        // as above
      }
    })()
    expect([getKv(db, 'outer'), getKv(db, 'inner')]).toEqual([2, undefined])
  })

  test('answers the engine a job from memory only while the database has not changed, whoever changed it', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lv-db-')), 'a.sqlite')
    const db = openDatabase(file)
    const id = insertJob(db, job, [planned(0), planned(1)])
    const first = sharedJobState(db, id)
    expect(first).toEqual(loadJobState(db, id))
    expect(sharedJobState(db, id)).toBe(first)
    // Frozen: what one caller is given, the next one is given unchanged.
    expect(Object.isFrozen(first?.segments[0])).toBe(true)
    expect(Object.isFrozen(loadJobState(db, id)?.segments[0])).toBe(false)
    // Any write of this connection (here plain SQL, as a test or an older path would do) is seen.
    db.prepare('UPDATE segments SET prompt = ? WHERE job_id = ? AND idx = 0').run('rewritten', id)
    const afterSql = sharedJobState(db, id)
    expect(afterSql?.segments[0]?.prompt).toBe('rewritten')
    // A write of another connection to the same file is seen too.
    const other = openDatabase(file)
    other.prepare('UPDATE segments SET prompt = ? WHERE job_id = ? AND idx = 1').run('from elsewhere', id)
    expect(sharedJobState(db, id)?.segments[1]?.prompt).toBe('from elsewhere')
    closeDatabase(other)
    // A state committed by the engine is answered as committed; one written inside a transaction that
    // is still open is not remembered (it may yet be rolled back).
    const next = structuredClone(loadJobState(db, id))
    if (!next) throw new Error('missing')
    next.job.status = 'awaiting_prompt'
    saveJobState(db, next)
    rememberJobState(db, next)
    expect(sharedJobState(db, id)).toBe(next)
    expect(() =>
      db.transaction(() => {
        const inside = { ...next, job: { ...next.job, status: 'failed' as const } }
        saveJobState(db, inside)
        rememberJobState(db, inside)
        throw new Error('rolled back')
      })()
    ).toThrow('rolled back')
    expect(sharedJobState(db, id)?.job.status).toBe('awaiting_prompt')
    closeDatabase(db)
  })

  test('merges the write-ahead log on close', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lv-db-')), 'a.sqlite')
    const db = openDatabase(file)
    insertJob(db, job, [planned(0)])
    expect(statSync(`${file}-wal`).size).toBeGreaterThan(0)
    closeDatabase(db)
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0)
    const again = openDatabase(file)
    expect(listJobIds(again, { limit: 10, offset: 0 }).total).toBe(1)
  })
})

describe('choosing the SQLite driver', () => {
  const broken = (message: string, code?: string) => () => {
    throw Object.assign(new Error(message), code ? { code } : {})
  }
  const loaders = (over: Partial<DriverLoaders>): DriverLoaders => ({ nodeVersion: 'v22.13.0', betterSqlite3: () => Database, nodeSqlite: () => fakeNodeSqlite, ...over })

  it('uses better-sqlite3 wherever it loads, even when node:sqlite exists', () => {
    expect(chooseDriver(loaders({ nodeVersion: 'v24.1.0' })).driver).toBe('better-sqlite3')
    expect(asDb(new Database(':memory:')).pragma('user_version', { simple: true })).toBe(0)
  })

  it('falls back to node:sqlite on Node.js 22.13+ when better-sqlite3 cannot load, saying why without the addon error text', () => {
    const mismatch = chooseDriver(loaders({ betterSqlite3: broken('The module was compiled against a different Node.js version using NODE_MODULE_VERSION 115.') }))
    expect(mismatch).toMatchObject({ driver: 'node:sqlite', fallbackReason: 'better-sqlite3 could not be loaded: it was built for another Node.js version' })
    const missing = chooseDriver(loaders({ nodeVersion: 'v23.4.0', betterSqlite3: broken("Cannot find module 'better-sqlite3'", 'MODULE_NOT_FOUND') }))
    expect(missing).toMatchObject({ driver: 'node:sqlite', fallbackReason: 'better-sqlite3 could not be loaded: it is not installed (no npm step has run)' })
    const noBinding = chooseDriver(loaders({ betterSqlite3: broken('Could not locate the bindings file. Tried: build/better_sqlite3.node') }))
    expect(noBinding.fallbackReason).not.toMatch(/bindings file|NODE_MODULE_VERSION|better_sqlite3\.node/)
    const db = noBinding.open(':memory:')
    db.exec('CREATE TABLE t (x)')
    expect(db.prepare('INSERT INTO t VALUES (?)').run(5).changes).toBe(1)
  })

  it('fails with what to do when neither loads, keeping the addon error (ComfyUI reads it)', () => {
    const old = loaders({ nodeVersion: 'v20.19.0', betterSqlite3: broken('Could not locate the bindings file.') })
    expect(() => chooseDriver(old)).toThrow(/Could not locate the bindings file.*python install\.py.*22\.13/)
    const flagged = loaders({ nodeVersion: 'v22.12.0', betterSqlite3: broken('Could not locate the bindings file.') })
    expect(() => chooseDriver(flagged)).toThrow(/Node\.js 22\.13 or newer/)
    const noModule = loaders({ betterSqlite3: broken('x'), nodeSqlite: broken('No such built-in module: node:sqlite', 'ERR_UNKNOWN_BUILTIN_MODULE') })
    expect(() => chooseDriver(noModule)).toThrow(/python install\.py/)
  })

  it('honours LONGVIDEO_SQLITE=node:sqlite, and refuses it where there is none', () => {
    expect(chooseDriver(loaders({}), 'node:sqlite').driver).toBe('node:sqlite')
    expect(() => chooseDriver(loaders({ nodeVersion: 'v20.19.0' }), 'node:sqlite')).toThrow(/has no node:sqlite/)
    expect(() => chooseDriver(loaders({}), 'sqlite3')).toThrow(/LONGVIDEO_SQLITE must be/)
  })

  it('knows which Node.js versions have node:sqlite without a flag', () => {
    expect(['v20.19.0', 'v22.12.0', 'v23.3.0'].map(nodeHasSqlite)).toEqual([false, false, false])
    expect(['v22.13.0', 'v23.4.0', 'v24.0.0', 'v25.2.1'].map(nodeHasSqlite)).toEqual([true, true, true, true])
    expect(describeLoadFailure(new Error('something else\nmore'))).toBe('something else')
  })
})
