import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it, vi } from 'vitest'
import type { Inspection } from '../video'
import { openDatabase } from './database'
import { sqliteInspectionStore } from './inspectionStore'

const inspection: Inspection = {
  codec: 'h264',
  profile: 'High',
  width: 832,
  height: 480,
  pixFmt: 'yuv420p',
  fps: 16,
  timeBase: 16384,
  durationSec: 5.06,
  frames: 81,
  parameterSets: 'a'.repeat(40),
}
const file = { path: '/comfy/output/longvideo/a_seg1_00001_.mp4', size: 123456, mtimeMs: 1764480000123.456 }

describe('sqliteInspectionStore', () => {
  it('answers only for the same path, size and mtime, and survives reopening the database', () => {
    const dbFile = path.join(mkdtempSync(path.join(tmpdir(), 'lv-inspections-')), 'longvideo.sqlite')
    const db = openDatabase(dbFile)
    sqliteInspectionStore(db).put(file, inspection)
    db.close()

    const reopened = openDatabase(dbFile)
    const store = sqliteInspectionStore(reopened)
    expect(store.get(file)).toEqual(inspection)
    expect(store.get({ ...file, size: file.size + 1 })).toBeNull()
    expect(store.get({ ...file, mtimeMs: file.mtimeMs + 1 })).toBeNull()
    expect(store.get({ ...file, path: `${file.path}.other` })).toBeNull()
    reopened.close()
  })

  it('keeps one row per path: a rewritten file replaces the old answer', () => {
    const db = openDatabase(':memory:')
    const store = sqliteInspectionStore(db)
    store.put(file, inspection)
    const rewritten = { ...file, size: 99, mtimeMs: file.mtimeMs + 1000 }
    store.put(rewritten, { ...inspection, frames: 77 })
    expect(store.get(file)).toBeNull()
    expect(store.get(rewritten)?.frames).toBe(77)
    expect(db.prepare('SELECT COUNT(*) AS n FROM video_inspections').get()).toEqual({ n: 1 })
  })

  it('treats a row it cannot read as a miss', () => {
    const db = openDatabase(':memory:')
    const store = sqliteInspectionStore(db)
    store.put(file, inspection)
    db.prepare('UPDATE video_inspections SET info = ?').run('{"codec": 5}')
    expect(store.get(file)).toBeNull()
    db.prepare('UPDATE video_inspections SET info = ?').run('not json')
    expect(store.get(file)).toBeNull()
  })

  it('drops the oldest rows beyond its limit', () => {
    const db = openDatabase(':memory:')
    const store = sqliteInspectionStore(db, { maxRows: 3, pruneEvery: 5 })
    vi.useFakeTimers()
    try {
      for (let i = 0; i < 10; i++) {
        vi.setSystemTime(1_764_480_000_000 + i * 1000)
        store.put({ ...file, path: `/f${i}.mp4` }, inspection)
      }
    } finally {
      vi.useRealTimers()
    }
    const paths = db.prepare('SELECT path FROM video_inspections ORDER BY path').all().map((r) => (r as { path: string }).path)
    expect(paths).toEqual(['/f7.mp4', '/f8.mp4', '/f9.mp4'])
  })
})
