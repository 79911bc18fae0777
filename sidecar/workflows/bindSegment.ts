// Binds one segment's values into a template by role and returns a ComfyUI API prompt. Pure: the
// template is never mutated.
import { isValidFrameCount, MAX_SEED, normalizeFrames, SVI_CARRY, TAIL_FRAMES } from '../contract'
import { clonePrompt, type ApiPrompt, type InputValue } from './apiPrompt'
import { addNode, consumersOf, removeIfUnused } from './graphEdit'
import { insertLoraChain, type LoraRef } from './loraChain'
import type { InputRef, Template } from './template'
import { checkSize } from './videoSize'
import { WorkflowError } from './workflowError'

export type { LoraRef } from './loraChain'

export interface SegmentBinding {
  /** LoadImage value: "x.png" (input folder) or "<sub>/<file> [output]"; null = text to video. */
  startImage: string | null
  positive: string
  negative: string
  width: number
  height: number
  frames: number
  fps: number
  steps: number
  cfg: number
  seed: number
  /** Overrides the template's model files. */
  models: { high?: string; low?: string }
  loras: { high: LoraRef[]; low: LoraRef[] }
  /** Preset options by key; keys the template does not declare are ignored. */
  options: Record<string, string | number | boolean>
  /** SaveVideo filename_prefix, e.g. "longvideo/My_Job_seg2". */
  videoPrefix: string
  /** SaveImage filename_prefix, e.g. "longvideo/My_Job_seg2_last". */
  lastFramePrefix: string
  /** Segment k>0: its video leaves out frame 0, which repeats the previous segment's last frame. */
  dropFirstFrame: boolean
  /** How the segment continues the one before (overrides dropFirstFrame when given). */
  seam?: SeamBinding | undefined
  /** SaveAnimatedPNG filename_prefix of the segment's last TAIL_FRAMES frames (none saved when absent). */
  tailPrefix?: string | undefined
}

/**
 * The hand-off into this segment. `frame`: startImage is the previous last frame. `motion`:
 * startImage is an animated PNG whose last `carry` frames go, as one batch, to the image-to-video
 * node's start_image. `svi`: startImage is the previous segment's animated PNG (none for a first
 * segment); KJNodes' WanImageToVideoSVIPro replaces WanImageToVideo with the anchor and the
 * VAE-encoded last SVI_CARRY frames. The video leaves out its first `carry` frames.
 */
export interface SeamBinding {
  mode: 'frame' | 'motion' | 'svi'
  carry: number
  /** The job's anchor frame as a LoadImage value: SVI's anchor, and ref_pad_image with anchorPadding. */
  anchorImage: string | null
  /** Pad WanImageToVideo's conditioning with the anchor (its ref_pad_image input). */
  anchorPadding: boolean
  /** The SVI LoRA pair, first on each path (svi only). */
  sviLoras: { high: string; low: string; strength: number } | null
}

function refuse(field: string, message: string): never {
  throw new WorkflowError('bad_binding', message, field)
}

function checkPrefix(field: string, prefix: string): void {
  if (!prefix || prefix.startsWith('/') || prefix.includes('\\') || prefix.split('/').some((p) => p === '..' || p === '')) {
    refuse(field, `${field} must be a relative path without "..", got "${prefix}"`)
  }
}

