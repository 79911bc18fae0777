// Libraries: LoRAs, models, image repository, media gallery, prompt history.
import { z } from 'zod'
import { FileRef, MAX_NAME, MAX_TEXT, plainText } from './common'

const LoraMetaFields = {
  display_name: z.string().trim().max(MAX_NAME).nullable(),
  trigger_words: z.array(z.string().trim().min(1).max(200)).max(50),
  default_strength: z.number().min(-10).max(10).nullable(),
  notes: z.string().max(MAX_TEXT),
  rating: z.number().int().min(1).max(5).nullable(),
  /** A URL or a sidecar/ComfyUI image path the panel shows for this LoRA. */
  preview_image: z.string().max(2048).nullable(),
}

/** Our own notes about a LoRA file, kept in SQLite. */
export const LoraMeta = z.object({
  display_name: LoraMetaFields.display_name.default(null),
  trigger_words: LoraMetaFields.trigger_words.default([]),
  default_strength: LoraMetaFields.default_strength.default(null),
  notes: LoraMetaFields.notes.default(''),
  rating: LoraMetaFields.rating.default(null),
  preview_image: LoraMetaFields.preview_image.default(null),
})
export type LoraMeta = z.infer<typeof LoraMeta>

/** PUT /api/loras/meta: the file (as ComfyUI lists it) and only the fields to change (null clears). */
export const LoraMetaUpdate = z
  .object({
    display_name: plainText(z.string().trim().max(MAX_NAME), { singleLine: true }).nullable(),
    trigger_words: z.array(plainText(z.string().trim().min(1).max(200), { singleLine: true })).max(50),
    default_strength: LoraMetaFields.default_strength,
    notes: plainText(z.string().max(MAX_TEXT)),
    rating: LoraMetaFields.rating,
    preview_image: plainText(z.string().max(2048), { singleLine: true }).nullable(),
  })
  .partial()
  .extend({ name: plainText(z.string().min(1).max(512), { singleLine: true }) })
export type LoraMetaUpdate = z.infer<typeof LoraMetaUpdate>

/** What other tools left beside a LoRA file (never written by us). */
export const ExternalLoraMeta = z.object({
  /** Which sources were found: "metadata.json", "civitai.info", "safetensors". */
  sources: z.array(z.string()),
  title: z.string().nullable(),
  base_model: z.string().nullable(),
  trigger_words: z.array(z.string()),
  description: z.string().nullable(),
  preview_url: z.string().nullable(),
  /** The safetensors __metadata__ as ComfyUI's /view_metadata answered it. */
  safetensors: z.record(z.string(), z.unknown()).nullable(),
})
export type ExternalLoraMeta = z.infer<typeof ExternalLoraMeta>

export const LoraFile = z.object({
  name: z.string(),
  folder: z.string(),
  side: z.enum(['high', 'low']).nullable(),
  stem: z.string(),
  /** The other half of its high/low pair, if any. */
  partner: z.string().nullable(),
  meta: LoraMeta,
  external: ExternalLoraMeta.nullable(),
})
export type LoraFile = z.infer<typeof LoraFile>

export const LoraLibraryAnswer = z.object({
  files: z.array(LoraFile),
  high_noise: z.array(z.string()),
  low_noise: z.array(z.string()),
  general: z.array(z.string()),
  by_category: z.record(z.string(), z.array(z.string())),
  pairs: z.array(z.object({ stem: z.string(), high: z.string(), low: z.string() })),
  /** Whether the files could be read on this machine (settings.comfy_models_dir). */
  local_models_dir: z.string().nullable(),
  fetched_at: z.string(),
})
export type LoraLibraryAnswer = z.infer<typeof LoraLibraryAnswer>

export const ModelKind = z.enum(['i2v', 't2v', 'ti2v', 'other'])
export const DiffusionModelPair = z.object({
  folder: z.string(),
  stem: z.string(),
  kind: ModelKind,
  high: z.string(),
  low: z.string(),
})
export const RecommendedModels = z.object({
  preset: z.string(),
  folder: z.string(),
  high: z.string().nullable(),
  low: z.string().nullable(),
  /** preset_default: the preset's own files exist; first_of_kind: the first pair of its kind; none. */
  reason: z.enum(['preset_default', 'first_of_kind', 'none']),
})
export const ModelLibraryAnswer = z.object({
  /** Folder key -> file names; unet_gguf only when ComfyUI-GGUF is installed. */
  folders: z.record(z.string(), z.array(z.string())),
  gguf_installed: z.boolean(),
  pairs: z.array(DiffusionModelPair),
  /** Models without a high/low partner (e.g. the 5B), per folder. */
  singles: z.array(z.object({ folder: z.string(), name: z.string(), kind: ModelKind })),
  recommended: z.array(RecommendedModels),
  fetched_at: z.string(),
})
export type ModelLibraryAnswer = z.infer<typeof ModelLibraryAnswer>


export const LibraryRoot = z.object({ index: z.number().int(), path: z.string(), exists: z.boolean() })
export const LibraryRoots = z.object({ roots: z.array(LibraryRoot) })
export type LibraryRoots = z.infer<typeof LibraryRoots>

export const LibraryImagesQuery = z.object({
  root: z.coerce.number().int().min(0),
  folder: plainText(z.string().max(1024), { singleLine: true }).default(''),
  sort: z.enum(['date', 'name', 'rating']).default('date'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
})
export const LibraryImage = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().int(),
  modified: z.string(),
  rating: z.number().int().nullable(),
  /** Sidecar URL path (relative to /api) of a 256 px JPEG. */
  thumbnail: z.string(),
})
export const LibraryImageList = z.object({
  root: z.number().int(),
  folder: z.string(),
  folders: z.array(z.string()),
  images: z.array(LibraryImage),
  total: z.number().int(),
})
export type LibraryImageList = z.infer<typeof LibraryImageList>

