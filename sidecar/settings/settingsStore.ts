// User settings persisted in SQLite. Only what the user saved is stored; everything else comes from
// built-in defaults, so a later release can change a default the user never touched.
import { z } from 'zod'
import { DomainError, Settings, SettingsUpdate } from '../contract'
import type { Db } from '../db/database'
import { getKv, getKvText, setKv } from '../db/kvStore'

const KEY = 'settings'
const Stored = SettingsUpdate
export type StoredSettings = z.infer<typeof Stored>

export function storedSettings(db: Db): StoredSettings {
  const parsed = Stored.safeParse(getKv(db, KEY) ?? {})
  return parsed.success ? parsed.data : {}
}

/**
 * The effective settings last computed per database, with the stored text they came from: each
 * hand-off reads them (the output subfolder) and two zod parses cost more than binding the workflow.
 * The text is read every time (one indexed row), so a write by any path is seen at once.
 */
const lastEffective = new WeakMap<Db, { text: string | undefined; base: Settings; value: Settings }>()

/** The settings in force, frozen (shared between readers; a change goes through updateSettings). */
export function effectiveSettings(db: Db, base: Settings): Settings {
  const text = getKvText(db, KEY)
  const hit = lastEffective.get(db)
  if (hit && hit.text === text && hit.base === base) return hit.value
  const parsed = Stored.safeParse(text === undefined ? {} : JSON.parse(text))
  const value = deepFreeze(Settings.parse(merge(base, parsed.success ? parsed.data : {})))
  lastEffective.set(db, { text, base, value })
  return value
}

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value)
    for (const v of Object.values(value)) deepFreeze(v)
  }
  return value
}

/**
 * `cliBackends`: how many backends the command line adds (always on): with none, turning the main
 * ComfyUI off needs a settings backend that is on, else nothing could run the work.
 */
export function updateSettings(db: Db, base: Settings, update: z.infer<typeof SettingsUpdate>, presetIds: readonly string[], cliBackends = 0): Settings {
  const preset = update.defaults?.preset
  if (preset !== undefined && !presetIds.includes(preset)) {
    throw new DomainError('bad_request', `defaults.preset: there is no preset "${preset}" (see GET /api/presets)`, 'defaults.preset')
  }
  const stored = storedSettings(db)
  const next: StoredSettings = { ...stored, ...update, defaults: { ...stored.defaults, ...update.defaults }, limits: { ...stored.limits, ...update.limits } }
  // Refuse a combination that would not read back.
  const merged = Settings.parse(merge(base, next))
  if (!merged.main_backend_enabled && cliBackends === 0 && !merged.backends.some((b) => b.enabled)) {
    throw new DomainError('bad_request', 'main_backend_enabled: this ComfyUI can be turned off only while another backend is on', 'main_backend_enabled')
  }
  setKv(db, KEY, next)
  return merged
}

/** The saved settings over the built-in ones; nested groups (defaults, limits) field by field. */
function merge(base: Settings, stored: StoredSettings): unknown {
  return { ...base, ...stored, defaults: { ...base.defaults, ...stored.defaults }, limits: { ...base.limits, ...stored.limits } }
}
