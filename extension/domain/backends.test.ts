import { describe, expect, it } from 'vitest'
import { BackendId } from '../../sidecar/contract'
import { backendStatuses } from '../testing/backendFixtures'
import { backendIdFor, backendLabel, canTurnOff, knownBackends, presetReach, sameBackendUrl, withBackend } from './backends'

const gpu2 = { id: 'gpu2', name: 'Second GPU', url: 'http://127.0.0.1:8189', enabled: true }
const rented = { id: 'rented', name: 'Rented', url: 'https://gpu.example.com', enabled: false }

describe('backend rules of the panel', () => {
  it('makes an id the sidecar accepts from any name, unique and never main', () => {
    expect(backendIdFor('Second GPU', [])).toBe('second-gpu')
    expect(backendIdFor('Second GPU', ['second-gpu'])).toBe('second-gpu-2')
    expect(backendIdFor('Second GPU', ['second-gpu', 'second-gpu-2'])).toBe('second-gpu-3')
    expect(backendIdFor('Main', [])).toBe('main-2')
    expect(backendIdFor('Café RTX 4090!', [])).toBe('cafe-rtx-4090')
    expect(backendIdFor('二台目', [])).toBe('backend')
    for (const name of ['Second GPU', 'x'.repeat(64), '--', 'Ünïcödé', '二台目', 'A'.repeat(40) + ' b']) {
      expect(BackendId.safeParse(backendIdFor(name, ['backend'])).success).toBe(true)
    }
  })

  it('compares addresses as the sidecar stores them', () => {
    expect(sameBackendUrl('http://127.0.0.1:8189/', ' HTTP://127.0.0.1:8189')).toBe(true)
    expect(sameBackendUrl('http://127.0.0.1:8189', 'http://127.0.0.1:8190')).toBe(false)
  })

  it('keeps one backend on', () => {
    expect(canTurnOff([{ id: 'main', enabled: true }, { id: 'gpu2', enabled: false }], 'main')).toBe(false)
    expect(canTurnOff([{ id: 'main', enabled: true }, { id: 'gpu2', enabled: true }], 'main')).toBe(true)
    expect(canTurnOff([{ id: 'main', enabled: true }], 'main')).toBe(false)
  })

  it('changes or removes one row of the settings list', () => {
    expect(withBackend([gpu2, rented], 'rented', { enabled: true })).toEqual([gpu2, { ...rented, enabled: true }])
    expect(withBackend([gpu2, rented], 'gpu2', null)).toEqual([rented])
    expect(withBackend([gpu2], 'nope', null)).toEqual([gpu2])
  })

  it('names a segment backend only when there are several', () => {
    const one = knownBackends([], [], 'This ComfyUI')
    expect(one).toEqual([{ id: 'main', name: 'This ComfyUI', enabled: true }])
    expect(backendLabel(one, 'main')).toBeNull()
    // Before the status list arrives, settings name the backends.
    const fromSettings = knownBackends([], [gpu2, rented], 'This ComfyUI')
    expect(backendLabel(fromSettings, 'gpu2')).toBe('Second GPU')
    expect(backendLabel(fromSettings, 'main')).toBe('This ComfyUI')
    expect(backendLabel(fromSettings, null)).toBeNull()
    // A CLI backend only the status list knows; an unknown id shows as itself.
    const fromStatus = knownBackends([{ id: 'main', name: 'This ComfyUI', enabled: true }, { id: 'laptop', name: 'Laptop', enabled: true }], [gpu2], 'Dieses ComfyUI')
    expect(backendLabel(fromStatus, 'laptop')).toBe('Laptop')
    expect(backendLabel(fromStatus, 'main')).toBe('Dieses ComfyUI')
    expect(backendLabel(fromStatus, 'gone')).toBe('gone')
  })

  it('says which backends that are on can run a preset and what the others lack', () => {
    const all = backendStatuses()
    expect(presetReach(all, 'wan22_14b_i2v', 'This ComfyUI')).toEqual({
      can: ['This ComfyUI', 'Second GPU'],
      cannot: [{ name: 'Rented 4090', missing: ['Model file not installed: wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors (in models/diffusion_models)'] }],
    })
    // The laptop is off: it runs nothing, so it is not named either way; main's name is the translated one.
    expect(presetReach(all, 'wan22_14b_i2v_gguf', 'Diese ComfyUI')).toEqual({
      can: ['Second GPU', 'Rented 4090'],
      cannot: [{ name: 'Diese ComfyUI', missing: ['Node pack missing: UnetLoaderGGUF (install ComfyUI-GGUF)'] }],
    })
    // A job from text of an i2v preset also needs the preset's t2v graph: Second GPU lacks it.
    const noT2v = all.map((b) => (b.id === 'second-gpu' ? { ...b, presets: [...b.presets, { id: 'wan22_14b_t2v', ok: false, missing: ['Model file not installed: wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors (in models/diffusion_models)'] }] } : b))
    expect(presetReach(noT2v, 'wan22_14b_i2v', 'This ComfyUI', 'wan22_14b_t2v')).toMatchObject({
      can: ['This ComfyUI'],
      cannot: [{ name: 'Second GPU', missing: ['Model file not installed: wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors (in models/diffusion_models)'] }, { name: 'Rented 4090' }],
    })
    expect(presetReach(noT2v, 'wan22_14b_i2v', 'This ComfyUI').can).toEqual(['This ComfyUI', 'Second GPU'])
    // A preset no backend has reported on (a template saved since) is not claimed either way.
    expect(presetReach(all, 'my_template', 'This ComfyUI')).toEqual({ can: [], cannot: [] })
  })
})
