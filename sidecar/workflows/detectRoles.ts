// Finds the roles of a user's Wan2.2 graph by following its links, not by fixed node ids: the video
// output, the sampler passes feeding it, and from those the latent/size node, the start image, the
// prompts, the model loaders and the frame rate. Pure: reports what it found, how, and what is wrong.
import type { Preset } from '../contract'
import { normalizeFrames } from '../contract'
import { isLink, type ApiPrompt, type Link } from './apiPrompt'
import { ancestors, describe, linkOf, literal, sortedIds, valueAt, valueSite, type Site } from './graphWalk'
import { checkSize, type ModelFamily } from './videoSize'

export interface FoundRole {
  /** Flat role name: start_image, positive, split.end, options.virtual_vram_gb, ... */
  role: string
  sites: Site[]
  /** How it was found, for the role editor. */
  how: string
}

export interface RoleProblem {
  role: string
  message: string
  /** Node ids the user can pick from, when the graph offers several. */
  candidates?: string[]
}

export interface Detection {
  roles: FoundRole[]
  problems: RoleProblem[]
  family: ModelFamily
  kind: 'i2v' | 'ti2v'
  defaults: Preset['defaults']
  models: Preset['models']
  options: Preset['options']
  /** The decoded frames that feed the video output: the engine's last-frame branch reads them. */
  frames: Link | null
}

const VIDEO_OUTPUTS = ['SaveVideo', 'VHS_VideoCombine']
const UNSUPPORTED_OUTPUTS = ['SaveAnimatedWEBP', 'SaveWEBM', 'SaveAnimatedPNG']
const IMAGE_TO_VIDEO = ['WanImageToVideo', 'Wan22ImageToVideoLatent', 'WanFirstLastFrameToVideo', 'WanFunInpaintToVideo', 'WanCameraImageToVideo']
const LOAD_IMAGE = ['LoadImage', 'LoadImageOutput']
const MODEL_NAME_INPUTS = ['unet_name', 'ckpt_name', 'model_name', 'gguf_name']
/** Loader tunables offered as preset options (ComfyUI-MultiGPU's DisTorch2 loaders). */
const LOADER_OPTIONS: Record<string, string> = {
  virtual_vram_gb: 'Virtual VRAM (GB moved off the GPU)',
  expert_mode_allocations: 'DisTorch2 expert allocations (e.g. cuda:0,2.5gb;cpu,*), overrides virtual VRAM',
}

export const isSampler = (prompt: ApiPrompt, id: string) =>
  ['model', 'positive', 'negative', 'latent_image'].every((i) => linkOf(prompt, id, i) !== null)

function numberOr(value: unknown, fallback: number): number {
  return typeof value === 'number' && Number.isFinite(value) ? value : fallback
}

/** The video output node: the one the caller chose, else the only supported one. */
function findVideoOutput(prompt: ApiPrompt, chosen: string | undefined, problems: RoleProblem[]): string | null {
  const ids = sortedIds(Object.keys(prompt))
  const supported = ids.filter((id) => VIDEO_OUTPUTS.includes(prompt[id]?.class_type ?? ''))
  if (chosen !== undefined) {
    if (!supported.includes(chosen)) {
      problems.push({ role: 'video_output', message: `video output: ${describe(prompt, chosen)} is not a SaveVideo or VHS_VideoCombine node`, candidates: supported })
      return null
    }
    return chosen
  }
  if (supported.length === 1) return supported[0] ?? null
  if (supported.length > 1) {
    const list = supported.map((id) => describe(prompt, id)).join(', ')
    problems.push({ role: 'video_output', message: `video output: ${supported.length} nodes could save the segment (${list}); pick one`, candidates: supported })
    return null
  }
  const unsupported = ids.filter((id) => UNSUPPORTED_OUTPUTS.includes(prompt[id]?.class_type ?? ''))
  const message = unsupported.length > 0
    ? `video output: ${unsupported.map((id) => describe(prompt, id)).join(', ')} is not supported (segments are stitched as MP4); save with CreateVideo -> SaveVideo or VHS_VideoCombine instead`
    : 'video output: the graph saves no video; add CreateVideo -> SaveVideo (or VHS_VideoCombine)'
  problems.push({ role: 'video_output', message })
  return null
}