function validate(t: Template, b: SegmentBinding): void {
  if (!isValidFrameCount(b.frames)) {
    refuse('frames', `frames must be 4k+1 and at least 5 (ComfyUI would silently cut ${b.frames}); use ${normalizeFrames(b.frames)}`)
  }
  const size = checkSize(b.width, b.height, t.family)
  if (size.adjusted) refuse(b.width !== size.width ? 'width' : 'height', `size ${size.message}`)
  if (!Number.isInteger(b.seed) || b.seed < 0 || b.seed > MAX_SEED) refuse('seed', `seed must be an integer from 0 to ${MAX_SEED}, got ${b.seed}`)
  const minSteps = t.roles.split ? 2 : 1
  if (!Number.isInteger(b.steps) || b.steps < minSteps || b.steps > 10000) refuse('steps', `steps must be an integer from ${minSteps} to 10000, got ${b.steps}`)
  if (!Number.isFinite(b.cfg) || b.cfg < 0 || b.cfg > 100) refuse('cfg', `cfg must be from 0 to 100, got ${b.cfg}`)
  if (!Number.isFinite(b.fps) || b.fps < 1 || b.fps > 120) refuse('fps', `fps must be from 1 to 120, got ${b.fps}`)
  if (b.startImage === null && t.kind === 'i2v') {
    refuse('startImage', `${t.name} needs a start image; make the first segment with ${t.t2v_first ?? 'a text-to-video preset'}`)
  }
  if (b.startImage !== null && t.kind === 't2v') refuse('startImage', `${t.name} is text to video and takes no start image`)
  if (b.startImage !== null && b.startImage.trim() === '') refuse('startImage', 'startImage must name a file')
  if (b.models.low && !t.roles.model_low) refuse('models.low', `${t.name} has a single model; give it as models.high`)
  if (b.loras.low.length > 0 && !t.roles.lora_low) refuse('loras.low', `${t.name} has a single model; put its LoRAs under loras.high`)
  for (const lora of [...b.loras.high, ...b.loras.low]) {
    if (!lora.name) refuse('loras', 'a LoRA needs a file name')
    if (!Number.isFinite(lora.strength)) refuse('loras', `LoRA ${lora.name}: strength must be a number`)
  }
  for (const option of t.options) {
    const value = b.options[option.key]
    if (value !== undefined && typeof value !== option.type) refuse(`options.${option.key}`, `option ${option.key} must be a ${option.type}`)
  }
  checkPrefix('videoPrefix', b.videoPrefix)
  checkPrefix('lastFramePrefix', b.lastFramePrefix)
  if (b.tailPrefix !== undefined) checkPrefix('tailPrefix', b.tailPrefix)
  const seam = b.seam
  if (!seam) return
  if (!Number.isInteger(seam.carry) || seam.carry < 0 || seam.carry >= b.frames) refuse('seam', `a segment of ${b.frames} frames cannot leave out ${seam.carry} carried frames`)
  if (seam.mode === 'motion' && !t.roles.start_image) refuse('seam', `${t.name} starts from no image: it cannot take carried frames`)
  if (seam.mode === 'svi') {
    const i2v = t.roles.start_image_link ? t.prompt[t.roles.start_image_link.node] : undefined
    if (i2v?.class_type !== 'WanImageToVideo') refuse('seam', `SVI replaces WanImageToVideo, which ${t.name} does not start from`)
    if (!seam.sviLoras) refuse('seam', 'SVI needs the SVI LoRA pair; choose the svi mode again so the sidecar finds them')
    if (!seam.anchorImage) refuse('seam', 'SVI needs an anchor frame (the start image, or a chosen take)')
  }
  if (seam.anchorPadding && !seam.anchorImage) refuse('seam', 'the anchor option needs an anchor frame (the start image, or a chosen take)')
}

/** Puts `node` between output `output` of `source` and everything that used it; answers the new node's id. */
function insertAfter(prompt: ApiPrompt, source: string, output: number, node: (from: [string, number]) => Parameters<typeof addNode>[1]): string {
  const consumers = consumersOf(prompt, source, output)
  const id = addNode(prompt, node([source, output]))
  for (const site of consumers) {
    const n = prompt[site.node]
    if (n) n.inputs[site.input] = [id, 0]
  }
  return id
}

