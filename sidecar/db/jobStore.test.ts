import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { newSegment } from '../engine/runQueries'
import type { JobRecord } from '../contract'
import { openDatabase } from './database'
import { activeJobIds, findPromptOwner, inFlightPrompts, insertJob, listJobIds, loadJobState, loadJobSummaries, recentExecutionMs, saveJobState } from './jobStore'
import { jobSummaryView, jobView } from '../engine/jobView'
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

describe('the job store', () => {
  it('lists jobs from summaries that show exactly what the full job shows', () => {
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
    const summaries = loadJobSummaries(db, ids).map(jobSummaryView)
    const full = [c, b, a].map((id) => jobView(loadJobState(db, id)!))
    expect(summaries).toEqual(full)
    expect(summaries[2]).toMatchObject({ counts: { total: 3, done: 2, failed: 1 }, stale_segments: 1 })
    expect(summaries[1]?.thumbnail).toBeNull()
  })

  it('creates the schema in WAL mode and records the migration count', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-db-'))
    const db = openDatabase(path.join(dir, 'a.sqlite'))
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal')
    expect(db.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
    db.close()
    const again = openDatabase(path.join(dir, 'a.sqlite'))
    expect(again.pragma('user_version', { simple: true })).toBe(MIGRATIONS.length)
  })

  it('reads back exactly the job state it wrote, seeds up to 2^53-1 included', () => {
    const db = openDatabase(':memory:')
    const id = insertJob(db, job, [planned(0), planned(1)])
    const state = loadJobState(db, id)
    expect(state?.job.parameters).toEqual(job.parameters)
    expect(state?.segments.map((s) => s.seed)).toEqual([2 ** 53 - 1, 2 ** 53 - 1])
    if (!state) throw new Error('missing')
    const seg0 = state.segments[0]
    if (!seg0) throw new Error('missing segment')
    Object.assign(seg0, { status: 'running', prompt_id: 'abc', accepted: true, attempts: 1 })
    state.segments.pop()
    state.finals.push({ file: { filename: 'walk_00001.mp4', subfolder: 'longvideo', type: 'output' }, frames: 9, mode: 'copy', created_at: AT, takes: [{ idx: 0, take: 1 }], export: null })
    saveJobState(db, state)
    const back = loadJobState(db, id)
    expect(back).toEqual(state)
    expect(findPromptOwner(db, 'abc')).toEqual({ job_id: id, idx: 0, status: 'running' })
    expect(inFlightPrompts(db).map((p) => p.prompt_id)).toEqual(['abc'])
    expect(activeJobIds(db)).toEqual([id])
  })

  it('refuses a row whose JSON no longer matches its schema', () => {
    const db = openDatabase(':memory:')
    const id = insertJob(db, job, [planned(0)])
    db.prepare('UPDATE jobs SET parameters = ? WHERE id = ?').run(JSON.stringify({ width: -1 }), id)
    expect(() => loadJobState(db, id)).toThrow(/corrupt parameters/)
  })

  it('lists jobs newest first with a total, filtered by status', () => {
    const db = openDatabase(':memory:')
    const a = insertJob(db, job, [])
    const b = insertJob(db, { ...job, status: 'completed' }, [])
    expect(listJobIds(db, { limit: 10, offset: 0 })).toEqual({ ids: [b, a], total: 2 })
    expect(listJobIds(db, { status: 'completed', limit: 10, offset: 0 })).toEqual({ ids: [b], total: 1 })
  })

  it('writes only the rows an event changed when given the state it started from', () => {
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

  it('finds the jobs with work left: running or finalizing jobs, queued or running segments and takes, each once', () => {
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

  it('reads the execution times of the newest finished segments, newest first', () => {
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

  it('keeps small values by key', () => {
    const db = openDatabase(':memory:')
    expect(getKv(db, 'client_id')).toBeUndefined()
    setKv(db, 'client_id', 'x')
    setKv(db, 'client_id', 'y')
    expect(getKv(db, 'client_id')).toBe('y')
  })
})