/** Sampler passes feeding the video, in latent order (first pass first). */
function samplerPasses(prompt: ApiPrompt, video: string | null, problems: RoleProblem[]): string[] {
  const pool = video ? [...ancestors(prompt, video)] : Object.keys(prompt)
  const samplers = sortedIds(pool.filter((id) => isSampler(prompt, id)))
  if (samplers.length === 0) {
    problems.push({ role: 'seed', message: 'sampler: no KSampler or KSamplerAdvanced feeds the video output' })
    return []
  }
  if (samplers.length > 2) {
    problems.push({ role: 'seed', message: `sampler: ${samplers.length} sampler passes (${samplers.map((id) => describe(prompt, id)).join(', ')}); only one- and two-pass graphs are supported` })
    return []
  }
  const [a, b] = samplers as [string, string | undefined]
  if (b === undefined) return [a]
  // The later pass depends on the earlier one through its latent; else the one adding noise is first.
  if (ancestors(prompt, b).has(a)) return [a, b]
  if (ancestors(prompt, a).has(b)) return [b, a]
  const addsNoise = (id: string) => literal(prompt, id, 'add_noise') !== 'disable' && numberOr(literal(prompt, id, 'start_at_step'), 0) === 0
  if (addsNoise(a) !== addsNoise(b)) return addsNoise(a) ? [a, b] : [b, a]
  problems.push({ role: 'seed', message: `sampler: ${describe(prompt, a)} and ${describe(prompt, b)} are not chained; cannot tell the high-noise pass` })
  return []
}

/** Follows a latent upstream to the node that sets its size and length. */
function latentSource(prompt: ApiPrompt, sampler: string): string | null {
  let link = linkOf(prompt, sampler, 'latent_image')
  for (let depth = 0; link && depth < 20; depth++) {
    const id = link[0]
    const node = prompt[id]
    if (!node) return null
    if (['width', 'height', 'length'].every((i) => i in node.inputs)) return id
    link = ['samples', 'latent_image', 'latent', 'samples1'].map((i) => linkOf(prompt, id, i)).find((l) => l !== null) ?? null
  }
  return null
}

/** The CLIPTextEncode (or similar) a conditioning link comes from, through conditioning nodes. */
export function textSources(prompt: ApiPrompt, start: Link, role: 'positive' | 'negative'): { sites: Site[]; via: string[] } {
  const sites: Site[] = []
  const via: string[] = []
  const todo: Link[] = [start]
  const seen = new Set<string>()
  while (todo.length > 0) {
    const [id] = todo.pop() as Link
    const node = prompt[id]
    if (!node || seen.has(id)) continue
    seen.add(id)
    if ('text' in node.inputs && /TextEncode/i.test(node.class_type)) {
      sites.push(valueSite(prompt, id, 'text'))
      continue
    }
    // Nodes that pass both conditionings on (WanImageToVideo) are followed on the same side only.
    const own = linkOf(prompt, id, role)
    const next = own ? [own] : Object.entries(node.inputs).filter(([k, v]) => k.startsWith('conditioning') && isLink(v)).map(([, v]) => v as Link)
    if (next.length > 0) via.push(describe(prompt, id))
    todo.push(...next)
  }
  return { sites, via }
}

interface ModelPath {
  loader: string
  nameInput: string | null
  /** Where our LoRA chain goes: after the existing LoRA nearest the sampler, else after the loader. */
  chainAfter: Site
  via: string[]
}

function modelPath(prompt: ApiPrompt, sampler: string): ModelPath | null {
  let link = linkOf(prompt, sampler, 'model')
  let chainAfter: Site | null = null
  const via: string[] = []
  for (let depth = 0; link && depth < 50; depth++) {
    const [id, slot] = link
    const node = prompt[id]
    if (!node) return null
    const upstream = linkOf(prompt, id, 'model')
    if (!upstream) {
      const nameInput = MODEL_NAME_INPUTS.find((i) => typeof node.inputs[i] === 'string') ?? null
      return { loader: id, nameInput, chainAfter: chainAfter ?? { node: id, output: slot }, via }
    }
    if (!chainAfter && /lora/i.test(node.class_type)) chainAfter = { node: id, output: slot }
    via.push(describe(prompt, id))
    link = upstream
  }
  return null
}

function modelFolderOf(classType: string): string {
  if (/GGUF/.test(classType)) return 'unet_gguf'
  if (/Checkpoint/.test(classType)) return 'checkpoints'
  return 'diffusion_models'
}

