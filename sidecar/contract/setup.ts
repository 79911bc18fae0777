// Presets, settings and health.
import { z } from 'zod/mini'
import { BackendSettings } from './backends'
import { AbsolutePath, MAX_SEGMENTS_PER_JOB, MAX_TEXT, plainText } from './common'
import { JobParameters, ModelPair, SeamMode } from './parameters'

export const Preset = z.object({
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** i2v: needs a start image; t2v: text only; ti2v: either. */
  kind: z.enum(['i2v', 't2v', 'ti2v']),
  family: z.enum(['wan22_14b', 'wan22_5b']),
  defaults: z.omit(JobParameters, { models: true, loras: true, seed: true, seed_mode: true, options: true, color_guard: true, drift_threshold: true, seam: true, seam_threshold: true }),
  /** Tunables this preset exposes, bound into its template by role. */
  options: z.array(
    z.object({
      key: z.string(),
      label: z.string(),
      type: z.enum(['number', 'string', 'boolean']),
      default: z.union([z.string(), z.number(), z.boolean()]),
    })
  ),
  /** For an image-to-video preset: the preset that makes segment 0 when the job has no start image. */
  t2v_first: z.nullable(z.string()),
  models: z.object({
    /** ComfyUI model folder key the high (or only) model comes from, e.g. diffusion_models or unet_gguf. */
    folder: z.string(),
    high: z.string(),
    low: z.nullable(z.string()),
  }),
  /**
   * Seam modes the template can run: `frame` always; `motion` when its start image reaches a node
   * that takes a batch of start frames; `svi` for 14B image-to-video graphs with WanImageToVideo
   * (ComfyUI must also have KJNodes and the SVI LoRAs: GET /api/seams says).
   */
  seam_modes: z._default(z.array(SeamMode), ['frame']),
  /** Node classes the template needs (for a clear "node pack missing" message). */
  requires: z.array(z.string()),
  /** 'user': made from a user's graph (GET /api/templates); 'builtin': shipped in workflows/. */
  source: z.optional(z.enum(['user', 'builtin'])),
})
export type Preset = z.infer<typeof Preset>

/** GET /api/presets. */
export const PresetList = z.object({ presets: z.array(Preset) })
export type PresetList = z.infer<typeof PresetList>

/**
 * The caps on GPU work as the panel's Settings show them: the label (a 409 names the cap by it), a line
 * of help, and the bounds the schema below enforces. The maxima keep the largest accepted job finalizable.
 */
export const LIMIT_SETTINGS = {
  max_segments_per_job: { label: 'Segments per job', help: 'Planned segments count too. Creating or planning past it is refused.', min: 1, max: MAX_SEGMENTS_PER_JOB },
  max_takes_per_segment: { label: 'Takes waiting per segment', help: 'Takes of one segment planned, queued or running at once ("run N seeds", redo).', min: 1, max: 64 },
  max_waiting_takes: { label: 'Candidate takes waiting, all jobs', help: 'Extra takes (seeds to choose from) waiting across every job.', min: 1, max: 1000 },
  max_running_jobs: { label: 'Jobs running at once', help: 'Jobs with work waiting for ComfyUI; starting another one waits until one ends.', min: 1, max: 500 },
  max_waiting_start_images: { label: 'Start images waiting', help: 'Candidate start images made from text ("Start from text"), queued or running at once.', min: 1, max: 256 },
} as const
export type LimitName = keyof typeof LIMIT_SETTINGS

/** Failover: seconds a backend may stay silent before its runs go to another one (--backend-timeout overrides it). */
export const BACKEND_TIMEOUT_SETTING = { min: 10, max: 3600, default: 90 } as const
const BackendTimeout = z.number().check(z.int(), z.gte(BACKEND_TIMEOUT_SETTING.min), z.lte(BACKEND_TIMEOUT_SETTING.max))

const cap = (name: LimitName) => z.number().check(z.int(), z.gte(LIMIT_SETTINGS[name].min), z.lte(LIMIT_SETTINGS[name].max))

