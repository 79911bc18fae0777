// What each node class "does" in the simulator, over symbolic values (frames as recipes, models as tokens).
import { statSync } from 'node:fs'
import path from 'node:path'
import { clipFrames, fitFrame, type ColorDrift, type FrameRecipe, type FrameRenderer, type ImageBatch } from './frameRecipes'
import { encodePng, encodeVideo, writeFileAtomic, type VideoKind } from './ffmpegMedia'
import { annotatedFilePath, counterText, saveTarget, vhsCounter, type SimFolders } from './folderPaths'
import type { NodeSchema } from './nodeSchemas'
import { estimateVelocity, velocityFor, type Raster } from './rasterOps'

export interface LatentPlan {
  width: number
  height: number
  /** Frames a decode gives back. */
  frames: number
  /** WanImageToVideo's start frames: the clip repeats them first, and goes on with the motion they show. */
  start?: ImageBatch
  /**
   * SVI 2.0 Pro's conditioning: frame 0 is the anchor, then the frames of the previous clip's last
   * latent(s), whose motion the clip goes on with.
   */
  svi?: { anchor: FrameRecipe; motion: FrameRecipe[] }
  /** Held to an anchor picture (ref_pad_image, SVI's anchor): the clip does not drift in colour. */
  anchored?: boolean
  /** Set once a sampler added noise: different seeds give different clips. */
  seed?: number
  /** A VAE-encoded batch decodes back to itself. */
  encoded?: ImageBatch
}

export type SimValue =
  | { kind: 'image'; batch: ImageBatch }
  | { kind: 'latent'; latent: LatentPlan }
  | { kind: 'video'; images: ImageBatch; fps: number }
  | { kind: 'primitive'; type: string; value: unknown }
  | { kind: 'opaque'; type: string; origin: string }

export type UiOutput = Record<string, unknown[]>

export interface NodeResult {
  outputs: SimValue[]
  ui?: UiOutput
}

/** A failure the node raises, reported as execution_error with this Python exception type. */
export class NodeExecutionError extends Error {
  constructor(readonly exceptionType: string, message: string) {
    super(message)
  }
}

export interface NodeContext {
  nodeId: string
  classType: string
  schema: NodeSchema
  /** Literal values as validated, or the SimValue of a linked output. */
  inputs: Record<string, unknown>
  folders: SimFolders
  ffmpegPath: string
  renderer: FrameRenderer
  /** Colour shift each generated clip picks up over its frames (SimOptions.colorDrift). */
  colorDrift?: ColorDrift | undefined
  /** The API prompt and extra_pnginfo, written into saved files as ComfyUI does. */
  prompt: unknown
  extraPngInfo: Record<string, unknown>
  /** Reports a sampler step (value of max), spending the simulated GPU time; throws if interrupted. */
  progress: (value: number, max: number) => Promise<void>
}

type NodeImpl = (ctx: NodeContext) => Promise<NodeResult>

// ---------- input helpers ----------

function defaultOf(ctx: NodeContext, name: string): unknown {
  const spec = ctx.schema.input.required?.[name] ?? ctx.schema.input.optional?.[name]
  const extra = spec?.[1]
  return extra && typeof extra === 'object' ? (extra as { default?: unknown }).default : undefined
}

function literal(ctx: NodeContext, name: string): unknown {
  const v = name in ctx.inputs ? ctx.inputs[name] : defaultOf(ctx, name)
  if (isSimValue(v) && v.kind === 'primitive') return v.value
  return v
}

function num(ctx: NodeContext, name: string): number {
  const v = literal(ctx, name)
  if (typeof v === 'number') return v
  if (typeof v === 'boolean') return v ? 1 : 0
  throw new NodeExecutionError('TypeError', `${ctx.classType}: input '${name}' is not a number`)
}

function text(ctx: NodeContext, name: string): string {
  const v = literal(ctx, name)
  return typeof v === 'string' ? v : String(v ?? '')
}

function isSimValue(v: unknown): v is SimValue {
  return typeof v === 'object' && v !== null && 'kind' in v && typeof (v as { kind: unknown }).kind === 'string'
}

