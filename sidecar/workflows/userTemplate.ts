// Turns a user's API-format graph into a template: detected roles, overridden by the user's picks,
// then the graph made fit for a chain: only what feeds the segment video stays, and the last-frame
// branch is added when the graph has none. Pure; says what it changed and what is still missing.
import { ApiPrompt, type ApiNode } from './apiPrompt'
import { detectRoles, type Detection, type FoundRole, type RoleProblem } from './detectRoles'
import { nextNodeId } from './graphEdit'
import { ancestors, describe, linkOf, literal, sortedIds, type Site } from './graphWalk'
import { TAIL_FRAMES } from '../contract'
import { seamSupport } from './seamSupport'
import { parseTemplate, type Template } from './template'
import { WorkflowError } from './workflowError'

/** Role names as the role editor shows and overrides them (split and options flattened). */
export const ROLE_NAMES = [
  'start_image', 'start_image_link', 'positive', 'negative', 'width', 'height', 'length', 'seed', 'steps', 'cfg',
  'split.end', 'split.start', 'model_high', 'model_low', 'lora_high', 'lora_low', 'fps',
  'video_output', 'video_images', 'last_frame_output', 'last_frame_index',
] as const

const REQUIRED = ['start_image', 'positive', 'negative', 'width', 'height', 'length', 'seed', 'steps', 'cfg', 'model_high', 'lora_high', 'fps', 'video_output', 'video_images']
const OUTPUT_ROLES = ['lora_high', 'lora_low']

export type RoleOverrides = Record<string, Site[]>

export interface SiteView extends Site {
  title: string | null
  class_type: string
}

export interface ReportedRole {
  role: string
  sites: SiteView[]
  how: string
  /** detected | chosen (by the user) | added (the engine adds the nodes) */
  origin: 'detected' | 'chosen' | 'added'
}

export interface TemplateReport {
  roles: ReportedRole[]
  problems: RoleProblem[]
  /** What saving does to the graph. */
  changes: string[]
  kind: Detection['kind']
  family: Detection['family']
  defaults: Detection['defaults']
  models: Detection['models']
  options: Detection['options']
}

export interface UserTemplateInput {
  id: string
  name: string
  description: string
  prompt: unknown
  roles?: RoleOverrides
}

/** Parses the graph; a bad node names itself (prompt.<id>.<field>). */
export function parseGraph(raw: unknown): ApiPrompt {
  if (raw !== null && typeof raw === 'object' && Array.isArray((raw as { nodes?: unknown }).nodes)) {
    throw new WorkflowError('invalid_template', 'prompt: this is the UI workflow format (nodes and links); send the API format: the open canvas, or a file saved with "Export (API)"', 'prompt')
  }
  const parsed = ApiPrompt.safeParse(raw)
  if (parsed.success && Object.keys(parsed.data).length > 0) return parsed.data
  if (parsed.success) throw new WorkflowError('invalid_template', 'prompt: the graph has no nodes', 'prompt')
  const issue = parsed.error.issues[0]
  const field = ['prompt', ...(issue?.path ?? []).map(String)].join('.')
  throw new WorkflowError('invalid_template', `${field}: ${issue?.message ?? 'invalid'} (send the API format: graphToPrompt().output or "Export (API)")`, field)
}

function overrideProblems(prompt: ApiPrompt, overrides: RoleOverrides): RoleProblem[] {
  const problems: RoleProblem[] = []
  for (const [role, sites] of Object.entries(overrides)) {
    if (!(ROLE_NAMES as readonly string[]).includes(role) && !role.startsWith('options.')) {
      problems.push({ role, message: `${role}: not a role (roles: ${ROLE_NAMES.join(', ')}, options.<key>)` })
      continue
    }
    if (sites.length === 0) problems.push({ role, message: `${role}: give at least one node` })
    for (const site of sites) {
      const node = prompt[site.node]
      if (!node) problems.push({ role, message: `${role}: node #${site.node} is not in the graph` })
      else if (OUTPUT_ROLES.includes(role) ? site.output === undefined : site.input === undefined) {
        problems.push({ role, message: `${role}: name the ${OUTPUT_ROLES.includes(role) ? 'output' : 'input'} of ${describe(prompt, site.node)}` })
      } else if (site.input !== undefined && !(site.input in node.inputs)) {
        problems.push({ role, message: `${role}: ${describe(prompt, site.node)} has no input "${site.input}"` })
      }
    }
  }
  return problems
}

