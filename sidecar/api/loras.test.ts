import { readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeSafetensors } from '../testing/testMedia'
import type { LoraLibraryAnswer, ModelLibraryAnswer } from '../contract'
import { startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

/** A LoRA tree in the simulated ComfyUI's models/loras with pairs, odd names and other tools' files. */
function writeLoraTree(w: World): { modelsDir: string; untouched: string[] } {
  const modelsDir = path.join(w.root, 'comfy', 'models')
  const loras = path.join(modelsDir, 'loras')
  writeSafetensors(path.join(loras, 'camera', 'Dolly Zoom (v2) HIGH.safetensors'), {
    'modelspec.title': 'Dolly Zoom',
    ss_base_model_version: 'wan2.2_i2v_14B',
    'modelspec.trigger_phrase': 'dolly zoom, vertigo shot',
  })
  writeSafetensors(path.join(loras, 'camera', 'Dolly Zoom (v2) LOW.safetensors'))
  writeSafetensors(path.join(loras, 'characters', 'élan-ln.safetensors'))
  writeSafetensors(path.join(loras, 'characters', 'élan-hn.safetensors'))
  const managerJson = path.join(loras, 'characters', 'élan-hn.metadata.json')
  writeFileSync(managerJson, JSON.stringify({ model_name: 'Élan', base_model: 'Wan Video 14B i2v', preview_url: '/previews/elan.webp', civitai: { trainedWords: ['elan girl'] } }))
  const civitaiInfo = path.join(loras, 'camera', 'Dolly Zoom (v2) LOW.civitai.info')
  writeFileSync(civitaiInfo, JSON.stringify({ name: 'v2 low', baseModel: 'Wan Video 2.2 I2V-A14B', trainedWords: ['dolly zoom'], model: { name: 'Dolly Zoom Camera' }, images: [{ url: 'https://example.invalid/dz.jpg' }] }))
  // Another tool's metadata that is a symlink leading out of the loras folder must be ignored.
  const outside = path.join(w.root, 'secret.metadata.json')
  writeFileSync(outside, JSON.stringify({ model_name: 'LEAKED' }))
  writeSafetensors(path.join(loras, 'leaky.safetensors'))
  symlinkSync(outside, path.join(loras, 'leaky.metadata.json'))
  return { modelsDir, untouched: [managerJson, civitaiInfo, path.join(loras, 'camera', 'Dolly Zoom (v2) HIGH.safetensors')] }
}

describe('GET /api/loras', () => {
  it('groups and pairs ComfyUI\'s LoRAs and shows other tools\' metadata next to ours without writing it', async () => {
    world = await startWorld()
    const w = world
    const { modelsDir, untouched } = writeLoraTree(w)
    const before = untouched.map((f) => ({ bytes: readFileSync(f), mtime: statSync(f).mtimeMs }))
    expect((await w.api('PUT', '/api/settings', { comfy_models_dir: modelsDir })).status).toBe(200)

    const { status, body } = await w.api<LoraLibraryAnswer>('GET', '/api/loras')
    expect(status).toBe(200)
    expect(body.pairs).toContainEqual({ stem: 'camera/Dolly Zoom (v2)', high: 'camera/Dolly Zoom (v2) HIGH.safetensors', low: 'camera/Dolly Zoom (v2) LOW.safetensors' })
    expect(body.pairs).toContainEqual({ stem: 'characters/élan', high: 'characters/élan-hn.safetensors', low: 'characters/élan-ln.safetensors' })
    expect(body.pairs).toContainEqual({ stem: 'wan22/motion/orbit', high: 'wan22/motion/orbit_high_noise.safetensors', low: 'wan22/motion/orbit_low_noise.safetensors' })
    expect(body.by_category.camera).toEqual(['camera/Dolly Zoom (v2) HIGH.safetensors', 'camera/Dolly Zoom (v2) LOW.safetensors'])
    expect(body.general).toContain('detail_enhancer_v2.safetensors')
    expect(body.high_noise).toContain('characters/élan-hn.safetensors')
    expect(body.low_noise).toContain('style/film_grain_LOW.safetensors')
    expect(body.local_models_dir).toBe(path.join(modelsDir, 'loras'))

    const byName = new Map(body.files.map((f) => [f.name, f]))
    const high = byName.get('camera/Dolly Zoom (v2) HIGH.safetensors')
    expect(high).toMatchObject({ side: 'high', partner: 'camera/Dolly Zoom (v2) LOW.safetensors', meta: { rating: null, trigger_words: [] } })
    expect(high?.external).toMatchObject({ sources: ['safetensors'], title: 'Dolly Zoom', base_model: 'wan2.2_i2v_14B', trigger_words: ['dolly zoom', 'vertigo shot'] })
    expect(byName.get('camera/Dolly Zoom (v2) LOW.safetensors')?.external).toMatchObject({
      sources: ['civitai.info'],
      title: 'Dolly Zoom Camera',
      base_model: 'Wan Video 2.2 I2V-A14B',
      trigger_words: ['dolly zoom'],
      preview_url: 'https://example.invalid/dz.jpg',
    })
    expect(byName.get('characters/élan-hn.safetensors')?.external).toMatchObject({ sources: ['metadata.json'], title: 'Élan', trigger_words: ['elan girl'], preview_url: '/previews/elan.webp' })
    expect(byName.get('leaky.safetensors')?.external).toBeNull()
    expect(byName.get('detail_enhancer_v2.safetensors')?.external).toBeNull()

    const after = untouched.map((f) => ({ bytes: readFileSync(f), mtime: statSync(f).mtimeMs }))
    expect(after).toEqual(before)
  })

  it('keeps our notes in SQLite, changes only the fields sent, and names the field of a bad edit', async () => {
    world = await startWorld()
    const w = world
    const name = 'wan22/motion/orbit_high_noise.safetensors'
    const put = await w.api<{ name: string; meta: Record<string, unknown> }>('PUT', '/api/loras/meta', {
      name,
      display_name: 'Orbit (high)',
      trigger_words: ['orbit shot'],
      default_strength: 0.8,
      notes: 'works best at 4 steps',
      rating: 4,
      preview_image: 'orbit.png',
    })
    expect(put.status).toBe(200)
    await w.api('PUT', '/api/loras/meta', { name, rating: 5 })
    await w.restartSidecar()
    const { body } = await w.api<LoraLibraryAnswer>('GET', '/api/loras')
    expect(body.files.find((f) => f.name === name)?.meta).toEqual({
      display_name: 'Orbit (high)',
      trigger_words: ['orbit shot'],
      default_strength: 0.8,
      notes: 'works best at 4 steps',
      rating: 5,
      preview_image: 'orbit.png',
    })
    const row = w.sidecar.db.prepare<[string], { data: string }>('SELECT data FROM lora_meta WHERE name = ?').get(name)
    expect(JSON.parse(row?.data ?? '{}')).toMatchObject({ rating: 5, display_name: 'Orbit (high)' })

    const badRating = await w.api<{ error: { field: string } }>('PUT', '/api/loras/meta', { name, rating: 6 })
    expect([badRating.status, badRating.body.error.field]).toEqual([400, 'rating'])
    const unknown = await w.api<{ error: { field: string } }>('PUT', '/api/loras/meta', { name: 'nope.safetensors', rating: 2 })
    expect([unknown.status, unknown.body.error.field]).toEqual([404, 'name'])
  })

  it('shows a LoRA added to ComfyUI when asked to refresh', async () => {
    world = await startWorld()
    const w = world
    const first = await w.api<LoraLibraryAnswer>('GET', '/api/loras')
    expect(first.body.files.map((f) => f.name)).not.toContain('new_one.safetensors')
    writeSafetensors(path.join(w.root, 'comfy', 'models', 'loras', 'new_one.safetensors'), { ss_output_name: 'new one' })
    const fresh = await w.api<LoraLibraryAnswer>('GET', '/api/loras?refresh=1')
    expect(fresh.body.files.find((f) => f.name === 'new_one.safetensors')?.external?.title).toBe('new one')
  })
})

describe('GET /api/models', () => {
  it('pairs diffusion and GGUF models and recommends each preset\'s own files when ComfyUI has them', async () => {
    world = await startWorld()
    const { body } = await world.api<ModelLibraryAnswer>('GET', '/api/models')
    expect(body.gguf_installed).toBe(true)
    expect(body.pairs).toContainEqual({
      folder: 'unet_gguf',
      stem: 'wan2.2_i2v_14B_Q8_0',
      kind: 'i2v',
      high: 'wan2.2_i2v_high_noise_14B_Q8_0.gguf',
      low: 'wan2.2_i2v_low_noise_14B_Q8_0.gguf',
    })
    expect(body.singles).toContainEqual({ folder: 'diffusion_models', name: 'wan2.2_ti2v_5B_fp16.safetensors', kind: 'ti2v' })
    const rec = new Map(body.recommended.map((r) => [r.preset, r]))
    expect(rec.get('wan22_14b_i2v')).toMatchObject({ reason: 'preset_default', high: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors' })
    expect(rec.get('wan22_5b_ti2v')).toMatchObject({ reason: 'preset_default', low: null })
    // The simulated ComfyUI has no text-to-video GGUF files.
    expect(rec.get('wan22_14b_t2v_gguf')).toMatchObject({ reason: 'none', high: null, low: null })
  })

  it('falls back to the first pair of the preset\'s kind when its default files are missing', async () => {
    world = await startWorld({
      models: {
        diffusion_models: [
          'b_wan22_i2v_HighNoise_fp16.safetensors',
          'b_wan22_i2v_LowNoise_fp16.safetensors',
          'a_wan22_i2v_HighNoise_fp8.safetensors',
          'a_wan22_i2v_LowNoise_fp8.safetensors',
          'wan22_t2v_high_noise.safetensors',
        ],
      },
    })
    const { body } = await world.api<ModelLibraryAnswer>('GET', '/api/models')
    const rec = new Map(body.recommended.map((r) => [r.preset, r]))
    expect(rec.get('wan22_14b_i2v')).toMatchObject({
      reason: 'first_of_kind',
      high: 'a_wan22_i2v_HighNoise_fp8.safetensors',
      low: 'a_wan22_i2v_LowNoise_fp8.safetensors',
    })
    expect(rec.get('wan22_14b_t2v')).toMatchObject({ reason: 'none' })
    expect(body.singles).toContainEqual({ folder: 'diffusion_models', name: 'wan22_t2v_high_noise.safetensors', kind: 't2v' })
  })
})
