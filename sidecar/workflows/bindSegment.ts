// Binds one segment's values into a template by role and returns a ComfyUI API prompt. Pure: the
// template is never mutated.
import { MAX_SEED } from '../contract'
import { clonePrompt, type ApiPrompt, type InputValue } from './apiPrompt'
import { isValidFrameCount, normalizeFrames } from './frameCount'
import { addNode, removeIfUnused } from './graphEdit'
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

  insertLoraChain(prompt, roles.lora_high, b.loras.high, 'high')
  if (roles.lora_low) insertLoraChain(prompt, roles.lora_low, b.loras.low, 'low')

  if (b.dropFirstFrame) {
    const site = prompt[roles.video_images.node]
    const decoded = site?.inputs[roles.video_images.input]
    if (site && decoded !== undefined) {
      const id = addNode(prompt, {
        class_type: 'ImageFromBatch',
        inputs: { image: decoded, batch_index: 1, length: b.frames - 1 },
        _meta: { title: 'Leave out frame 0 (it repeats the previous segment)' },
      })
      site.inputs[roles.video_images.input] = [id, 0]
    }
  }
  return prompt
}
