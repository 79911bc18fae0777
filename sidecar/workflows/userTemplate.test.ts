import { packageTemplates } from '../testing/packageTemplates'
import { describe, expect, it } from 'vitest'
import { loadNodeSchemas } from '../sim/nodeSchemas'
import { validatePrompt } from '../sim/validatePrompt'
import type { ApiPrompt } from './apiPrompt'
import { bindSegment } from './bindSegment'
import { preflight } from './preflight'
import { referenceLive } from '../testing/referenceLive'
import type { Template } from './template'
import { vhsGraph } from '../testing/testGraphs'
import { buildUserTemplate } from './userTemplate'

const templates = packageTemplates
const MODELS = [
  'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
  'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
  'umt5_xxl_fp8_e4m3fn_scaled.safetensors',
  'wan_2.1_vae.safetensors',
  'style.safetensors',
]

const build = (prompt: unknown, roles?: Record<string, Array<{ node: string; input?: string; output?: number }>>) =>
  buildUserTemplate({ id: 'user_test', name: 'My graph', description: '', prompt, ...(roles ? { roles } : {}) })

function mustBuild(prompt: unknown, roles?: Parameters<typeof build>[1]): Template {
  const { template, report } = build(prompt, roles)
  if (!template) throw new Error(report.problems.map((p) => p.message).join('; '))
  return template
}

/** A later segment's prompt, as the engine binds it: hand-off frame in, frame 0 out, one LoRA. */
function laterSegment(t: Template) {
  return bindSegment(t, {
    startImage: 'longvideo/Job_seg1_last_00001_.png [output]',
    positive: 'the fox jumps',
    negative: 'blurry',
    width: 64,
    height: 64,
    frames: 9,
    fps: 16,
    steps: 4,
    cfg: 3.5,
    seed: 7,
    models: {},
    loras: { high: [{ name: 'style.safetensors', strength: 0.7 }], low: [] },
    options: {},
    videoPrefix: 'longvideo/Job_seg2',
    lastFramePrefix: 'longvideo/Job_seg2_last',
    dropFirstFrame: true,
  })
}

describe('a user template from a preset graph', () => {
  for (const t of templates.filter((x) => x.kind !== 't2v')) {
    it(`rebuilds ${t.id} with its declared roles and its graph untouched`, () => {
      const built = mustBuild(t.prompt)
      expect(built.roles).toEqual(t.roles)
      expect(built.prompt).toEqual(t.prompt)
      expect(built.source).toBe('user')
      expect(built.kind).toBe(t.kind)
    })
  }

  it('refuses a text-to-video graph: it has no start image to continue from', () => {
    const t2v = templates.find((x) => x.id === 'wan22_14b_t2v')
    const { template, report } = build(t2v?.prompt)
    expect(template).toBeNull()
    expect(report.problems.map((p) => p.role)).toEqual(['start_image'])
  })
})

