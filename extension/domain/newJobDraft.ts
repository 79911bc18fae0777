// The new-job form as plain data: its validation and the CreateJobBody it becomes.
import { framesForSeconds, MAX_NAME, MAX_SEED, MAX_TEXT } from '../../sidecar/contract'
import type { CreateJobBody, LoraRef, PlannedPrompt, Preset } from '../../sidecar/contract'
import { sizeProblem } from './aspectPresets'
import { loraRowsProblem } from './loraChoices'
import { seamDraftProblem, seamSettingsOf } from './seamPlan'
import type { SeamDraft } from './seamPlan'
import { t } from '../i18n'

export interface NewJobDraft {
  name: string
  presetId: string
  /** File name in ComfyUI's input folder ("sub/x.png" with a subfolder), or null for text only. */
  inputImage: string | null
  textOnly: boolean
  prompt: string
  negativePrompt: string
  models: { high: string; low: string }
  width: number
  height: number
  fps: number
  secondsPerSegment: number
  seedMode: 'random' | 'fixed'
  seed: number
  loras: { high: LoraRef[]; low: LoraRef[] }
  plannedPrompts: string[]
  /** How segments join (last frame when absent). */
  seam?: SeamDraft | undefined
  /** The start-from-text candidate picked as the start image, and the set it came from (kept with the job). */
  startSet?: { set: number; inputImage: string } | null
}

export type DraftErrors = Partial<Record<'name' | 'image' | 'prompt' | 'size' | 'fps' | 'seconds' | 'seed' | 'loras' | 'planned' | 'seam', string>>

export function randomSeed(): number {
  // 2^48 keeps seeds readable while far inside the 2^53-1 limit.
  return Math.floor(Math.random() * 2 ** 48)
}

/** A job name from the first words of the prompt, for when the user leaves the name empty. */
export function nameFromPrompt(prompt: string): string {
  const words = prompt.trim().split(/\s+/).slice(0, 5).join(' ')
  return (words || 'Long video').slice(0, 60)
}

export function validateDraft(draft: NewJobDraft, preset: Preset | undefined): DraftErrors {
  const errors: DraftErrors = {}
  if (draft.name.length > MAX_NAME) errors.name = t('draft.atMost', { n: MAX_NAME })
  if (!draft.prompt.trim()) errors.prompt = t('draft.prompt')
  else if (draft.prompt.length > MAX_TEXT) errors.prompt = t('draft.atMost', { n: MAX_TEXT })
  if (preset) {
    const needsImage = preset.kind === 'i2v' && !preset.t2v_first
    if (!draft.inputImage && !draft.textOnly) errors.image = t('draft.image')
    else if (!draft.inputImage && needsImage) errors.image = t('draft.needsImage', { preset: preset.name })
    const size = sizeProblem(draft.width, draft.height, preset.family)
    if (size) errors.size = size
  }
  if (!Number.isInteger(draft.fps) || draft.fps < 1 || draft.fps > 120) errors.fps = t('draft.fps')
  if (!(draft.secondsPerSegment >= 0.25 && draft.secondsPerSegment <= 60)) errors.seconds = t('draft.seconds')
  if (draft.seedMode === 'fixed' && !(Number.isInteger(draft.seed) && draft.seed >= 0 && draft.seed <= MAX_SEED)) {
    errors.seed = t('draft.seed', { max: MAX_SEED })
  }
  const loraProblem = loraRowsProblem(draft.loras)
  if (loraProblem) errors.loras = loraProblem
  if (draft.plannedPrompts.some((p) => p.length > MAX_TEXT)) errors.planned = t('draft.plannedAtMost', { n: MAX_TEXT })
  const seamProblem = draft.seam && !errors.seconds && !errors.fps ? seamDraftProblem(draft.seam, framesForSeconds(draft.secondsPerSegment, draft.fps)) : null
  if (seamProblem) errors.seam = seamProblem
  return errors
}

export function draftToBody(draft: NewJobDraft): CreateJobBody {
  const planned: PlannedPrompt[] = draft.plannedPrompts
    .map((p) => p.trim())
    .filter((p) => p.length > 0)
    .map((prompt) => ({ prompt }))
  const models: { high?: string; low?: string } = {}
  if (draft.models.high) models.high = draft.models.high
  if (draft.models.low) models.low = draft.models.low
  const seam = draft.seam ? seamSettingsOf(draft.seam) : undefined
  return {
    name: draft.name.trim() || nameFromPrompt(draft.prompt),
    input_image: draft.textOnly ? null : draft.inputImage,
    prompt: draft.prompt.trim(),
    negative_prompt: draft.negativePrompt,
    preset: draft.presetId || undefined,
    parameters: {
      width: draft.width,
      height: draft.height,
      fps: draft.fps,
      frames: framesForSeconds(draft.secondsPerSegment, draft.fps),
      seed: draft.seedMode === 'fixed' ? draft.seed : randomSeed(),
      seed_mode: draft.seedMode === 'fixed' ? 'fixed' : 'random',
      models,
      loras: { high: draft.loras.high, low: draft.loras.low },
      ...(seam ? { seam } : {}),
    },
    loras: { high: draft.loras.high, low: draft.loras.low },
    planned_prompts: planned,
    // Only while the start image is still the picked candidate (another image may have been chosen since).
    ...(draft.startSet && !draft.textOnly && draft.startSet.inputImage === draft.inputImage ? { start_images: draft.startSet.set } : {}),
    start: true,
  }
}
