// Start from text: candidate start images made from a prompt (Wan2.2 T2V at length 1, or the user's
// own text-to-image template), one of which becomes a job's start image and anchor.
import { z } from 'zod/mini'
import { FileRef, MAX_NAME, MAX_TEXT, plainText, Seed } from './common'

/** Most candidates one request asks for. */
export const MAX_START_CANDIDATES = 8
export const DEFAULT_START_CANDIDATES = 4

export const START_CANDIDATE_STATUSES = ['queued', 'running', 'done', 'failed'] as const
export const StartCandidateStatus = z.enum(START_CANDIDATE_STATUSES)
export type StartCandidateStatus = z.infer<typeof StartCandidateStatus>

export const StartCandidate = z.object({
  id: z.number().check(z.int()),
  set_id: z.number().check(z.int()),
  seed: Seed,
  status: StartCandidateStatus,
  /** The picture ComfyUI saved (SaveImage, output folder), once done. */
  image: z.nullable(FileRef),
  /** Its copy in ComfyUI's input folder (a job's input_image), once picked. */
  input_image: z.nullable(z.string()),
  error: z.nullable(z.string()),
  created_at: z.string(),
  finished_at: z.nullable(z.string()),
})
export type StartCandidate = z.infer<typeof StartCandidate>

/** One way to make start images and whether this ComfyUI can run it now. */
export const StartImageMaker = z.object({
  /** A built-in text-to-video preset id (run at length 1) or an image template id (img_...). */
  id: z.string(),
  kind: z.enum(['t2v', 't2i']),
  name: z.string(),
  ready: z.boolean(),
  /** What is missing, in words: model files, node packs. Empty when ready, or when ComfyUI could not be asked. */
  missing: z.array(z.string()),
})
export type StartImageMaker = z.infer<typeof StartImageMaker>

/** GET /api/start-images/makers: each way to start and what it lacks (null: ComfyUI did not answer). */
export const StartImageMakers = z.object({
  makers: z.array(StartImageMaker),
  /** The text-to-video first segment ("Text only") of the default preset. */
  text_only: z.object({ preset: z.nullable(z.string()), ready: z.boolean(), missing: z.array(z.string()) }),
  comfyui_reachable: z.boolean(),
})
export type StartImageMakers = z.infer<typeof StartImageMakers>

export const StartImageSet = z.object({
  id: z.number().check(z.int()),
  /** The job whose start image was picked here; null until the job is created. */
  job_id: z.nullable(z.number().check(z.int())),
  maker: z.string(),
  prompt: z.string(),
  negative_prompt: z.string(),
  width: z.number().check(z.int()),
  height: z.number().check(z.int()),
  /** The candidate that became the start image. */
  chosen: z.nullable(z.number().check(z.int())),
  candidates: z.array(StartCandidate),
  created_at: z.string(),
})
export type StartImageSet = z.infer<typeof StartImageSet>

const Count = z.number().check(z.int(), z.gte(1), z.lte(MAX_START_CANDIDATES))

/** POST /api/start-images: N candidates from a prompt. */
export const StartImagesBody = z.object({
  prompt: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_TEXT))),
  negative_prompt: z.optional(plainText(z.string().check(z.maxLength(MAX_TEXT)))),
  /** A maker id from GET /api/start-images/makers; the first ready one when absent. */
  maker: z.optional(plainText(z.string().check(z.minLength(1), z.maxLength(120)), { singleLine: true })),
  width: z.number().check(z.int(), z.gte(16), z.lte(4096)),
  height: z.number().check(z.int(), z.gte(16), z.lte(4096)),
  /** How many (default DEFAULT_START_CANDIDATES); `seeds` sets it when given. */
  count: z.optional(Count),
  /** One per candidate; random when absent. */
  seeds: z.optional(z.array(Seed).check(z.minLength(1), z.maxLength(MAX_START_CANDIDATES))),
})
export type StartImagesBody = z.infer<typeof StartImagesBody>

/** POST /api/start-images/{set}/more: more candidates of the same prompt and size. */
export const MoreStartImagesBody = z.object({
  count: z.optional(Count),
  seeds: z.optional(z.array(Seed).check(z.minLength(1), z.maxLength(MAX_START_CANDIDATES))),
})
export type MoreStartImagesBody = z.infer<typeof MoreStartImagesBody>

/** POST /api/start-images/{set}/choose and PUT /api/jobs/{id}/start-image. */
export const ChooseStartImageBody = z.object({ candidate: z.number().check(z.int(), z.gte(1)) })
export type ChooseStartImageBody = z.infer<typeof ChooseStartImageBody>

/** The answer to choose: the set, and the input_image to create the job with. */
export const ChosenStartImage = z.object({ set: StartImageSet, input_image: z.string() })
export type ChosenStartImage = z.infer<typeof ChosenStartImage>

const InputSite = z.object({ node: z.string(), input: z.string() })

/** A text-to-image template: the user's graph with the inputs a candidate writes. */
export const ImageTemplateRoles = z.object({
  positive: z.array(InputSite).check(z.minLength(1)),
  negative: z.array(InputSite),
  width: z.array(InputSite).check(z.minLength(1)),
  height: z.array(InputSite).check(z.minLength(1)),
  seed: z.array(InputSite).check(z.minLength(1)),
  /** batch_size of the latent, set to 1. */
  batch: z.array(InputSite),
  image_output: InputSite,
})
export type ImageTemplateRoles = z.infer<typeof ImageTemplateRoles>

export const ImageTemplate = z.object({
  id: z.string(),
  name: z.string(),
  roles: ImageTemplateRoles,
  /** How each role was found, for the user. */
  found: z.array(z.string()),
  prompt: z.record(z.string(), z.unknown()),
  created_at: z.string(),
})
export type ImageTemplate = z.infer<typeof ImageTemplate>

/** POST /api/start-images/templates: import a text-to-image graph (API format). */
export const ImageTemplateBody = z.object({
  name: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME)), { singleLine: true }),
  prompt: z.record(z.string(), z.unknown()),
})
export type ImageTemplateBody = z.infer<typeof ImageTemplateBody>