describe('a user template from a canvas graph', () => {
  it('keeps only what feeds the video, adds the last-frame branch and says so', () => {
    const { template, report } = build(vhsGraph())
    if (!template) throw new Error(report.problems.map((p) => p.message).join('; '))
    expect(Object.keys(template.prompt).sort()).toEqual(['37', '38', '39', '50', '52', '54', '55', '56', '57', '58', '6', '60', '63', '64', '65', '7', '8'])
    expect(template.prompt['64']).toMatchObject({ class_type: 'ImageFromBatch', inputs: { image: ['8', 0], batch_index: 8, length: 1 } })
    expect(template.prompt['65']).toMatchObject({ class_type: 'SaveImage', inputs: { images: ['64', 0] } })
    expect(template.roles.last_frame_output).toEqual({ node: '65', input: 'filename_prefix' })
    expect(template.roles.last_frame_index).toEqual([{ node: '64', input: 'batch_index' }])
    expect(report.changes).toEqual([
      "removes PreviewImage #61 'Preview frames': it does not feed the segment video",
      "removes CLIPTextEncode #62 'CLIP Text Encode (unused)': it does not feed the segment video",
      'adds ImageFromBatch #64 -> SaveImage #65: the last frame as PNG, the next segment\'s start image',
      'leaves the frames carried from the segment before out of the video of every later segment (frame 0; the first K in motion mode)',
      'saves the last 9 frames of every segment as a lossless animated PNG (SaveAnimatedPNG), which a motion or SVI hand-off loads',
      "motion mode: the carried frames load as one batch at LoadImage #52 'Load Image' and reach WanImageToVideo #50.start_image through ImageScale #63 'Upscale Image'",
    ])
    expect(report.roles.find((r) => r.role === 'last_frame_output')?.origin).toBe('added')
    expect(report.roles.find((r) => r.role === 'start_image')?.sites).toEqual([{ node: '52', input: 'image', title: 'Load Image', class_type: 'LoadImage' }])
    expect(template.models).toEqual({ folder: 'diffusion_models', high: MODELS[0], low: MODELS[1] })
  })

  it('binds a later segment that ComfyUI 0.24.0 (simulated) and pre-flight accept, with one video and one last frame', () => {
    const t = mustBuild(vhsGraph())
    const prompt = laterSegment(t)
    expect(preflight(prompt, referenceLive({ modelFiles: MODELS }))).toEqual([])
    const models = { diffusion_models: MODELS.slice(0, 2), text_encoders: [MODELS[2] as string], vae: [MODELS[3] as string], loras: [MODELS[4] as string] }
    const verdict = validatePrompt({ prompt, schemas: loadNodeSchemas(), models, fileExists: () => true })
    expect({ error: verdict.error, node_errors: verdict.node_errors }).toMatchObject({ error: null, node_errors: {} })
    const outputs = Object.values(prompt).filter((n) => ['VHS_VideoCombine', 'SaveImage', 'PreviewImage', 'SaveVideo'].includes(n.class_type))
    expect(outputs.map((n) => n.class_type).sort()).toEqual(['SaveImage', 'VHS_VideoCombine'])
    // Frame 0 is left out in front of the video; the LoRA sits between the loader and its shift node.
    const video = prompt['60']?.inputs.images as [string, number]
    expect(prompt[video[0]]).toMatchObject({ class_type: 'ImageFromBatch', inputs: { image: ['8', 0], batch_index: 1, length: 8 } })
    const shift = prompt['54']?.inputs.model as [string, number]
    expect(prompt[shift[0]]).toMatchObject({ class_type: 'LoraLoaderModelOnly', inputs: { model: ['37', 0], lora_name: 'style.safetensors' } })
    expect(prompt['52']?.inputs.image).toBe('longvideo/Job_seg1_last_00001_.png [output]')
    expect(prompt['57']?.inputs.noise_seed).toBe(7)
    expect(prompt['65']?.inputs.filename_prefix).toBe('longvideo/Job_seg2_last')
  })

  it('turns off pingpong and temp-only saving on a VHS output', () => {
    const g = vhsGraph()
    Object.assign(g['60']?.inputs ?? {}, { pingpong: true, save_output: false })
    const { template, report } = build(g)
    expect(template?.prompt['60']?.inputs).toMatchObject({ pingpong: false, save_output: true })
    expect(report.changes.filter((c) => c.startsWith('sets') || c.startsWith('turns'))).toHaveLength(2)
  })

  it('lets the user pick the start image when the graph cannot tell', () => {
    const g: ApiPrompt = { ...(vhsGraph() as ApiPrompt) }
    g['12'] = { class_type: 'LoadImage', inputs: { image: 'ref.png' }, _meta: { title: 'Ref' } }
    g['64'] = { class_type: 'ImageBatch', inputs: { image1: ['52', 0], image2: ['12', 0] }, _meta: { title: 'Batch' } }
    g['63'] = { class_type: 'ImageScale', inputs: { image: ['64', 0], upscale_method: 'lanczos', width: 64, height: 64, crop: 'center' } }
    expect(build(g).template).toBeNull()
    const { template, report } = build(g, { start_image: [{ node: '12', input: 'image' }] })
    expect(template?.roles.start_image).toEqual({ node: '12', input: 'image' })
    expect(report.roles.find((r) => r.role === 'start_image')).toMatchObject({ origin: 'chosen', how: 'chosen in the role editor' })
  })

  it('refuses picks that do not fit the graph, naming the role', () => {
    const { template, report } = build(vhsGraph(), {
      positive: [{ node: '99', input: 'text' }],
      negative: [{ node: '7', input: 'prompt' }],
      lora_high: [{ node: '37', input: 'unet_name' }],
      colour: [{ node: '7', input: 'text' }],
    })
    expect(template).toBeNull()
    expect(report.problems.map((p) => p.message)).toEqual([
      'positive: node #99 is not in the graph',
      "negative: CLIPTextEncode #7 'CLIP Text Encode (Negative Prompt)' has no input \"prompt\"",
      "lora_high: name the output of UNETLoader #37 'Load Diffusion Model'",
      expect.stringMatching(/^colour: not a role/),
    ])
  })

  it('refuses a pick of a node that does not feed the video', () => {
    const { template, report } = build(vhsGraph(), { positive: [{ node: '62', input: 'text' }] })
    expect(template).toBeNull()
    expect(report.problems).toEqual([{ role: 'positive', message: "positive: CLIPTextEncode #62 'CLIP Text Encode (unused)' does not feed the segment video" }])
  })

  it('refuses what is not an API-format graph, naming the field', () => {
    expect(() => build({ nodes: [], links: [] })).toThrow(/^prompt: this is the UI workflow format/)
    expect(() => build({ '1': { class_type: 'LoadImage', inputs: { image: [1, 2, 3] } } })).toThrow(/^prompt\.1\.inputs\.image: /)
    expect(() => build({})).toThrow('prompt: the graph has no nodes')
  })
})
