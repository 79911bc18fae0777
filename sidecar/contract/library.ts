// Libraries: LoRAs, models, image repository, media gallery, prompt history.
import { z } from 'zod/mini'
import { FileRef, MAX_NAME, MAX_TEXT, plainText } from './common'

const LoraMetaFields = {
  display_name: z.nullable(z.string().check(z.trim(), z.maxLength(MAX_NAME))),
  trigger_words: z.array(z.string().check(z.trim(), z.minLength(1), z.maxLength(200))).check(z.maxLength(50)),
  default_strength: z.nullable(z.number().check(z.gte(-10), z.lte(10))),
  notes: z.string().check(z.maxLength(MAX_TEXT)),
  rating: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(5))),
  /** A URL or a sidecar/ComfyUI image path the panel shows for this LoRA. */
  preview_image: z.nullable(z.string().check(z.maxLength(2048))),
}

/** Our own notes about a LoRA file, kept in SQLite. */
export const LoraMeta = z.object({
  display_name: z._default(LoraMetaFields.display_name, null),
  trigger_words: z._default(LoraMetaFields.trigger_words, []),
  default_strength: z._default(LoraMetaFields.default_strength, null),
  notes: z._default(LoraMetaFields.notes, ''),
  rating: z._default(LoraMetaFields.rating, null),
  preview_image: z._default(LoraMetaFields.preview_image, null),
})
export type LoraMeta = z.infer<typeof LoraMeta>

/** PUT /api/loras/meta: the file (as ComfyUI lists it) and only the fields to change (null clears). */
export const LoraMetaUpdate = z.extend(z.partial(z
  .object({
    display_name: z.nullable(plainText(z.string().check(z.trim(), z.maxLength(MAX_NAME)), { singleLine: true })),
    trigger_words: z.array(plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(200)), { singleLine: true })).check(z.maxLength(50)),
    default_strength: LoraMetaFields.default_strength,
    notes: plainText(z.string().check(z.maxLength(MAX_TEXT))),
    rating: LoraMetaFields.rating,
    preview_image: z.nullable(plainText(z.string().check(z.maxLength(2048)), { singleLine: true })),
  })), { name: plainText(z.string().check(z.minLength(1), z.maxLength(512)), { singleLine: true }) })
export type LoraMetaUpdate = z.infer<typeof LoraMetaUpdate>

/** What other tools left beside a LoRA file (never written by us). */
export const ExternalLoraMeta = z.object({
  /** Which sources were found: "metadata.json", "civitai.info", "safetensors". */
  sources: z.array(z.string()),
  title: z.nullable(z.string()),
  base_model: z.nullable(z.string()),
  trigger_words: z.array(z.string()),
  description: z.nullable(z.string()),
  preview_url: z.nullable(z.string()),
  /** The safetensors __metadata__ as ComfyUI's /view_metadata answered it. */
  safetensors: z.nullable(z.record(z.string(), z.unknown())),
})
export type ExternalLoraMeta = z.infer<typeof ExternalLoraMeta>

