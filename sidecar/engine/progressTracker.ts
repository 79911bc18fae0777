// Live progress of our prompts in ComfyUI, from its socket messages: one forward-only reading per prompt.
import type { Progress, ServerEvent } from '../contract'
import type { NodeProgress, ProgressPlan, SegmentProgressReading } from './segmentProgress'
import { applySocketMessage, readProgress } from './segmentProgress'

/** What the tracker needs to know about a prompt of ours (looked up once, at its first message). */
export interface TrackedRun {
  job_id: number
  idx: number
  take: number
  started_at: string | null
  typical_ms: number | null
  plan: ProgressPlan
}

interface Live extends TrackedRun {
  nodes: Map<string, NodeProgress>
  reading: SegmentProgressReading | null
}

type ProgressEvent = Extract<ServerEvent, { type: 'progress' }>

const TRACKED = new Set(['progress_state', 'execution_cached', 'executing', 'progress', 'executed'])

export class ProgressTracker {
  private readonly live = new Map<string, Live>()

  constructor(
    /** Our run behind a prompt id, or null when the prompt is not ours (or no longer in flight). */
    private readonly lookup: (promptId: string) => TrackedRun | null,
    private readonly emit: (event: ProgressEvent) => void,
    private readonly now: () => string = () => new Date().toISOString()
  ) {}

  /** Folds one socket message in; emits a progress event when the reading changed. */
  onMessage(type: string, promptId: string, data: Record<string, unknown>): void {
    if (!TRACKED.has(type)) return
    if (type === 'executing' && data.node === null) return
    let run = this.live.get(promptId)
    if (!run) {
      const found = this.lookup(promptId)
      if (!found) return
      run = { ...found, started_at: found.started_at ?? this.now(), nodes: new Map(), reading: null }
      this.live.set(promptId, run)
    }
    if (!applySocketMessage(run.nodes, type, data)) return
    const next = readProgress(run.plan, run.nodes, run.reading)
    const before = run.reading
    run.reading = next
    const moved =
      !before ||
      next.phase !== before.phase ||
      next.value !== before.value ||
      next.max !== before.max ||
      next.node !== before.node ||
      next.fraction - before.fraction >= 0.002
    if (moved) this.emit({ type: 'progress', job_id: run.job_id, idx: run.idx, take: run.take, prompt_id: promptId, ...toProgress(run) })
  }

  /** The started time ComfyUI reported (execution_start), when the prompt is already tracked. */
  noteStarted(promptId: string, at: string): void {
    const run = this.live.get(promptId)
    if (run) run.started_at = at
  }

  progressOf(promptId: string): Progress | null {
    const run = this.live.get(promptId)
    return run?.reading ? toProgress(run) : null
  }

  forget(promptId: string): void {
    this.live.delete(promptId)
  }
}

function toProgress(run: Live): Progress {
  const r = run.reading
  return {
    value: r?.value ?? 0,
    max: r?.max ?? 0,
    node: r?.node ?? null,
    fraction: r?.fraction ?? 0,
    phase: r?.phase ?? 'loading',
    started_at: run.started_at,
    typical_ms: run.typical_ms,
  }
}