const LibraryPath = plainText(z.string().min(1).max(1024), { singleLine: true })
export const LibraryFileQuery = z.object({ root: z.coerce.number().int().min(0), path: LibraryPath })
export const LibraryRatingBody = z.object({
  root: z.number().int().min(0),
  path: LibraryPath,
  /** null clears the rating. */
  rating: z.number().int().min(1).max(5).nullable(),
})
export const LibraryUseBody = z.object({ root: z.number().int().min(0), path: LibraryPath })
/** ComfyUI's upload answer plus `input_image`, the value for CreateJobBody.input_image. */
export const LibraryUseAnswer = z.object({ name: z.string(), subfolder: z.string(), type: z.string(), input_image: z.string() })
export type LibraryUseAnswer = z.infer<typeof LibraryUseAnswer>

export const GALLERY_FILTERS = ['all', 'images', 'videos', 'favourites', 'long_videos'] as const
export const GalleryQuery = z.object({
  filter: z.enum(GALLERY_FILTERS).default('all'),
  hide_start_images: z.enum(['0', '1', 'true', 'false']).default('0'),
  offset: z.coerce.number().int().min(0).default(0),
  limit: z.coerce.number().int().min(1).max(1000).default(100),
})
export const GalleryItem = z.object({
  /** Path relative to ComfyUI's output folder, '/' separators. */
  path: z.string(),
  file: FileRef,
  kind: z.enum(['image', 'video']),
  size: z.number().int(),
  modified: z.string(),
  favourite: z.boolean(),
  /** A stitched long video of ours (in the output subfolder, not a segment). */
  long_video: z.boolean(),
  /** A segment video of ours. */
  segment: z.boolean(),
  /** A still that only exists to start or preview a video (our last frames, VHS's PNG beside a video). */
  start_image: z.boolean(),
})
export type GalleryItem = z.infer<typeof GalleryItem>
export const GalleryList = z.object({ items: z.array(GalleryItem), total: z.number().int() })
export type GalleryList = z.infer<typeof GalleryList>

export const GalleryFavouriteBody = z.object({ path: LibraryPath, favourite: z.boolean() })
export const GalleryPathQuery = z.object({ path: LibraryPath })

export const ExtractedPromptSchema = z.object({
  /** longvideo: one of our stitched finals (its storyboard, one "[n] prompt" line per segment). */
  source: z.enum(['comfyui', 'a1111', 'longvideo']),
  positive: z.string().nullable(),
  negative: z.string().nullable(),
  steps: z.number().nullable(),
  cfg: z.number().nullable(),
  seed: z.number().nullable(),
  sampler: z.string().nullable(),
  scheduler: z.string().nullable(),
  width: z.number().nullable(),
  height: z.number().nullable(),
  frames: z.number().nullable(),
  loras: z.array(z.object({ name: z.string(), strength: z.number() })),
  models: z.array(z.string()),
})
export type ExtractedPromptAnswer = z.infer<typeof ExtractedPromptSchema>

export const GalleryMeta = z.object({
  path: z.string(),
  /** Text keys found in the file (PNG chunks or MP4 tags). */
  keys: z.array(z.string()),
  prompt: ExtractedPromptSchema.nullable(),
  /** ComfyUI's UI workflow JSON when the file carries one. */
  workflow: z.unknown().nullable(),
})
export type GalleryMeta = z.infer<typeof GalleryMeta>

export const PromptHistoryQuery = z.object({ limit: z.coerce.number().int().min(1).max(1000).default(200) })
export const PromptHistoryEntry = ExtractedPromptSchema.extend({ path: z.string(), modified: z.string(), uses: z.number().int() })
export const PromptHistory = z.object({ prompts: z.array(PromptHistoryEntry) })
export type PromptHistory = z.infer<typeof PromptHistory>

/** GET /api/images: one folder of ComfyUI's input or output folder, for the start-image picker. */
export const ComfyImagesQuery = z.object({
  source: z.enum(['input', 'output']).default('input'),
  folder: plainText(z.string().max(512), { singleLine: true }).default(''),
  sort: z.enum(['date', 'name', 'rating']).default('date'),
  limit: z.coerce.number().int().min(1).max(1000).default(200),
  offset: z.coerce.number().int().min(0).default(0),
})
export const ComfyImageList = z.object({
  source: z.enum(['input', 'output']),
  folder: z.string(),
  folders: z.array(z.string()),
  images: z.array(z.object({ path: z.string(), name: z.string(), size: z.number(), modified: z.string(), rating: z.number().int().nullable() })),
  total: z.number().int(),
})
export type ComfyImageList = z.infer<typeof ComfyImageList>

/** GET /api/view: a file ComfyUI serves, proxied (thumbnails on the sidecar's own origin). */
export const ComfyViewQuery = z.object({
  filename: plainText(z.string().min(1).max(512), { singleLine: true }),
  subfolder: plainText(z.string().max(512), { singleLine: true }).default(''),
  type: z.enum(['input', 'output', 'temp']).default('output'),
  preview: z.string().max(32).optional(),
})

/** POST /api/upload/url: a start image to fetch (http or https; see API.md for what is refused). */
export const ImageUrlBody = z.object({ url: z.string().trim().min(1).max(2048) })
export type ImageUrlBody = z.infer<typeof ImageUrlBody>

/** POST /api/upload: ComfyUI's answer to the upload of a start image. */
export const ImageUploadAnswer = z.object({ name: z.string(), subfolder: z.string(), type: z.string() })
export type ImageUploadAnswer = z.infer<typeof ImageUploadAnswer>