export const LoraFile = z.object({
  name: z.string(),
  folder: z.string(),
  side: z.nullable(z.enum(['high', 'low'])),
  stem: z.string(),
  /** The other half of its high/low pair, if any. */
  partner: z.nullable(z.string()),
  meta: LoraMeta,
  external: z.nullable(ExternalLoraMeta),
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
  local_models_dir: z.nullable(z.string()),
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
  high: z.nullable(z.string()),
  low: z.nullable(z.string()),
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


export const LibraryRoot = z.object({ index: z.number().check(z.int()), path: z.string(), exists: z.boolean() })
export const LibraryRoots = z.object({ roots: z.array(LibraryRoot) })
export type LibraryRoots = z.infer<typeof LibraryRoots>

export const LibraryImagesQuery = z.object({
  root: z.coerce.number().check(z.int(), z.gte(0)),
  folder: z._default(plainText(z.string().check(z.maxLength(1024)), { singleLine: true }), ''),
  sort: z._default(z.enum(['date', 'name', 'rating']), 'date'),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
})
export const LibraryImage = z.object({
  path: z.string(),
  name: z.string(),
  size: z.number().check(z.int()),
  modified: z.string(),
  rating: z.nullable(z.number().check(z.int())),
  /** Sidecar URL path (relative to /api) of a 256 px JPEG. */
  thumbnail: z.string(),
})
export const LibraryImageList = z.object({
  root: z.number().check(z.int()),
  folder: z.string(),
  folders: z.array(z.string()),
  images: z.array(LibraryImage),
  total: z.number().check(z.int()),
})
export type LibraryImageList = z.infer<typeof LibraryImageList>

const LibraryPath = plainText(z.string().check(z.minLength(1), z.maxLength(1024)), { singleLine: true })
export const LibraryFileQuery = z.object({ root: z.coerce.number().check(z.int(), z.gte(0)), path: LibraryPath })
export const LibraryRatingBody = z.object({
  root: z.number().check(z.int(), z.gte(0)),
  path: LibraryPath,
  /** null clears the rating. */
  rating: z.nullable(z.number().check(z.int(), z.gte(1), z.lte(5))),
})
export const LibraryUseBody = z.object({ root: z.number().check(z.int(), z.gte(0)), path: LibraryPath })
/** ComfyUI's upload answer plus `input_image`, the value for CreateJobBody.input_image. */
export const LibraryUseAnswer = z.object({ name: z.string(), subfolder: z.string(), type: z.string(), input_image: z.string() })
export type LibraryUseAnswer = z.infer<typeof LibraryUseAnswer>

/** `hidden` lists the files hidden with PUT /api/gallery/hidden; every other filter leaves them out. */
export const GALLERY_FILTERS = ['all', 'images', 'videos', 'favourites', 'long_videos', 'hidden'] as const
export const GALLERY_SORTS = ['date', 'name', 'size', 'favourites'] as const
export const GalleryQuery = z.object({
  filter: z._default(z.enum(GALLERY_FILTERS), 'all'),
  /** date: newest first; name: by file name; size: largest first; favourites: favourites first, then newest. */
  sort: z._default(z.enum(GALLERY_SORTS), 'date'),
  hide_start_images: z._default(z.enum(['0', '1', 'true', 'false']), '0'),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 100),
})
export const GalleryItem = z.object({
  /** Path relative to ComfyUI's output folder, '/' separators. */
  path: z.string(),
  file: FileRef,
  kind: z.enum(['image', 'video']),
  size: z.number().check(z.int()),
  modified: z.string(),
  favourite: z.boolean(),
  /** Hidden from every view but `hidden` (PUT /api/gallery/hidden). */
  hidden: z.boolean(),
  /** A stitched long video of ours (in the output subfolder, not a segment). */
  long_video: z.boolean(),
  /** A segment video of ours. */
  segment: z.boolean(),
  /** A still that only exists to start or preview a video (our last frames, VHS's PNG beside a video). */
  start_image: z.boolean(),
  /** Sidecar URL path (relative to /api) of a 256 px JPEG (a still of the first frame for a video). */
  thumbnail: z.string(),
})
export type GalleryItem = z.infer<typeof GalleryItem>
export const GalleryList = z.object({ items: z.array(GalleryItem), total: z.number().check(z.int()) })
export type GalleryList = z.infer<typeof GalleryList>

export const GalleryFavouriteBody = z.object({ path: LibraryPath, favourite: z.boolean() })
export const GalleryPathQuery = z.object({ path: LibraryPath })
/** The most files one bulk action takes (a selection of every loaded tile). */
export const MAX_GALLERY_BULK = 1000
const GalleryPaths = z.array(LibraryPath).check(z.minLength(1), z.maxLength(MAX_GALLERY_BULK))
export const GalleryFavouritesBody = z.object({ paths: GalleryPaths, favourite: z.boolean() })
export const GalleryHiddenBody = z.object({ paths: GalleryPaths, hidden: z.boolean() })
/** What a bulk action changed, and each file it left alone with the reason. */
export const GalleryBulkAnswer = z.object({
  changed: z.array(z.string()),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
})
export type GalleryBulkAnswer = z.infer<typeof GalleryBulkAnswer>
/** POST /api/gallery/use: output images copied into ComfyUI's input folder to start jobs from. */
export const MAX_GALLERY_USE = 20
export const GalleryUseBody = z.object({ paths: z.array(LibraryPath).check(z.minLength(1), z.maxLength(MAX_GALLERY_USE)) })
export const GalleryUseAnswer = z.object({
  items: z.array(z.object({ path: z.string(), input_image: z.string(), prompt: z.nullable(z.string()), negative_prompt: z.nullable(z.string()) })),
  skipped: z.array(z.object({ path: z.string(), reason: z.string() })),
})
export type GalleryUseAnswer = z.infer<typeof GalleryUseAnswer>

export const ExtractedPromptSchema = z.object({
  /** longvideo: one of our stitched finals (its storyboard, one "[n] prompt" line per segment). */
  source: z.enum(['comfyui', 'a1111', 'longvideo']),
  positive: z.nullable(z.string()),
  negative: z.nullable(z.string()),
  steps: z.nullable(z.number()),
  cfg: z.nullable(z.number()),
  seed: z.nullable(z.number()),
  sampler: z.nullable(z.string()),
  scheduler: z.nullable(z.string()),
  width: z.nullable(z.number()),
  height: z.nullable(z.number()),
  frames: z.nullable(z.number()),
  loras: z.array(z.object({ name: z.string(), strength: z.number() })),
  models: z.array(z.string()),
})
export type ExtractedPromptAnswer = z.infer<typeof ExtractedPromptSchema>

/** One segment of a long video of ours, as its final's `longvideo` tag tells it (null: an older final did not say). */
export const LongVideoSegment = z.object({
  idx: z.number(),
  take: z.nullable(z.number()),
  prompt: z.string(),
  negative_prompt: z.nullable(z.string()),
  seed: z.nullable(z.number()),
  /** Frames of the segment's own video (its hand-off frames left out). */
  frames: z.nullable(z.number()),
  /** Drift meter of its last frame (delta E to the anchor). */
  drift: z.nullable(z.number()),
  /** Seam meter of the join into it. */
  seam: z.nullable(z.number()),
})
export type LongVideoSegment = z.infer<typeof LongVideoSegment>

/** A stitched final of ours: what the gallery shows of it instead of one prompt's settings. */
export const LongVideoInfo = z.object({
  job: z.nullable(z.string()),
  /** The job that made it (it may be gone since). */
  job_id: z.nullable(z.number()),
  /** Frames of the whole file. */
  frames: z.nullable(z.number()),
  fps: z.nullable(z.number()),
  width: z.nullable(z.number()),
  height: z.nullable(z.number()),
  drift_threshold: z.nullable(z.number()),
  seam_threshold: z.nullable(z.number()),
  segments: z.array(LongVideoSegment),
})
export type LongVideoInfo = z.infer<typeof LongVideoInfo>

export const GalleryMeta = z.object({
  path: z.string(),
  /** Text keys found in the file (PNG chunks or MP4 tags). */
  keys: z.array(z.string()),
  prompt: z.nullable(ExtractedPromptSchema),
  /** ComfyUI's UI workflow JSON when the file carries one. */
  workflow: z.nullable(z.unknown()),
  /** One of our long videos: its segments, seeds, prompts and meters; null for any other file. */
  long_video: z._default(z.nullable(LongVideoInfo), null),
})
export type GalleryMeta = z.infer<typeof GalleryMeta>

export const PromptHistoryQuery = z.object({ limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 200) })
export const PromptHistoryEntry = z.extend(ExtractedPromptSchema, { path: z.string(), modified: z.string(), uses: z.number().check(z.int()) })
export const PromptHistory = z.object({ prompts: z.array(PromptHistoryEntry) })
export type PromptHistory = z.infer<typeof PromptHistory>

