// Seams as the panel shows and edits them: the mode choices of the new-job form (with what the live
// ComfyUI lacks for SVI), the frames a planned chain will have, and one row per join of a job with
// its seam meter. The frame and seam rules themselves are the sidecar's (sidecar/contract).
import type { JobWithSegments, SeamCapabilities, SeamMode, SeamSettings, SeamsBody } from '../../sidecar/contract'
import {
  carryProblem,
  chainFrames,
  DEFAULT_MOTION_CARRY,
  joinChoice,
  MOTION_CARRIES,
  plannedCarries,
  seamCarry,
} from '../../sidecar/contract'
import { t } from '../i18n'

/** One choice of the seam control: a mode, with K for motion ('motion:5', 'motion:9'). */
export type SeamOption = 'frame' | `motion:${(typeof MOTION_CARRIES)[number]}` | 'svi'

export interface SeamDraft {
  option: SeamOption
  /** Pad the conditioning with the job's anchor frame (ComfyUI's ref_pad_image). */
  anchor: boolean
}

export function emptySeamDraft(): SeamDraft {
  return { option: 'frame', anchor: false }
}

export interface SeamOptionView {
  value: SeamOption
  label: string
  /** Short help for the option's tooltip. */
  help: string
  disabled: boolean
  /** Why it cannot be chosen, naming what is missing. */
  reason: string | null
}


export function optionOf(mode: SeamMode, frames?: number): SeamOption {
  if (mode !== 'motion') return mode
  return `motion:${frames === 9 ? 9 : DEFAULT_MOTION_CARRY}`
}

export function choiceOf(option: SeamOption): { mode: SeamMode; frames?: 5 | 9 } {
  if (option === 'frame' || option === 'svi') return { mode: option }
  return { mode: 'motion', frames: option === 'motion:9' ? 9 : 5 }
}

export function optionLabel(option: SeamOption): string {
  const { mode, frames } = choiceOf(option)
  if (mode === 'motion') return t('seams.motionFrames', { n: frames ?? DEFAULT_MOTION_CARRY })
  return mode === 'svi' ? 'SVI 2.0 Pro' : t('seams.lastFrame')
}

/**
 * The modes a preset offers on this ComfyUI: a mode its graph cannot run, or SVI without KJNodes'
 * node and the LoRA pair, is shown disabled with the sidecar's reason. Before the answer arrives only
 * the preset's own list counts (SVI waits for the check).
 */
export function seamOptions(presetModes: readonly SeamMode[], caps: SeamCapabilities | null): SeamOptionView[] {
  const options: SeamOption[] = ['frame', ...MOTION_CARRIES.map((k) => `motion:${k}` as const), 'svi']
  return options.map((value) => {
    const { mode, frames } = choiceOf(value)
    const support = caps?.modes.find((m) => m.mode === mode)
    let reason: string | null = null
    if (!presetModes.includes(mode)) reason = t('seams.presetCannot', { mode })
    else if (support && !support.available) reason = support.reason ?? t('seams.notAvailable', { mode })
    else if (mode === 'svi' && !caps) reason = t('seams.checking')
    const help = frames ? t('seams.help.motionK', { n: frames }) : t(`seams.help.${mode}`)
    return { value, label: optionLabel(value), help, disabled: reason !== null, reason }
  })
}

/**
 * What this ComfyUI lacks for SVI, in a few words (the sidecar's full reason, with where to get each
 * part, goes in the tooltip); null when SVI is available or the preset cannot make SVI joins anyway.
 */
export function sviMissing(caps: SeamCapabilities | null): string | null {
  if (!caps || caps.modes.find((m) => m.mode === 'svi')?.available !== false) return null
  if (!caps.comfyui_reachable) return 'SVI 2.0 Pro: ComfyUI did not answer'
  const parts = [...(caps.svi.node ? [] : ["KJNodes' WanImageToVideoSVIPro"]), ...(caps.svi.loras ? [] : ['the SVI LoRA pair'])]
  return parts.length ? `SVI 2.0 Pro needs ${parts.join(' and ')}` : null
}

