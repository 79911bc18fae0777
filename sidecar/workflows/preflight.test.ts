import { describe, expect, it } from 'vitest'
import type { ApiPrompt } from './apiPrompt'
import { bindSegment, type SegmentBinding } from './bindSegment'
import { preflight } from './preflight'
import { referenceLive } from '../testing/referenceLive'
import type { Template } from './template'
import { plainBinding, templateById } from '../testing/packageTemplates'


const common = ['umt5_xxl_fp8_e4m3fn_scaled.safetensors', 'wan_2.1_vae.safetensors']
const fp8 = ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors']
const gguf = ['wan2.2_i2v_high_noise_14B_Q8_0.gguf', 'wan2.2_i2v_low_noise_14B_Q8_0.gguf']

function bound(t: Template, over: Partial<SegmentBinding> = {}): ApiPrompt {
  return bindSegment(t, plainBinding(over))
}

describe('preflight', () => {
  it('finds nothing wrong when every node and model is there', () => {
    expect(preflight(bound(templateById('wan22_14b_i2v')), referenceLive({ modelFiles: [...common, ...fp8] }))).toEqual([])
  })

  it('names the node pack to install when a loader class is missing, once for both loaders', () => {
    const live = referenceLive({ modelFiles: [...common, ...gguf], without: ['UnetLoaderGGUF'] })
    const problems = preflight(bound(templateById('wan22_14b_i2v_gguf')), live)
    expect(problems).toEqual([
      { code: 'missing_node', node_id: '1', class_type: 'UnetLoaderGGUF', message: 'Node pack missing: UnetLoaderGGUF (install ComfyUI-GGUF)' },
    ])
    const multi = preflight(bound(templateById('wan22_14b_i2v_gguf_distorch2')), referenceLive({ modelFiles: gguf, without: ['UnetLoaderGGUFDisTorch2MultiGPU'] }))
    expect(multi.find((p) => p.code === 'missing_node')?.message).toBe(
      'Node pack missing: UnetLoaderGGUFDisTorch2MultiGPU (install ComfyUI-MultiGPU and ComfyUI-GGUF)'
    )
  })

  it('says which model file is not installed and in which folder', () => {
    const live = referenceLive({ modelFiles: [...common, fp8[0]!] })
    const problems = preflight(bound(templateById('wan22_14b_i2v')), live)
    expect(problems).toEqual([
      {
        code: 'missing_model',
        node_id: '2',
        class_type: 'UNETLoader',
        input: 'unet_name',
        message: 'Model file not installed: wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors (in models/diffusion_models)',
      },
    ])
  })

  it('reports a missing LoRA file in models/loras', () => {
    const t = templateById('wan22_14b_i2v')
    const problems = preflight(bound(t, { loras: { high: [{ name: 'gone.safetensors', strength: 1 }], low: [] } }), referenceLive({ modelFiles: [...common, ...fp8] }))
    expect(problems.map((p) => p.message)).toEqual(['Model file not installed: gone.safetensors (in models/loras)'])
  })

  it('reports out-of-range numbers, bad combo values and missing inputs as bad values', () => {
    const p = bound(templateById('wan22_14b_i2v'))
    p['14']!.inputs.fps = 500
    p['11']!.inputs.sampler_name = 'warp_drive'
    delete p['10']!.inputs.batch_size
    const problems = preflight(p, referenceLive({ modelFiles: [...common, ...fp8] }))
    expect(problems.map((x) => [x.code, x.node_id, x.input, x.message])).toEqual([
      ['bad_value', '10', 'batch_size', 'Required input missing: WanImageToVideo.batch_size'],
      ['bad_value', '11', 'sampler_name', "KSamplerAdvanced.sampler_name: 'warp_drive' not in (list of length 44)"],
      ['bad_value', '14', 'fps', 'CreateVideo.fps 500 is bigger than the maximum 120'],
    ])
  })

  it('catches a link of the wrong type', () => {
    const p = bound(templateById('wan22_14b_i2v'))
    p['13']!.inputs.vae = ['3', 0]
    const problems = preflight(p, referenceLive({ modelFiles: [...common, ...fp8] }))
    expect(problems.map((x) => x.message)).toEqual(['VAEDecode.vae expects VAE but is linked to CLIPLoader (CLIP)'])
  })

  it('lets LoadImage take an [output] file that is not in its list, as ComfyUI does', () => {
    const p = bound(templateById('wan22_14b_i2v'), { startImage: 'longvideo/a_seg1_last_00001_.png [output]' })
    expect(preflight(p, referenceLive({ modelFiles: [...common, ...fp8] }))).toEqual([])
  })
})
