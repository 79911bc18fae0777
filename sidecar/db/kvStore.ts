// Small persistent values (settings, the ComfyUI client id, whether the queue runs) as JSON by key.
import type { Db } from './database'

export function getKv(db: Db, key: string): unknown {
  const text = getKvText(db, key)
  return text === undefined ? undefined : (JSON.parse(text) as unknown)
}

/** The stored JSON text of a key, unparsed (a caller that keeps what it parsed compares it). */
export function getKvText(db: Db, key: string): string | undefined {
  return db.prepare<[string], { value: string }>('SELECT value FROM kv WHERE key = ?').get(key)?.value
}

export function setKv(db: Db, key: string, value: unknown): void {
  db.prepare('INSERT INTO kv (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value').run(
    key,
    JSON.stringify(value)
  )
}
