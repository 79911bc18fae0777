import { packageTemplates } from '../testing/packageTemplates'
import { describe, expect, it } from 'vitest'
import type { ApiPrompt } from './apiPrompt'
import { detectRoles } from './detectRoles'
import type { Site } from './graphWalk'
import type { TemplateRoles } from './template'
import { renumbered, vhsGraph } from '../testing/testGraphs'

const templates = packageTemplates

/** A template's declared roles in the flat form detection reports. */
function declared(roles: TemplateRoles): Record<string, Site[]> {
  const out: Record<string, Site[]> = {}
  for (const [key, value] of Object.entries(roles)) {
    if (value === undefined) continue
    if (key === 'split') {
      const split = value as NonNullable<TemplateRoles['split']>
      out['split.end'] = split.end
      out['split.start'] = split.start
    } else if (key === 'options') {
      for (const [opt, refs] of Object.entries(roles.options)) out[`options.${opt}`] = refs
    } else out[key] = Array.isArray(value) ? value : [value as Site]
  }
  return out
}

const found = (prompt: ApiPrompt) => {
  const d = detectRoles(prompt)
  return { ...d, sites: Object.fromEntries(d.roles.map((r) => [r.role, r.sites])) }
}

describe('role detection on the built-in presets', () => {
  for (const t of templates) {
    it(`finds exactly the roles ${t.id} declares`, () => {
      const d = found(t.prompt)
      expect(d.sites).toEqual(declared(t.roles))
      expect(d.models).toEqual(t.models)
      expect(d.options).toEqual(t.options)
      expect(d.defaults).toEqual(t.defaults)
      expect(d.family).toBe(t.family)
      if (t.kind === 't2v') {
        expect(d.problems.map((p) => p.role)).toEqual(['start_image'])
        expect(d.problems[0]?.message).toMatch(/no image-to-video node \(EmptyHunyuanLatentVideo #10 'Empty video latent \(size\/length\)' makes the latent\)/)
      } else {
        expect(d.problems).toEqual([])
        expect(d.kind).toBe(t.kind)
      }
    })
  }

  it('follows the links, not the ids: a renumbered preset in reverse order gets the same roles, renumbered', () => {
    const t = templates.find((x) => x.id === 'wan22_14b_i2v_lightx2v')
    if (!t) throw new Error('preset missing')
    const { prompt, id } = renumbered(t.prompt, 100)
    const expected = Object.fromEntries(
      Object.entries(declared(t.roles)).map(([role, sites]) => [role, sites.map((s) => ({ ...s, node: id(s.node) }))])
    )
    expect(found(prompt).sites).toEqual(expected)
  })
})

describe('role detection on a graph from the canvas', () => {
  it('finds every role of a VHS_VideoCombine graph and says how', () => {
    const d = found(vhsGraph() as ApiPrompt)
    expect(d.problems).toEqual([])
    expect(d.sites).toEqual({
      video_output: [{ node: '60', input: 'filename_prefix' }],
      video_images: [{ node: '60', input: 'images' }],
      fps: [{ node: '60', input: 'frame_rate' }],
      seed: [{ node: '57', input: 'noise_seed' }],
      steps: [{ node: '57', input: 'steps' }, { node: '58', input: 'steps' }],
      cfg: [{ node: '57', input: 'cfg' }, { node: '58', input: 'cfg' }],
      'split.end': [{ node: '57', input: 'end_at_step' }],
      'split.start': [{ node: '58', input: 'start_at_step' }],
      positive: [{ node: '6', input: 'text' }],
      negative: [{ node: '7', input: 'text' }],
      width: [{ node: '50', input: 'width' }],
      height: [{ node: '50', input: 'height' }],
      length: [{ node: '50', input: 'length' }],
      start_image_link: [{ node: '50', input: 'start_image' }],
      start_image: [{ node: '52', input: 'image' }],
      model_high: [{ node: '37', input: 'unet_name' }],
      lora_high: [{ node: '37', output: 0 }],
      model_low: [{ node: '56', input: 'unet_name' }],
      lora_low: [{ node: '56', output: 0 }],
    })
    expect(d.frames).toEqual(['8', 0])
    expect(d.defaults).toEqual({ width: 64, height: 64, fps: 16, frames: 9, steps: 6, cfg: 3.5 })
    const how = Object.fromEntries(d.roles.map((r) => [r.role, r.how]))
    expect(how.start_image).toBe("LoadImage #52 'Load Image' feeds WanImageToVideo #50.start_image through ImageScale #63 'Upscale Image'")
    expect(how.model_high).toContain("first (high-noise) pass KSamplerAdvanced #57 'KSampler (high)'")
    expect(how.positive).toContain('through WanImageToVideo #50')
  })

  it('reads a seed and a prompt fed from primitive nodes at the primitives', () => {
    const g = vhsGraph()
    g['70'] = { class_type: 'PrimitiveInt', inputs: { value: 5 }, _meta: { title: 'Seed' } }
    g['71'] = { class_type: 'PrimitiveStringMultiline', inputs: { value: 'a fox' }, _meta: { title: 'Prompt' } }
    ;(g['57'] as { inputs: Record<string, unknown> }).inputs.noise_seed = ['70', 0]
    ;(g['6'] as { inputs: Record<string, unknown> }).inputs.text = ['71', 0]
    const d = found(g as ApiPrompt)
    expect(d.sites.seed).toEqual([{ node: '70', input: 'value' }])
    expect(d.sites.positive).toEqual([{ node: '71', input: 'value' }])
  })

  it('keeps existing LoRA loaders: our chain goes after the one nearest the sampler', () => {
    const g = vhsGraph()
    g['80'] = { class_type: 'LoraLoaderModelOnly', inputs: { model: ['37', 0], lora_name: 'a.safetensors', strength_model: 1 }, _meta: { title: 'LoRA A' } }
    g['81'] = { class_type: 'LoraLoaderModelOnly', inputs: { model: ['80', 0], lora_name: 'b.safetensors', strength_model: 1 }, _meta: { title: 'LoRA B' } }
    ;(g['54'] as { inputs: Record<string, unknown> }).inputs.model = ['81', 0]
    const d = found(g as ApiPrompt)
    expect(d.sites.lora_high).toEqual([{ node: '81', output: 0 }])
    expect(d.sites.model_high).toEqual([{ node: '37', input: 'unet_name' }])
    expect(d.sites.lora_low).toEqual([{ node: '56', output: 0 }])
  })

  it('takes the start image whose title says so when several LoadImage nodes reach start_image', () => {
    const g = twoImages('Start frame', 'Reference')
    const d = found(g)
    expect(d.problems).toEqual([])
    expect(d.sites.start_image).toEqual([{ node: '52', input: 'image' }])
  })
})

/** Two LoadImage nodes batched into the start image. */
function twoImages(titleA: string, titleB: string): ApiPrompt {
  const g = vhsGraph()
  g['52'] = { class_type: 'LoadImage', inputs: { image: 'start.png' }, _meta: { title: titleA } }
  g['12'] = { class_type: 'LoadImage', inputs: { image: 'ref.png' }, _meta: { title: titleB } }
  g['64'] = { class_type: 'ImageBatch', inputs: { image1: ['52', 0], image2: ['12', 0] }, _meta: { title: 'Batch' } }
  ;(g['63'] as { inputs: Record<string, unknown> }).inputs.image = ['64', 0]
  return g as ApiPrompt
}

describe('graphs detection refuses, naming the role and why', () => {
  const problems = (prompt: ApiPrompt) => detectRoles(prompt).problems

  it('a graph without an image input', () => {
    const g = vhsGraph()
    delete (g['50'] as { inputs: Record<string, unknown> }).inputs.start_image
    expect(problems(g as ApiPrompt)).toEqual([{ role: 'start_image', message: 'start image: no LoadImage feeds WanImageToVideo.start_image' }])
  })

  it('two candidate start images with no way to tell', () => {
    expect(problems(twoImages('Ref A', 'Ref B'))).toEqual([
      {
        role: 'start_image',
        message: "start image: two LoadImage nodes could be the start image (#12 'Ref B', #52 'Ref A'); pick one",
        candidates: ['12', '52'],
      },
    ])
  })

  it('a graph that saves no video', () => {
    const g = vhsGraph()
    delete g['60']
    const [first] = problems(g as ApiPrompt)
    expect(first).toEqual({ role: 'video_output', message: 'video output: the graph saves no video; add CreateVideo -> SaveVideo (or VHS_VideoCombine)' })
  })

  it('a graph that saves an animated WEBP only, saying it is not supported', () => {
    const g = vhsGraph()
    delete g['60']
    g['90'] = { class_type: 'SaveAnimatedWEBP', inputs: { images: ['8', 0], filename_prefix: 'x', fps: 16, lossless: false, quality: 80, method: 'default' }, _meta: { title: 'Save WEBP' } }
    expect(problems(g as ApiPrompt)[0]?.message).toBe(
      "video output: SaveAnimatedWEBP #90 'Save WEBP' is not supported (segments are stitched as MP4); save with CreateVideo -> SaveVideo or VHS_VideoCombine instead"
    )
  })

  it('a VHS output set to GIF', () => {
    const g = vhsGraph()
    ;(g['60'] as { inputs: Record<string, unknown> }).inputs.format = 'image/gif'
    expect(problems(g as ApiPrompt).map((p) => p.message)).toEqual([
      "video output: VHS_VideoCombine #60 'Video Combine 🎥🅥🅗🅢' saves image/gif; choose a video/ format (video/h264-mp4)",
    ])
  })

  it('a positive and negative fed by the same text', () => {
    const g = vhsGraph()
    ;(g['50'] as { inputs: Record<string, unknown> }).inputs.negative = ['6', 0]
    expect(problems(g as ApiPrompt).map((p) => p.role)).toEqual(['negative'])
  })
})
