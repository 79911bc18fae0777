// Pulls prompts and generation settings out of image/video metadata: a ComfyUI API graph (PNG
// `prompt` chunk or MP4 `prompt` tag) or A1111-style `parameters` text.
import { z } from 'zod'
import { LongVideoTag } from './longVideoTag'

export interface ExtractedPrompt {
  source: 'comfyui' | 'a1111' | 'longvideo'
  positive: string | null
  negative: string | null
  steps: number | null
  cfg: number | null
  seed: number | null
  sampler: string | null
  scheduler: string | null
  width: number | null
  height: number | null
  frames: number | null
  loras: Array<{ name: string; strength: number }>
  models: string[]
}

const Link = z.tuple([z.union([z.string(), z.number()]), z.number()])
const ApiNode = z.object({ class_type: z.string(), inputs: z.record(z.string(), z.unknown()).default({}) })
const ApiGraph = z.record(z.string(), ApiNode)
type ApiGraph = z.infer<typeof ApiGraph>
type ApiNode = z.infer<typeof ApiNode>

const TEXT_INPUTS = ['text', 'text_g', 'prompt', 'string', 'value', 'positive_prompt']
const MODEL_INPUTS = ['unet_name', 'ckpt_name', 'model_name']
const MAX_DEPTH = 24

function emptyResult(source: ExtractedPrompt['source']): ExtractedPrompt {
  return {
    source,
    positive: null,
    negative: null,
    steps: null,
    cfg: null,
    seed: null,
    sampler: null,
    scheduler: null,
    width: null,
    height: null,
    frames: null,
    loras: [],
    models: [],
  }
}

function asLink(value: unknown): [string, number] | null {
  const parsed = Link.safeParse(value)
  return parsed.success ? [String(parsed.data[0]), parsed.data[1]] : null
}

function num(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null
}

function str(value: unknown): string | null {
  return typeof value === 'string' ? value : null
}

/** A sampler is a node with both conditioning inputs linked: KSampler, KSamplerAdvanced, SamplerCustom... */
function isSampler(node: ApiNode): boolean {
  return asLink(node.inputs.positive) !== null && asLink(node.inputs.negative) !== null &&
    ('seed' in node.inputs || 'noise_seed' in node.inputs || 'steps' in node.inputs || /sampler/i.test(node.class_type))
}

/**
 * Follows a conditioning link upstream to the text that made it. Nodes that carry both a positive and
 * a negative input (WanImageToVideo, ControlNet apply...) pass the side we are tracing; others pass
 * their first linked input.
 */
function traceText(graph: ApiGraph, link: [string, number] | null, side: 'positive' | 'negative', depth = 0): string | null {
  if (!link || depth > MAX_DEPTH) return null
  const node = graph[link[0]]
  if (!node) return null
  for (const key of TEXT_INPUTS) {
    const value = node.inputs[key]
    const text = str(value)
    if (text !== null) return text
    const textLink = asLink(value)
    if (textLink) {
      const traced = traceText(graph, textLink, side, depth + 1)
      if (traced !== null) return traced
    }
  }
  if ('positive' in node.inputs && 'negative' in node.inputs) {
    return traceText(graph, asLink(node.inputs[side]), side, depth + 1)
  }
  for (const value of Object.values(node.inputs)) {
    const next = asLink(value)
    if (next) {
      const traced = traceText(graph, next, side, depth + 1)
      if (traced !== null) return traced
    }
  }
  return null
}

/** Follows the latent link upstream to the node that sets the size (and, for video, the length). */
function traceSize(graph: ApiGraph, link: [string, number] | null, depth = 0): Pick<ExtractedPrompt, 'width' | 'height' | 'frames'> | null {
  if (!link || depth > MAX_DEPTH) return null
  const node = graph[link[0]]
  if (!node) return null
  const width = num(node.inputs.width)
  const height = num(node.inputs.height)
  if (width !== null && height !== null) {
    return { width, height, frames: num(node.inputs.length) ?? num(node.inputs.video_frames) }
  }
  for (const key of ['latent_image', 'samples', 'latent']) {
    const traced = traceSize(graph, asLink(node.inputs[key]), depth + 1)
    if (traced) return traced
  }
  return null
}

/** The sampler that starts the denoise: noise added and the lowest start step. */
function primarySampler(samplers: ApiNode[]): ApiNode | undefined {
  return [...samplers].sort((a, b) => {
    const noiseA = a.inputs.add_noise === 'disable' ? 1 : 0
    const noiseB = b.inputs.add_noise === 'disable' ? 1 : 0
    if (noiseA !== noiseB) return noiseA - noiseB
    return (num(a.inputs.start_at_step) ?? 0) - (num(b.inputs.start_at_step) ?? 0)
  })[0]
}

