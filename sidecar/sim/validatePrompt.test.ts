import { readdirSync } from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_MODELS } from './defaultModels'
import { loadNodeSchemas } from './nodeSchemas'
import { readJson, WORKFLOWS_DIR } from '../testing/simTestFixtures'
import { validatePrompt, type ApiPrompt } from './validatePrompt'

const schemas = loadNodeSchemas()
const existing = new Set(['start.png', 'longvideo/job1/seg0_last_00001_.png [output]'])
const check = (prompt: unknown, fileExists = (n: string) => existing.has(n)) =>
  validatePrompt({ prompt, schemas, models: DEFAULT_MODELS, fileExists })

const wan = (): ApiPrompt => readJson<ApiPrompt>(path.join(WORKFLOWS_DIR, 'wan22_14b_i2v.json'))

const saveImageOf = (imageNode: ApiPrompt[string]): ApiPrompt => ({
  '1': imageNode,
  '2': { class_type: 'SaveImage', inputs: { images: ['1', 0], filename_prefix: 'x' } },
})

describe('validatePrompt', () => {
  it('accepts every reference Wan2.2 workflow when its model files are installed', () => {
    const files = readdirSync(WORKFLOWS_DIR).filter((f) => f.endsWith('.json')).sort()
    // An empty or half-copied fixtures folder must fail here, not pass with nothing checked.
    expect(files).toEqual(['wan22_14b_i2v.json', 'wan22_14b_i2v_lightning.json', 'wan22_14b_t2v.json', 'wan22_5b_ti2v.json'])
    for (const file of files) {
      const result = check(readJson(path.join(WORKFLOWS_DIR, file)))
      expect(result.error, file).toBeNull()
      expect(result.node_errors, file).toEqual({})
      expect(result.outputs_to_execute.length, file).toBeGreaterThan(0)
    }
  })

  it('reports an unknown class as missing_node_type with the exact 0.24.0 shape', () => {
    const result = check({ '1': { class_type: 'NoSuchNodeXYZ', inputs: {} } })
    expect(result.error).toEqual({
      type: 'missing_node_type',
      message: "Node 'NoSuchNodeXYZ' not found. The custom node may not be installed.",
      details: "Node ID '#1'",
      extra_info: { node_id: '1', class_type: 'NoSuchNodeXYZ', node_title: 'NoSuchNodeXYZ' },
    })
    expect(result.node_errors).toEqual({})
  })

  it('reports a node without class_type as invalid_prompt', () => {
    const result = check({ '7': { inputs: {} } })
    expect(result.error?.type).toBe('invalid_prompt')
    expect(result.error?.details).toBe("Node ID '#7'")
  })

  it('refuses a prompt without an output node', () => {
    expect(check({ '1': { class_type: 'LoadImage', inputs: { image: 'start.png' } } }).error?.type).toBe('prompt_no_outputs')
  })

  it('summarises a long model list and leaves input_config null', () => {
    const prompt = wan()
    ;(prompt['1'] as ApiPrompt[string]).inputs.unet_name = 'missing.safetensors'
    const models = { ...DEFAULT_MODELS, diffusion_models: Array.from({ length: 37 }, (_, i) => `m${i}.safetensors`) }
    const result = validatePrompt({ prompt, schemas, models, fileExists: () => true })
    expect(result.error?.type).toBe('prompt_outputs_failed_validation')
    const err = result.node_errors['1']
    expect(err?.class_type).toBe('UNETLoader')
    expect(err?.dependent_outputs).toEqual(['15', '17'])
    expect(err?.errors).toEqual([
      {
        type: 'value_not_in_list',
        message: 'Value not in list',
        details: "unet_name: 'missing.safetensors' not in (list of length 37)",
        extra_info: { input_name: 'unet_name', input_config: null, received_value: 'missing.safetensors' },
      },
    ])
  })

  it('prints a short combo list Python-style with its input_config', () => {
    const prompt = wan()
    ;(prompt['15'] as ApiPrompt[string]).inputs.codec = 'vp9'
    const result = check(prompt)
    const err = result.node_errors['15']?.errors[0]
    expect(err?.details).toBe("codec: 'vp9' not in ['auto', 'h264']")
    expect(err?.extra_info.input_config).toEqual(['COMBO', expect.objectContaining({ options: ['auto', 'h264'] })])
    // The last-frame output still validates, so the prompt runs partly: no error, node_errors set.
    expect(result.error).toBeNull()
    expect(result.outputs_to_execute).toEqual(['17'])
  })

  it('reports min, max and conversion failures per input', () => {
    const prompt = wan()
    const node = (id: string) => (prompt[id] as ApiPrompt[string]).inputs
    node('10').width = 8
    node('11').cfg = 101
    node('11').steps = 'many'
    const result = check(prompt)
    expect(result.node_errors['10']?.errors).toEqual([
      expect.objectContaining({ type: 'value_smaller_than_min', message: 'Value 8 smaller than min of 16', details: 'width' }),
    ])
    expect(result.node_errors['11']?.errors.map((e) => [e.type, e.message])).toEqual([
      ['invalid_input_type', 'Failed to convert an input value to a INT value'],
      ['value_bigger_than_max', 'Value 101.0 bigger than max of 100.0'],
    ])
    expect(result.node_errors['11']?.errors[0]?.details).toBe("steps, many, invalid literal for int() with base 10: 'many'")
  })

  it('converts literal values as Python would and keeps them in the stored prompt', () => {
    const prompt = wan()
    ;(prompt['10'] as ApiPrompt[string]).inputs.length = '9'
    const result = check(prompt)
    expect(result.error).toBeNull()
    expect(result.prompt['10']?.inputs.length).toBe(9)
  })

  it('does not check the step: a length of 80 is accepted', () => {
    const prompt = wan()
    ;(prompt['10'] as ApiPrompt[string]).inputs.length = 80
    expect(check(prompt).error).toBeNull()
  })

  it('reports missing inputs, bad links and type mismatches', () => {
    const missing = wan()
    delete (missing['13'] as ApiPrompt[string]).inputs.vae
    expect(check(missing).node_errors['13']?.errors).toEqual([
      { type: 'required_input_missing', message: 'Required input is missing', details: 'vae', extra_info: { input_name: 'vae' } },
    ])
    const prompt = wan()
    ;(prompt['14'] as ApiPrompt[string]).inputs.images = ['13', 0, 1]
    ;(prompt['16'] as ApiPrompt[string]).inputs.image = ['4', 0]
    const result = check(prompt)
    expect(result.node_errors['14']?.errors.map((e) => e.type)).toEqual(['bad_linked_input'])
    expect(result.node_errors['16']?.errors[0]).toMatchObject({
      type: 'return_type_mismatch',
      details: 'image, received_type(VAE) mismatch input_type(IMAGE)',
    })
    expect(result.error?.type).toBe('prompt_outputs_failed_validation')
  })

  it("accepts an existing '[output]' reference outside LoadImage's combo list", () => {
    const result = check(saveImageOf({ class_type: 'LoadImage', inputs: { image: 'longvideo/job1/seg0_last_00001_.png [output]' } }))
    expect(result.error).toBeNull()
  })

  it("fails custom validation for a missing or escaping '[output]' reference", () => {
    for (const image of ['longvideo/job1/nope.png [output]', '../secret.png [output]']) {
      const result = check(saveImageOf({ class_type: 'LoadImage', inputs: { image } }))
      expect(result.node_errors['1']?.errors).toEqual([
        {
          type: 'custom_validation_failed',
          message: 'Custom validation failed for node',
          details: `image - Invalid image file: ${image}`,
          extra_info: { input_name: 'image', input_config: expect.any(Array), received_value: image },
        },
      ])
    }
  })

  it('never asks the file callback about a path with ..', () => {
    const asked: string[] = []
    check(saveImageOf({ class_type: 'LoadImage', inputs: { image: 'a/../../x.png [output]' } }), (n) => {
      asked.push(n)
      return true
    })
    expect(asked).toEqual([])
  })

  it('only runs the outputs named as partial execution targets', () => {
    const result = validatePrompt({ prompt: wan(), schemas, models: DEFAULT_MODELS, fileExists: () => true, partialExecutionTargets: ['17'] })
    expect(result.outputs_to_execute).toEqual(['17'])
  })

  it('validates third-party loaders against the installed GGUF files', () => {
    const prompt = wan()
    prompt['1'] = { class_type: 'UnetLoaderGGUFDisTorch2MultiGPU', inputs: { unet_name: 'wan2.2_i2v_high_noise_14B_Q8_0.gguf', compute_device: 'cuda:0', virtual_vram_gb: 8, donor_device: 'cpu', expert_mode_allocations: '', eject_models: true } }
    prompt['2'] = { class_type: 'UnetLoaderGGUF', inputs: { unet_name: 'not_installed.gguf' } }
    const result = check(prompt)
    expect(result.node_errors['1']).toBeUndefined()
    expect(result.node_errors['2']?.errors[0]?.details).toBe(
      "unet_name: 'not_installed.gguf' not in ['wan2.2_i2v_high_noise_14B_Q8_0.gguf', 'wan2.2_i2v_low_noise_14B_Q8_0.gguf']"
    )
  })

  it('unwraps {"__value__": [...]} literals', () => {
    const result = check({
      '1': { class_type: 'LoadImage', inputs: { image: 'start.png' } },
      '2': { class_type: 'SaveImage', inputs: { images: ['1', 0], filename_prefix: { __value__: 'x' } } },
    })
    expect(result.error).toBeNull()
    expect(result.prompt['2']?.inputs.filename_prefix).toBe('x')
  })
})