/** Caps on GPU work waiting in the queue. A request that would pass one is refused (409) with the cap and the setting that raises it. */
export const Limits = z.object({
  /** Segments one job may have, planned ones included. */
  max_segments_per_job: cap('max_segments_per_job'),
  /** Takes of one segment waiting to run (planned, queued or running) at once. */
  max_takes_per_segment: cap('max_takes_per_segment'),
  /** Candidate takes waiting to run across all jobs. */
  max_waiting_takes: cap('max_waiting_takes'),
  /** Jobs running (with work waiting for ComfyUI) at once. */
  max_running_jobs: cap('max_running_jobs'),
  /** Candidate start images ("Start from text") waiting to run across all drafts and jobs. */
  max_waiting_start_images: cap('max_waiting_start_images'),
})
export type Limits = z.infer<typeof Limits>
export const DEFAULT_LIMITS: Limits = { max_segments_per_job: 100, max_takes_per_segment: 16, max_waiting_takes: 64, max_running_jobs: 20, max_waiting_start_images: 16 }

/** What the user sets. ComfyUI's address is not among them: the sidecar takes it from ComfyUI (or --comfyui). */
export const Settings = z.object({
  defaults: z.object({
    preset: plainText(z.string().check(z.maxLength(120)), { singleLine: true }),
    width: z.number().check(z.int(), z.gte(16), z.lte(4096)),
    height: z.number().check(z.int(), z.gte(16), z.lte(4096)),
    fps: z.number().check(z.int(), z.gte(1), z.lte(120)),
    seconds_per_segment: z.number().check(z.gte(0.25), z.lte(60)),
    negative_prompt: plainText(z.string().check(z.maxLength(MAX_TEXT))),
    models: ModelPair,
  }),
  auto_start_queue: z.boolean(),
  output_subfolder: z
    .string().check(z.minLength(1), z.maxLength(64), z.regex(/^[A-Za-z0-9_-]+$/, 'letters, digits, _ and - only')),
  /** Folders of the image repository on the sidecar's machine (absolute paths); none when absent. */
  image_folders: z.optional(z.array(z.lazy(() => AbsolutePath)).check(z.maxLength(32))),
  /** ComfyUI's models folder on this machine, where LoRA metadata files of other tools are read. */
  comfy_models_dir: z.optional(z.nullable(z.lazy(() => AbsolutePath))),
  /** Caps on queued GPU work (see Limits). */
  limits: z._default(Limits, DEFAULT_LIMITS),
  /**
   * The EXTRA ComfyUI backends (the one we are installed in is always backend `main`); ids and urls
   * unique. The whole list is replaced by a PUT: adding, removing or turning one off sends the new list.
   */
  backends: z._default(BackendSettings, []),
  /**
   * The switch of backend `main` (the ComfyUI we are installed in; it cannot be removed). The panel
   * offers to turn it off only while another backend is on.
   */
  main_backend_enabled: z._default(z.boolean(), true),
  /** Seconds a backend may stay silent before its runs are placed on another one (failover). */
  backend_timeout_s: z._default(BackendTimeout, BACKEND_TIMEOUT_SETTING.default),
})
export type Settings = z.infer<typeof Settings>
export const SettingsUpdate = z.extend(z.partial(Settings), {
  defaults: z.optional(z.partial(Settings.shape.defaults)),
  limits: z.optional(z.partial(Limits)),
  // Without this the list's default ([]) would fill an update that does not name it, and clear it.
  backends: z.optional(BackendSettings),
  main_backend_enabled: z.optional(z.boolean()),
  backend_timeout_s: z.optional(BackendTimeout),
})
export type SettingsUpdate = z.infer<typeof SettingsUpdate>
/** PUT /api/settings; a `comfyui_url` (a setting of older versions that nothing read) is refused by name. */
export const SettingsUpdateBody = z.extend(SettingsUpdate, {
  comfyui_url: z.optional(z.never({ error: "ComfyUI's address is not a setting: the sidecar takes it from ComfyUI, or from --comfyui when run alone" })),
})

export const Health = z.object({
  ok: z.boolean(),
  version: z.string(),
  comfyui: z.object({ url: z.string(), reachable: z.boolean(), error: z.nullable(z.string()) }),
  ffmpeg: z.object({ path: z.nullable(z.string()), ok: z.boolean(), error: z.nullable(z.string()) }),
  data_dir: z.string(),
})
export type Health = z.infer<typeof Health>
