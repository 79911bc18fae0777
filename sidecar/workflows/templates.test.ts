import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { describe, expect, it } from 'vitest'
import { Preset } from '../contract'
import { bindSegment, type SegmentBinding } from './bindSegment'
import { loadTemplates } from './loadTemplates'
import { preflight } from './preflight'
import { referenceLive } from '../testing/referenceLive'
import { loadNodeSchemas, withOptionalNodes } from '../sim/nodeSchemas'
import { validatePrompt } from '../sim/validatePrompt'
import { templateToPreset, type Template } from './template'
import { NodeSchema } from './apiPrompt'
import type { SeamBinding } from './bindSegment'

const workflowsDir = fileURLToPath(new URL('../../workflows/', import.meta.url))
const templates = loadTemplates(workflowsDir)
const byId = (id: string) => {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return t
}

/** Every model file the template names, so the reference server has them "installed". */
function filesOf(t: Template): string[] {
  const files = new Set<string>()
  for (const node of Object.values(t.prompt)) {
    for (const key of ['unet_name', 'clip_name', 'vae_name', 'lora_name']) {
      const v = node.inputs[key]
      if (typeof v === 'string') files.add(v)
    }
  }
  return [...files, 'my_style_lora.safetensors', 'my_motion_lora.safetensors']
}

/** The same files by models/ folder, as the simulated ComfyUI's /models/{folder} lists them. */
function modelsByFolder(t: Template): Record<string, string[]> {
  const folderOf: Record<string, string> = { unet_name: t.models.folder, clip_name: 'text_encoders', vae_name: 'vae', lora_name: 'loras' }
  const out: Record<string, string[]> = { loras: ['my_style_lora.safetensors', 'my_motion_lora.safetensors'] }
  for (const node of Object.values(t.prompt)) {
    for (const [key, folder] of Object.entries(folderOf)) {
      const v = node.inputs[key]
      if (typeof v === 'string') (out[folder] ??= []).push(v)
    }
  }
  return out
}

/** POST /prompt validation of the simulated ComfyUI 0.24.0 (node errors and the top-level error). */
function simulatorVerdict(t: Template, prompt: unknown, optional: { kjnodes?: boolean; refPadImage?: boolean } = {}): unknown {
  const models = modelsByFolder(t)
  models.loras = [...(models.loras ?? []), ...SVI_LORAS]
  const result = validatePrompt({ prompt, schemas: withOptionalNodes(loadNodeSchemas(), optional), models, fileExists: () => true })
  return { error: result.error, node_errors: result.node_errors }
}

const SVI_LORAS = ['SVI_v2_PRO_Wan2.2-I2V-A14B_HIGH_lora_rank_128_fp16.safetensors', 'SVI_v2_PRO_Wan2.2-I2V-A14B_LOW_lora_rank_128_fp16.safetensors']

/** Pre-flight against 0.24.0 plus, when asked, a newer ComfyUI's nodes (KJNodes, ref_pad_image). */
function liveWith(t: Template, optional: { kjnodes?: boolean; refPadImage?: boolean }) {
  const live = referenceLive({ modelFiles: [...filesOf(t), ...SVI_LORAS] })
  const extra = withOptionalNodes({}, optional)
  const wan = withOptionalNodes(loadNodeSchemas(), optional).WanImageToVideo
  const nodeSchemas = { ...live.nodeSchemas }
  for (const [cls, schema] of Object.entries(extra)) nodeSchemas[cls] = NodeSchema.parse(schema)
  if (optional.refPadImage && wan) nodeSchemas.WanImageToVideo = NodeSchema.parse(wan)
  return { nodeSchemas }
}

function seam(over: Partial<SeamBinding>): SeamBinding {
  return { mode: 'frame', carry: 1, anchorImage: null, anchorPadding: false, sviLoras: null, ...over }
}

function sampleBinding(t: Template, over: Partial<SegmentBinding> = {}): SegmentBinding {
  return {
    startImage: t.kind === 't2v' ? null : 'longvideo/My_Job_seg1_last_00001_.png [output]',
    positive: 'a red fox runs through snow',
    negative: 'blurry',
    width: t.defaults.width,
    height: t.defaults.height,
    frames: t.defaults.frames,
    fps: t.defaults.fps,
    steps: t.defaults.steps,
    cfg: t.defaults.cfg,
    seed: Number.MAX_SAFE_INTEGER,
    models: {},
    loras: { high: [{ name: 'my_style_lora.safetensors', strength: 0.8 }], low: t.models.low ? [{ name: 'my_motion_lora.safetensors', strength: 0.5 }] : [] },
    options: {},
    videoPrefix: 'longvideo/My_Job_seg2',
    lastFramePrefix: 'longvideo/My_Job_seg2_last',
    dropFirstFrame: true,
    ...over,
  }
}