/** What the create body's `parameters.seam` becomes; undefined for plain last-frame joins. */
export function seamSettingsOf(draft: SeamDraft): SeamSettings | undefined {
  const { mode, frames } = choiceOf(draft.option)
  if (mode === 'frame' && !draft.anchor) return undefined
  return { mode, motion_frames: frames ?? DEFAULT_MOTION_CARRY, anchor: draft.anchor, joins: {} }
}

/** Why a segment of `frames` frames cannot take the chosen joins (K must leave new frames), or null. */
export function seamDraftProblem(draft: SeamDraft, frames: number | null): string | null {
  if (frames === null) return null
  const problem = carryProblem(choiceOf(draft.option), frames)
  return problem ? problem.charAt(0).toUpperCase() + problem.slice(1) : null
}

/** Frames of a chain of `count` segments of `frames` each joined as the draft says: L + sum(L - K_i). */
export function previewChainFrames(frames: number, count: number, draft: SeamDraft): number {
  const { mode, frames: k } = choiceOf(draft.option)
  return chainFrames(frames, count, plannedCarries({ mode, motion_frames: k }, count))
}

/**
 * Frames of the job's chain once every segment it has is made: a finished segment with the carry it
 * was made with, the others with their join's mode now.
 */
export function jobChainFrames(job: JobWithSegments): number {
  const ordered = [...job.segments].sort((a, b) => a.idx - b.idx)
  const planned = plannedCarries(job.parameters.seam, ordered.length)
  const carries = ordered.slice(1).map((s, j) => (s.status === 'done' ? s.carry : planned[j]))
  return chainFrames(job.parameters.frames, ordered.length, carries)
}

export interface JoinRow {
  /** The join after segment `after` (between segment after+1 and after+2 as people count). */
  after: number
  /** The mode the next run of the segment after the join will use. */
  option: SeamOption
  /** The join has its own mode (not the job's). */
  own: boolean
  /** How the segment after the join was made, when it ran with another mode than the one set now. */
  madeWith: SeamOption | null
  /** Seam meter: jump across the join over the jump inside the segments; null until measured. */
  seam: number | null
  warning: boolean
  /** What to try, when the meter warns. */
  advice: string | null
  /** The segment after the join has run: a change applies to its next redo. */
  ran: boolean
  /** Locked segments are never re-run, so their join cannot change. */
  locked: boolean
}

export function joinRows(job: JobWithSegments): JoinRow[] {
  const ordered = [...job.segments].sort((a, b) => a.idx - b.idx)
  return ordered.slice(1).map((s) => {
    const after = s.idx - 1
    const choice = joinChoice(job.parameters.seam, after)
    const option = optionOf(choice.mode, choice.frames)
    const ran = s.status === 'done'
    const made = optionOf(s.seam_mode, s.seam_mode === 'motion' ? s.carry : undefined)
    return {
      after,
      option,
      own: job.parameters.seam?.joins[String(after)] !== undefined,
      madeWith: ran && made !== option ? made : null,
      seam: s.seam,
      warning: s.seam_warning,
      advice: s.seam_warning ? t(s.seam_mode === 'motion' ? 'seams.advice.motion' : 'seams.advice.other') : null,
      ran,
      locked: s.locked,
    }
  })
}

/** The body that sets one join's mode; choosing the job's own mode gives the join back to it. */
export function joinSeamBody(job: JobWithSegments, after: number, option: SeamOption): SeamsBody {
  const { mode, frames } = choiceOf(option)
  const fallback = joinChoice({ ...job.parameters.seam, joins: {} }, after)
  const same = fallback.mode === mode && (mode !== 'motion' || fallback.frames === frames)
  return { joins: [{ after, mode: same ? null : mode, ...(frames && !same ? { frames } : {}) }] }
}

/** The body that sets the job's mode for joins without their own. */
export function defaultSeamBody(option: SeamOption): SeamsBody {
  const { mode, frames } = choiceOf(option)
  return { mode, ...(frames ? { motion_frames: frames } : {}) }
}

/** Carry of a join option, for the frame count it costs (1, K or 5). */
export function optionCarry(option: SeamOption): number {
  return seamCarry(choiceOf(option))
}