/** GET /api/images: one folder of ComfyUI's input or output folder, for the start-image picker. */
export const ComfyImagesQuery = z.object({
  source: z._default(z.enum(['input', 'output']), 'input'),
  folder: z._default(plainText(z.string().check(z.maxLength(512)), { singleLine: true }), ''),
  sort: z._default(z.enum(['date', 'name', 'rating']), 'date'),
  limit: z._default(z.coerce.number().check(z.int(), z.gte(1), z.lte(1000)), 200),
  offset: z._default(z.coerce.number().check(z.int(), z.gte(0)), 0),
})
export const ComfyImageList = z.object({
  source: z.enum(['input', 'output']),
  folder: z.string(),
  folders: z.array(z.string()),
  images: z.array(z.object({ path: z.string(), name: z.string(), size: z.number(), modified: z.string(), rating: z.nullable(z.number().check(z.int())) })),
  total: z.number().check(z.int()),
})
export type ComfyImageList = z.infer<typeof ComfyImageList>

/** GET /api/view: a file ComfyUI serves, proxied (thumbnails on the sidecar's own origin). */
export const ComfyViewQuery = z.object({
  filename: plainText(z.string().check(z.minLength(1), z.maxLength(512)), { singleLine: true }),
  subfolder: z._default(plainText(z.string().check(z.maxLength(512)), { singleLine: true }), ''),
  type: z._default(z.enum(['input', 'output', 'temp']), 'output'),
  preview: z.optional(z.string().check(z.maxLength(32))),
})

/** POST /api/upload/url: a start image to fetch (http or https; see API.md for what is refused). */
export const ImageUrlBody = z.object({ url: z.string().check(z.trim(), z.minLength(1), z.maxLength(2048)) })
export type ImageUrlBody = z.infer<typeof ImageUrlBody>

/** POST /api/upload: ComfyUI's answer to the upload of a start image. */
export const ImageUploadAnswer = z.object({ name: z.string(), subfolder: z.string(), type: z.string() })
export type ImageUploadAnswer = z.infer<typeof ImageUploadAnswer>
