// Resolves a job's generation parameters: the request, then what the user saved in settings, then
// the preset's defaults. Frames end up 4k+1 and sizes fit the model, or the field is refused.
import type { JobParameters, JobParametersInput } from '../contract'
import { DomainError, framesForSeconds, isValidFrameCount, MAX_FRAMES, MAX_SEED, normalizeFrames, SeamSettings, SVI_FRAMES } from '../contract'
import type { StoredSettings } from '../settings/settingsStore'
import type { Template } from '../workflows'
import { checkSize } from '../workflows'

export function randomSeed(): number {
  return Math.floor(Math.random() * MAX_SEED)
}

export function resolveParameters(
  input: JobParametersInput | undefined,
  template: Template,
  stored: StoredSettings,
  random: () => number = randomSeed
): JobParameters {
  const p = input ?? {}
  const d = stored.defaults ?? {}
  const width = p.width ?? d.width ?? template.defaults.width
  const height = p.height ?? d.height ?? template.defaults.height
  const size = checkSize(width, height, template.family)
  if (size.adjusted) {
    throw new DomainError('bad_request', `parameters: ${size.message}`, width !== size.width ? 'parameters.width' : 'parameters.height')
  }
  const fps = p.fps ?? d.fps ?? template.defaults.fps
  let frames: number
  if (p.frames !== undefined && p.seconds_per_segment !== undefined) {
    throw new DomainError('bad_request', 'parameters.seconds_per_segment: give frames or seconds_per_segment, not both', 'parameters.seconds_per_segment')
  }
  if (p.frames !== undefined) {
    if (!isValidFrameCount(p.frames)) {
      throw new DomainError(
        'bad_request',
        `parameters.frames must be 4k+1 (Wan2.2 would silently cut ${p.frames}); use ${normalizeFrames(p.frames)}`,
        'parameters.frames'
      )
    }
    frames = p.frames
  } else if (p.seconds_per_segment !== undefined) frames = framesForSeconds(p.seconds_per_segment, fps)
  // SVI's authors advise 81 frames per clip whatever the preset or the saved settings say.
  else if (p.seam?.mode === 'svi') frames = SVI_FRAMES
  else if (d.seconds_per_segment !== undefined) frames = framesForSeconds(d.seconds_per_segment, fps)
  else frames = template.defaults.frames
  if (frames > MAX_FRAMES) {
    const field = p.seconds_per_segment !== undefined ? 'parameters.seconds_per_segment' : 'parameters.fps'
    throw new DomainError('bad_request', `${field}: ${frames} frames per segment at ${fps} fps; a segment has at most ${MAX_FRAMES} frames`, field)
  }
  return {
    width,
    height,
    fps,
    frames,
    steps: p.steps ?? template.defaults.steps,
    cfg: p.cfg ?? template.defaults.cfg,
    seed: p.seed ?? random(),
    seed_mode: p.seed_mode ?? (p.seed !== undefined ? 'increment' : 'random'),
    models: p.models ?? d.models ?? {},
    loras: p.loras ?? { high: [], low: [] },
    options: p.options ?? {},
    ...(p.color_guard ? { color_guard: p.color_guard } : {}),
    ...(p.drift_threshold !== undefined ? { drift_threshold: p.drift_threshold } : {}),
    // Parsed again so a partial object (an edit) gets its defaults.
    ...(p.seam ? { seam: SeamSettings.parse(p.seam) } : {}),
    ...(p.seam_threshold !== undefined ? { seam_threshold: p.seam_threshold } : {}),
  }
}

/** The seed of segment idx when the request gives none. */
export function segmentSeed(params: JobParameters, idx: number, random: () => number = randomSeed): number {
  switch (params.seed_mode) {
    case 'fixed':
      return params.seed
    case 'increment':
      return (params.seed + idx) % (MAX_SEED + 1)
    case 'random':
      return idx === 0 ? params.seed : random()
  }
}