/** A LoadImage of `image` scaled to the segment's size and VAE-encoded: a latent of that picture. */
function encodedImage(prompt: ApiPrompt, image: [string, number], vae: InputValue, b: SegmentBinding, title: string): string {
  const scaled = addNode(prompt, {
    class_type: 'ImageScale',
    inputs: { image, upscale_method: 'lanczos', width: b.width, height: b.height, crop: 'center' },
    _meta: { title: `${title}: at the segment's size` },
  })
  return addNode(prompt, { class_type: 'VAEEncode', inputs: { pixels: [scaled, 0], vae }, _meta: { title: `${title}: encoded` } })
}

/**
 * SVI 2.0 Pro in place of WanImageToVideo: KJNodes' WanImageToVideoSVIPro with the anchor latent and,
 * after the first segment, the last latent of the VAE-encoded last SVI_CARRY frames of the segment before.
 */
function useSvi(prompt: ApiPrompt, roles: Template['roles'], b: SegmentBinding, seam: SeamBinding): void {
  const link = roles.start_image_link as InputRef
  const i2v = prompt[link.node] as ApiPrompt[string]
  const vae = i2v.inputs.vae as InputValue
  const anchorLoad = addNode(prompt, { class_type: 'LoadImage', inputs: { image: seam.anchorImage as string }, _meta: { title: 'SVI anchor' } })
  const anchor = encodedImage(prompt, [anchorLoad, 0], vae, b, 'SVI anchor')
  const inputs: Record<string, InputValue> = {
    positive: i2v.inputs.positive as InputValue,
    negative: i2v.inputs.negative as InputValue,
    length: b.frames,
    anchor_samples: [anchor, 0],
    motion_latent_count: 0,
  }
  const loader = roles.start_image?.node
  if (seam.carry > 0 && loader) {
    const last = addNode(prompt, {
      class_type: 'ImageFromBatch',
      inputs: { image: [loader, 0], batch_index: -SVI_CARRY, length: SVI_CARRY },
      _meta: { title: `The last ${SVI_CARRY} frames of the segment before` },
    })
    inputs.prev_samples = [addNode(prompt, { class_type: 'VAEEncode', inputs: { pixels: [last, 0], vae }, _meta: { title: 'Previous frames: encoded' } }), 0]
    inputs.motion_latent_count = 1
  }
  prompt[link.node] = { class_type: 'WanImageToVideoSVIPro', inputs, _meta: { title: 'SVI 2.0 Pro (anchor + previous latent)' } }
  if (loader) removeIfUnused(prompt, loader)
}

function write(prompt: ApiPrompt, refs: InputRef[], value: InputValue): void {
  for (const ref of refs) {
    const node = prompt[ref.node]
    // Roles are checked against the prompt when the template loads.
    if (node) node.inputs[ref.input] = value
  }
}

