import { packageTemplates } from '../testing/packageTemplates'
import { describe, expect, it } from 'vitest'
import { loadNodeSchemas } from '../sim/nodeSchemas'
import { validatePrompt } from '../sim/validatePrompt'
import { referenceLive } from '../testing/referenceLive'
import type { ApiPrompt } from './apiPrompt'
import { preflight } from './preflight'
import { bindImageTemplate, bindT2vStill, detectImageRoles } from './startImageGraph'

const templates = packageTemplates
const t2v = templates.find((t) => t.id === 'wan22_14b_t2v')
if (!t2v) throw new Error('no wan22_14b_t2v')
const T2V_FILES = {
  diffusion_models: ['wan2.2_t2v_high_noise_14B_fp8_scaled.safetensors', 'wan2.2_t2v_low_noise_14B_fp8_scaled.safetensors'],
  text_encoders: ['umt5_xxl_fp8_e4m3fn_scaled.safetensors'],
  vae: ['wan_2.1_vae.safetensors'],
}
const binding = { positive: 'a lighthouse', negative: 'blur', width: 832, height: 480, seed: 1234, prefix: 'longvideo/start/set1_c1' }

const sdxl: ApiPrompt = {
  '4': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'sdxl.safetensors' } },
  '5': { class_type: 'EmptyLatentImage', inputs: { width: 1024, height: 1024, batch_size: 4 } },
  '6': { class_type: 'CLIPTextEncode', inputs: { text: 'a cat', clip: ['4', 1] } },
  '7': { class_type: 'CLIPTextEncode', inputs: { text: 'ugly', clip: ['4', 1] } },
  '10': { class_type: 'PrimitiveInt', inputs: { value: 99 } },
  '3': { class_type: 'KSampler', inputs: { model: ['4', 0], seed: ['10', 0], steps: 20, cfg: 7, sampler_name: 'euler', scheduler: 'normal', positive: ['6', 0], negative: ['7', 0], latent_image: ['5', 0], denoise: 1 } },
  '8': { class_type: 'VAEDecode', inputs: { samples: ['3', 0], vae: ['4', 2] } },
  '9': { class_type: 'SaveImage', inputs: { images: ['8', 0], filename_prefix: 'ComfyUI' } },
  '11': { class_type: 'PreviewImage', inputs: { images: ['8', 0] } },
}

describe('a Wan2.2 T2V template at length 1', () => {
  const { prompt, outputNode } = bindT2vStill(t2v, binding)

  it('makes one latent frame, keeps both passes and saves the decoded frame as a PNG, with no video', () => {
    const classes = Object.values(prompt).map((n) => n.class_type).sort()
    expect(classes).toEqual(['CLIPLoader', 'CLIPTextEncode', 'CLIPTextEncode', 'EmptyHunyuanLatentVideo', 'KSamplerAdvanced', 'KSamplerAdvanced', 'ModelSamplingSD3', 'ModelSamplingSD3', 'SaveImage', 'UNETLoader', 'UNETLoader', 'VAEDecode', 'VAELoader'])
    expect(prompt['10']?.inputs).toMatchObject({ width: 832, height: 480, length: 1 })
    expect(prompt['11']?.inputs.noise_seed).toBe(1234)
    expect(prompt['6']?.inputs.text).toBe('a lighthouse')
    expect(prompt['7']?.inputs.text).toBe('blur')
    expect(prompt[outputNode]).toMatchObject({ class_type: 'SaveImage', inputs: { images: ['13', 0], filename_prefix: 'longvideo/start/set1_c1' } })
    // The template itself is untouched.
    expect(t2v.prompt['10']?.inputs.length).toBe(81)
  })

  it('passes the simulated ComfyUI 0.24.0 validation and the pre-flight against its real node schemas', () => {
    const verdict = validatePrompt({ prompt, schemas: loadNodeSchemas(), models: T2V_FILES, fileExists: () => true })
    expect(verdict.error).toBeNull()
    expect(preflight(prompt, referenceLive({ modelFiles: Object.values(T2V_FILES).flat() }))).toEqual([])
  })

  it('names the missing T2V model files in the pre-flight', () => {
    const messages = preflight(prompt, referenceLive({ modelFiles: ['umt5_xxl_fp8_e4m3fn_scaled.safetensors', 'wan_2.1_vae.safetensors'] })).map((p) => p.message)
    expect(messages.join('\n')).toMatch(/wan2\.2_t2v_high_noise_14B_fp8_scaled\.safetensors/)
    expect(messages.join('\n')).toMatch(/wan2\.2_t2v_low_noise_14B_fp8_scaled\.safetensors/)
  })

  it('refuses a size the 14B model cannot make and an image-to-video template', () => {
    expect(() => bindT2vStill(t2v, { ...binding, width: 830 })).toThrow(/multiple of 16/)
    const i2v = templates.find((t) => t.id === 'wan22_14b_i2v')
    if (!i2v) throw new Error('no i2v')
    expect(() => bindT2vStill(i2v, binding)).toThrow(/not a text-to-video/)
  })
})

describe('a text-to-image graph', () => {
  it('finds prompt, negative, seed (through a primitive), size, batch and the SaveImage by following links', () => {
    const found = detectImageRoles(sdxl)
    expect(found.problems).toEqual([])
    expect(found.roles).toEqual({
      positive: [{ node: '6', input: 'text' }],
      negative: [{ node: '7', input: 'text' }],
      width: [{ node: '5', input: 'width' }],
      height: [{ node: '5', input: 'height' }],
      seed: [{ node: '10', input: 'value' }],
      batch: [{ node: '5', input: 'batch_size' }],
      image_output: { node: '9', input: 'filename_prefix' },
    })
  })

  it('binds one candidate: its values by role, batch 1, only what feeds the SaveImage', () => {
    const roles = detectImageRoles(sdxl).roles
    if (!roles) throw new Error('no roles')
    const { prompt, outputNode } = bindImageTemplate(sdxl, roles, { ...binding, width: 768, height: 512 })
    expect(outputNode).toBe('9')
    expect(prompt['5']?.inputs).toEqual({ width: 768, height: 512, batch_size: 1 })
    expect(prompt['10']?.inputs.value).toBe(1234)
    expect(prompt['9']?.inputs.filename_prefix).toBe('longvideo/start/set1_c1')
    expect(prompt['11']).toBeUndefined()
    expect(sdxl['5']?.inputs.batch_size).toBe(4)
  })

  it('says why a graph is not text to image', () => {
    expect(detectImageRoles({ '1': { class_type: 'CheckpointLoaderSimple', inputs: { ckpt_name: 'x' } } }).problems).toEqual(['image output: no SaveImage is fed by a sampler (KSampler or KSamplerAdvanced)'])
    const img2img: ApiPrompt = { ...sdxl, '12': { class_type: 'LoadImage', inputs: { image: 'a.png' } }, '13': { class_type: 'VAEEncode', inputs: { pixels: ['12', 0], vae: ['4', 2] } } }
    img2img['3'] = { class_type: 'KSampler', inputs: { ...sdxl['3']?.inputs, latent_image: ['13', 0] } }
    const problems = detectImageRoles(img2img).problems.join('; ')
    expect(problems).toMatch(/loads an image/)
    expect(problems).toMatch(/no node with width and height/)
    const two: ApiPrompt = { ...sdxl, '12': { class_type: 'SaveImage', inputs: { images: ['8', 0], filename_prefix: 'b' } } }
    expect(detectImageRoles(two).problems[0]).toMatch(/2 SaveImage nodes/)
  })
})
