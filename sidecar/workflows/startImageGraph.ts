// Start from text: the ComfyUI prompt of one candidate start image. Either a Wan2.2 text-to-video
// template run at length 1 (the latent holds one frame; its decoded frame goes to SaveImage instead
// of a video), or the user's text-to-image graph with its prompt, seed and size written by role.
// Pure: the template is never mutated.
import type { ImageTemplateRoles } from '../contract'
import { clonePrompt, isLink, type ApiPrompt, type InputValue } from './apiPrompt'
import { addNode } from './graphEdit'
import { ancestors, describe, linkOf, sortedIds, valueAt, valueSite, type Site } from './graphWalk'
import { isSampler, textSources } from './detectRoles'
import type { InputRef, Template } from './template'
import { checkSize } from './videoSize'
import { WorkflowError } from './workflowError'

export interface StillBinding {
  positive: string
  negative: string
  width: number
  height: number
  seed: number
  /** SaveImage filename_prefix, e.g. "longvideo/start/set3_c2". */
  prefix: string
}

export interface BoundStill {
  prompt: ApiPrompt
  /** The SaveImage whose first image is the candidate. */
  outputNode: string
}

function write(prompt: ApiPrompt, refs: InputRef[], value: InputValue): void {
  for (const ref of refs) {
    const node = prompt[ref.node]
    if (node) node.inputs[ref.input] = value
  }
}

/** Keeps only what feeds `output` (the video branch and the last-frame branch go). */
function keepFeeding(prompt: ApiPrompt, output: string): void {
  const keep = new Set([output, ...ancestors(prompt, output)])
  for (const id of Object.keys(prompt)) if (!keep.has(id)) delete prompt[id]
}

/**
 * A text-to-video template at length 1: one latent frame, decoded and saved as a PNG. The high- and
 * low-noise passes, steps, cfg, shift and models stay as the template has them.
 */
export function bindT2vStill(t: Template, b: StillBinding): BoundStill {
  if (t.kind !== 't2v') throw new WorkflowError('invalid_template', `${t.name} is not a text-to-video template`, 'maker')
  const size = checkSize(b.width, b.height, t.family)
  if (size.adjusted) throw new WorkflowError('bad_binding', `width: ${size.message ?? 'not a valid size'}`, 'width')
  const prompt = clonePrompt(t.prompt)
  const { roles } = t
  write(prompt, roles.positive, b.positive)
  write(prompt, roles.negative, b.negative)
  write(prompt, roles.width, b.width)
  write(prompt, roles.height, b.height)
  write(prompt, roles.length, 1)
  write(prompt, roles.seed, b.seed)
  const frames = linkOf(prompt, roles.video_images.node, roles.video_images.input)
  if (!frames) throw new WorkflowError('invalid_template', `${t.name}: nothing feeds ${describe(prompt, roles.video_images.node)}.${roles.video_images.input}`, 'maker')
  const outputNode = addNode(prompt, {
    class_type: 'SaveImage',
    inputs: { images: [frames[0], frames[1]], filename_prefix: b.prefix },
    _meta: { title: 'Save start image candidate' },
  })
  keepFeeding(prompt, outputNode)
  return { prompt, outputNode }
}

/** A user's text-to-image graph with one candidate's values; batch size 1. */
export function bindImageTemplate(graph: Record<string, unknown>, roles: ImageTemplateRoles, b: StillBinding): BoundStill {
  const prompt = clonePrompt(graph as ApiPrompt)
  write(prompt, roles.positive, b.positive)
  write(prompt, roles.negative, b.negative)
  write(prompt, roles.width, b.width)
  write(prompt, roles.height, b.height)
  write(prompt, roles.seed, b.seed)
  write(prompt, roles.batch, 1)
  write(prompt, [roles.image_output], b.prefix)
  keepFeeding(prompt, roles.image_output.node)
  return { prompt, outputNode: roles.image_output.node }
}

const IMAGE_OUTPUTS = ['SaveImage']
const LATENT_INPUTS = ['latent_image', 'samples', 'latent']

export interface ImageDetection {
  roles: ImageTemplateRoles | null
  /** How each role was found. */
  found: string[]
  problems: string[]
}

function inputSites(prompt: ApiPrompt, node: string, input: string): InputRef[] {
  const site: Site = valueSite(prompt, node, input)
  return [{ node: site.node, input: site.input ?? input }]
}