export function bindSegment(template: Template, b: SegmentBinding): ApiPrompt {
  validate(template, b)
  const { roles } = template
  const prompt = clonePrompt(template.prompt)

  write(prompt, roles.positive, b.positive)
  write(prompt, roles.negative, b.negative)
  write(prompt, roles.width, b.width)
  write(prompt, roles.height, b.height)
  write(prompt, roles.length, b.frames)
  write(prompt, roles.seed, b.seed)
  write(prompt, roles.steps, b.steps)
  write(prompt, roles.cfg, b.cfg)
  if (roles.split) {
    // Half the steps on each model, like the reference graphs (10 of 20, 2 of 4).
    const split = Math.min(b.steps - 1, Math.max(1, Math.round(b.steps / 2)))
    write(prompt, roles.split.end, split)
    write(prompt, roles.split.start, split)
  }
  write(prompt, roles.fps, b.fps)
  write(prompt, roles.last_frame_index, b.frames - 1)
  write(prompt, [roles.video_output], b.videoPrefix)
  write(prompt, [roles.last_frame_output], b.lastFramePrefix)
  if (b.models.high) write(prompt, roles.model_high, b.models.high)
  if (b.models.low && roles.model_low) write(prompt, roles.model_low, b.models.low)
  for (const option of template.options) {
    const value = b.options[option.key]
    const refs = roles.options[option.key]
    if (value !== undefined && refs) write(prompt, refs, value)
  }

  if (roles.start_image) {
    if (b.startImage !== null) write(prompt, [roles.start_image], b.startImage)
    else {
      // ti2v from text alone: unlink the start image; the loader then has no consumer left.
      if (roles.start_image_link) delete prompt[roles.start_image_link.node]?.inputs[roles.start_image_link.input]
      removeIfUnused(prompt, roles.start_image.node)
    }
  }

  const seam = b.seam
  if (seam?.mode === 'motion' && seam.carry > 1 && roles.start_image && b.startImage !== null) {
    // LoadImage gives every frame of the animated PNG; the last K go on as one start batch.
    insertAfter(prompt, roles.start_image.node, 0, (from) => ({
      class_type: 'ImageFromBatch',
      inputs: { image: from, batch_index: -seam.carry, length: seam.carry },
      _meta: { title: `The last ${seam.carry} frames of the segment before (locked)` },
    }))
  }
  if (seam?.mode === 'svi') useSvi(prompt, roles, b, seam)
  else if (seam?.anchorPadding && roles.start_image_link && seam.anchorImage) {
    const pad = addNode(prompt, { class_type: 'LoadImage', inputs: { image: seam.anchorImage }, _meta: { title: 'Anchor (pads the conditioning)' } })
    const i2v = prompt[roles.start_image_link.node]
    if (i2v) i2v.inputs.ref_pad_image = [pad, 0]
  }

  const svi = seam?.mode === 'svi' ? seam.sviLoras : null
  const sviLora = (side: 'high' | 'low') => (svi ? [{ name: svi[side], strength: svi.strength }] : [])
  insertLoraChain(prompt, roles.lora_high, [...sviLora('high'), ...b.loras.high], 'high')
  if (roles.lora_low) insertLoraChain(prompt, roles.lora_low, [...sviLora('low'), ...b.loras.low], 'low')

  const site = prompt[roles.video_images.node]
  const decoded = site?.inputs[roles.video_images.input]
  const carry = seam ? seam.carry : b.dropFirstFrame ? 1 : 0
  if (site && decoded !== undefined && carry > 0) {
    const id = addNode(prompt, {
      class_type: 'ImageFromBatch',
      inputs: { image: decoded, batch_index: carry, length: b.frames - carry },
      _meta: { title: carry === 1 ? 'Leave out frame 0 (it repeats the previous segment)' : `Leave out the ${carry} frames that repeat the previous segment` },
    })
    site.inputs[roles.video_images.input] = [id, 0]
  }
  if (b.tailPrefix !== undefined && decoded !== undefined) {
    const tail = Math.min(TAIL_FRAMES, b.frames)
    const pick = addNode(prompt, {
      class_type: 'ImageFromBatch',
      inputs: { image: decoded, batch_index: -tail, length: tail },
      _meta: { title: `The last ${tail} frames (a motion hand-off loads them)` },
    })
    // compress_level 1: lossless like every level, and the quickest to write while the GPU waits.
    addNode(prompt, {
      class_type: 'SaveAnimatedPNG',
      inputs: { images: [pick, 0], filename_prefix: b.tailPrefix, fps: b.fps, compress_level: 1 },
      _meta: { title: 'Save the last frames (lossless APNG)' },
    })
  }
  return prompt
}

/** The id of the SaveAnimatedPNG that keeps a bound prompt's last frames, or null. */
export function tailNodeOf(prompt: ApiPrompt, tailPrefix: string | undefined): string | null {
  if (tailPrefix === undefined) return null
  const found = Object.entries(prompt).find(([, n]) => n.class_type === 'SaveAnimatedPNG' && n.inputs.filename_prefix === tailPrefix)
  return found?.[0] ?? null
}
