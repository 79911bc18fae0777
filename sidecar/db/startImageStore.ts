// SQLite side of "Start from text": candidate sets and their candidates (tables start_image_sets,
// start_candidates) and the imported text-to-image templates (image_templates). No rules here.
import { FileRef, ImageTemplate } from '../contract'
import type { StartCandidate, StartCandidateStatus, StartImageSet } from '../contract'
import type { Db } from './database'

export interface CandidateRow extends StartCandidate {
  prompt_id: string
  output_node: string
}

export interface NewSet {
  maker: string
  prompt: string
  negative_prompt: string
  width: number
  height: number
  created_at: string
}

export interface NewCandidate {
  seed: number
  prompt_id: string
  output_node: string
}

interface RawCandidate {
  id: number
  set_id: number
  seed: number
  status: string
  prompt_id: string
  output_node: string
  image: string | null
  input_image: string | null
  error: string | null
  created_at: string
  finished_at: string | null
}

interface RawSet {
  id: number
  job_id: number | null
  maker: string
  prompt: string
  negative_prompt: string
  width: number
  height: number
  chosen: number | null
  created_at: string
}

function readImage(raw: string | null): FileRef | null {
  if (raw === null) return null
  const parsed = FileRef.safeParse(JSON.parse(raw))
  return parsed.success ? parsed.data : null
}

function toCandidate(r: RawCandidate): CandidateRow {
  return { ...r, status: r.status as StartCandidateStatus, image: readImage(r.image) }
}

/** A set and its candidates (oldest first), or null. */
export function loadSet(db: Db, id: number): StartImageSet | null {
  const set = db.prepare<[number], RawSet>('SELECT * FROM start_image_sets WHERE id = ?').get(id)
  if (!set) return null
  const rows = db.prepare<[number], RawCandidate>('SELECT * FROM start_candidates WHERE set_id = ? ORDER BY id').all(id)
  return { ...set, candidates: rows.map(toCandidate).map(({ prompt_id: _p, output_node: _o, ...c }) => c) }
}

/** The sets kept with a job, oldest first. */
export function setIdsOfJob(db: Db, jobId: number): number[] {
  return db.prepare<[number], { id: number }>('SELECT id FROM start_image_sets WHERE job_id = ? ORDER BY id').all(jobId).map((r) => r.id)
}

export function insertSet(db: Db, set: NewSet): number {
  const result = db
    .prepare<[string, string, string, number, number, string], never>(
      'INSERT INTO start_image_sets (maker, prompt, negative_prompt, width, height, created_at) VALUES (?, ?, ?, ?, ?, ?)'
    )
    .run(set.maker, set.prompt, set.negative_prompt, set.width, set.height, set.created_at)
  return Number(result.lastInsertRowid)
}

export function insertCandidates(db: Db, setId: number, candidates: NewCandidate[], at: string): number[] {
  const insert = db.prepare<[number, number, string, string, string], never>(
    "INSERT INTO start_candidates (set_id, seed, status, prompt_id, output_node, created_at) VALUES (?, ?, 'queued', ?, ?, ?)"
  )
  return db.transaction(() => candidates.map((c) => Number(insert.run(setId, c.seed, c.prompt_id, c.output_node, at).lastInsertRowid)))()
}

export function getCandidate(db: Db, setId: number, id: number): CandidateRow | null {
  const raw = db.prepare<[number, number], RawCandidate>('SELECT * FROM start_candidates WHERE set_id = ? AND id = ?').get(setId, id)
  return raw ? toCandidate(raw) : null
}

/** Candidates still queued or running in ComfyUI, across all sets. */
export function waitingCandidates(db: Db): CandidateRow[] {
  return db.prepare<[], RawCandidate>("SELECT * FROM start_candidates WHERE status IN ('queued', 'running') ORDER BY id").all().map(toCandidate)
}

export function updateCandidate(
  db: Db,
  id: number,
  change: { status: StartCandidateStatus; image?: FileRef | null; error?: string | null; finished_at?: string | null }
): void {
  db.prepare<[string, string | null, string | null, string | null, number], never>(
    'UPDATE start_candidates SET status = ?, image = COALESCE(?, image), error = ?, finished_at = ? WHERE id = ?'
  ).run(change.status, change.image ? JSON.stringify(change.image) : null, change.error ?? null, change.finished_at ?? null, id)
}

export function setCandidateInput(db: Db, id: number, inputImage: string): void {
  db.prepare<[string, number], never>('UPDATE start_candidates SET input_image = ? WHERE id = ?').run(inputImage, id)
}

export function setChosen(db: Db, setId: number, candidate: number): void {
  db.prepare<[number, number], never>('UPDATE start_image_sets SET chosen = ? WHERE id = ?').run(candidate, setId)
}

export function linkSetToJob(db: Db, setId: number, jobId: number): void {
  db.prepare<[number, number], never>('UPDATE start_image_sets SET job_id = ? WHERE id = ?').run(jobId, setId)
}

export function saveImageTemplate(db: Db, template: ImageTemplate): void {
  db.prepare<[string, string, string], never>('INSERT OR REPLACE INTO image_templates (id, data, created_at) VALUES (?, ?, ?)').run(
    template.id,
    JSON.stringify(template),
    template.created_at
  )
}

export function deleteImageTemplate(db: Db, id: string): boolean {
  return db.prepare<[string], never>('DELETE FROM image_templates WHERE id = ?').run(id).changes > 0
}

/** Every readable image template, oldest first (a row that no longer parses is left out). */
export function listImageTemplates(db: Db): ImageTemplate[] {
  const rows = db.prepare<[], { data: string }>('SELECT data FROM image_templates ORDER BY created_at, id').all()
  return rows.flatMap((r) => {
    try {
      const parsed = ImageTemplate.safeParse(JSON.parse(r.data))
      return parsed.success ? [parsed.data] : []
    } catch {
      return []
    }
  })
}