/** The node that sets the latent's size: upstream of the first pass through latent links. */
function latentSize(prompt: ApiPrompt, sampler: string): string | null {
  let link = linkOf(prompt, sampler, 'latent_image')
  for (let depth = 0; link && depth < 20; depth++) {
    const id: string = link[0]
    const node = prompt[id]
    if (!node) return null
    if ('width' in node.inputs && 'height' in node.inputs) return id
    link = LATENT_INPUTS.map((i) => linkOf(prompt, id, i)).find((l) => l !== null) ?? null
  }
  return null
}

/**
 * Finds the roles of a text-to-image graph by its links: the SaveImage output, the sampler passes
 * feeding it, the latent that sets the size, the prompts and the seed. Pure.
 */
export function detectImageRoles(prompt: ApiPrompt): ImageDetection {
  const found: string[] = []
  const problems: string[] = []
  const ids = sortedIds(Object.keys(prompt))
  const outputs = ids.filter((id) => IMAGE_OUTPUTS.includes(prompt[id]?.class_type ?? '') && [...ancestors(prompt, id)].some((a) => isSampler(prompt, a)))
  if (outputs.length !== 1) {
    problems.push(outputs.length === 0
      ? 'image output: no SaveImage is fed by a sampler (KSampler or KSamplerAdvanced)'
      : `image output: ${outputs.length} SaveImage nodes (${outputs.map((id) => describe(prompt, id)).join(', ')}); keep one`)
    return { roles: null, found, problems }
  }
  const output = outputs[0] as string
  found.push(`${describe(prompt, output)} saves the image`)
  const samplers = sortedIds([...ancestors(prompt, output)].filter((id) => isSampler(prompt, id)))
  // The first pass is the one no other pass feeds.
  const first = samplers.find((id) => !samplers.some((other) => other !== id && ancestors(prompt, id).has(other)))
  if (!first) return { roles: null, found, problems: ['sampler: cannot tell the first pass'] }
  if ([...ancestors(prompt, output)].some((id) => ['LoadImage', 'LoadImageOutput'].includes(prompt[id]?.class_type ?? ''))) {
    problems.push('image output: the graph loads an image (LoadImage); a text-to-image graph starts from an empty latent')
  }
  const seeded = samplers.filter((id) => prompt[id]?.inputs.add_noise !== 'disable')
  const seed = seeded.flatMap((id) => ['noise_seed', 'seed'].filter((i) => i in (prompt[id]?.inputs ?? {})).flatMap((i) => inputSites(prompt, id, i)))
  if (seed.length === 0) problems.push(`seed: ${describe(prompt, first)} has no seed or noise_seed input`)
  else found.push(`the seed of ${seeded.map((id) => describe(prompt, id)).join(' and ')}`)
  const text = (side: 'positive' | 'negative'): InputRef[] => {
    const link = linkOf(prompt, first, side)
    const sites = link ? textSources(prompt, link, side).sites : []
    return sites.flatMap((s) => (s.input ? [{ node: s.node, input: s.input }] : []))
  }
  const positive = text('positive')
  const negative = text('negative')
  if (positive.length !== 1) problems.push(`positive prompt: ${positive.length === 0 ? 'no' : positive.length} text encoders feed ${describe(prompt, first)}.positive${positive.length > 1 ? '; keep one' : ''}`)
  else found.push(`${describe(prompt, positive[0]?.node ?? '')} is the prompt`)
  const latent = latentSize(prompt, first)
  if (!latent) problems.push(`size: no node with width and height makes the latent of ${describe(prompt, first)}`)
  else found.push(`${describe(prompt, latent)} sets the size`)
  if (problems.length > 0 || !latent) return { roles: null, found, problems }
  const batch = ['batch_size', 'length'].filter((i) => i in (prompt[latent]?.inputs ?? {}) && !isLink(prompt[latent]?.inputs[i])).map((input) => ({ node: latent, input }))
  return {
    roles: {
      positive,
      negative: negative.length === 1 ? negative : [],
      width: inputSites(prompt, latent, 'width'),
      height: inputSites(prompt, latent, 'height'),
      seed,
      batch,
      image_output: { node: output, input: 'filename_prefix' },
    },
    found,
    problems,
  }
}

/** The size a graph was made for (for a candidate that gives none). */
export function graphSize(prompt: ApiPrompt, roles: ImageTemplateRoles): { width: number; height: number } {
  const at = (refs: InputRef[]) => {
    const ref = refs[0]
    const v = ref ? valueAt(prompt, ref.node, ref.input) : undefined
    return typeof v === 'number' ? v : 1024
  }
  return { width: at(roles.width), height: at(roles.height) }
}
