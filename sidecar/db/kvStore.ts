// Small persistent values (settings, the ComfyUI client id, whether the queue runs) as JSON by key.
import type { Db } from './database'

export function getKv(db: Db, key: string): unknown {
  const row = db.prepare<[string], { value: string }>('SELECT value FROM kv WHERE key = ?').get(key)
  return row ? (JSON.parse(row.value) as unknown) : undefined
}

export function setKv(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value)
  )
}
