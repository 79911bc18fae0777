// What the live ComfyUI offers for each seam mode of a preset, asked of /object_info and /models:
// KJNodes' WanImageToVideoSVIPro and the SVI LoRA pair for `svi`, WanImageToVideo's ref_pad_image
// for the anchor option. A job's seam settings are checked against it when they are set.
import type { JobParameters, SeamCapabilities, SeamMode, SeamSettings, SviLoras } from '../contract'
import { DomainError, joinChoice, MOTION_CARRIES, SEAM_MODES } from '../contract'
import { ComfyUnreachable } from '../comfy/comfyClient'
import type { ComfyClient } from '../comfy/comfyClient'
import type { Template } from '../workflows'
import { NodeSchema, seamSupport } from '../workflows'
import { findTemplate } from './segmentPrompt'

export const SVI_NODE = 'WanImageToVideoSVIPro'

/**
 * The SVI 2.0 Pro pair among LoRA file names: names with "svi" and "high" / "low" (e.g.
 * SVI_v2_PRO_Wan2.2-I2V-A14B_HIGH_lora_rank_128_fp16.safetensors); "pro" names win.
 */
export function findSviLoras(names: readonly string[]): { high: string; low: string } | null {
  const svi = names.filter((n) => /svi/i.test(n.split('/').pop() ?? ''))
  const pick = (side: RegExp) => {
    const found = svi.filter((n) => side.test(n))
    return found.find((n) => /pro/i.test(n)) ?? found[0]
  }
  const high = pick(/high/i)
  const low = pick(/low/i)
  return high && low ? { high, low } : null
}

function hasOptionalInput(schema: unknown, input: string): boolean {
  const parsed = NodeSchema.safeParse(schema)
  if (!parsed.success) return false
  return input in (parsed.data.input.optional ?? {}) || input in (parsed.data.input.required ?? {})
}

export async function seamCapabilities(comfy: ComfyClient, template: Template): Promise<SeamCapabilities> {
  const graph = seamSupport(template.prompt, template.roles, template.family)
  let reachable = true
  let sviNode = false
  let loras: SviLoras | null = null
  let anchorPadding = false
  const missing: string[] = []
  try {
    const [svi, i2v, loraNames] = await Promise.all([comfy.objectInfo(SVI_NODE), comfy.objectInfo('WanImageToVideo'), comfy.modelFiles('loras')])
    sviNode = svi !== null
    anchorPadding = hasOptionalInput(i2v, 'ref_pad_image')
    const pair = findSviLoras(loraNames ?? [])
    loras = pair ? { ...pair, strength: 1 } : null
    if (!sviNode) missing.push(`the node ${SVI_NODE} (install ComfyUI-KJNodes)`)
    if (!pair) missing.push('the SVI 2.0 Pro LoRA pair in models/loras (files with "SVI" and "high" / "low" in the name, from vita-epfl/Stable-Video-Infinity)')
  } catch (err) {
    if (!(err instanceof ComfyUnreachable)) throw err
    reachable = false
    missing.push('an answer from ComfyUI (unreachable)')
  }
  const modes = SEAM_MODES.map((mode) => {
    const graphProblem = graph.problems[mode]
    if (graphProblem) return { mode, available: false, reason: `${template.name}: ${graphProblem}` }
    if (mode === 'svi' && missing.length > 0) return { mode, available: false, reason: `SVI 2.0 Pro needs ${missing.join(' and ')}` }
    return { mode, available: true, reason: null }
  })
  return {
    preset: template.id,
    modes,
    motion_frames: [...MOTION_CARRIES],
    anchor_padding: anchorPadding,
    svi: { node: sviNode, loras, missing },
    comfyui_reachable: reachable,
  }
}

/** GET /api/seams: the capabilities of preset `id`, or 404 naming the field when there is no such preset. */
export async function presetSeamCapabilities(comfy: ComfyClient, templates: Template[], id: string): Promise<SeamCapabilities> {
  const template = findTemplate(templates, id)
  if (!template) throw new DomainError('not_found', `preset: no preset "${id}" (GET /api/presets)`, 'preset')
  return seamCapabilities(comfy, template)
}

/** Every mode the settings use: the default and each join's. */
function modesIn(seam: SeamSettings): Set<SeamMode> {
  return new Set<SeamMode>([seam.mode, ...Object.values(seam.joins).map((j) => j.mode)])
}

/**
 * Checks a job's seam settings against its preset and the live ComfyUI, and fills in the SVI LoRA
 * pair when a join uses SVI. `field` is where the settings sit in the request (400s name it).
 */
export async function checkSeamSettings(
  comfy: ComfyClient,
  template: Template,
  seam: SeamSettings | undefined,
  frames: number,
  field: string
): Promise<SeamSettings | undefined> {
  if (!seam) return seam
  const used = modesIn(seam)
  const needsLive = used.has('svi') || seam.anchor
  for (const after of Object.keys(seam.joins)) {
    const choice = joinChoice(seam, Number(after))
    if (choice.mode === 'motion' && (choice.frames ?? 0) >= frames) {
      throw new DomainError('bad_request', `${field}.joins.${after}.frames: ${frames} frames per segment leave nothing new after ${choice.frames} carried frames`, `${field}.joins.${after}.frames`)
    }
  }
  if (seam.mode === 'motion' && seam.motion_frames >= frames) {
    throw new DomainError('bad_request', `${field}.motion_frames: ${frames} frames per segment leave nothing new after ${seam.motion_frames} carried frames`, `${field}.motion_frames`)
  }
  const graph = seamSupport(template.prompt, template.roles, template.family)
  for (const mode of used) {
    const problem = graph.problems[mode]
    if (problem) throw new DomainError('bad_request', `${field}.mode: ${mode} is not possible with ${template.name}: ${problem}`, `${field}.mode`)
  }
  if (!needsLive) return seam
  let caps: SeamCapabilities
  try {
    caps = await seamCapabilities(comfy, template)
  } catch (err) {
    throw new DomainError('comfyui_error', `could not ask ComfyUI about the seam modes: ${(err as Error).message}`, field)
  }
  if (!caps.comfyui_reachable) {
    throw new DomainError('comfyui_unreachable', `ComfyUI is unreachable: the ${used.has('svi') ? 'SVI node and LoRAs' : 'anchor option'} cannot be checked`, field)
  }
  if (seam.anchor && !caps.anchor_padding) {
    throw new DomainError('bad_request', `${field}.anchor: this ComfyUI's WanImageToVideo has no ref_pad_image input (update ComfyUI to use the anchor)`, `${field}.anchor`)
  }
  if (!used.has('svi')) return seam
  const svi = caps.modes.find((m) => m.mode === 'svi')
  if (!svi?.available || !caps.svi.loras) {
    throw new DomainError('bad_request', `${field}.mode: ${svi?.reason ?? 'SVI is not available'}`, `${field}.mode`)
  }
  return { ...seam, svi_loras: seam.svi_loras ?? caps.svi.loras }
}

/** The seam settings a job runs with once its preset and ComfyUI agree (see checkSeamSettings). */
export async function checkJobSeams(comfy: ComfyClient, templates: Template[], presetId: string, parameters: JobParameters): Promise<JobParameters> {
  const template = findTemplate(templates, presetId)
  if (!template || !parameters.seam) return parameters
  const seam = await checkSeamSettings(comfy, template, parameters.seam, parameters.frames, 'parameters.seam')
  return seam ? { ...parameters, seam } : parameters
}
