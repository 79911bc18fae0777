import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { backendCapabilities, capableBackends, presetCapability, promptMissing } from './capability'
import { loadTemplates } from './loadTemplates'
import { referenceLive } from '../testing/referenceLive'
import type { Template } from './template'

// The reference node schemas: ComfyUI 0.24.0's recorded /object_info plus the third-party packs.
const templates = loadTemplates(fileURLToPath(new URL('../../workflows/', import.meta.url)))
const byId = (id: string): Template => templates.find((x) => x.id === id) as Template

const common = ['umt5_xxl_fp8_e4m3fn_scaled.safetensors', 'wan_2.1_vae.safetensors']
const fp8 = ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors']
const t2vFp8 = ['wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors']
const gguf = ['wan2.2_i2v_high_noise_14B_Q8_0.gguf', 'wan2.2_i2v_low_noise_14B_Q8_0.gguf']

describe('which presets a backend can run', () => {
  it('runs a preset whose nodes and model files are all there, and says which files the others lack', () => {
    const live = referenceLive({ modelFiles: [...common, ...fp8] })
    const caps = backendCapabilities(templates, live)
    expect(caps.map((c) => c.id)).toEqual(templates.map((t) => t.id))
    expect(caps.find((c) => c.id === 'wan22_14b_i2v')).toEqual({ id: 'wan22_14b_i2v', ok: true, missing: [] })
    expect(caps.find((c) => c.id === 'wan22_14b_i2v_gguf')).toEqual({
      id: 'wan22_14b_i2v_gguf',
      ok: false,
      missing: [
        'Model file not installed: wan2.2_i2v_high_noise_14B_Q8_0.gguf (in models/unet or models/diffusion_models)',
        'Model file not installed: wan2.2_i2v_low_noise_14B_Q8_0.gguf (in models/unet or models/diffusion_models)',
      ],
    })
    // The same files on a box without the 5B VAE: the 5B preset names it and its model.
    expect(caps.find((c) => c.id === 'wan22_5b_ti2v')?.missing).toEqual([
      'Model file not installed: wan2.2_ti2v_5B_fp16.safetensors (in models/diffusion_models)',
      'Model file not installed: wan2.2_vae.safetensors (in models/vae)',
    ])
    // The lightx2v preset needs its two LoRAs beside the fp8 pair.
    expect(caps.find((c) => c.id === 'wan22_14b_i2v_lightx2v')?.missing).toEqual([
      'Model file not installed: wan2.2_i2v_lightx2v_4steps_lora_v1_high_noise.safetensors (in models/loras)',
      'Model file not installed: wan2.2_i2v_lightx2v_4steps_lora_v1_low_noise.safetensors (in models/loras)',
    ])
  })

  it('names the node pack a backend lacks, once, and not the models of a node it cannot load', () => {
    const live = referenceLive({ modelFiles: [...common, ...gguf], without: ['UnetLoaderGGUF'] })
    expect(presetCapability(byId('wan22_14b_i2v_gguf'), live)).toEqual({
      id: 'wan22_14b_i2v_gguf',
      ok: false,
      missing: ['Node pack missing: UnetLoaderGGUF (install ComfyUI-GGUF)'],
    })
    const distorch = presetCapability(byId('wan22_14b_i2v_gguf_distorch2'), referenceLive({ modelFiles: [...common, ...gguf], without: ['UnetLoaderGGUFDisTorch2MultiGPU'] }))
    expect(distorch.missing).toEqual(['Node pack missing: UnetLoaderGGUFDisTorch2MultiGPU (install ComfyUI-MultiGPU and ComfyUI-GGUF)'])
  })

  it('counts the nodes the engine adds to some runs (LoRA chain, hand-off frames) though the plain template lacks them', () => {
    const live = referenceLive({ modelFiles: [...common, ...fp8], without: ['LoraLoaderModelOnly', 'ImageFromBatch'] })
    expect([...presetCapability(byId('wan22_14b_i2v'), live).missing].sort()).toEqual([
      'Node missing: ImageFromBatch (update ComfyUI; this ComfyUI is too old for Wan2.2)',
      'Node pack missing: LoraLoaderModelOnly (install the custom node pack that provides it)',
    ])
  })

  it('says a too old ComfyUI is too old for Wan2.2', () => {
    const live = referenceLive({ modelFiles: [...common, ...t2vFp8], without: ['CreateVideo'] })
    expect(presetCapability(byId('wan22_14b_t2v'), live).missing).toEqual(['Node missing: CreateVideo (update ComfyUI; this ComfyUI is too old for Wan2.2)'])
  })

  it('checks the model pair a job chose instead of the preset own when given', () => {
    const live = referenceLive({ modelFiles: [...common, 'mine_high.safetensors', 'mine_low.safetensors'] })
    expect(presetCapability(byId('wan22_14b_i2v'), live).ok).toBe(false)
    expect(presetCapability(byId('wan22_14b_i2v'), live, { high: 'mine_high.safetensors', low: 'mine_low.safetensors' })).toEqual({ id: 'wan22_14b_i2v', ok: true, missing: [] })
  })

  it('finds nothing missing in a prompt a backend can run, and the pre-flight messages otherwise', () => {
    const prompt = { '1': { class_type: 'UNETLoader', inputs: { unet_name: 'x.safetensors', weight_dtype: 'default' } } }
    expect(promptMissing(prompt, referenceLive({ modelFiles: ['x.safetensors'] }))).toEqual([])
    expect(promptMissing(prompt, referenceLive({ modelFiles: [] }))).toEqual(['Model file not installed: x.safetensors (in models/diffusion_models)'])
  })

  it('lists the backends that can run a preset, in their order', () => {
    const full = backendCapabilities(templates, referenceLive({ modelFiles: [...common, ...fp8, ...gguf] }))
    const fp8Only = backendCapabilities(templates, referenceLive({ modelFiles: [...common, ...fp8] }))
    const bare = backendCapabilities(templates, referenceLive({ modelFiles: [] }))
    const backends = [{ id: 'main', presets: fp8Only }, { id: 'gpu2', presets: full }, { id: 'rented', presets: bare }]
    expect(capableBackends('wan22_14b_i2v', backends)).toEqual(['main', 'gpu2'])
    expect(capableBackends('wan22_14b_i2v_gguf', backends)).toEqual(['gpu2'])
    expect(capableBackends('wan22_5b_ti2v', backends)).toEqual([])
    expect(capableBackends('no_such_preset', backends)).toEqual([])
  })
})
