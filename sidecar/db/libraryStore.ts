// SQLite side of the libraries: our LoRA notes (lora_meta) and image marks (image_marks: ratings of
// repository images, favourites and hidden flags of gallery files). `source` names the folder a mark's path is relative to.
import type { LoraMeta } from '../contract'
import { LoraMeta as LoraMetaSchema } from '../contract'
import type { Db } from './database'

export interface ImageMark {
  rating: number | null
  favourite: boolean
  hidden: boolean
}

const EMPTY_META: LoraMeta = LoraMetaSchema.parse({})

export function allLoraMeta(db: Db): Map<string, LoraMeta> {
  const rows = db.prepare<[], { name: string; data: string }>('SELECT name, data FROM lora_meta').all()
  const out = new Map<string, LoraMeta>()
  for (const row of rows) out.set(row.name, readMeta(row.data))
  return out
}

export function loraMeta(db: Db, name: string): LoraMeta {
  const row = db.prepare<[string], { data: string }>('SELECT data FROM lora_meta WHERE name = ?').get(name)
  return row ? readMeta(row.data) : { ...EMPTY_META }
}

export function saveLoraMeta(db: Db, name: string, meta: LoraMeta): void {
  db.prepare(
    `INSERT INTO lora_meta (name, data, updated_at) VALUES (?, ?, ?)
     ON CONFLICT (name) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`
  ).run(name, JSON.stringify(meta), new Date().toISOString())
}

/** A row written by an older version (or edited by hand) falls back field by field to the defaults. */
function readMeta(data: string): LoraMeta {
  let raw: unknown
  try {
    raw = JSON.parse(data)
  } catch {
    return { ...EMPTY_META }
  }
  const parsed = LoraMetaSchema.safeParse(raw)
  return parsed.success ? parsed.data : { ...EMPTY_META }
}

export function imageMarks(db: Db, source: string): Map<string, ImageMark> {
  const rows = db
    .prepare<[string], { path: string; rating: number | null; favourite: number; hidden: number }>(
      'SELECT path, rating, favourite, hidden FROM image_marks WHERE source = ?'
    )
    .all(source)
  return new Map(rows.map((r) => [r.path, { rating: r.rating, favourite: r.favourite === 1, hidden: r.hidden === 1 }]))
}

export function setRating(db: Db, source: string, rel: string, rating: number | null): void {
  db.prepare(
    `INSERT INTO image_marks (source, path, rating, favourite, updated_at) VALUES (?, ?, ?, 0, ?)
     ON CONFLICT (source, path) DO UPDATE SET rating = excluded.rating, updated_at = excluded.updated_at`
  ).run(source, rel, rating, new Date().toISOString())
}

export function setFavourite(db: Db, source: string, rel: string, favourite: boolean): void {
  setMarks(db, source, [rel], 'favourite', favourite)
}

/** Sets one flag (favourite or hidden) on many files in one transaction. */
export function setMarks(db: Db, source: string, rels: readonly string[], flag: 'favourite' | 'hidden', on: boolean): void {
  // `flag` is one of two column names, never user text.
  const upsert = db.prepare(
    `INSERT INTO image_marks (source, path, rating, ${flag}, updated_at) VALUES (?, ?, NULL, ?, ?)
     ON CONFLICT (source, path) DO UPDATE SET ${flag} = excluded.${flag}, updated_at = excluded.updated_at`
  )
  const now = new Date().toISOString()
  db.transaction(() => {
    for (const rel of rels) upsert.run(source, rel, on ? 1 : 0, now)
  })()
}
