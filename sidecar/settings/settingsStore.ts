// User settings persisted in SQLite. Only what the user saved is stored; everything else comes from
// built-in defaults, so a later release can change a default the user never touched.
import { z } from 'zod'
import { BACKEND_TIMEOUT_SETTING, DEFAULT_LIMITS, DomainError, Settings, SettingsUpdate } from '../contract'
import type { Db } from '../db/database'
import { getKv, getKvText, setKv } from '../db/kvStore'
import { DEFAULT_OUTPUT_SUBFOLDER } from '../workflows'
import type { Template } from '../workflows'

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

/** The settings before any are saved: the default preset's size and length (wan22_14b_i2v when installed). */
export function builtInSettings(templates: readonly Template[]): Settings {
  const preset = templates.find((t) => t.id === 'wan22_14b_i2v') ?? templates[0]
  const d = preset?.defaults
  return {
    defaults: {
      preset: preset?.id ?? 'wan22_14b_i2v',
      width: d?.width ?? 640,
      height: d?.height ?? 640,
      fps: d?.fps ?? 16,
      seconds_per_segment: d ? (d.frames - 1) / d.fps : 5,
      negative_prompt: '',
      models: {},
    },
    auto_start_queue: true,
    output_subfolder: DEFAULT_OUTPUT_SUBFOLDER,
    limits: DEFAULT_LIMITS,
    backends: [],
    main_backend_enabled: true,
    backend_timeout_s: BACKEND_TIMEOUT_SETTING.default,
  }
}
