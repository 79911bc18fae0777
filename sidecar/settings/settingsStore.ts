// User settings persisted in SQLite. Only what the user saved is stored; everything else comes from
// built-in defaults, so a later release can change a default the user never touched.
import { z } from 'zod'
import { DomainError, Settings, SettingsUpdate } from '../contract'
import type { Db } from '../db/database'
import { getKv, setKv } from '../db/kvStore'

const KEY = 'settings'
const Stored = SettingsUpdate
export type StoredSettings = z.infer<typeof Stored>

export function storedSettings(db: Db): StoredSettings {
  const parsed = Stored.safeParse(getKv(db, KEY) ?? {})
  return parsed.success ? parsed.data : {}
}

export function effectiveSettings(db: Db, base: Settings): Settings {
  const stored = storedSettings(db)
  return Settings.parse({ ...base, ...stored, defaults: { ...base.defaults, ...stored.defaults } })
}

export function updateSettings(db: Db, base: Settings, update: z.infer<typeof SettingsUpdate>, presetIds: readonly string[]): Settings {
  const preset = update.defaults?.preset
  if (preset !== undefined && !presetIds.includes(preset)) {
    throw new DomainError('bad_request', `defaults.preset: there is no preset "${preset}" (see GET /api/presets)`, 'defaults.preset')
  }
  const stored = storedSettings(db)
  const next: StoredSettings = { ...stored, ...update, defaults: { ...stored.defaults, ...update.defaults } }
  // Refuse a combination that would not read back.
  const merged = Settings.parse({ ...base, ...next, defaults: { ...base.defaults, ...next.defaults } })
  setKv(db, KEY, next)
  return merged
}
