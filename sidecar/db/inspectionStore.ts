// Video inspections in SQLite, keyed by file identity (path, size, mtime): what lets a finalize
// after a sidecar restart skip the ffmpeg pass over every segment.
import { z } from 'zod'
import type { FileIdentity, Inspection, InspectionStore } from '../video'
import type { Db } from './database'

const StoredInspection = z.object({
  codec: z.string(),
  profile: z.string().nullable(),
  width: z.number(),
  height: z.number(),
  pixFmt: z.string(),
  fps: z.number().nullable(),
  timeBase: z.number().nullable(),
  durationSec: z.number().nullable(),
  frames: z.number().int().nonnegative(),
  parameterSets: z.string().nullable().optional(),
})

/** Rows kept at most (the oldest go first); an evicted file is simply inspected again. */
export const MAX_STORED_INSPECTIONS = 50_000

export function sqliteInspectionStore(db: Db, limits: { maxRows?: number; pruneEvery?: number } = {}): InspectionStore {
  const maxRows = limits.maxRows ?? MAX_STORED_INSPECTIONS
  const pruneEvery = limits.pruneEvery ?? 500
  const select = db.prepare<[string, number, number], { info: string }>(
    'SELECT info FROM video_inspections WHERE path = ? AND size = ? AND mtime_ms = ?'
  )
  const upsert = db.prepare(
    `INSERT INTO video_inspections (path, size, mtime_ms, info, inspected_at) VALUES (?, ?, ?, ?, ?)
     ON CONFLICT (path) DO UPDATE SET size = excluded.size, mtime_ms = excluded.mtime_ms, info = excluded.info, inspected_at = excluded.inspected_at`
  )
  const prune = db.prepare(
    `DELETE FROM video_inspections WHERE path IN (
       SELECT path FROM video_inspections ORDER BY inspected_at DESC LIMIT -1 OFFSET ?)`
  )
  let puts = 0
  return {
    get(file: FileIdentity): Inspection | null {
      const row = select.get(file.path, file.size, file.mtimeMs)
      if (!row) return null
      // A row this version cannot read is a miss, not an error: the file is inspected again.
      let parsed: unknown
      try {
        parsed = JSON.parse(row.info)
      } catch {
        return null
      }
      const checked = StoredInspection.safeParse(parsed)
      return checked.success ? checked.data : null
    },
    put(file: FileIdentity, inspection: Inspection): void {
      upsert.run(file.path, file.size, file.mtimeMs, JSON.stringify(inspection), Date.now())
      if (++puts % pruneEvery === 0) prune.run(maxRows)
    },
  }
}
