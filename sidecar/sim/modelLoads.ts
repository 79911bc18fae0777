// The cost of loading a model in the simulated ComfyUI. ComfyUI keeps a loader node's output (the loaded
// weights) only while consecutive prompts give that loader the same inputs and ancestors (the executor's
// cache keeps the previous prompt's outputs, nothing older); any other run of a loader reads the weights
// again, tens of seconds for 14B weights on a GPU. The simulator charges each uncached loader run a time
// proportional to a size modelled from the file name, and counts it per model name.

/** Loader classes and the input naming the file each one loads (more than one for the dual/triple CLIP loaders). */
export const LOADER_INPUTS: Readonly<Record<string, readonly string[]>> = {
  UNETLoader: ['unet_name'],
  UnetLoaderGGUF: ['unet_name'],
  UnetLoaderGGUFAdvanced: ['unet_name'],
  UnetLoaderGGUFDisTorch2MultiGPU: ['unet_name'],
  UNETLoaderDisTorch2MultiGPU: ['unet_name'],
  CLIPLoader: ['clip_name'],
  CLIPLoaderGGUF: ['clip_name'],
  DualCLIPLoader: ['clip_name1', 'clip_name2'],
  TripleCLIPLoader: ['clip_name1', 'clip_name2', 'clip_name3'],
  CLIPVisionLoader: ['clip_name'],
  VAELoader: ['vae_name'],
  LoraLoader: ['lora_name'],
  LoraLoaderModelOnly: ['lora_name'],
  CheckpointLoaderSimple: ['ckpt_name'],
  ImageOnlyCheckpointLoader: ['ckpt_name'],
  UpscaleModelLoader: ['model_name'],
}

/** Sizes of files whose name carries no parameter count, by loader class (GB, typical Wan2.2 files). */
const DEFAULT_GB: Readonly<Record<string, number>> = {
  VAELoader: 0.3,
  LoraLoader: 0.6,
  LoraLoaderModelOnly: 0.6,
  CLIPVisionLoader: 1.2,
  UpscaleModelLoader: 0.1,
  CheckpointLoaderSimple: 6.5,
  ImageOnlyCheckpointLoader: 6.5,
}
const UNKNOWN_GB = 2

/** Bytes per weight from the dtype or GGUF quantisation in a file name; 2 (fp16/bf16) when it says none. */
function bytesPerWeight(name: string): number {
  const n = name.toLowerCase()
  if (/fp32/.test(n)) return 4
  if (/fp8|e4m3|e5m2|q8_0|int8/.test(n)) return 1
  const q = /(?:^|[_.-])i?q([2-6])_/.exec(n)
  if (q) return (Number(q[1]) + 0.5) / 8
  return 2
}

/**
 * The modelled size in GB of a model file: parameter count from the name ("14B", "5B"; umt5-xxl's 5.7B
 * encoder) times bytes per weight from its dtype; a per-class typical size otherwise (VAE, LoRA, ...).
 */
export function modelSizeGb(classType: string, fileName: string): number {
  const base = fileName.split('/').pop() ?? fileName
  const params = /(?:^|[^a-z0-9.])(\d+(?:\.\d+)?)b(?![a-z])/i.exec(base)
  const billions = params ? Number(params[1]) : /umt5[-_]?xxl/i.test(base) ? 5.7 : null
  if (billions !== null) return Math.round(billions * bytesPerWeight(base) * 100) / 100
  return DEFAULT_GB[classType] ?? UNKNOWN_GB
}

/** One uncached run of a loader node. */
export interface ModelLoad {
  prompt_id: string
  node_id: string
  class_type: string
  /** The file name(s) it loaded, joined with " + " for the multi-file CLIP loaders. */
  model: string
  gb: number
  /** Simulated seconds added to the prompt's run time. */
  seconds: number
  at: number
}

export interface ModelLoadStats {
  /** Uncached loader runs since start (or the last reset). */
  total: number
  seconds: number
  /** Loads per model name. */
  by_model: Record<string, number>
  loads: ModelLoad[]
}

const MAX_KEPT_LOADS = 10_000

/** Charges and counts model loads; one per simulated ComfyUI. */
export class ModelLoadMeter {
  private loads: ModelLoad[] = []
  private total = 0
  private seconds = 0
  private byModel: Record<string, number> = {}

  constructor(private secondsPerGb: number) {}

  setSecondsPerGb(s: number): void {
    this.secondsPerGb = Math.max(0, s)
  }

  /**
   * Called for a node about to run (not served from the cache): a loader is counted and its load time
   * returned (ms); any other node costs nothing here.
   */
  charge(promptId: string, nodeId: string, classType: string, inputs: Record<string, unknown>): number {
    const names = (LOADER_INPUTS[classType] ?? []).map((k) => inputs[k]).filter((v): v is string => typeof v === 'string')
    if (names.length === 0) return 0
    const gb = names.reduce((sum, name) => sum + modelSizeGb(classType, name), 0)
    const seconds = gb * this.secondsPerGb
    const model = names.join(' + ')
    this.loads.push({ prompt_id: promptId, node_id: nodeId, class_type: classType, model, gb, seconds, at: Date.now() })
    if (this.loads.length > MAX_KEPT_LOADS) this.loads.shift()
    this.total++
    this.seconds += seconds
    this.byModel[model] = (this.byModel[model] ?? 0) + 1
    return seconds * 1000
  }

  stats(): ModelLoadStats {
    return { total: this.total, seconds: this.seconds, by_model: { ...this.byModel }, loads: this.loads.map((l) => ({ ...l })) }
  }

  reset(): void {
    this.loads = []
    this.total = 0
    this.seconds = 0
    this.byModel = {}
  }
}
