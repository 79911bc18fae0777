import { describe, expect, it } from 'vitest'
import { configuredBackends } from '../server'
import { loadedOf } from './backendWork'
import { affinityKey } from './placement'

describe('loadedOf', () => {
  it("says an affinity key in words: the job's models, else the preset's own, and the LoRAs once each", () => {
    const key = affinityKey('wan', { models: { high: 'h.safetensors' } }, { high: [{ name: 'a.safetensors', strength: 1 }], low: [{ name: 'a.safetensors', strength: 0.5 }] })
    const templates = [{ id: 'wan', models: { folder: 'diffusion_models', high: 'default_h', low: 'default_l' } }] as unknown as Parameters<typeof loadedOf>[1]
    expect(loadedOf(key, templates)).toEqual({ models: ['h.safetensors', 'default_l'], loras: ['a.safetensors@1', 'a.safetensors@0.5'] })
    expect(loadedOf(null)).toBeNull()
    expect(loadedOf('not json')).toBeNull()
  })
})

describe('configuredBackends', () => {
  it('puts the command line ones first, leaves out settings rows with the same id or url, and keeps main on while no other backend is', () => {
    const cli = [{ id: 'gpu2', name: 'gpu2', url: 'http://h:2' }]
    const stored = [
      { id: 'gpu2', name: 'dup id', url: 'http://h:9', enabled: true },
      { id: 'other', name: 'dup url', url: 'HTTP://h:2', enabled: true },
      { id: 'gpu3', name: 'Three', url: 'http://h:3', enabled: false },
    ]
    const conf = configuredBackends(cli, stored, false)
    expect(conf.extra.map((b) => [b.id, b.from, b.enabled])).toEqual([['gpu2', 'cli', true], ['gpu3', 'settings', false]])
    expect(conf.mainEnabled).toBe(false)
    expect(configuredBackends([], [{ id: 'gpu3', name: 'Three', url: 'http://h:3', enabled: false }], false).mainEnabled).toBe(true)
  })
})