function view(prompt: ApiPrompt, sites: Site[]): SiteView[] {
  return sites.map((s) => ({ ...s, title: prompt[s.node]?._meta?.title ?? null, class_type: prompt[s.node]?.class_type ?? '' }))
}

function toRoles(found: Map<string, Site[]>): unknown {
  const inputs = (role: string) => found.get(role)?.map((s) => ({ node: s.node, input: s.input }))
  const one = (role: string) => inputs(role)?.[0]
  const output = (role: string) => {
    const s = found.get(role)?.[0]
    return s ? { node: s.node, output: s.output } : undefined
  }
  const options: Record<string, unknown> = {}
  for (const role of found.keys()) if (role.startsWith('options.')) options[role.slice('options.'.length)] = inputs(role)
  const splitEnd = inputs('split.end')
  const splitStart = inputs('split.start')
  return {
    start_image: one('start_image'),
    start_image_link: one('start_image_link'),
    positive: inputs('positive'),
    negative: inputs('negative'),
    width: inputs('width'),
    height: inputs('height'),
    length: inputs('length'),
    seed: inputs('seed'),
    steps: inputs('steps'),
    cfg: inputs('cfg'),
    split: splitEnd && splitStart ? { end: splitEnd, start: splitStart } : undefined,
    model_high: inputs('model_high'),
    model_low: inputs('model_low'),
    lora_high: output('lora_high'),
    lora_low: output('lora_low'),
    fps: inputs('fps'),
    video_output: one('video_output'),
    video_images: one('video_images'),
    last_frame_output: one('last_frame_output'),
    last_frame_index: inputs('last_frame_index'),
    options,
  }
}