function optionalImage(ctx: NodeContext, name: string): ImageBatch | undefined {
  const v = ctx.inputs[name]
  if (v === undefined) return undefined
  if (isSimValue(v) && v.kind === 'image') return v.batch
  throw new NodeExecutionError('TypeError', `${ctx.classType}: input '${name}' is not an IMAGE`)
}

function image(ctx: NodeContext, name: string): ImageBatch {
  const batch = optionalImage(ctx, name)
  if (!batch) throw new NodeExecutionError('TypeError', `${ctx.classType}: input '${name}' is missing`)
  return batch
}

function latent(ctx: NodeContext, name: string): LatentPlan {
  const v = ctx.inputs[name]
  if (isSimValue(v) && v.kind === 'latent') return v.latent
  throw new NodeExecutionError('TypeError', `${ctx.classType}: input '${name}' is not a LATENT`)
}

function video(ctx: NodeContext, name: string): { images: ImageBatch; fps: number } {
  const v = ctx.inputs[name]
  if (isSimValue(v) && v.kind === 'video') return v
  throw new NodeExecutionError('TypeError', `${ctx.classType}: input '${name}' is not a VIDEO`)
}

/** Unimplemented classes: each output passes through the first linked input of its type, else an opaque token. */
function passThrough(ctx: NodeContext): NodeResult {
  const linked = Object.values(ctx.inputs).filter(isSimValue)
  const outputs = ctx.schema.output.map((type): SimValue => {
    const t = typeof type === 'string' ? type : 'COMBO'
    const same = linked.find((v) => valueType(v) === t)
    return same ?? { kind: 'opaque', type: t, origin: `${ctx.classType}#${ctx.nodeId}` }
  })
  return { outputs }
}

function valueType(v: SimValue): string {
  switch (v.kind) {
    case 'image':
      return 'IMAGE'
    case 'latent':
      return 'LATENT'
    case 'video':
      return 'VIDEO'
    default:
      return v.type
  }
}

const imageOut = (batch: ImageBatch): SimValue => ({ kind: 'image', batch })
const latentOut = (l: LatentPlan): SimValue => ({ kind: 'latent', latent: l })

/** Wan's VAE compresses time 4x: a length of 4k+1 decodes to itself, anything else to the 4k+1 below it. */
export function decodedFrameCount(length: number): number {
  return Math.floor((length - 1) / 4) * 4 + 1
}

/** ImageFromBatch of ComfyUI 0.24.0: negative index counts from the end; both clamp to the batch. */
export function pickFromBatch(count: number, batchIndex: number, length: number): { start: number; length: number } {
  let start = batchIndex < 0 ? count + batchIndex : batchIndex
  start = Math.max(0, Math.min(count - 1, start))
  return { start, length: Math.max(0, Math.min(count - start, length)) }
}

// ---------- rendering and saving ----------

async function* rasters(ctx: NodeContext, batch: ImageBatch): AsyncIterable<Raster> {
  for (const f of batch.frames) yield await ctx.renderer.render(f)
}