export function extractFromComfyGraph(raw: unknown): ExtractedPrompt | null {
  const parsed = ApiGraph.safeParse(raw)
  if (!parsed.success) return null
  const graph = parsed.data
  const result = emptyResult('comfyui')
  const nodes = Object.values(graph)
  const sampler = primarySampler(nodes.filter(isSampler))
  if (sampler) {
    result.positive = traceText(graph, asLink(sampler.inputs.positive), 'positive')
    result.negative = traceText(graph, asLink(sampler.inputs.negative), 'negative')
    result.steps = num(sampler.inputs.steps)
    result.cfg = num(sampler.inputs.cfg)
    result.seed = num(sampler.inputs.noise_seed) ?? num(sampler.inputs.seed)
    result.sampler = str(sampler.inputs.sampler_name)
    result.scheduler = str(sampler.inputs.scheduler)
    Object.assign(result, traceSize(graph, asLink(sampler.inputs.latent_image)) ?? {})
  }
  for (const node of nodes) {
    const loraName = str(node.inputs.lora_name)
    if (loraName !== null) {
      result.loras.push({ name: loraName, strength: num(node.inputs.strength_model) ?? num(node.inputs.strength) ?? 1 })
    }
    for (const key of MODEL_INPUTS) {
      const model = str(node.inputs[key])
      if (model !== null && !result.models.includes(model)) result.models.push(model)
    }
  }
  return result
}

/** A1111 / Forge `parameters`: prompt lines, "Negative prompt: ...", then "Key: value, ..." settings. */
export function extractFromA1111(text: string): ExtractedPrompt {
  const result = emptyResult('a1111')
  const lines = text.replace(/\r\n/g, '\n').split('\n')
  const settingsIndex = lines.findIndex((line) => /^Steps: \d+/.test(line.trim()))
  const body = settingsIndex >= 0 ? lines.slice(0, settingsIndex) : lines
  const settings = settingsIndex >= 0 ? lines.slice(settingsIndex).join(', ') : ''
  const negIndex = body.findIndex((line) => line.startsWith('Negative prompt:'))
  const positive = (negIndex >= 0 ? body.slice(0, negIndex) : body).join('\n').trim()
  const negative = negIndex >= 0 ? body.slice(negIndex).join('\n').replace(/^Negative prompt:\s*/, '').trim() : null
  for (const match of positive.matchAll(/<lora:([^:>]+):([-\d.]+)(?::[^>]*)?>/g)) {
    result.loras.push({ name: match[1]!, strength: Number(match[2]) })
  }
  result.positive = positive.replace(/<lora:[^>]+>/g, '').replace(/\s{2,}/g, ' ').trim() || null
  result.negative = negative || null
  const fields = new Map<string, string>()
  for (const match of settings.matchAll(/([A-Za-z][\w /-]*?):\s*("(?:[^"\\]|\\.)*"|[^,]*)/g)) {
    fields.set(match[1]!.trim().toLowerCase(), match[2]!.trim())
  }
  const number = (key: string) => {
    const value = Number(fields.get(key))
    return fields.has(key) && Number.isFinite(value) ? value : null
  }
  result.steps = number('steps')
  result.cfg = number('cfg scale')
  result.seed = number('seed')
  result.sampler = fields.get('sampler') ?? null
  result.scheduler = fields.get('schedule type') ?? null
  const size = /^(\d+)x(\d+)$/.exec(fields.get('size') ?? '')
  if (size) {
    result.width = Number(size[1])
    result.height = Number(size[2])
  }
  const model = fields.get('model')
  if (model) result.models.push(model)
  return result
}

/** A long video of ours: the storyboard ("[1] ...", one line per segment) and the job's settings. */
export function extractFromLongVideo(raw: unknown): ExtractedPrompt | null {
  const parsed = LongVideoTag.safeParse(raw)
  if (!parsed.success || parsed.data.segments.length === 0) return null
  const { parameters: p, segments } = parsed.data
  const result = emptyResult('longvideo')
  result.positive = segments.length === 1 ? segments[0]!.prompt : segments.map((s, i) => `[${i + 1}] ${s.prompt}`).join('\n')
  result.negative = parsed.data.negative_prompt ?? null
  result.steps = p.steps ?? null
  result.cfg = p.cfg ?? null
  // One seed only when every segment used it; the frames of the whole file (not of one segment) when known.
  const seeds = new Set(segments.map((s) => s.seed ?? null))
  result.seed = seeds.size === 1 ? (segments[0]?.seed ?? null) : null
  result.width = p.width ?? null
  result.height = p.height ?? null
  result.frames = parsed.data.frames ?? (segments.length === 1 ? (p.frames ?? null) : null)
  const loras = [p.loras, ...segments.map((s) => s.loras)].flatMap((l) => (l ? [...l.high, ...l.low] : []))
  for (const lora of loras) if (!result.loras.some((l) => l.name === lora.name)) result.loras.push(lora)
  result.models = [p.models?.high, p.models?.low].filter((m): m is string => typeof m === 'string')
  return result
}

/** Picks the best source among the text metadata of a file (PNG chunks or MP4 tags). */
export function extractPrompt(meta: Record<string, string>): ExtractedPrompt | null {
  if (meta.longvideo) {
    try {
      const ours = extractFromLongVideo(JSON.parse(meta.longvideo))
      if (ours) return ours
    } catch {
      // not JSON: fall through
    }
  }
  if (meta.prompt) {
    try {
      const fromGraph = extractFromComfyGraph(JSON.parse(meta.prompt))
      if (fromGraph) return fromGraph
    } catch {
      // not JSON: fall through to the other sources
    }
  }
  if (meta.parameters) return extractFromA1111(meta.parameters)
  return null
}
