import { describe, expect, it } from 'vitest'
import { DEFAULT_OUTPUT_SUBFOLDER } from '../workflows/outputNames'
import { openDatabase } from '../db/database'
import { setKv } from '../db/kvStore'
import { builtInSettings, effectiveSettings, updateSettings } from './settingsStore'

// The built-in settings with no template installed (the sidecar's own fall-backs).
const base = builtInSettings([])

describe('effective settings', () => {
  it('are read once per stored text: the same frozen object until anything writes the row', () => {
    const db = openDatabase(':memory:')
    const first = effectiveSettings(db, base)
    expect(effectiveSettings(db, base)).toBe(first)
    expect(Object.isFrozen(first.defaults)).toBe(true)
    updateSettings(db, base, { output_subfolder: 'elsewhere' }, ['wan22_14b_i2v'])
    const second = effectiveSettings(db, base)
    expect(second.output_subfolder).toBe('elsewhere')
    // A write that does not go through updateSettings is seen too: the cache is keyed by the row's text.
    setKv(db, 'settings', { output_subfolder: 'third' })
    expect(effectiveSettings(db, base).output_subfolder).toBe('third')
    expect(first.output_subfolder).toBe(DEFAULT_OUTPUT_SUBFOLDER)
  })

  it('follow the built-in settings they are laid over', () => {
    const db = openDatabase(':memory:')
    expect(effectiveSettings(db, base).defaults.fps).toBe(16)
    expect(effectiveSettings(db, { ...base, defaults: { ...base.defaults, fps: 24 } }).defaults.fps).toBe(24)
  })
})
