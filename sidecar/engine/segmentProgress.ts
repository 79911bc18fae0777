// How far a segment's prompt is, as one number that only moves forward, and which phase it is in.
// ComfyUI's `progress` restarts at 1 for every sampler (two passes for Wan2.2 14B) and says nothing
// while decoding and saving; its `progress_state` (or, on older servers, `executing`/`progress`/
// `execution_cached` put together) covers every node of the prompt, weighted here by its usual cost.
import type { ProgressPhase } from '../contract'
import type { ApiPrompt } from '../workflows'
import type { Template } from '../workflows'

export interface NodeProgress {
  value: number
  max: number
  state: 'pending' | 'running' | 'finished' | 'error'
}

interface PlanNode {
  weight: number
  phase: ProgressPhase
  /** Whether the node's own value/max is its sampler pass's steps. */
  sampler: boolean
}

/** The cost of each node of a bound prompt, in sampler steps. */
export interface ProgressPlan {
  nodes: Record<string, PlanNode>
  total: number
}

export interface SegmentProgressReading {
  fraction: number
  phase: ProgressPhase
  /** Steps of the sampler pass that runs now (null outside sampling). */
  value: number | null
  max: number | null
  node: string | null
}

const SAMPLER = /KSampler|SamplerCustom/
const DECODE = /VAEDecode/
const SAVE = /^Save|CreateVideo|VideoCombine|ImageFromBatch/
const LOADER = /Loader|^Load/

// On a GPU the sampler steps are nearly all of a segment; decoding 81 frames costs about two steps,
// saving a fraction of one, every other node (text encoders, latent set-up) next to nothing.
const DECODE_SHARE = 0.08
const SAVE_SHARE = 0.015
const OTHER_SHARE = 0.004

function numberInput(inputs: Record<string, unknown>, name: string, fallback: number): number {
  const v = inputs[name]
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback
}

/** Steps a sampler node runs: KSamplerAdvanced runs from start_at_step to min(end_at_step, steps). */
function samplerSteps(classType: string, inputs: Record<string, unknown>): number {
  const steps = numberInput(inputs, 'steps', 20)
  if (classType === 'KSamplerAdvanced') {
    return Math.max(1, Math.min(numberInput(inputs, 'end_at_step', 10_000), steps) - numberInput(inputs, 'start_at_step', 0))
  }
  return Math.max(1, steps)
}

/** Which sampler runs the high-noise and which the low-noise pass (the template's split roles). */
function passOf(template: Pick<Template, 'roles'> | null, id: string): ProgressPhase {
  const split = template?.roles.split
  if (split?.end.some((r) => r.node === id)) return 'high_noise'
  if (split?.start.some((r) => r.node === id)) return 'low_noise'
  return 'sampling'
}

export function progressPlan(prompt: ApiPrompt, template: Pick<Template, 'roles'> | null): ProgressPlan {
  const nodes: Record<string, PlanNode> = {}
  const samplers = Object.entries(prompt).filter(([, n]) => SAMPLER.test(n.class_type))
  const steps = samplers.reduce((sum, [, n]) => sum + samplerSteps(n.class_type, n.inputs), 0) || 1
  for (const [id, node] of Object.entries(prompt)) {
    const cls = node.class_type
    if (SAMPLER.test(cls)) nodes[id] = { weight: samplerSteps(cls, node.inputs), phase: passOf(template, id), sampler: true }
    else if (DECODE.test(cls)) nodes[id] = { weight: steps * DECODE_SHARE, phase: 'decode', sampler: false }
    else if (SAVE.test(cls)) nodes[id] = { weight: steps * SAVE_SHARE, phase: 'save', sampler: false }
    else nodes[id] = { weight: steps * OTHER_SHARE, phase: LOADER.test(cls) ? 'loading' : 'preparing', sampler: false }
  }
  const total = Object.values(nodes).reduce((sum, n) => sum + n.weight, 0)
  return { nodes, total }
}

/**
 * The reading for the nodes' states so far. `previous` keeps it forward-only: a snapshot that arrives
 * late, or a node ComfyUI reports again from its cache, never moves the bar back.
 */
export function readProgress(
  plan: ProgressPlan,
  nodes: ReadonlyMap<string, NodeProgress>,
  previous: SegmentProgressReading | null
): SegmentProgressReading {
  let done = 0
  let running: { id: string; node: PlanNode; state: NodeProgress } | null = null
  for (const [id, planned] of Object.entries(plan.nodes)) {
    const state = nodes.get(id)
    if (!state || state.state === 'pending') continue
    if (state.state === 'running') {
      const part = state.max > 0 ? Math.min(1, Math.max(0, state.value / state.max)) : 0
      done += planned.weight * part
      // Several running at once (a subgraph, async nodes): the costliest one names the phase.
      if (!running || planned.weight > running.node.weight) running = { id, node: planned, state }
    } else done += planned.weight
  }
  const fraction = Math.max(previous?.fraction ?? 0, plan.total > 0 ? Math.min(1, done / plan.total) : 0)
  if (!running) {
    return { fraction, phase: previous?.phase ?? 'loading', value: null, max: null, node: previous?.node ?? null }
  }
  const sampler = running.node.sampler && running.state.max > 1
  return {
    fraction,
    phase: running.node.phase,
    value: sampler ? running.state.value : null,
    max: sampler ? running.state.max : null,
    node: running.id,
  }
}

/**
 * Folds one ComfyUI socket message about the prompt into its nodes' states. `progress_state` is a full
 * snapshot on servers that send it; older ones are followed through executing/progress/cached/executed
 * (ComfyUI runs one node at a time there, so a node starting means the one before has finished).
 */
export function applySocketMessage(nodes: Map<string, NodeProgress>, type: string, data: Record<string, unknown>): boolean {
  switch (type) {
    case 'progress_state': {
      const snapshot = data.nodes
      if (!snapshot || typeof snapshot !== 'object') return false
      for (const [id, raw] of Object.entries(snapshot as Record<string, unknown>)) {
        if (!raw || typeof raw !== 'object') continue
        const r = raw as Record<string, unknown>
        const state = r.state === 'running' || r.state === 'finished' || r.state === 'error' ? r.state : 'pending'
        nodes.set(id, { value: typeof r.value === 'number' ? r.value : 0, max: typeof r.max === 'number' ? r.max : 1, state })
      }
      return true
    }
    case 'execution_cached': {
      const cached = Array.isArray(data.nodes) ? data.nodes : []
      for (const id of cached) if (typeof id === 'string') nodes.set(id, { value: 1, max: 1, state: 'finished' })
      return cached.length > 0
    }
    case 'executing': {
      if (typeof data.node !== 'string') return false
      for (const [id, n] of nodes) if (n.state === 'running' && id !== data.node) nodes.set(id, { ...n, value: n.max, state: 'finished' })
      if (nodes.get(data.node)?.state !== 'running') nodes.set(data.node, { value: 0, max: 1, state: 'running' })
      return true
    }
    case 'progress': {
      if (typeof data.node !== 'string' || typeof data.value !== 'number' || typeof data.max !== 'number') return false
      nodes.set(data.node, { value: data.value, max: data.max, state: 'running' })
      return true
    }
    case 'executed': {
      if (typeof data.node !== 'string') return false
      const n = nodes.get(data.node)
      nodes.set(data.node, { value: n?.max ?? 1, max: n?.max ?? 1, state: 'finished' })
      return true
    }
    default:
      return false
  }
}

/** The middle of the measured times (ms), or null without any. */
export function typicalMs(times: readonly number[]): number | null {
  if (times.length === 0) return null
  const sorted = [...times].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)] ?? null
}
