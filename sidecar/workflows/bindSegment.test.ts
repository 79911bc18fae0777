import { packageTemplates } from '../testing/packageTemplates'
import { describe, expect, it } from 'vitest'
import { isLink, type ApiPrompt } from './apiPrompt'
import { bindSegment, tailNodeOf, type SegmentBinding } from './bindSegment'
import { consumersOf } from './graphEdit'
import type { Template } from './template'
import { WorkflowError } from './workflowError'

const templates = packageTemplates
const byId = (id: string): Template => {
  const t = templates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id}`)
  return t
}
const i2v = byId('wan22_14b_i2v')
const fast = byId('wan22_14b_i2v_lightx2v')
const t2v = byId('wan22_14b_t2v')
const fiveB = byId('wan22_5b_ti2v')
const distorch = byId('wan22_14b_i2v_gguf_distorch2')

function binding(over: Partial<SegmentBinding> = {}): SegmentBinding {
  return {
    startImage: 'longvideo/My_Job_seg1_last_00001_.png [output]',
    positive: 'a red fox runs through snow',
    negative: 'blurry',
    width: 640,
    height: 384,
    frames: 49,
    fps: 16,
    steps: 20,
    cfg: 3.5,
    seed: 42,
    models: {},
    loras: { high: [], low: [] },
    options: {},
    videoPrefix: 'longvideo/My_Job_seg2',
    lastFramePrefix: 'longvideo/My_Job_seg2_last',
    dropFirstFrame: false,
    ...over,
  }
}

const nodesOf = (p: ApiPrompt, cls: string) => Object.entries(p).filter(([, n]) => n.class_type === cls)

/** Follows `model` links upward from a node and returns the class chain, nearest first. */
function modelPath(p: ApiPrompt, from: string): string[] {
  const path: string[] = []
  let link = p[from]?.inputs.model
  while (isLink(link)) {
    const node = p[link[0]]
    if (!node) break
    path.push(node.class_type === 'LoraLoaderModelOnly' ? `lora:${String(node.inputs.lora_name)}@${String(node.inputs.strength_model)}` : node.class_type)
    link = node.inputs.model
  }
  return path
}

describe('bindSegment', () => {
  it('writes every role of the segment into the prompt', () => {
    const p = bindSegment(i2v, binding())
    expect(p['5']?.inputs.image).toBe('longvideo/My_Job_seg1_last_00001_.png [output]')
    expect(p['6']?.inputs.text).toBe('a red fox runs through snow')
    expect(p['7']?.inputs.text).toBe('blurry')
    expect(p['10']?.inputs).toMatchObject({ width: 640, height: 384, length: 49 })
    expect(p['11']?.inputs).toMatchObject({ noise_seed: 42, steps: 20, cfg: 3.5, start_at_step: 0, end_at_step: 10 })
    expect(p['12']?.inputs).toMatchObject({ steps: 20, cfg: 3.5, start_at_step: 10, end_at_step: 10000 })
    expect(p['14']?.inputs.fps).toBe(16)
    expect(p['15']?.inputs.filename_prefix).toBe('longvideo/My_Job_seg2')
    expect(p['16']?.inputs).toMatchObject({ batch_index: 48, length: 1 })
    expect(p['17']?.inputs.filename_prefix).toBe('longvideo/My_Job_seg2_last')
  })

  it('never mutates the template', () => {
    const before = structuredClone(i2v)
    bindSegment(i2v, binding({ loras: { high: [{ name: 'a.safetensors', strength: 1 }], low: [] }, dropFirstFrame: true }))
    expect(i2v).toEqual(before)
  })

  it('splits the steps between the high and the low pass', () => {
    const p = bindSegment(fast, binding({ steps: 4, cfg: 1 }))
    expect([p['11']?.inputs.end_at_step, p['12']?.inputs.start_at_step]).toEqual([2, 2])
    const odd = bindSegment(i2v, binding({ steps: 7 }))
    expect([odd['11']?.inputs.end_at_step, odd['12']?.inputs.start_at_step]).toEqual([4, 4])
    expect(() => bindSegment(i2v, binding({ steps: 1 }))).toThrow(/steps must be an integer from 2/)
  })

  it('overrides the model files and preset options', () => {
    const p = bindSegment(distorch, binding({ models: { high: 'h.gguf', low: 'l.gguf' }, options: { virtual_vram_gb: 12.5, unknown_key: 1 } }))
    expect(p['1']?.inputs).toMatchObject({ unet_name: 'h.gguf', virtual_vram_gb: 12.5, expert_mode_allocations: '' })
    expect(p['2']?.inputs).toMatchObject({ unet_name: 'l.gguf', virtual_vram_gb: 12.5 })
    expect(() => bindSegment(distorch, binding({ options: { virtual_vram_gb: 'lots' } }))).toThrow('option virtual_vram_gb must be a number')
  })

  describe('LoRA chains', () => {
    it('adds no node without LoRAs', () => {
      const p = bindSegment(i2v, binding())
      expect(Object.keys(p).sort()).toEqual(Object.keys(i2v.prompt).sort())
      expect(modelPath(p, '11')).toEqual(['ModelSamplingSD3', 'UNETLoader'])
    })

    it('puts one LoRA between each model and its shift node', () => {
      const p = bindSegment(i2v, binding({ loras: { high: [{ name: 'h1', strength: 0.7 }], low: [{ name: 'l1', strength: 0.4 }] } }))
      expect(modelPath(p, '11')).toEqual(['ModelSamplingSD3', 'lora:h1@0.7', 'UNETLoader'])
      expect(modelPath(p, '12')).toEqual(['ModelSamplingSD3', 'lora:l1@0.4', 'UNETLoader'])
      expect(consumersOf(p, '1', 0)).toHaveLength(1)
      expect(nodesOf(p, 'LoraLoaderModelOnly')).toHaveLength(2)
    })

    it('chains three LoRAs in order, each with its own strength', () => {
      const high = [
        { name: 'a', strength: 1 },
        { name: 'b', strength: 0.5 },
        { name: 'c', strength: -0.25 },
      ]
      const low = [
        { name: 'x', strength: 0.3 },
        { name: 'y', strength: 0.6 },
        { name: 'z', strength: 0.9 },
      ]
      const p = bindSegment(i2v, binding({ loras: { high, low } }))
      expect(modelPath(p, '11')).toEqual(['ModelSamplingSD3', 'lora:c@-0.25', 'lora:b@0.5', 'lora:a@1', 'UNETLoader'])
      expect(modelPath(p, '12')).toEqual(['ModelSamplingSD3', 'lora:z@0.9', 'lora:y@0.6', 'lora:x@0.3', 'UNETLoader'])
      const ids = Object.keys(p)
      expect(new Set(ids).size).toBe(ids.length)
      expect(ids.filter((id) => !(id in i2v.prompt))).toHaveLength(6)
    })

    it('adds user LoRAs after the built-in lightx2v LoRA', () => {
      const p = bindSegment(fast, binding({ steps: 4, cfg: 1, loras: { high: [{ name: 'mine', strength: 1 }], low: [] } }))
      expect(modelPath(p, '11')).toEqual(['ModelSamplingSD3', 'lora:mine@1', 'lora:wan2.2_i2v_lightx2v_4steps_lora_v1_high_noise.safetensors@1', 'UNETLoader'])
      expect(modelPath(p, '12')).toEqual(['ModelSamplingSD3', 'lora:wan2.2_i2v_lightx2v_4steps_lora_v1_low_noise.safetensors@1', 'UNETLoader'])
    })

    it('rewires every consumer of the model, not just the first', () => {
      const p = bindSegment(fiveB, binding({ width: 640, height: 384, loras: { high: [{ name: 'a', strength: 1 }], low: [] } }))
      expect(modelPath(p, '11')).toEqual(['ModelSamplingSD3', 'lora:a@1', 'UNETLoader'])
      expect(() => bindSegment(fiveB, binding({ width: 640, height: 384, loras: { high: [], low: [{ name: 'a', strength: 1 }] } }))).toThrow(/single model; put its LoRAs under loras.high/)
    })
  })

  it('leaves frame 0 out of the video of a later segment but saves the true last frame', () => {
    const p = bindSegment(i2v, binding({ dropFirstFrame: true }))
    const video = p['14']?.inputs.images
    expect(isLink(video)).toBe(true)
    const trim = p[(video as [string, number])[0]]
    expect(trim).toMatchObject({ class_type: 'ImageFromBatch', inputs: { image: ['13', 0], batch_index: 1, length: 48 } })
    expect(p['16']?.inputs).toMatchObject({ image: ['13', 0], batch_index: 48, length: 1 })
    expect(bindSegment(i2v, binding())['14']?.inputs.images).toEqual(['13', 0])
  })

  it('binds a text-to-video first segment without any image loader', () => {
    const p = bindSegment(t2v, binding({ startImage: null }))
    expect(nodesOf(p, 'LoadImage')).toHaveLength(0)
    expect(p['10']).toMatchObject({ class_type: 'EmptyHunyuanLatentVideo', inputs: { width: 640, height: 384, length: 49 } })
    expect(p['11']?.inputs.noise_seed).toBe(42)
  })

  it('runs the 5B template from text alone by unlinking the start image', () => {
    const p = bindSegment(fiveB, binding({ startImage: null, width: 640, height: 384 }))
    expect(p['10']?.inputs).not.toHaveProperty('start_image')
    expect(p['5']).toBeUndefined()
    const withImage = bindSegment(fiveB, binding({ width: 640, height: 384 }))
    expect(withImage['10']?.inputs.start_image).toEqual(['5', 0])
  })

  it('refuses a 14B image-to-video segment without an image, pointing at the t2v preset', () => {
    expect(() => bindSegment(i2v, binding({ startImage: null }))).toThrow(/needs a start image; make the first segment with wan22_14b_t2v/)
  })

  it.each([
    [{ frames: 80 }, 'frames', 'frames must be 4k+1 and at least 5 (ComfyUI would silently cut 80); use 81'],
    [{ width: 650 }, 'width', 'size 650x384 is not a multiple of 16 as Wan2.2 14B needs; using 656x384'],
    [{ seed: Number.MAX_SAFE_INTEGER + 1 }, 'seed', /seed must be an integer from 0 to 9007199254740991/],
    [{ seed: -1 }, 'seed', /seed must be an integer/],
    [{ videoPrefix: 'longvideo/../../etc' }, 'videoPrefix', /without ".."/],
    [{ models: { low: 'x' } }, 'models.low', /single model/],
  ] as const)('refuses %o naming the field', (over, field, message) => {
    const template = 'models' in over ? fiveB : i2v
    const extra = template === fiveB ? { width: 640, height: 384 } : {}
    try {
      bindSegment(template, binding({ ...extra, ...over }))
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(WorkflowError)
      expect((err as WorkflowError).field).toBe(field)
      if (typeof message === 'string') expect((err as Error).message).toBe(message)
      else expect((err as Error).message).toMatch(message)
    }
  })

  // Each rule at its edge: the last value refused and the first accepted (written against surviving mutants).
  const sv = { high: 'svi_high.safetensors', low: 'svi_low.safetensors', strength: 1 }
  const seamOf = (over: Partial<NonNullable<SegmentBinding['seam']>>) => ({ mode: 'frame' as const, carry: 1, anchorImage: null, anchorPadding: false, sviLoras: null, ...over })
  it.each([
    ['i2v', { steps: 1 }, 'steps', 'steps must be an integer from 2 to 10000, got 1'],
    ['i2v', { steps: 10001 }, 'steps', 'steps must be an integer from 2 to 10000, got 10001'],
    ['i2v', { steps: 2.5 }, 'steps', 'steps must be an integer from 2 to 10000, got 2.5'],
    ['5b', { steps: 0 }, 'steps', 'steps must be an integer from 1 to 10000, got 0'],
    ['i2v', { seed: 1.5 }, 'seed', 'seed must be an integer from 0 to 9007199254740991, got 1.5'],
    ['i2v', { cfg: -0.5 }, 'cfg', 'cfg must be from 0 to 100, got -0.5'],
    ['i2v', { cfg: 100.5 }, 'cfg', 'cfg must be from 0 to 100, got 100.5'],
    ['i2v', { cfg: Number.NaN }, 'cfg', 'cfg must be from 0 to 100, got NaN'],
    ['i2v', { fps: 0.5 }, 'fps', 'fps must be from 1 to 120, got 0.5'],
    ['i2v', { fps: 121 }, 'fps', 'fps must be from 1 to 120, got 121'],
    ['i2v', { fps: Number.POSITIVE_INFINITY }, 'fps', 'fps must be from 1 to 120, got Infinity'],
    ['i2v', { height: 390 }, 'height', 'size 640x390 is not a multiple of 16 as Wan2.2 14B needs; using 640x384'],
    ['i2v', { startImage: null }, 'startImage', 'Wan2.2 14B image to video needs a start image; make the first segment with wan22_14b_t2v'],
    ['i2v', { startImage: '  ' }, 'startImage', 'startImage must name a file'],
    ['t2v', { startImage: 'a.png' }, 'startImage', 'Wan2.2 14B text to video is text to video and takes no start image'],
    ['i2v', { loras: { high: [{ name: '', strength: 1 }], low: [] } }, 'loras', 'a LoRA needs a file name'],
    ['i2v', { loras: { high: [], low: [{ name: 'l.safetensors', strength: Number.NaN }] } }, 'loras', 'LoRA l.safetensors: strength must be a number'],
    ['i2v', { videoPrefix: '' }, 'videoPrefix', 'videoPrefix must be a relative path without "..", got ""'],
    ['i2v', { videoPrefix: '/abs/x' }, 'videoPrefix', 'videoPrefix must be a relative path without "..", got "/abs/x"'],
    ['i2v', { videoPrefix: 'a\\b' }, 'videoPrefix', 'videoPrefix must be a relative path without "..", got "a\\b"'],
    ['i2v', { videoPrefix: 'a//b' }, 'videoPrefix', 'videoPrefix must be a relative path without "..", got "a//b"'],
    ['i2v', { lastFramePrefix: 'a/..' }, 'lastFramePrefix', 'lastFramePrefix must be a relative path without "..", got "a/.."'],
    ['i2v', { tailPrefix: '../t' }, 'tailPrefix', 'tailPrefix must be a relative path without "..", got "../t"'],
    ['i2v', { seam: seamOf({ carry: 49 }) }, 'seam', 'a segment of 49 frames cannot leave out 49 carried frames'],
    ['i2v', { seam: seamOf({ carry: -1 }) }, 'seam', 'a segment of 49 frames cannot leave out -1 carried frames'],
    ['i2v', { seam: seamOf({ carry: 1.5 }) }, 'seam', 'a segment of 49 frames cannot leave out 1.5 carried frames'],
    ['t2v', { startImage: null, seam: seamOf({ mode: 'motion', carry: 9 }) }, 'seam', 'Wan2.2 14B text to video starts from no image: it cannot take carried frames'],
    ['i2v', { seam: seamOf({ mode: 'svi', carry: 5, anchorImage: 'a.png' }) }, 'seam', 'SVI needs the SVI LoRA pair; choose the svi mode again so the sidecar finds them'],
    ['i2v', { seam: seamOf({ mode: 'svi', carry: 5, sviLoras: sv }) }, 'seam', 'SVI needs an anchor frame (the start image, or a chosen take)'],
    ['5b', { seam: seamOf({ mode: 'svi', carry: 5, sviLoras: sv, anchorImage: 'a.png' }) }, 'seam', 'SVI replaces WanImageToVideo, which Wan2.2 5B text/image to video does not start from'],
    ['i2v', { seam: seamOf({ anchorPadding: true }) }, 'seam', 'the anchor option needs an anchor frame (the start image, or a chosen take)'],
  ] as const)('refuses (%s) %o naming %s with what to do', (which, over, field, message) => {
    const template = which === '5b' ? fiveB : which === 't2v' ? t2v : i2v
    const extra = which === '5b' ? { width: 640, height: 384 } : which === 't2v' ? { startImage: null } : {}
    try {
      bindSegment(template, binding({ ...extra, ...(over as Partial<SegmentBinding>) }))
      expect.unreachable()
    } catch (err) {
      expect(err).toBeInstanceOf(WorkflowError)
      expect([(err as WorkflowError).code, (err as WorkflowError).field, (err as Error).message]).toEqual(['bad_binding', field, message])
    }
  })

  it.each([
    ['i2v', { steps: 2 }],
    ['i2v', { steps: 10000 }],
    ['5b', { steps: 1 }],
    ['i2v', { cfg: 0 }],
    ['i2v', { cfg: 100 }],
    ['i2v', { fps: 1 }],
    ['i2v', { fps: 120 }],
    ['i2v', { seed: 0 }],
    ['i2v', { frames: 5 }],
    ['i2v', { seam: seamOf({ carry: 0 }) }],
    ['i2v', { seam: seamOf({ carry: 48 }) }],
    ['i2v', { seam: seamOf({ anchorPadding: true, anchorImage: 'a.png' }) }],
    ['i2v', { loras: { high: [{ name: 'h.safetensors', strength: 0 }], low: [{ name: 'l.safetensors', strength: -1 }] } }],
  ] as const)('accepts (%s) the edge %o', (which, over) => {
    const template = which === '5b' ? fiveB : i2v
    const extra = which === '5b' ? { width: 640, height: 384 } : {}
    expect(() => bindSegment(template, binding({ ...extra, ...(over as Partial<SegmentBinding>) }))).not.toThrow()
  })

  it('keeps the largest safe seed exact', () => {
    const p = bindSegment(i2v, binding({ seed: Number.MAX_SAFE_INTEGER }))
    expect(JSON.parse(JSON.stringify(p))['11'].inputs.noise_seed).toBe(9007199254740991)
  })

  it('needs 5B sizes in multiples of 32', () => {
    expect(() => bindSegment(fiveB, binding({ width: 848, height: 480 }))).toThrow(/multiple of 32/)
  })
})

describe('bindSegment: the hand-off graphs (written against surviving mutants)', () => {
  const sv = { high: 'svi_high.safetensors', low: 'svi_low.safetensors', strength: 0.9 }
  const seamOf = (over: Partial<NonNullable<SegmentBinding['seam']>>) => ({ mode: 'frame' as const, carry: 1, anchorImage: null, anchorPadding: false, sviLoras: null, ...over })
  const one = (p: ApiPrompt, cls: string) => {
    const found = nodesOf(p, cls)
    expect(found, cls).toHaveLength(1)
    return found[0] as [string, ApiPrompt[string]]
  }
  const i2vNode = (p: ApiPrompt) => (i2v.roles.start_image_link ? p[i2v.roles.start_image_link.node] : undefined)

  it('motion: the last K frames of the saved tail go on as the start batch, and the video leaves them out', () => {
    const p = bindSegment(i2v, binding({ seam: seamOf({ mode: 'motion', carry: 5 }) }))
    const loader = i2v.roles.start_image?.node as string
    const picks = nodesOf(p, 'ImageFromBatch')
    const start = picks.find(([, n]) => isLink(n.inputs.image) && n.inputs.image[0] === loader)
    expect(start?.[1].inputs).toEqual({ image: [loader, 0], batch_index: -5, length: 5 })
    expect(start?.[1]._meta?.title).toBe('The last 5 frames of the segment before (locked)')
    expect(consumersOf(p, loader, 0).map((c) => p[c.node]?.class_type)).toEqual(['ImageFromBatch'])
    expect(i2vNode(p)?.inputs.start_image).toEqual([start?.[0], 0])
    const cut = picks.find(([, n]) => n.inputs.batch_index === 5)
    expect(cut?.[1].inputs.length).toBe(44)
    expect(cut?.[1]._meta?.title).toBe('Leave out the 5 frames that repeat the previous segment')
  })

  it('keeps the last frames as a lossless APNG when asked, and finds that node again', () => {
    const p = bindSegment(i2v, binding({ tailPrefix: 'longvideo/J_seg2_tail', frames: 5 }))
    const [id, save] = one(p, 'SaveAnimatedPNG')
    expect(save.inputs).toMatchObject({ filename_prefix: 'longvideo/J_seg2_tail', fps: 16, compress_level: 1 })
    const pick = p[(save.inputs.images as [string, number])[0]]
    expect(pick?.inputs).toMatchObject({ batch_index: -5, length: 5 })
    expect(pick?._meta?.title).toBe('The last 5 frames (a motion hand-off loads them)')
    expect(save._meta?.title).toBe('Save the last frames (lossless APNG)')
    expect(tailNodeOf(p, 'longvideo/J_seg2_tail')).toBe(id)
    expect(tailNodeOf(p, 'other')).toBeNull()
    expect(tailNodeOf(p, undefined)).toBeNull()
    expect(nodesOf(bindSegment(i2v, binding()), 'SaveAnimatedPNG')).toHaveLength(0)
    const nine = bindSegment(i2v, binding({ tailPrefix: 't', frames: 49 }))
    const ninePick = nine[(one(nine, 'SaveAnimatedPNG')[1].inputs.images as [string, number])[0]]
    expect(ninePick?.inputs).toMatchObject({ batch_index: -9, length: 9 })
  })

  it('svi: WanImageToVideoSVIPro with the anchor latent and, after the first segment, the previous frames; the SVI LoRAs first on both paths', () => {
    const p = bindSegment(i2v, binding({ seam: seamOf({ mode: 'svi', carry: 5, anchorImage: 'anchor.png', sviLoras: sv }), loras: { high: [{ name: 'h.safetensors', strength: 1 }], low: [] } }))
    const link = i2v.roles.start_image_link?.node as string
    const svi = p[link]
    expect(svi?.class_type).toBe('WanImageToVideoSVIPro')
    expect(svi?._meta?.title).toBe('SVI 2.0 Pro (anchor + previous latent)')
    expect(svi?.inputs).toMatchObject({ length: 49, motion_latent_count: 1 })
    const anchorEnc = p[(svi?.inputs.anchor_samples as [string, number])[0]]
    expect(anchorEnc?.class_type).toBe('VAEEncode')
    const scaled = p[(anchorEnc?.inputs.pixels as [string, number])[0]]
    expect(scaled?.inputs).toMatchObject({ upscale_method: 'lanczos', width: 640, height: 384, crop: 'center' })
    expect(p[(scaled?.inputs.image as [string, number])[0]]?.inputs.image).toBe('anchor.png')
    const prev = p[(svi?.inputs.prev_samples as [string, number])[0]]
    const last = p[(prev?.inputs.pixels as [string, number])[0]]
    expect(last?.inputs).toMatchObject({ batch_index: -5, length: 5 })
    const loras = nodesOf(p, 'LoraLoaderModelOnly')
    const sviHigh = loras.find(([, n]) => n.inputs.lora_name === 'svi_high.safetensors')
    const userHigh = loras.find(([, n]) => n.inputs.lora_name === 'h.safetensors')
    expect(sviHigh?.[1].inputs.model).toEqual([i2v.roles.lora_high.node, i2v.roles.lora_high.output])
    expect(sviHigh?.[1].inputs.strength_model).toBe(0.9)
    expect(userHigh?.[1].inputs.model).toEqual([sviHigh?.[0], 0])
    expect(loras.map(([, n]) => n.inputs.lora_name).sort()).toEqual(['h.safetensors', 'svi_high.safetensors', 'svi_low.safetensors'])
    const first = bindSegment(i2v, binding({ startImage: 'start.png', seam: seamOf({ mode: 'svi', carry: 0, anchorImage: 'start.png', sviLoras: sv }) }))
    expect(first[link]?.inputs.motion_latent_count).toBe(0)
    expect(first[link]?.inputs.prev_samples).toBeUndefined()
  })

  it('anchor padding links the anchor frame to ref_pad_image', () => {
    const p = bindSegment(i2v, binding({ seam: seamOf({ anchorPadding: true, anchorImage: 'anchor.png' }) }))
    const pad = i2vNode(p)?.inputs.ref_pad_image as [string, number]
    expect(p[pad[0]]).toMatchObject({ class_type: 'LoadImage', inputs: { image: 'anchor.png' }, _meta: { title: 'Anchor (pads the conditioning)' } })
    expect(i2vNode(bindSegment(i2v, binding()))?.inputs.ref_pad_image).toBeUndefined()
  })
})