/** The start-image LoadImage: every loader reachable upstream of the image-to-video node's start_image. */
function findStartImage(prompt: ApiPrompt, i2v: string, roles: FoundRole[], problems: RoleProblem[]): boolean {
  const link = linkOf(prompt, i2v, 'start_image')
  if (!link) {
    problems.push({ role: 'start_image', message: `start image: no LoadImage feeds ${prompt[i2v]?.class_type ?? 'the image-to-video node'}.start_image` })
    return false
  }
  roles.push({ role: 'start_image_link', sites: [{ node: i2v, input: 'start_image' }], how: `the start_image input of ${describe(prompt, i2v)}` })
  const reach = new Set([link[0], ...ancestors(prompt, link[0])])
  const loaders = sortedIds([...reach].filter((id) => LOAD_IMAGE.includes(prompt[id]?.class_type ?? '')))
  const via = sortedIds([...reach].filter((id) => !loaders.includes(id))).map((id) => describe(prompt, id))
  const through = via.length > 0 ? ` through ${via.join(', ')}` : ''
  if (loaders.length === 0) {
    problems.push({ role: 'start_image', message: `start image: no LoadImage feeds ${prompt[i2v]?.class_type}.start_image (it comes from ${describe(prompt, link[0])})` })
    return false
  }
  let chosen = loaders.length === 1 ? loaders[0] : undefined
  let how = `${describe(prompt, chosen ?? '')} feeds ${describe(prompt, i2v)}.start_image${through}`
  if (!chosen) {
    const titled = loaders.filter((id) => /start|first/i.test(prompt[id]?._meta?.title ?? ''))
    if (titled.length === 1) {
      chosen = titled[0]
      how = `${describe(prompt, chosen ?? '')} is the one of ${loaders.length} LoadImage nodes upstream of ${describe(prompt, i2v)}.start_image whose title says start`
    }
  }
  if (!chosen) {
    const names = loaders.map((id) => `#${id}${prompt[id]?._meta?.title ? ` '${prompt[id]?._meta?.title}'` : ''}`)
    const count = loaders.length === 2 ? 'two' : String(loaders.length)
    problems.push({ role: 'start_image', message: `start image: ${count} LoadImage nodes could be the start image (${names.join(', ')}); pick one`, candidates: loaders })
    return false
  }
  roles.push({ role: 'start_image', sites: [{ node: chosen, input: 'image' }], how })
  return true
}

