// Admission: what the API accepts must be able to run. A new or edited job, a planned prompt and
// new takes are bound with the same rule the runner uses when the segment goes to ComfyUI
// (bindJobSegment: frames, size, steps, seed, models, LoRAs, options), and, when ComfyUI answers,
// checked by the same pre-flight against its node schemas (node packs, model and LoRA files), so a
// request that could only fail later is refused now with a 400 naming the request's field.
import type { JobState, RunRecord } from '../contract'
import { DomainError, outputImageRef } from '../contract'
import { ComfyBadAnswer, ComfyUnreachable } from '../comfy/comfyClient'
import type { ComfyClient } from '../comfy/comfyClient'
import type { ApiPrompt, LiveInfo, NodeSchema, PreflightProblem, Template } from '../workflows'
import { lastFramePrefix, NodeSchema as NodeSchemaZ, preflight } from '../workflows'
import { bindJobSegment } from './segmentPrompt'

/** One run to check, and where its own fields are in the request ("" = the job's first segment). */
export interface RunUnderCheck {
  idx: number
  run: RunRecord & { take: number }
  /** The request path of this run's own fields: "" (the body itself), "planned_prompts.2", ... */
  at: string
}

const PARAMETER_FIELDS = new Set(['frames', 'width', 'height', 'fps', 'steps', 'cfg'])

/** The request field a binding rule's field stands for. */
export function requestField(bindingField: string | undefined, at: string): string {
  const own = (name: string) => (at ? `${at}.${name}` : name)
  if (!bindingField) return 'parameters'
  if (PARAMETER_FIELDS.has(bindingField)) return `parameters.${bindingField}`
  if (bindingField === 'seed') return at ? own('seed') : 'parameters.seed'
  if (bindingField === 'models.low' || bindingField === 'models.high') return `parameters.${bindingField}`
  if (bindingField === 'loras' || bindingField.startsWith('loras.')) return own(bindingField)
  if (bindingField.startsWith('options.')) return `parameters.${bindingField}`
  if (bindingField === 'startImage') return 'input_image'
  if (bindingField === 'videoPrefix' || bindingField === 'lastFramePrefix') return 'name'
  // Already a request field (preset, input_image) from choosing the template.
  return bindingField
}

/** The start image a run of segment idx would get: the job's, or a stand-in for the last frame before it. */
function startOf(state: JobState, idx: number, subfolder: string): string | null {
  if (idx === 0) return state.job.input_image
  const prev = state.segments[idx - 1]
  if (prev?.last_frame) return outputImageRef(prev.last_frame)
  return `${lastFramePrefix(state.job.name, idx - 1, subfolder)}_00001_.png [output]`
}

/** Binds each run as the runner will (same function); the first refusal becomes a 400 naming its request field. */
export function bindForCheck(templates: Template[], state: JobState, runs: RunUnderCheck[], subfolder: string): Array<{ check: RunUnderCheck; prompt: ApiPrompt; template: Template }> {
  return runs.map((check) => {
    const run = { ...check.run, start_image: startOf(state, check.idx, subfolder) }
    // The next segment is not in the chain yet: bind it as if it were.
    const withRun = state.segments[check.idx]
      ? state
      : { ...state, segments: [...state.segments, { ...run, job_id: state.job.id, idx: check.idx, locked: false, stale: false }] }
    try {
      const bound = bindJobSegment(templates, withRun, check.idx, subfolder, run)
      return { check, prompt: bound.prompt, template: bound.template }
    } catch (err) {
      if (!(err instanceof DomainError)) throw err
      const field = requestField(err.field, check.at)
      const where = runs.length > 1 || check.at ? ` (segment ${check.idx + 1})` : ''
      throw new DomainError('bad_request', `${field}: ${err.message}${where}`, field)
    }
  })
}

/** The node schemas ComfyUI has for these classes; null when ComfyUI cannot be asked now. */
export async function liveNodeSchemas(comfy: ComfyClient, classes: string[]): Promise<Record<string, NodeSchema | undefined> | null> {
  const unique = [...new Set(classes)]
  try {
    const raws = await Promise.all(unique.map((cls) => comfy.objectInfo(cls)))
    const out: Record<string, NodeSchema | undefined> = {}
    unique.forEach((cls, i) => {
      const raw = raws[i]
      const parsed = raw ? NodeSchemaZ.safeParse(raw) : null
      out[cls] = parsed?.success ? parsed.data : undefined
    })
    return out
  } catch (err) {
    // ComfyUI down or odd: the runner checks again before the segment is queued.
    if (err instanceof ComfyUnreachable || err instanceof ComfyBadAnswer) return null
    throw err
  }
}

function sameSite(refs: Array<{ node: string; input: string }> | undefined, node: string, input: string | undefined): boolean {
  return refs?.some((r) => r.node === node && r.input === input) ?? false
}

/** The request field a pre-flight finding is about. */
export function findingField(problem: PreflightProblem, template: Template, at: string, ownTemplate: boolean): string {
  const { roles } = template
  const own = (name: string) => (at ? `${at}.${name}` : name)
  if (problem.code === 'missing_node') return 'preset'
  if (problem.input === 'lora_name') return own('loras')
  if (ownTemplate && sameSite(roles.model_high, problem.node_id, problem.input)) return 'parameters.models.high'
  if (ownTemplate && sameSite(roles.model_low, problem.node_id, problem.input)) return 'parameters.models.low'
  if (problem.code === 'missing_model') return 'preset'
  for (const [key, refs] of Object.entries(roles.options)) {
    if (sameSite(refs, problem.node_id, problem.input)) return `parameters.options.${key}`
  }
  for (const name of PARAMETER_FIELDS) {
    const role = name === 'frames' ? roles.length : (roles[name as 'width' | 'height' | 'fps' | 'steps' | 'cfg'])
    if (sameSite(role, problem.node_id, problem.input)) return `parameters.${name}`
  }
  return 'parameters'
}

/**
 * Checks runs before they are accepted: the binding rule always, ComfyUI's pre-flight when it
 * answers. Throws a 400 naming the request field of the first problem.
 */
export async function admitRuns(
  ctx: { templates: Template[]; comfy: ComfyClient; runner?: { otherBackendsLive(): LiveInfo[] } },
  state: JobState,
  runs: RunUnderCheck[],
  subfolder: string
): Promise<void> {
  const bound = bindForCheck(ctx.templates, state, runs, subfolder)
  if (bound.length === 0) return
  const classes = bound.flatMap((b) => Object.values(b.prompt).map((n) => n.class_type))
  const schemas = await liveNodeSchemas(ctx.comfy, classes)
  if (!schemas) return
  const others = ctx.runner?.otherBackendsLive() ?? []
  for (const b of bound) {
    const problems = preflight(b.prompt, { nodeSchemas: schemas })
    const first = problems[0]
    if (!first) continue
    // Another backend that is on may have what this ComfyUI lacks (a model on the rented GPU only): placement sends the run there.
    if (others.some((live) => preflight(b.prompt, live).length === 0)) continue
    const field = findingField(first, b.template, b.check.at, b.template.id === state.job.preset)
    const where = runs.length > 1 || b.check.at ? ` (segment ${b.check.idx + 1})` : ''
    throw new DomainError('bad_request', `${field}: ${problems.map((p) => p.message).join('; ')}${where}`, field)
  }
}