describe('the shipped templates', () => {
  it('cover the Wan2.2 presets the product offers', () => {
    expect(templates.map((t) => t.id)).toEqual([
      'wan22_14b_i2v',
      'wan22_14b_i2v_gguf',
      'wan22_14b_i2v_gguf_distorch2',
      'wan22_14b_i2v_lightx2v',
      'wan22_14b_t2v',
      'wan22_14b_t2v_gguf',
      'wan22_14b_t2v_gguf_distorch2',
      'wan22_5b_ti2v',
    ])
  })

  it.each(templates.map((t) => [t.id, t] as const))('%s binds into a prompt the real node schemas accept', (_id, t) => {
    const prompt = bindSegment(t, sampleBinding(t))
    expect(preflight(prompt, referenceLive({ modelFiles: filesOf(t) }))).toEqual([])
    expect(simulatorVerdict(t, prompt)).toEqual({ error: null, node_errors: {} })
    // and as a text-to-video first segment when the template can start from text
    if (t.kind !== 'i2v') {
      const fromText = bindSegment(t, sampleBinding(t, { startImage: null, dropFirstFrame: false }))
      expect(preflight(fromText, referenceLive({ modelFiles: filesOf(t) }))).toEqual([])
      expect(simulatorVerdict(t, fromText)).toEqual({ error: null, node_errors: {} })
    }
  })

  const motionCapable = templates.filter((t) => templateToPreset(t).seam_modes.includes('motion'))
  it.each(motionCapable.map((t) => [t.id, t] as const))('%s carries 9 frames in motion mode into a prompt the real node schemas accept', (_id, t) => {
    const prompt = bindSegment(t, sampleBinding(t, { startImage: 'longvideo/My_Job_seg1_tail_00001_.png [output]', seam: seam({ mode: 'motion', carry: 9 }), tailPrefix: 'longvideo/My_Job_seg2_tail' }))
    expect(preflight(prompt, referenceLive({ modelFiles: filesOf(t) }))).toEqual([])
    expect(simulatorVerdict(t, prompt)).toEqual({ error: null, node_errors: {} })
    // LoadImage -> ImageFromBatch(-9, 9) -> the image-to-video node's start_image.
    const link = t.roles.start_image_link as { node: string; input: string }
    const pick = prompt[(prompt[link.node]?.inputs[link.input] as [string, number])[0]]
    expect(pick).toMatchObject({ class_type: 'ImageFromBatch', inputs: { image: [t.roles.start_image?.node, 0], batch_index: -9, length: 9 } })
    // The video leaves the 9 carried frames out; the last 9 frames are saved as an APNG.
    const video = prompt[(prompt[t.roles.video_images.node]?.inputs[t.roles.video_images.input] as [string, number])[0]]
    expect(video).toMatchObject({ class_type: 'ImageFromBatch', inputs: { batch_index: 9, length: t.defaults.frames - 9 } })
    const tail = Object.values(prompt).find((n) => n.class_type === 'SaveAnimatedPNG')
    expect(tail?.inputs).toMatchObject({ filename_prefix: 'longvideo/My_Job_seg2_tail', compress_level: 1 })
    expect(prompt[(tail?.inputs.images as [string, number])[0]]).toMatchObject({ class_type: 'ImageFromBatch', inputs: { batch_index: -9, length: 9 } })
  })

  const sviCapable = templates.filter((t) => templateToPreset(t).seam_modes.includes('svi'))
  it('offers svi on the 14B image-to-video graphs only', () => {
    expect(sviCapable.map((t) => t.id)).toEqual(['wan22_14b_i2v', 'wan22_14b_i2v_gguf', 'wan22_14b_i2v_gguf_distorch2', 'wan22_14b_i2v_lightx2v'])
    expect(templateToPreset(byId('wan22_5b_ti2v')).seam_modes).toEqual(['frame', 'motion'])
    expect(templateToPreset(byId('wan22_14b_t2v')).seam_modes).toEqual(['frame'])
  })

  it.each(sviCapable.map((t) => [t.id, t] as const))('%s runs SVI 2.0 Pro through KJNodes with the SVI LoRAs first on both paths', (_id, t) => {
    const sviLoras = { high: SVI_LORAS[0] as string, low: SVI_LORAS[1] as string, strength: 1 }
    const later = bindSegment(t, sampleBinding(t, { startImage: 'longvideo/My_Job_seg1_tail_00001_.png [output]', seam: seam({ mode: 'svi', carry: 5, anchorImage: 'start.png', sviLoras }), tailPrefix: 'longvideo/My_Job_seg2_tail' }))
    // Without KJNodes the pre-flight names the node pack.
    expect(preflight(later, referenceLive({ modelFiles: [...filesOf(t), ...SVI_LORAS] })).map((p) => p.message)).toContain('Node pack missing: WanImageToVideoSVIPro (install ComfyUI-KJNodes)')
    expect(preflight(later, liveWith(t, { kjnodes: true }))).toEqual([])
    expect(simulatorVerdict(t, later, { kjnodes: true })).toEqual({ error: null, node_errors: {} })
    const svi = Object.values(later).find((n) => n.class_type === 'WanImageToVideoSVIPro')
    expect(svi?.inputs).toMatchObject({ length: t.defaults.frames, motion_latent_count: 1 })
    const prev = later[(svi?.inputs.prev_samples as [string, number])[0]]
    expect(prev?.class_type).toBe('VAEEncode')
    expect(later[(prev?.inputs.pixels as [string, number])[0]]).toMatchObject({ class_type: 'ImageFromBatch', inputs: { batch_index: -5, length: 5 } })
    expect(Object.values(later).some((n) => n.class_type === 'WanImageToVideo')).toBe(false)
    const loras = Object.values(later).filter((n) => n.class_type === 'LoraLoaderModelOnly').map((n) => n.inputs.lora_name)
    expect(loras).toEqual(expect.arrayContaining(SVI_LORAS))
    // The first segment: the anchor alone (no previous latent), its start image unused.
    const first = bindSegment(t, sampleBinding(t, { startImage: 'start.png', dropFirstFrame: false, seam: seam({ mode: 'svi', carry: 0, anchorImage: 'start.png', sviLoras }) }))
    expect(simulatorVerdict(t, first, { kjnodes: true })).toEqual({ error: null, node_errors: {} })
    const anchorOnly = Object.values(first).find((n) => n.class_type === 'WanImageToVideoSVIPro')
    expect(anchorOnly?.inputs.prev_samples).toBeUndefined()
    expect(anchorOnly?.inputs.motion_latent_count).toBe(0)
  })

  it('pads with the anchor through ref_pad_image, which pre-flight refuses on a ComfyUI without it', () => {
    const t = byId('wan22_14b_i2v')
    const prompt = bindSegment(t, sampleBinding(t, { seam: seam({ anchorPadding: true, anchorImage: 'start.png' }) }))
    const pad = prompt[(prompt['10']?.inputs.ref_pad_image as [string, number])[0]]
    expect(pad).toMatchObject({ class_type: 'LoadImage', inputs: { image: 'start.png' } })
    expect(preflight(prompt, liveWith(t, { refPadImage: true }))).toEqual([])
    expect(preflight(prompt, referenceLive({ modelFiles: filesOf(t) })).map((p) => p.message)).toEqual([
      'WanImageToVideo has no input ref_pad_image in this ComfyUI (update ComfyUI, or turn off what uses it)',
    ])
  })

  it('is refused by the simulated ComfyUI when a model file is missing (the check is real)', () => {
    const t = byId('wan22_14b_i2v')
    const verdict = validatePrompt({
      prompt: bindSegment(t, sampleBinding(t)),
      schemas: loadNodeSchemas(),
      models: { ...modelsByFolder(t), diffusion_models: [] },
      fileExists: () => true,
    })
    expect(verdict.error?.type).toBe('prompt_outputs_failed_validation')
    expect(Object.keys(verdict.node_errors).sort()).toEqual(['1', '2'])
  })

  it.each(templates.map((t) => [t.id, t] as const))('%s saves the last decoded frame and an mp4 with format.codec', (_id, t) => {
    const saveImage = t.prompt[t.roles.last_frame_output.node]
    const fromBatch = t.prompt[t.roles.last_frame_index[0]!.node]
    expect(saveImage?.class_type).toBe('SaveImage')
    expect(fromBatch?.class_type).toBe('ImageFromBatch')
    expect(fromBatch?.inputs.batch_index).toBe(t.defaults.frames - 1)
    expect(fromBatch?.inputs.length).toBe(1)
    const save = t.prompt[t.roles.video_output.node]
    expect(save?.class_type).toBe('SaveVideo')
    expect(save?.inputs).toMatchObject({ format: 'auto', codec: 'auto', 'format.codec': 'auto' })
    expect(t.prompt[t.roles.video_images.node]?.class_type).toBe('CreateVideo')
  })

  it.each(templates.map((t) => [t.id, t] as const))('%s converts to an API preset', (_id, t) => {
    const preset = templateToPreset(t)
    expect(Preset.parse(preset)).toEqual(preset)
    for (const node of Object.values(t.prompt)) expect(preset.requires).toContain(node.class_type)
    expect(preset.requires).toContain('LoraLoaderModelOnly')
  })

  it('gives each preset the settings of its reference graph', () => {
    const i2v = byId('wan22_14b_i2v')
    expect(i2v.defaults).toEqual({ width: 832, height: 480, fps: 16, frames: 81, steps: 20, cfg: 3.5 })
    expect(i2v.prompt['8']?.inputs.shift).toBe(8)
    expect(i2v.prompt['11']?.inputs.end_at_step).toBe(10)
    expect(i2v.t2v_first).toBe('wan22_14b_t2v')
    const fast = byId('wan22_14b_i2v_lightx2v')
    expect(fast.defaults).toMatchObject({ steps: 4, cfg: 1 })
    expect(fast.prompt['9']?.inputs.shift).toBe(5)
    expect(fast.prompt['12']?.inputs.start_at_step).toBe(2)
    const fiveB = byId('wan22_5b_ti2v')
    expect(fiveB.defaults).toEqual({ width: 1280, height: 704, fps: 24, frames: 121, steps: 30, cfg: 5 })
    expect(fiveB.prompt['11']?.inputs).toMatchObject({ sampler_name: 'uni_pc', scheduler: 'simple' })
    expect(fiveB.models.low).toBeNull()
    expect(byId('wan22_14b_i2v_gguf').models.folder).toBe('unet_gguf')
    expect(byId('wan22_14b_i2v_gguf_distorch2').options.map((o) => o.key)).toEqual(['virtual_vram_gb', 'expert_mode_allocations'])
    expect(byId('wan22_14b_t2v').prompt['10']?.class_type).toBe('EmptyHunyuanLatentVideo')
  })
})

