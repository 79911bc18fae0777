// User templates (bring your own workflow) and the prompt graph of a segment.
import { z } from 'zod/mini'
import { MAX_NAME, MAX_TEXT, plainText } from './common'
import { Preset } from './setup'

/** Where a role points: a node input, or (lora_high / lora_low) the node output our LoRA chain follows. */
export const RoleSite = z.object({
  node: plainText(z.string().check(z.minLength(1), z.maxLength(64)), { singleLine: true }),
  input: z.optional(plainText(z.string().check(z.minLength(1), z.maxLength(200)), { singleLine: true })),
  output: z.optional(z.number().check(z.int(), z.gte(0), z.lte(64))),
})
export type RoleSite = z.infer<typeof RoleSite>

/** The user's picks in the role editor: role name -> sites; they replace what detection found. */
export const RoleOverrides = z.record(plainText(z.string().check(z.minLength(1), z.maxLength(100)), { singleLine: true }), z.array(RoleSite).check(z.minLength(1), z.maxLength(16)))
export type RoleOverrides = z.infer<typeof RoleOverrides>

/** An API-format graph as graphToPrompt().output or "Export (API)" gives it; checked node by node on use. */
export const GraphPrompt = z.record(z.string().check(z.minLength(1), z.maxLength(64)), z.unknown())

export const DetectTemplateBody = z.object({ prompt: GraphPrompt, roles: z.optional(RoleOverrides) })
export type DetectTemplateBody = z.infer<typeof DetectTemplateBody>

export const CreateTemplateBody = z.object({
  name: plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME)), { singleLine: true }),
  description: z._default(plainText(z.string().check(z.maxLength(MAX_TEXT))), ''),
  prompt: GraphPrompt,
  roles: z.optional(RoleOverrides),
})
export type CreateTemplateBody = z.infer<typeof CreateTemplateBody>

/** Any subset; a new prompt is detected again (with the given roles, else the saved ones). */
export const UpdateTemplateBody = z.object({
  name: z.optional(plainText(z.string().check(z.trim(), z.minLength(1), z.maxLength(MAX_NAME)), { singleLine: true })),
  description: z.optional(plainText(z.string().check(z.maxLength(MAX_TEXT)))),
  prompt: z.optional(GraphPrompt),
  roles: z.optional(RoleOverrides),
})
export type UpdateTemplateBody = z.infer<typeof UpdateTemplateBody>

export const ReportedRole = z.object({
  /** start_image, start_image_link, positive, negative, width, height, length, seed, steps, cfg, split.end,
   * split.start, model_high, model_low, lora_high, lora_low, fps, video_output, video_images,
   * last_frame_output, last_frame_index, options.<key> */
  role: z.string(),
  sites: z.array(z.extend(RoleSite, { title: z.nullable(z.string()), class_type: z.string() })),
  /** How it was found, in words. */
  how: z.string(),
  origin: z.enum(['detected', 'chosen', 'added']),
})
export type ReportedRole = z.infer<typeof ReportedRole>

export const RoleProblem = z.object({
  role: z.string(),
  message: z.string(),
  /** Node ids to choose from when several nodes could fill the role. */
  candidates: z.optional(z.array(z.string())),
})
export type RoleProblem = z.infer<typeof RoleProblem>

/** A pre-flight finding against the live ComfyUI (missing node pack, model file or bad value). */
export const PreflightFinding = z.object({
  code: z.enum(['missing_node', 'missing_model', 'bad_value']),
  node_id: z.string(),
  class_type: z.string(),
  input: z.optional(z.string()),
  message: z.string(),
})
export type PreflightFinding = z.infer<typeof PreflightFinding>

export const TemplateDetection = z.object({
  /** True when the template can be saved as it is (no problems, pre-flight clean or not run). */
  ok: z.boolean(),
  roles: z.array(ReportedRole),
  problems: z.array(RoleProblem),
  /** What saving does to the graph (nodes removed, the last-frame branch added, ...). */
  changes: z.array(z.string()),
  kind: Preset.shape.kind,
  family: Preset.shape.family,
  defaults: Preset.shape.defaults,
  models: Preset.shape.models,
  options: Preset.shape.options,
  /** Checked against ComfyUI's /object_info; null when ComfyUI could not be asked. */
  preflight: z.nullable(z.array(PreflightFinding)),
})
export type TemplateDetection = z.infer<typeof TemplateDetection>

export const UserTemplate = z.object({
  /** Also the preset id a job uses ("preset": id). */
  id: z.string(),
  name: z.string(),
  description: z.string(),
  /** The graph as the user gave it. */
  prompt: z.record(z.string(), z.unknown()),
  /** The user's role picks as saved. */
  roles: RoleOverrides,
  detection: TemplateDetection,
  preset: Preset,
  created_at: z.string(),
  updated_at: z.string(),
})
export type UserTemplate = z.infer<typeof UserTemplate>

export const UserTemplateList = z.object({ templates: z.array(UserTemplate) })
export type UserTemplateList = z.infer<typeof UserTemplateList>

/**
 * GET /api/jobs/{id}/segments/{idx}/prompt-graph: the API prompt that made a segment's current take,
 * for "Open in canvas". `source` 'comfyui' is the prompt as ComfyUI's history keeps it (exactly what
 * ran); 'rebuilt' is bound again from the stored segment when ComfyUI no longer knows the prompt.
 */
export const SegmentPromptGraph = z.object({
  job_id: z.number().check(z.int()),
  idx: z.number().check(z.int()),
  take: z.number().check(z.int()),
  prompt_id: z.nullable(z.string()),
  source: z.enum(['comfyui', 'rebuilt']),
  prompt: z.record(z.string(), z.unknown()),
})
export type SegmentPromptGraph = z.infer<typeof SegmentPromptGraph>
