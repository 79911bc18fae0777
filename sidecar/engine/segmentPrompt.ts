// Builds the ComfyUI prompt of one segment from its job: picks the template (text-to-video for a
// first segment without a start image) and binds the segment's values by role.
import type { ApiPrompt, Template } from '../workflows'
import { bindSegment, defaultNegative, lastFramePrefix, segmentPrefix, tailNodeOf, WorkflowError } from '../workflows'
import type { SeamBinding } from '../workflows'
import { anchorImage } from './anchor'
import { DomainError } from '../contract'
import type { JobState, OutputNodes, RunRecord, SeamMode } from '../contract'
import { seamInto } from './takes'

export function findTemplate(templates: readonly Template[], id: string): Template | undefined {
  return templates.find((t) => t.id === id)
}

/** The template that renders segment idx of a job. */
export function templateFor(templates: readonly Template[], state: JobState, idx: number): Template {
  const preset = findTemplate(templates, state.job.preset)
  if (!preset) throw new DomainError('bad_request', `unknown preset "${state.job.preset}"`, 'preset')
  const seg = state.segments[idx]
  if (idx === 0 && (seg?.start_image ?? state.job.input_image) === null && preset.kind === 'i2v') {
    const first = preset.t2v_first ? findTemplate(templates, preset.t2v_first) : undefined
    if (!first) throw new DomainError('bad_request', `preset ${preset.name} needs a start image (input_image)`, 'input_image')
    return first
  }
  return preset
}

/** The nodes of a template that save a segment's video and its last frame. */
export function outputNodesOf(template: Template): OutputNodes {
  return { video: template.roles.video_output.node, last_frame: template.roles.last_frame_output.node }
}

/**
 * Where the outputs of a run of segment idx are: stored when it was bound, or (for a run stored
 * before they were) the template's output nodes, which do not depend on the bound values.
 */
export function runOutputNodes(templates: Template[], state: JobState, idx: number, run: RunRecord | null): OutputNodes {
  return run?.output_nodes ?? outputNodesOf(templateFor(templates, state, idx))
}

/**
 * The hand-off a run is bound with: what it recorded when it went to ComfyUI, or for a run still
 * planned (admission checks it before it runs) what the job's seam settings give it now.
 */
export function seamOf(state: JobState, idx: number, run: RunRecord): { mode: SeamMode; carry: number } {
  return run.status === 'planned' ? seamInto(state, idx) : { mode: run.seam_mode, carry: run.carry }
}

/** The hand-off a run binds: its mode and carry, the job's anchor and SVI LoRAs where they apply. */
function seamBinding(state: JobState, idx: number, run: RunRecord, ownTemplate: boolean): SeamBinding {
  const { mode, carry } = seamOf(state, idx, run)
  const settings = state.job.parameters.seam
  // The text-to-video first segment of an image-to-video preset runs its own plain graph.
  const padding = ownTemplate && mode !== 'svi' && settings?.anchor === true
  const anchor = mode === 'svi' || padding ? anchorImage(state) : null
  return { mode, carry, anchorImage: anchor, anchorPadding: padding, sviLoras: mode === 'svi' ? (settings?.svi_loras ?? null) : null }
}

export interface BoundSegment {
  prompt: ApiPrompt
  outputs: OutputNodes
  template: Template
}

/** SaveVideo prefix of one take: take 1 keeps the plain segment name, later takes add `_t{T}` so no two takes share files. */
export function takePrefix(jobName: string, idx: number, take: number, subfolder: string): string {
  const base = segmentPrefix(jobName, idx, subfolder)
  return take > 1 ? `${base}_t${take}` : base
}

/** Binds segment idx's run: the segment's own, or `run` (a candidate take of it). */
export function bindJobSegment(
  templates: Template[],
  state: JobState,
  idx: number,
  subfolder: string,
  run?: RunRecord & { take: number }
): BoundSegment {
  const { job } = state
  const own = state.segments[idx]
  const seg = run ?? own
  if (!seg || !own) throw new DomainError('not_found', `job ${job.id} has no segment ${idx + 1}`, 'idx')
  const template = templateFor(templates, state, idx)
  const ownTemplate = template.id === job.preset
  const p = job.parameters
  const negative = seg.negative_prompt ?? (job.negative_prompt || defaultNegative(template))
  const seam = seamBinding(state, idx, seg, ownTemplate)
  const tailPrefix = `${takePrefix(job.name, idx, seg.take, subfolder)}_tail`
  try {
    const prompt = bindSegment(template, {
      startImage: seg.start_image,
      positive: seg.prompt,
      negative,
      width: p.width,
      height: p.height,
      frames: p.frames,
      fps: p.fps,
      steps: ownTemplate ? p.steps : template.defaults.steps,
      cfg: ownTemplate ? p.cfg : template.defaults.cfg,
      seed: seg.seed,
      models: ownTemplate ? p.models : {},
      loras: ownTemplate ? seg.loras : { high: [], low: [] },
      options: ownTemplate ? p.options : {},
      videoPrefix: takePrefix(job.name, idx, seg.take, subfolder),
      lastFramePrefix: seg.take > 1 ? `${takePrefix(job.name, idx, seg.take, subfolder)}_last` : lastFramePrefix(job.name, idx, subfolder),
      // The segment before hands over its last frame(s), which this one must not show twice.
      dropFirstFrame: seam.carry > 0,
      seam,
      tailPrefix,
    })
    return { prompt, outputs: { ...outputNodesOf(template), tail: tailNodeOf(prompt, tailPrefix) }, template }
  } catch (err) {
    if (err instanceof WorkflowError) throw new DomainError('bad_request', err.message, err.field)
    throw err
  }
}