describe('loadTemplates', () => {
  function dirWith(file: string, mutate: (t: Record<string, unknown>) => void): string {
    const dir = mkdtempSync(join(tmpdir(), 'lv-templates-'))
    const json = JSON.parse(readFileSync(join(workflowsDir, 'wan22_5b_ti2v.json'), 'utf8')) as Record<string, unknown>
    mutate(json)
    writeFileSync(join(dir, file), JSON.stringify(json))
    return dir
  }

  it('names the file and field of a bad template', () => {
    const dir = dirWith('wan22_5b_ti2v.json', (t) => {
      t.kind = 'movie'
    })
    expect(() => loadTemplates(dir)).toThrow(/^wan22_5b_ti2v\.json: kind: /)
  })

  it('refuses a role that points at a node the prompt does not have', () => {
    const dir = dirWith('wan22_5b_ti2v.json', (t) => {
      ;(t.roles as Record<string, unknown>).seed = { node: '99', input: 'seed' }
    })
    expect(() => loadTemplates(dir)).toThrow('wan22_5b_ti2v.json: roles.seed[0]: node "99" is not in the prompt')
  })

  it('refuses a t2v_first that does not exist', () => {
    const dir = dirWith('wan22_5b_ti2v.json', (t) => {
      t.t2v_first = 'nope'
    })
    expect(() => loadTemplates(dir)).toThrow(/t2v_first: no template "nope"/)
  })

  it('refuses broken JSON with the file name', () => {
    const dir = mkdtempSync(join(tmpdir(), 'lv-templates-'))
    writeFileSync(join(dir, 'broken.json'), '{"id": ')
    expect(() => loadTemplates(dir)).toThrow(/^broken\.json: not valid JSON/)
  })
})