/** Detects, applies the user's picks and prepares the graph; `template` is null while problems remain. */
export function buildUserTemplate(input: UserTemplateInput): { template: Template | null; report: TemplateReport } {
  const graph = parseGraph(input.prompt)
  const overrides = input.roles ?? {}
  const chosenVideo = overrides.video_output?.[0]?.node
  const detection = detectRoles(graph, chosenVideo !== undefined ? { videoOutput: chosenVideo } : {})
  const problems = overrideProblems(graph, overrides)
  const found = new Map<string, Site[]>()
  const reported = new Map<string, ReportedRole>()
  const put = (r: FoundRole, origin: ReportedRole['origin'], prompt: ApiPrompt) => {
    found.set(r.role, r.sites)
    reported.set(r.role, { role: r.role, sites: view(prompt, r.sites), how: r.how, origin })
  }
  for (const r of detection.roles) put(r, 'detected', graph)
  for (const [role, sites] of Object.entries(overrides)) {
    if (problems.some((p) => p.role === role)) continue
    put({ role, sites, how: 'chosen in the role editor' }, 'chosen', graph)
  }
  for (const p of detection.problems) if (!overrides[p.role]) problems.push(p)
  for (const role of REQUIRED) {
    if (!found.has(role) && !problems.some((p) => p.role === role)) problems.push({ role, message: `${role}: not found in the graph; pick the node input` })
  }

  // Keep what feeds the segment video (and an existing last-frame save); drop the rest.
  const prompt = structuredClone(graph)
  const changes: string[] = []
  const keep = new Set<string>()
  for (const role of ['video_output', 'last_frame_output']) {
    const id = found.get(role)?.[0]?.node
    if (id && prompt[id]) [id, ...ancestors(prompt, id)].forEach((k) => keep.add(k))
  }
  if (keep.size > 0) {
    for (const id of sortedIds(Object.keys(prompt))) {
      if (keep.has(id)) continue
      changes.push(`removes ${describe(graph, id)}: it does not feed the segment video`)
      delete prompt[id]
    }
  }
  const videoId = found.get('video_output')?.[0]?.node
  const video = videoId ? prompt[videoId] : undefined
  if (video?.class_type === 'VHS_VideoCombine' && videoId) {
    if (literal(prompt, videoId, 'save_output') === false) {
      video.inputs.save_output = true
      changes.push(`sets save_output on ${describe(graph, videoId)}: segments must stay in the output folder`)
    }
    if (literal(prompt, videoId, 'pingpong') === true) {
      video.inputs.pingpong = false
      changes.push(`turns pingpong off on ${describe(graph, videoId)}: it would play the segment back and forth`)
    }
  }
  const imagesSite = found.get('video_images')?.[0]
  const frames = imagesSite?.input ? linkOf(prompt, imagesSite.node, imagesSite.input) : detection.frames
  if (!found.has('last_frame_output') && frames) {
    const pick = nextNodeId(prompt)
    prompt[pick] = {
      class_type: 'ImageFromBatch',
      inputs: { image: [frames[0], frames[1]], batch_index: detection.defaults.frames - 1, length: 1 },
      _meta: { title: 'Last frame (added by Long Video)' },
    } satisfies ApiNode
    const save = nextNodeId(prompt)
    prompt[save] = {
      class_type: 'SaveImage',
      inputs: { images: [pick, 0], filename_prefix: 'longvideo/segment_last' },
      _meta: { title: 'Save last frame (added by Long Video)' },
    } satisfies ApiNode
    const how = `added: ImageFromBatch #${pick} -> SaveImage #${save} from the frames of ${describe(graph, frames[0])}`
    put({ role: 'last_frame_output', sites: [{ node: save, input: 'filename_prefix' }], how }, 'added', prompt)
    put({ role: 'last_frame_index', sites: [{ node: pick, input: 'batch_index' }], how }, 'added', prompt)
    changes.push(`adds ImageFromBatch #${pick} -> SaveImage #${save}: the last frame as PNG, the next segment's start image`)
  }
  changes.push('leaves the frames carried from the segment before out of the video of every later segment (frame 0; the first K in motion mode)')
  changes.push(`saves the last ${TAIL_FRAMES} frames of every segment as a lossless animated PNG (SaveAnimatedPNG), which a motion or SVI hand-off loads`)
  const startRoles = { start_image: found.get('start_image')?.[0], start_image_link: found.get('start_image_link')?.[0] }
  const seams = seamSupport(prompt, {
    start_image: startRoles.start_image?.input ? { node: startRoles.start_image.node, input: startRoles.start_image.input } : undefined,
    start_image_link: startRoles.start_image_link?.input ? { node: startRoles.start_image_link.node, input: startRoles.start_image_link.input } : undefined,
  }, detection.family)
  if (seams.how) changes.push(`motion mode: ${seams.problems.motion ? `not possible: ${seams.problems.motion}` : seams.how}`)
  for (const [role, sites] of found) {
    for (const s of sites) {
      if (!prompt[s.node] && !problems.some((p) => p.role === role)) problems.push({ role, message: `${role}: ${describe(graph, s.node)} does not feed the segment video` })
    }
  }

  const modelOf = (role: string) => {
    const s = found.get(role)?.[0]
    const value = s?.input ? prompt[s.node]?.inputs[s.input] : undefined
    return typeof value === 'string' ? value : null
  }
  const models = { ...detection.models, high: modelOf('model_high') ?? detection.models.high, low: found.has('model_low') ? modelOf('model_low') : null }
  const report: TemplateReport = {
    roles: [...reported.values()],
    problems,
    changes,
    kind: detection.kind,
    family: detection.family,
    defaults: detection.defaults,
    models,
    options: detection.options.filter((o) => found.has(`options.${o.key}`)),
  }
  if (problems.length > 0) return { template: null, report }
  try {
    const template = parseTemplate(
      {
        id: input.id,
        name: input.name,
        description: input.description,
        kind: report.kind,
        family: report.family,
        defaults: report.defaults,
        models,
        options: report.options,
        t2v_first: null,
        roles: toRoles(found),
        prompt,
        source: 'user',
      },
      input.name
    )
    return { template, report }
  } catch (err) {
    if (!(err instanceof WorkflowError)) throw err
    report.problems.push({ role: (err.field ?? 'roles').replace(/^roles\./, ''), message: err.message })
    return { template: null, report }
  }
}

/** One message naming every role that blocks saving. */
export function problemsMessage(problems: RoleProblem[]): string {
  return problems.map((p) => p.message).join('; ')
}
