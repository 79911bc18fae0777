// Which presets a ComfyUI backend can run, and why not (issue 16): each template is bound with its
// own defaults and checked by the same pre-flight a submit runs, against that backend's node schemas
// (GET /object_info; the loaders' option lists are its model files). Pure: no server is asked here.
import type { PresetCapability, SegmentLoras } from '../contract'
import type { ApiPrompt } from './apiPrompt'
import { bindSegment } from './bindSegment'
import { missingNodeMessage, preflight } from './preflight'
import type { LiveInfo } from './preflight'
import { requiredClasses } from './template'
import type { Template } from './template'

/** A start image for the check only: LoadImage validates its own value, so any name passes. */
const PROBE_IMAGE = 'longvideo_capability_probe.png'

/** What stops `prompt` running on a backend with `live`'s nodes and models: pre-flight's messages, each once; [] when it can run. */
export function promptMissing(prompt: ApiPrompt, live: LiveInfo): string[] {
  return [...new Set(preflight(prompt, live).map((p) => p.message))]
}

const NO_LORAS: SegmentLoras = { high: [], low: [] }

/** The template bound as a job with the preset's defaults (and `models`, `loras` when given) would send it. */
function probePrompt(t: Template, models: { high?: string; low?: string }, loras: SegmentLoras): ApiPrompt {
  const d = t.defaults
  return bindSegment(t, {
    startImage: t.kind === 't2v' ? null : PROBE_IMAGE,
    positive: 'capability check',
    negative: '',
    width: d.width,
    height: d.height,
    frames: d.frames,
    fps: d.fps,
    steps: d.steps,
    cfg: d.cfg,
    seed: 0,
    models,
    loras,
    options: {},
    videoPrefix: 'longvideo/capability',
    lastFramePrefix: 'longvideo/capability_last',
    dropFirstFrame: false,
    tailPrefix: 'longvideo/capability_tail',
  })
}

/**
 * Whether a backend can run one preset: the node classes the template and the engine's additions
 * (LoRA chain, hand-off nodes) need, and its model files (the preset's own, or `models`) and
 * `loras`, are there. `missing` says what to install, in pre-flight's words; a template that does
 * not bind says why.
 */
export function presetCapability(t: Template, live: LiveInfo, models: { high?: string; low?: string } = {}, loras: SegmentLoras = NO_LORAS): PresetCapability {
  let missing: string[]
  try {
    missing = promptMissing(probePrompt(t, models, loras), live)
  } catch (err) {
    missing = [err instanceof Error ? err.message : String(err)]
  }
  // Nodes the engine adds to some runs only (a LoRA chain, a frame batch) count too.
  for (const cls of requiredClasses(t)) {
    const message = missingNodeMessage(cls)
    if (!live.nodeSchemas[cls] && !missing.includes(message)) missing.push(message)
  }
  return { id: t.id, ok: missing.length === 0, missing }
}

/** Every preset's capability on one backend, in the templates' order. */
export function backendCapabilities(templates: readonly Template[], live: LiveInfo): PresetCapability[] {
  return templates.map((t) => presetCapability(t, live))
}

/** Which backends can run a preset, from each backend's capability list (ids in the given order). */
export function capableBackends(presetId: string, byBackend: readonly { id: string; presets: readonly PresetCapability[] }[]): string[] {
  return byBackend.filter((b) => b.presets.some((p) => p.id === presetId && p.ok)).map((b) => b.id)
}
