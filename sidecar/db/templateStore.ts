// SQLite side of user templates (table user_templates): the graph as the user gave it, their role
// picks, and the built template the engine runs. Rows are validated when read back.
import { z } from 'zod'
import { RoleOverrides } from '../contract'
import { Template } from '../workflows'
import type { Db } from './database'

const StoredTemplate = z.object({
  prompt: z.record(z.string(), z.unknown()),
  roles: RoleOverrides,
  template: Template,
})
export type StoredTemplate = z.infer<typeof StoredTemplate>

export interface TemplateRow extends StoredTemplate {
  id: string
  created_at: string
  updated_at: string
}

interface RawRow {
  id: string
  data: string
  created_at: string
  updated_at: string
}

function readRow(row: RawRow): TemplateRow | null {
  try {
    const parsed = StoredTemplate.safeParse(JSON.parse(row.data))
    return parsed.success ? { id: row.id, created_at: row.created_at, updated_at: row.updated_at, ...parsed.data } : null
  } catch {
    return null
  }
}

/** Every readable stored template, oldest first; unreadable rows are reported by id. */
export function listTemplateRows(db: Db): { rows: TemplateRow[]; unreadable: string[] } {
  const raw = db.prepare<[], RawRow>('SELECT id, data, created_at, updated_at FROM user_templates ORDER BY created_at, id').all()
  const rows: TemplateRow[] = []
  const unreadable: string[] = []
  for (const r of raw) {
    const row = readRow(r)
    if (row) rows.push(row)
    else unreadable.push(r.id)
  }
  return { rows, unreadable }
}

export function getTemplateRow(db: Db, id: string): TemplateRow | null {
  const raw = db.prepare<[string], RawRow>('SELECT id, data, created_at, updated_at FROM user_templates WHERE id = ?').get(id)
  return raw ? readRow(raw) : null
}

export function templateIdTaken(db: Db, id: string): boolean {
  return db.prepare<[string], { n: number }>('SELECT COUNT(*) AS n FROM user_templates WHERE id = ?').get(id)?.n !== 0
}

export function saveTemplateRow(db: Db, id: string, data: StoredTemplate): void {
  const at = new Date().toISOString()
  db.prepare(
    `INSERT INTO user_templates (id, data, created_at, updated_at) VALUES (?, ?, ?, ?)
     ON CONFLICT (id) DO UPDATE SET data = excluded.data, updated_at = excluded.updated_at`
  ).run(id, JSON.stringify(data), at, at)
}

export function deleteTemplateRow(db: Db, id: string): boolean {
  return db.prepare('DELETE FROM user_templates WHERE id = ?').run(id).changes > 0
}

/** Jobs that would still render with a template: any job not completed, failed or cancelled. */
export function unfinishedJobsUsing(db: Db, preset: string): number {
  return (
    db.prepare<[string], { n: number }>(`SELECT COUNT(*) AS n FROM jobs WHERE preset = ? AND status NOT IN ('completed', 'failed', 'cancelled')`).get(preset)?.n ?? 0
  )
}
