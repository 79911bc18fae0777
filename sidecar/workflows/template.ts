// A workflow template: a ComfyUI API prompt plus the role of each node input the engine binds.
import { z } from 'zod'
import { pick } from 'zod/mini'
import { ApiPrompt, isLink } from './apiPrompt'
import { Preset, JobParameters } from '../contract'
import { seamSupport } from './seamSupport'
import { WorkflowError } from './workflowError'

/** One node input: where a value is written. */
export const InputRef = z.object({ node: z.string().min(1), input: z.string().min(1) })
export type InputRef = z.infer<typeof InputRef>

/** One node output: where a chain (LoRAs) is inserted after. */
export const OutputRef = z.object({ node: z.string().min(1), output: z.number().int().min(0) })
export type OutputRef = z.infer<typeof OutputRef>

/** A role may write one input or several (e.g. steps on both sampler passes). */
const InputRefs = z.union([InputRef, z.array(InputRef).min(1)]).transform((r) => (Array.isArray(r) ? r : [r]))

export const TemplateRoles = z.object({
  /** LoadImage input that takes the start image; absent on text-to-video templates. */
  start_image: InputRef.optional(),
  /** The input linked to the start image, unlinked when a ti2v template runs from text alone. */
  start_image_link: InputRef.optional(),
  positive: InputRefs,
  negative: InputRefs,
  width: InputRefs,
  height: InputRefs,
  length: InputRefs,
  seed: InputRefs,
  steps: InputRefs,
  cfg: InputRefs,
  /** Two-pass templates: high pass ends and low pass starts at the split step. */
  split: z.object({ end: InputRefs, start: InputRefs }).optional(),
  model_high: InputRefs,
  model_low: InputRefs.optional(),
  lora_high: OutputRef,
  lora_low: OutputRef.optional(),
  fps: InputRefs,
  video_output: InputRef,
  /** The video node's frames input: the carried frames are left out in front of it, the last frames saved from its source. */
  video_images: InputRef,
  last_frame_output: InputRef,
  last_frame_index: InputRefs,
  options: z.record(z.string(), InputRefs).default({}),
})
export type TemplateRoles = z.infer<typeof TemplateRoles>

export const Template = z.object({
  id: z.string().regex(/^[a-z0-9_]+$/, 'lower-case letters, digits and _ only'),
  name: z.string().min(1),
  description: z.string(),
  kind: Preset.shape.kind,
  family: Preset.shape.family,
  defaults: Preset.shape.defaults,
  models: Preset.shape.models,
  options: Preset.shape.options,
  t2v_first: z.string().nullable(),
  roles: TemplateRoles,
  prompt: ApiPrompt,
  /** 'user' for templates made from a user's graph (kept in SQLite); the workflows/ files are built in. */
  source: z.enum(['builtin', 'user']).optional(),
})
export type Template = z.infer<typeof Template>

/** Every role must name an existing node and, for inputs, an input that node has. */
function roleProblems(t: Template): { field: string; message: string }[] {
  const problems: { field: string; message: string }[] = []
  const checkInput = (field: string, ref: InputRef) => {
    const node = t.prompt[ref.node]
    if (!node) problems.push({ field, message: `node "${ref.node}" is not in the prompt` })
    else if (!(ref.input in node.inputs)) problems.push({ field, message: `node "${ref.node}" (${node.class_type}) has no input "${ref.input}"` })
  }
  const checkOutput = (field: string, ref: OutputRef) => {
    if (!t.prompt[ref.node]) problems.push({ field, message: `node "${ref.node}" is not in the prompt` })
  }
  const { roles } = t
  for (const [key, value] of Object.entries(roles)) {
    if (value === undefined) continue
    if (key === 'lora_high' || key === 'lora_low') checkOutput(`roles.${key}`, value as OutputRef)
    else if (key === 'split') {
      const split = value as NonNullable<TemplateRoles['split']>
      split.end.forEach((r, i) => checkInput(`roles.split.end[${i}]`, r))
      split.start.forEach((r, i) => checkInput(`roles.split.start[${i}]`, r))
    } else if (key === 'options') {
      for (const [opt, refs] of Object.entries(roles.options)) refs.forEach((r, i) => checkInput(`roles.options.${opt}[${i}]`, r))
    } else if (Array.isArray(value)) value.forEach((r, i) => checkInput(`roles.${key}[${i}]`, r as InputRef))
    else checkInput(`roles.${key}`, value as InputRef)
  }
  if (roles.start_image_link) {
    const node = t.prompt[roles.start_image_link.node]
    const linked = node?.inputs[roles.start_image_link.input]
    if (node && !isLink(linked)) problems.push({ field: 'roles.start_image_link', message: 'must be a linked input' })
  }
  if (t.kind !== 't2v' && !roles.start_image) problems.push({ field: 'roles.start_image', message: `a ${t.kind} template needs a start_image role` })
  if (t.models.low !== null && (!roles.model_low || !roles.lora_low)) problems.push({ field: 'roles.model_low', message: 'a template with a low-noise model needs model_low and lora_low roles' })
  for (const option of t.options) {
    if (!roles.options[option.key]) problems.push({ field: `roles.options.${option.key}`, message: `option "${option.key}" has no role` })
  }
  return problems
}

/** Validates parsed JSON as a template; `source` names the file in errors. */
export function parseTemplate(json: unknown, source: string): Template {
  const parsed = Template.safeParse(json)
  if (!parsed.success) {
    const issue = parsed.error.issues[0]
    const field = issue ? issue.path.join('.') : ''
    throw new WorkflowError('invalid_template', `${source}: ${field || '(root)'}: ${issue?.message ?? 'invalid'}`, field)
  }
  const [problem] = roleProblems(parsed.data)
  if (problem) throw new WorkflowError('invalid_template', `${source}: ${problem.field}: ${problem.message}`, problem.field)
  // The defaults must themselves be valid job parameters (4k+1 frames are checked at binding).
  pick(JobParameters, { width: true, height: true, fps: true, frames: true, steps: true, cfg: true }).parse(parsed.data.defaults)
  return parsed.data
}

/** Node classes a bound prompt may use: the template's own plus what binding inserts. */
export function requiredClasses(t: Template): string[] {
  const classes = new Set(Object.values(t.prompt).map((n) => n.class_type))
  classes.add('LoraLoaderModelOnly')
  classes.add('ImageFromBatch')
  classes.add('SaveAnimatedPNG')
  return [...classes].sort()
}

export function templateToPreset(t: Template): Preset {
  return Preset.parse({
    id: t.id,
    name: t.name,
    description: t.description,
    kind: t.kind,
    family: t.family,
    defaults: t.defaults,
    options: t.options,
    t2v_first: t.t2v_first,
    models: t.models,
    requires: requiredClasses(t),
    seam_modes: seamSupport(t.prompt, t.roles, t.family).modes,
    source: t.source ?? 'builtin',
  })
}

/** The template's own negative prompt (the Wan2.2 default), for jobs that give none. */
export function defaultNegative(t: Template): string {
  const ref = t.roles.negative[0]
  const value = ref ? t.prompt[ref.node]?.inputs[ref.input] : undefined
  return typeof value === 'string' ? value : ''
}