/** Python's json.dumps (ensure_ascii): what ComfyUI's SaveImage writes into the PNG's tEXt chunks. */
function jsonDumps(value: unknown): string {
  return JSON.stringify(value).replace(/[\u0080-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`)
}

function metadataTexts(ctx: NodeContext): Record<string, string> {
  const out: Record<string, string> = { prompt: jsonDumps(ctx.prompt) }
  for (const [k, v] of Object.entries(ctx.extraPngInfo)) out[k] = jsonDumps(v)
  return out
}

async function savePngs(ctx: NodeContext, batch: ImageBatch, dir: string, prefix: string, type: 'output' | 'temp'): Promise<NodeResult> {
  const target = saveTarget(dir, prefix, batch.width, batch.height)
  const images: unknown[] = []
  let counter = target.counter
  for await (const frame of rasters(ctx, batch)) {
    const file = `${target.filename}_${counterText(counter)}_.png`
    const png = await encodePng(ctx.ffmpegPath, frame, type === 'output' ? metadataTexts(ctx) : {})
    await writeFileAtomic(path.join(target.folder, file), png)
    images.push({ filename: file, subfolder: target.subfolder, type })
    counter++
  }
  return { outputs: [], ui: { images } }
}

async function saveClip(
  ctx: NodeContext,
  batch: ImageBatch,
  fps: number,
  prefix: string,
  kind: VideoKind,
  ext: string,
  extra: { crf?: number; lossless?: boolean; quality?: number } = {}
): Promise<NodeResult> {
  if (batch.frames.length === 0) throw new NodeExecutionError('ValueError', 'No frames to save')
  const target = saveTarget(ctx.folders.output, prefix, batch.width, batch.height)
  const file = `${target.filename}_${counterText(target.counter)}_.${ext}`
  await encodeVideo(
    ctx.ffmpegPath,
    path.join(target.folder, file),
    { kind, fps, width: batch.width, height: batch.height, frameCount: batch.frames.length, metadata: metadataTexts(ctx), ...extra },
    rasters(ctx, batch)
  )
  return { outputs: [], ui: { images: [{ filename: file, subfolder: target.subfolder, type: 'output' }], animated: [batch.frames.length !== 1] } }
}

const VHS_FORMATS: Record<string, { kind: VideoKind; ext: string }> = {
  'video/h264-mp4': { kind: 'h264-mp4', ext: 'mp4' },
  'video/webm': { kind: 'vp9-webm', ext: 'webm' },
  'image/webp': { kind: 'webp', ext: 'webp' },
  'image/gif': { kind: 'gif', ext: 'gif' },
}

// ---------- the nodes ----------

/** LoadImage: every frame of the file as one batch (an animated PNG gives all of its frames). */
async function loadImage(ctx: NodeContext): Promise<NodeResult> {
  const name = text(ctx, 'image')
  const file = annotatedFilePath(ctx.folders, name)
  if (!file) throw new NodeExecutionError('FileNotFoundError', `Invalid image file: ${name}`)
  let stamp: string
  try {
    const st = statSync(file)
    stamp = `${st.size}-${st.mtimeMs}`
  } catch {
    throw new NodeExecutionError('FileNotFoundError', `[Errno 2] No such file or directory: '${file}'`)
  }
  const rasters = await ctx.renderer.frames(file, stamp)
  const first = rasters[0]
  if (!first) throw new NodeExecutionError('UnidentifiedImageError', `cannot identify image file '${file}'`)
  const frames = rasters.map((raster, i): FrameRecipe => {
    const frame: FrameRecipe = { op: 'file', path: file, stamp, ...(i > 0 ? { frame: i } : {}), width: raster.width, height: raster.height }
    ctx.renderer.remember(frame, raster)
    return frame
  })
  return {
    outputs: [imageOut({ width: first.width, height: first.height, frames }), { kind: 'opaque', type: 'MASK', origin: name }],
  }
}

async function imageScale(ctx: NodeContext): Promise<NodeResult> {
  const src = image(ctx, 'image')
  let width = num(ctx, 'width')
  let height = num(ctx, 'height')
  if (width === 0 && height === 0) return { outputs: [imageOut(src)] }
  if (width === 0) width = Math.max(1, Math.round((src.width * height) / src.height))
  if (height === 0) height = Math.max(1, Math.round((src.height * width) / src.width))
  const crop = text(ctx, 'crop') === 'center'
  return { outputs: [imageOut({ width, height, frames: src.frames.map((f) => fitFrame(f, width, height, crop)) })] }
}

async function imageScaleBy(ctx: NodeContext): Promise<NodeResult> {
  const src = image(ctx, 'image')
  const s = num(ctx, 'scale_by')
  const width = Math.max(1, Math.round(src.width * s))
  const height = Math.max(1, Math.round(src.height * s))
  return { outputs: [imageOut({ width, height, frames: src.frames.map((f) => fitFrame(f, width, height, false)) })] }
}

async function repeatImageBatch(ctx: NodeContext): Promise<NodeResult> {
  const src = image(ctx, 'image')
  const amount = num(ctx, 'amount')
  const frames = Array.from({ length: amount }, () => src.frames).flat()
  return { outputs: [imageOut({ ...src, frames })] }
}

async function imageFromBatch(ctx: NodeContext): Promise<NodeResult> {
  const src = image(ctx, 'image')
  const pick = pickFromBatch(src.frames.length, num(ctx, 'batch_index'), num(ctx, 'length'))
  return { outputs: [imageOut({ ...src, frames: src.frames.slice(pick.start, pick.start + pick.length) })] }
}

async function imageBatch(ctx: NodeContext): Promise<NodeResult> {
  const a = image(ctx, 'image1')
  const b = image(ctx, 'image2')
  const rest = b.frames.map((f) => fitFrame(f, a.width, a.height, true))
  return { outputs: [imageOut({ ...a, frames: [...a.frames, ...rest] })] }
}

async function emptyImage(ctx: NodeContext): Promise<NodeResult> {
  const width = num(ctx, 'width')
  const height = num(ctx, 'height')
  const color = num(ctx, 'color')
  const gray = Math.round((((color >> 16) & 255) + ((color >> 8) & 255) + (color & 255)) / 3)
  const frame: FrameRecipe = { op: 'solid', gray, width, height }
  return { outputs: [imageOut({ width, height, frames: Array.from({ length: num(ctx, 'batch_size') }, () => frame) })] }
}

function conditioningPassThrough(ctx: NodeContext): SimValue[] {
  const pos = ctx.inputs.positive
  const neg = ctx.inputs.negative
  return [
    isSimValue(pos) ? pos : { kind: 'opaque', type: 'CONDITIONING', origin: ctx.nodeId },
    isSimValue(neg) ? neg : { kind: 'opaque', type: 'CONDITIONING', origin: ctx.nodeId },
  ]
}

/** Whether the node's schema declares an input: ComfyUI hands a node only the inputs it declares. */
function declares(ctx: NodeContext, name: string): boolean {
  return name in (ctx.schema.input.required ?? {}) || name in (ctx.schema.input.optional ?? {})
}

async function wanImageToVideo(ctx: NodeContext): Promise<NodeResult> {
  const start = optionalImage(ctx, 'start_image')
  const pad = declares(ctx, 'ref_pad_image') ? optionalImage(ctx, 'ref_pad_image') : undefined
  const plan: LatentPlan = {
    width: num(ctx, 'width'),
    height: num(ctx, 'height'),
    frames: decodedFrameCount(num(ctx, 'length')),
    ...(start ? { start } : {}),
    ...(pad ? { anchored: true } : {}),
  }
  return { outputs: [...conditioningPassThrough(ctx), latentOut(plan)] }
}

/** Wan's VAE: latent 0 is frame 0, every later latent 4 frames. The frames of latents [from, to) of n frames. */
function latentFrames<T>(frames: readonly T[], from: number, to: number): T[] {
  const out: T[] = []
  for (let j = Math.max(0, from); j < to; j++) out.push(...(j === 0 ? frames.slice(0, 1) : frames.slice(4 * j - 3, 4 * j + 1)))
  return out
}

/**
 * KJNodes' WanImageToVideoSVIPro: the anchor latent pinned in slot 0, the last motion_latent_count
 * latents of prev_samples after it (the clip re-renders their frames and goes on with their motion),
 * the rest empty. The size is the anchor latent's.
 */
async function wanImageToVideoSviPro(ctx: NodeContext): Promise<NodeResult> {
  const anchorPlan = latent(ctx, 'anchor_samples')
  const anchorBatch = anchorPlan.encoded ?? (await decodePlan(ctx, anchorPlan))
  const anchor = anchorBatch.frames[0]
  if (!anchor) throw new NodeExecutionError('IndexError', 'WanImageToVideoSVIPro: anchor_samples has no latent')
  const count = num(ctx, 'motion_latent_count')
  const prevValue = ctx.inputs.prev_samples
  let motion: FrameRecipe[] = []
  if (prevValue !== undefined && count > 0) {
    const prev = latent(ctx, 'prev_samples')
    const frames = (prev.encoded ?? (await decodePlan(ctx, prev))).frames
    const latents = Math.floor((frames.length - 1) / 4) + 1
    motion = latentFrames(frames, latents - count, latents).map((f) => fitFrame(f, anchorBatch.width, anchorBatch.height, true))
  }
  const plan: LatentPlan = {
    width: anchorBatch.width,
    height: anchorBatch.height,
    frames: decodedFrameCount(num(ctx, 'length')),
    svi: { anchor, motion },
    anchored: true,
  }
  return { outputs: [...conditioningPassThrough(ctx), latentOut(plan)] }
}

async function videoLatent(ctx: NodeContext): Promise<NodeResult> {
  const start = optionalImage(ctx, 'start_image')
  return {
    outputs: [
      latentOut({
        width: num(ctx, 'width'),
        height: num(ctx, 'height'),
        frames: decodedFrameCount(num(ctx, 'length')),
        ...(start ? { start } : {}),
      }),
    ],
  }
}

async function emptyLatentImage(ctx: NodeContext): Promise<NodeResult> {
  return { outputs: [latentOut({ width: num(ctx, 'width'), height: num(ctx, 'height'), frames: num(ctx, 'batch_size') })] }
}

/** Steps a sampler node runs (KSamplerAdvanced runs only its start..end slice). */
export function samplerSteps(classType: string, inputs: Record<string, unknown>): number {
  const n = (k: string, d: number): number => (typeof inputs[k] === 'number' ? (inputs[k] as number) : d)
  if (classType === 'KSampler') return n('steps', 20)
  if (classType === 'KSamplerAdvanced') return Math.max(0, Math.min(n('end_at_step', 10000), n('steps', 20)) - n('start_at_step', 0))
  return 0
}

export const SAMPLER_CLASSES = new Set(['KSampler', 'KSamplerAdvanced'])

async function sampler(ctx: NodeContext): Promise<NodeResult> {
  const input = latent(ctx, 'latent_image')
  const addsNoise = ctx.classType === 'KSampler' || text(ctx, 'add_noise') === 'enable'
  const seed = num(ctx, ctx.classType === 'KSampler' ? 'seed' : 'noise_seed')
  const steps = samplerSteps(ctx.classType, ctx.inputs)
  for (let i = 1; i <= steps; i++) await ctx.progress(i, steps)
  if (steps === 0) return { outputs: [latentOut(input)] }
  const mixed = input.seed === undefined || !addsNoise ? (addsNoise ? seed : input.seed) : (input.seed * 31 + seed) % 2147483647
  return { outputs: [latentOut({ ...input, ...(mixed === undefined ? {} : { seed: mixed }) })] }
}

/**
 * The frames a latent decodes to. Pinned frames come first (the start batch, or SVI's anchor and
 * motion frames); then the camera pans on from the last of them. The pan's velocity is what the
 * model can see: read from the pixels of two or more consecutive conditioning frames, or, from a
 * single frame (which shows no motion), drawn anew from the seed, so the motion restarts.
 */
async function decodePlan(ctx: NodeContext, plan: LatentPlan): Promise<ImageBatch> {
  if (plan.encoded) return plan.encoded
  const seed = plan.seed ?? 0
  const { width, height } = plan
  const fit = (f: FrameRecipe) => fitFrame(f, width, height, true)
  const motion = plan.svi ? plan.svi.motion.map(fit) : (plan.start?.frames ?? []).slice(0, plan.frames).map(fit)
  const pinned = plan.svi ? [fit(plan.svi.anchor), ...motion] : motion
  const seen = motion.length >= 2 ? estimateVelocity(await Promise.all(motion.map((f) => ctx.renderer.render(f)))) : null
  const velocity = seen ?? velocityFor(seed, width)
  // A one-frame latent from text is a still (T2V at length 1, text to image): it shows its seed.
  const still = plan.frames === 1 && pinned.length === 0
  const first: FrameRecipe = pinned.at(-1) ?? { op: 'generated', seed, width, height, ...(still ? { label: true } : {}) }
  const rest = plan.frames - Math.max(0, pinned.length - 1)
  const moving = clipFrames(first, rest, velocity, plan.anchored ? undefined : ctx.colorDrift)
  const frames = [...pinned.slice(0, -1), ...moving].slice(0, plan.frames)
  return { width, height, frames }
}

async function vaeDecode(ctx: NodeContext): Promise<NodeResult> {
  return { outputs: [imageOut(await decodePlan(ctx, latent(ctx, 'samples')))] }
}

async function vaeEncode(ctx: NodeContext): Promise<NodeResult> {
  const batch = image(ctx, 'pixels')
  return { outputs: [latentOut({ width: batch.width, height: batch.height, frames: batch.frames.length, encoded: batch })] }
}

async function createVideo(ctx: NodeContext): Promise<NodeResult> {
  return { outputs: [{ kind: 'video', images: image(ctx, 'images'), fps: num(ctx, 'fps') }] }
}

async function getVideoComponents(ctx: NodeContext): Promise<NodeResult> {
  const v = video(ctx, 'video')
  return {
    outputs: [imageOut(v.images), { kind: 'opaque', type: 'AUDIO', origin: ctx.nodeId }, { kind: 'primitive', type: 'FLOAT', value: v.fps }],
  }
}

async function saveVideo(ctx: NodeContext): Promise<NodeResult> {
  const v = video(ctx, 'video')
  return saveClip(ctx, v.images, v.fps, text(ctx, 'filename_prefix'), 'h264-mp4', 'mp4')
}

async function saveWebm(ctx: NodeContext): Promise<NodeResult> {
  if (text(ctx, 'codec') !== 'vp9') throw new NodeExecutionError('RuntimeError', 'The simulator encodes SaveWEBM as vp9 only')
  return saveClip(ctx, image(ctx, 'images'), num(ctx, 'fps'), text(ctx, 'filename_prefix'), 'vp9-webm', 'webm', { crf: num(ctx, 'crf') })
}

async function saveAnimatedWebp(ctx: NodeContext): Promise<NodeResult> {
  return saveClip(ctx, image(ctx, 'images'), num(ctx, 'fps'), text(ctx, 'filename_prefix'), 'webp', 'webp', {
    lossless: literal(ctx, 'lossless') === true,
    quality: num(ctx, 'quality'),
  })
}

/** SaveAnimatedPNG: the whole batch as one lossless animated PNG (`{prefix}_{counter:05}_.png`). */
async function saveAnimatedPng(ctx: NodeContext): Promise<NodeResult> {
  const batch = image(ctx, 'images')
  if (batch.frames.length === 0) throw new NodeExecutionError('IndexError', 'list index out of range')
  const target = saveTarget(ctx.folders.output, text(ctx, 'filename_prefix'), batch.width, batch.height)
  const file = `${target.filename}_${counterText(target.counter)}_.png`
  await encodeVideo(
    ctx.ffmpegPath,
    path.join(target.folder, file),
    { kind: 'apng', fps: num(ctx, 'fps'), width: batch.width, height: batch.height, frameCount: batch.frames.length },
    rasters(ctx, batch)
  )
  return { outputs: [], ui: { images: [{ filename: file, subfolder: target.subfolder, type: 'output' }], animated: [true] } }
}

async function saveImage(ctx: NodeContext): Promise<NodeResult> {
  return savePngs(ctx, image(ctx, 'images'), ctx.folders.output, text(ctx, 'filename_prefix'), 'output')
}

async function previewImage(ctx: NodeContext): Promise<NodeResult> {
  const letters = 'abcdefghijklmnopqrstupvxyz'
  const suffix = Array.from({ length: 5 }, () => letters[Math.floor(Math.random() * letters.length)]).join('')
  return savePngs(ctx, image(ctx, 'images'), ctx.folders.temp, `ComfyUI_temp_${suffix}`, 'temp')
}

async function vhsVideoCombine(ctx: NodeContext): Promise<NodeResult> {
  const batch = image(ctx, 'images')
  const format = text(ctx, 'format')
  const spec = VHS_FORMATS[format]
  if (!spec) throw new NodeExecutionError('RuntimeError', `The simulator does not encode VHS format ${format}`)
  const saveOutput = literal(ctx, 'save_output') !== false
  const type = saveOutput ? 'output' : 'temp'
  const dir = saveOutput ? ctx.folders.output : ctx.folders.temp
  const target = saveTarget(dir, text(ctx, 'filename_prefix'), batch.width, batch.height)
  const counter = vhsCounter(target.folder, target.filename)
  const base = `${target.filename}_${counterText(counter)}`
  const frames = literal(ctx, 'pingpong') === true ? [...batch.frames, ...batch.frames.slice(1, -1).reverse()] : batch.frames
  const first = batch.frames[0]
  if (!first) throw new NodeExecutionError('ValueError', 'No frames to combine')
  const workflowPng = await encodePng(ctx.ffmpegPath, await ctx.renderer.render(first), metadataTexts(ctx))
  await writeFileAtomic(path.join(target.folder, `${base}.png`), workflowPng)
  const fullpath = path.join(target.folder, `${base}.${spec.ext}`)
  const frameRate = num(ctx, 'frame_rate')
  const crf = typeof ctx.inputs.crf === 'number' ? ctx.inputs.crf : 19
  await encodeVideo(
    ctx.ffmpegPath,
    fullpath,
    { kind: spec.kind, fps: frameRate, width: batch.width, height: batch.height, frameCount: frames.length, metadata: metadataTexts(ctx), crf, loop: num(ctx, 'loop_count') },
    rasters(ctx, { ...batch, frames })
  )
  return {
    outputs: [{ kind: 'primitive', type: 'VHS_FILENAMES', value: [saveOutput, [path.join(target.folder, `${base}.png`), fullpath]] }],
    ui: {
      gifs: [{ filename: `${base}.${spec.ext}`, subfolder: target.subfolder, type, format, frame_rate: frameRate, workflow: `${base}.png`, fullpath }],
    },
  }
}

async function primitive(ctx: NodeContext): Promise<NodeResult> {
  const type = typeof ctx.schema.output[0] === 'string' ? (ctx.schema.output[0] as string) : '*'
  return { outputs: [{ kind: 'primitive', type, value: literal(ctx, 'value') }] }
}

const NODES: Record<string, NodeImpl> = {
  LoadImage: loadImage,
  LoadImageOutput: loadImage,
  ImageScale: imageScale,
  ImageScaleBy: imageScaleBy,
  RepeatImageBatch: repeatImageBatch,
  ImageFromBatch: imageFromBatch,
  ImageBatch: imageBatch,
  EmptyImage: emptyImage,
  WanImageToVideo: wanImageToVideo,
  WanFirstLastFrameToVideo: wanImageToVideo,
  WanImageToVideoSVIPro: wanImageToVideoSviPro,
  Wan22ImageToVideoLatent: videoLatent,
  EmptyHunyuanLatentVideo: videoLatent,
  EmptyLatentImage: emptyLatentImage,
  EmptySD3LatentImage: emptyLatentImage,
  KSampler: sampler,
  KSamplerAdvanced: sampler,
  VAEDecode: vaeDecode,
  VAEDecodeTiled: vaeDecode,
  VAEEncode: vaeEncode,
  CreateVideo: createVideo,
  GetVideoComponents: getVideoComponents,
  SaveVideo: saveVideo,
  SaveWEBM: saveWebm,
  SaveAnimatedWEBP: saveAnimatedWebp,
  SaveAnimatedPNG: saveAnimatedPng,
  SaveImage: saveImage,
  PreviewImage: previewImage,
  VHS_VideoCombine: vhsVideoCombine,
  PrimitiveInt: primitive,
  PrimitiveFloat: primitive,
  PrimitiveString: primitive,
  PrimitiveStringMultiline: primitive,
  PrimitiveBoolean: primitive,
}

/** Runs one node; classes the simulator does not model pass their inputs through as opaque values. */
export function runNode(ctx: NodeContext): Promise<NodeResult> {
  const impl = NODES[ctx.classType]
  return impl ? impl(ctx) : Promise.resolve(passThrough(ctx))
}