export function detectRoles(prompt: ApiPrompt, chosen: { videoOutput?: string } = {}): Detection {
  const roles: FoundRole[] = []
  const problems: RoleProblem[] = []
  const add = (role: string, sites: Site[], how: string) => roles.push({ role, sites, how })

  // The video output and the frames it encodes.
  const video = findVideoOutput(prompt, chosen.videoOutput, problems)
  let frames: Link | null = null
  let fps = 16
  if (video) {
    const node = prompt[video]
    let framesNode = video
    if (node?.class_type === 'SaveVideo') {
      const create = linkOf(prompt, video, 'video')
      if (!create || !prompt[create[0]] || !('images' in (prompt[create[0]]?.inputs ?? {}))) {
        problems.push({ role: 'video_images', message: `video output: ${describe(prompt, video)} must get its video from CreateVideo (images + fps)` })
      } else framesNode = create[0]
    } else if (node && typeof literal(prompt, video, 'format') === 'string' && !String(literal(prompt, video, 'format')).startsWith('video/')) {
      problems.push({ role: 'video_output', message: `video output: ${describe(prompt, video)} saves ${String(literal(prompt, video, 'format'))}; choose a video/ format (video/h264-mp4)` })
    }
    add('video_output', [{ node: video, input: 'filename_prefix' }], `${describe(prompt, video)} saves the video`)
    if (framesNode !== video || node?.class_type === 'VHS_VideoCombine') {
      frames = linkOf(prompt, framesNode, 'images')
      add('video_images', [{ node: framesNode, input: 'images' }], `the frames input of ${describe(prompt, framesNode)}`)
      const fpsInput = framesNode === video ? 'frame_rate' : 'fps'
      add('fps', [valueSite(prompt, framesNode, fpsInput)], `${describe(prompt, framesNode)}.${fpsInput}`)
      fps = numberOr(valueAt(prompt, framesNode, fpsInput), fps)
      if (!frames) problems.push({ role: 'video_images', message: `video output: nothing is linked to ${describe(prompt, framesNode)}.images` })
    }
  }

  // An existing last-frame branch: SaveImage <- ImageFromBatch <- the same frames.
  if (frames) {
    for (const id of sortedIds(Object.keys(prompt))) {
      const pick = linkOf(prompt, id, 'images')
      if (prompt[id]?.class_type !== 'SaveImage' || !pick || prompt[pick[0]]?.class_type !== 'ImageFromBatch') continue
      const from = linkOf(prompt, pick[0], 'image')
      if (from && from[0] === frames[0] && from[1] === frames[1]) {
        add('last_frame_output', [{ node: id, input: 'filename_prefix' }], `${describe(prompt, id)} saves one frame of the video's frames`)
        add('last_frame_index', [{ node: pick[0], input: 'batch_index' }], `${describe(prompt, pick[0])} picks that frame`)
        break
      }
    }
  }

  // Sampler passes: the first adds the noise and runs the high-noise model.
  const passes = samplerPasses(prompt, video, problems)
  const first = passes[0]
  const defaults = { width: 832, height: 480, fps, frames: 81, steps: 20, cfg: 3.5 }
  let family: ModelFamily = 'wan22_14b'
  const models: Preset['models'] = { folder: 'diffusion_models', high: '', low: null }
  const options: Preset['options'] = []
  if (first) {
    const passName = (id: string) => (passes.length === 2 ? `${id === first ? 'first (high-noise)' : 'second (low-noise)'} pass ${describe(prompt, id)}` : describe(prompt, id))
    const seeded = passes.filter((id) => literal(prompt, id, 'add_noise') !== 'disable')
    const seedSites = seeded.flatMap((id) => ['noise_seed', 'seed'].filter((i) => i in (prompt[id]?.inputs ?? {})).map((i) => valueSite(prompt, id, i)))
    if (seedSites.length > 0) add('seed', seedSites, `the seed of ${seeded.map(passName).join(' and ')} (the pass that adds noise)`)
    else problems.push({ role: 'seed', message: `seed: ${describe(prompt, first)} has no seed or noise_seed input` })
    for (const input of ['steps', 'cfg']) {
      const sites = passes.filter((id) => input in (prompt[id]?.inputs ?? {})).map((id) => valueSite(prompt, id, input))
      if (sites.length > 0) add(input, sites, `${input} of ${passes.map(passName).join(' and ')}`)
      else problems.push({ role: input, message: `${input}: ${describe(prompt, first)} has no ${input} input` })
    }
    defaults.steps = Math.round(numberOr(valueAt(prompt, first, 'steps'), 20))
    defaults.cfg = numberOr(valueAt(prompt, first, 'cfg'), 3.5)
    const second = passes[1]
    if (second && 'end_at_step' in (prompt[first]?.inputs ?? {}) && 'start_at_step' in (prompt[second]?.inputs ?? {})) {
      add('split.end', [valueSite(prompt, first, 'end_at_step')], `where ${passName(first)} stops`)
      add('split.start', [valueSite(prompt, second, 'start_at_step')], `where ${passName(second)} starts`)
    }

    // Prompts, from the first pass's conditioning.
    const texts: Record<string, Site[]> = {}
    for (const side of ['positive', 'negative'] as const) {
      const link = linkOf(prompt, first, side)
      const found = link ? textSources(prompt, link, side) : { sites: [], via: [] }
      const through = found.via.length > 0 ? ` through ${found.via.join(', ')}` : ''
      if (found.sites.length === 1) {
        texts[side] = found.sites
        add(side, found.sites, `${describe(prompt, found.sites[0]?.node ?? '')} feeds ${describe(prompt, first)}.${side}${through}`)
      } else if (found.sites.length === 0) {
        problems.push({ role: side, message: `${side} prompt: no CLIPTextEncode feeds ${describe(prompt, first)}.${side}${through}` })
      } else {
        const ids = found.sites.map((s) => s.node)
        problems.push({ role: side, message: `${side} prompt: ${ids.length} text encoders feed ${describe(prompt, first)}.${side} (${ids.map((id) => describe(prompt, id)).join(', ')}); pick one`, candidates: ids })
      }
    }
    const [p, n] = [texts.positive?.[0], texts.negative?.[0]]
    if (p && n && p.node === n.node && p.input === n.input) {
      problems.push({ role: 'negative', message: `negative prompt: it is the same text as the positive prompt (${describe(prompt, p.node)}); give the negative its own CLIPTextEncode` })
    }

    // Size and length, on the node that makes the latent.
    const latent = latentSource(prompt, first)
    if (latent) {
      for (const input of ['width', 'height', 'length']) add(input, [valueSite(prompt, latent, input)], `${describe(prompt, latent)}.${input} (it makes the latent of ${describe(prompt, first)})`)
      if (prompt[latent]?.class_type === 'Wan22ImageToVideoLatent') family = 'wan22_5b'
      const size = checkSize(Math.max(16, numberOr(valueAt(prompt, latent, 'width'), 832)), Math.max(16, numberOr(valueAt(prompt, latent, 'height'), 480)), family)
      defaults.width = Math.min(4096, size.width)
      defaults.height = Math.min(4096, size.height)
      defaults.frames = Math.min(1025, normalizeFrames(numberOr(valueAt(prompt, latent, 'length'), 81)))
    } else {
      problems.push({ role: 'length', message: `size: no node with width, height and length makes the latent of ${describe(prompt, first)}` })
    }

    // The start image: upstream of the image-to-video node's start_image.
    const candidates = [...ancestors(prompt, first)].filter((id) => IMAGE_TO_VIDEO.includes(prompt[id]?.class_type ?? '') || 'start_image' in (prompt[id]?.inputs ?? {}))
    const i2v = latent && candidates.includes(latent) ? latent : candidates.length === 1 ? candidates[0] : undefined
    if (i2v) findStartImage(prompt, i2v, roles, problems)
    else if (candidates.length > 1) {
      problems.push({ role: 'start_image', message: `start image: ${candidates.length} image-to-video nodes (${sortedIds(candidates).map((id) => describe(prompt, id)).join(', ')}); cannot tell which starts the segment` })
    } else {
      const by = latent ? ` (${describe(prompt, latent)} makes the latent)` : ''
      problems.push({ role: 'start_image', message: `start image: the graph has no image-to-video node${by}; each segment starts from the previous last frame, so it needs WanImageToVideo, Wan22ImageToVideoLatent or WanFirstLastFrameToVideo with a LoadImage on start_image` })
    }

    // Models: each pass's model, upstream through LoRAs and patches to its loader.
    const paths = passes.map((id) => modelPath(prompt, id))
    const [high, low] = paths
    const sameLoader = high && low && high.loader === low.loader
    const modelRoles = sameLoader ? [['high', high, first]] as const : ([['high', high, first], ['low', low, passes[1]]] as const)
    for (const [which, path, pass] of modelRoles) {
      if (!pass) continue
      if (!path || !path.nameInput) {
        problems.push({ role: `model_${which}`, message: `${which}-noise model: no loader with a model file input feeds ${describe(prompt, pass)}.model` })
        continue
      }
      const through = path.via.length > 0 ? ` through ${path.via.join(', ')}` : ''
      add(`model_${which}`, [{ node: path.loader, input: path.nameInput }], `${describe(prompt, path.loader)} feeds the model of ${passName(pass)}${through}`)
      add(`lora_${which}`, [path.chainAfter], path.chainAfter.node === path.loader ? `LoRAs go right after ${describe(prompt, path.loader)}` : `LoRAs go after the existing ${describe(prompt, path.chainAfter.node)}`)
      const file = valueAt(prompt, path.loader, path.nameInput)
      if (which === 'high') {
        models.high = typeof file === 'string' ? file : ''
        models.folder = modelFolderOf(prompt[path.loader]?.class_type ?? '')
      } else models.low = typeof file === 'string' ? file : null
    }
    const loaders = sortedIds(new Set(paths.filter((m): m is ModelPath => m !== null).map((m) => m.loader)))
    for (const [key, label] of Object.entries(LOADER_OPTIONS)) {
      const sites = loaders.filter((id) => key in (prompt[id]?.inputs ?? {})).map((id) => ({ node: id, input: key }))
      const value = sites[0] ? valueAt(prompt, sites[0].node, key) : undefined
      if (!sites[0] || (typeof value !== 'number' && typeof value !== 'string')) continue
      add(`options.${key}`, sites, `${key} of ${loaders.map((id) => describe(prompt, id)).join(' and ')}`)
      options.push({ key, label, type: typeof value === 'number' ? 'number' : 'string', default: value })
    }
  }
  defaults.fps = Math.min(120, Math.max(1, Math.round(defaults.fps)))
  defaults.steps = Math.min(200, Math.max(passes.length, defaults.steps))
  defaults.cfg = Math.min(30, Math.max(0, defaults.cfg))
  return { roles, problems, family, kind: family === 'wan22_5b' ? 'ti2v' : 'i2v', defaults, models, options, frames }
}
