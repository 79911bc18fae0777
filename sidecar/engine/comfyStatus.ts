// What ComfyUI is doing as far as we know: whether it answers, its queue, the progress of our
// prompts; and the queue status the API answers and the events stream sends.
import type { Progress, QueueStatus } from '../contract'
import { sharedJobState } from '../db/jobStore'
import { countJobsByStatus, findPromptOwner, inFlightPrompts, recentExecutionMs } from '../db/jobQueries'
import type { Backend, BackendPool } from './backendPool'
import { MAIN_BACKEND } from './backendPool'
import { now } from './clock'
import { runOf } from './runQueries'
import { ProgressTracker } from './progressTracker'
import type { TrackedRun } from './progressTracker'
import type { RunnerOptions } from './runnerDeps'
import { bindJobSegment } from './segmentPrompt'
import { progressPlan, typicalMs } from './segmentProgress'

/** The sidecar usually starts before ComfyUI listens: an unreachable ComfyUI is reported only if it lasts this long. */
export const STARTUP_GRACE_MS = 60_000

export class ComfyStatus {
  /** What the log and the event streams were last told of main's reachability (the pool holds the truth). */
  private shown: { reachable: boolean; error: string | null } = { reachable: false, error: null }
  private everReachable = false
  private warned = false
  private readonly startedAt = Date.now()
  private readonly tracker: ProgressTracker
  private stopped = false

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'bus' | 'log' | 'templates' | 'outputSubfolder'>,
    private readonly pool: BackendPool,
    private readonly accepting: () => boolean
  ) {
    this.tracker = new ProgressTracker((promptId) => this.trackedRun(promptId), (e) => this.o.bus.emit(e))
  }

  /** The ComfyUI the package runs in: its reachability, error and queue are the pool's record of it. */
  private get main(): Backend {
    return this.pool.get(MAIN_BACKEND) as Backend
  }

  get reachable(): boolean {
    return this.main.reachable
  }

  /** Why main does not answer; null while it does (a failed call that did answer is not shown). */
  get lastError(): string | null {
    return this.main.reachable ? null : this.main.lastError
  }

  /** After stop() nothing is emitted or read: the database may already be closed. */
  stop(): void {
    this.stopped = true
  }

  progressOf = (promptId: string): Progress | null => this.tracker.progressOf(promptId)

  /** One of ComfyUI's socket messages about a prompt (progress_state, executing, progress, ...). */
  track(type: string, promptId: string, data: Record<string, unknown>): void {
    if (this.stopped) return
    if (type === 'execution_start') this.tracker.noteStarted(promptId, now())
    else this.tracker.onMessage(type, promptId, data)
  }

  /** The prompt ended or was taken back: its progress no longer means anything. */
  forgetProgress(promptId: string): void {
    this.tracker.forget(promptId)
  }

  /**
   * What the progress of one of our prompts is measured against: its bound prompt's nodes, and the
   * usual time of a segment of the same job (its settings), else of the last segments of any job.
   */
  private trackedRun(promptId: string): TrackedRun | null {
    const owner = findPromptOwner(this.o.db, promptId)
    if (!owner || (owner.status !== 'queued' && owner.status !== 'running')) return null
    // The cached state (read-only here): a prompt's first progress message comes right after the next POST.
    const state = sharedJobState(this.o.db, owner.job_id)
    const run = state ? runOf(state, promptId) : null
    if (!state || !run) return null
    let plan
    try {
      const bound = bindJobSegment(this.o.templates, state, owner.idx, this.o.outputSubfolder(), run)
      plan = progressPlan(bound.prompt, bound.template)
    } catch {
      return null
    }
    const own = state.segments.flatMap((s) => (s.status === 'done' && s.execution_ms !== null ? [s.execution_ms] : []))
    return {
      job_id: owner.job_id,
      idx: owner.idx,
      take: run.take,
      started_at: run.started_at,
      typical_ms: typicalMs(own) ?? typicalMs(recentExecutionMs(this.o.db)),
      plan,
    }
  }

  /**
   * A call to main was answered or found it unreachable (the pool's health event): logs it once per
   * change (an outage once, and at start only after the grace period) and sends the queue status.
   */
  mainHealth(): void {
    // A poll answered after stop(): the database may already be closed.
    if (this.stopped) return
    const { reachable, lastError: error } = this
    const url = this.main.spec.url
    if (!reachable) this.reportUnreachable(error ?? `ComfyUI at ${url} is not reachable`)
    if (this.shown.reachable === reachable && this.shown.error === error) return
    if (reachable && !this.shown.reachable) {
      this.o.log.info(`ComfyUI at ${url} is reachable${this.everReachable ? ' again' : ''}`)
      this.everReachable = true
      this.warned = false
    }
    this.shown = { reachable, error }
    this.emitQueue()
  }

  /** Once per outage, and at start only after the grace period (ComfyUI loads its nodes first). */
  private reportUnreachable(error: string): void {
    if (this.warned) return
    const waited = Date.now() - this.startedAt
    if (!this.everReachable && waited < STARTUP_GRACE_MS) return
    this.warned = true
    this.o.log.warn(this.everReachable ? `${error}; retrying` : `${error} (for ${Math.round(waited / 1000)} s since the sidecar started); retrying`)
  }

  /** Refreshes ComfyUI's queue sizes (for GET /api/queue/status). */
  async refresh(): Promise<void> {
    try {
      this.pool.sawAnswer(MAIN_BACKEND, await this.main.comfy.queue())
    } catch (err) {
      this.pool.noteFailure(MAIN_BACKEND, err)
    }
  }

  emitQueue(): void {
    this.o.bus.emit({ type: 'queue', queue: this.queueStatus() })
  }

  queueStatus(): QueueStatus {
    const ours = inFlightPrompts(this.o.db)
    const running = ours.find((p) => p.status === 'running')
    let current: QueueStatus['current'] = null
    if (running) {
      const p = this.tracker.progressOf(running.prompt_id)
      const startedAt = p?.started_at ?? running.started_at ?? now()
      const typical = p ? p.typical_ms : typicalMs(recentExecutionMs(this.o.db))
      const elapsed = Date.now() - Date.parse(startedAt)
      current = {
        job_id: running.job_id,
        idx: running.idx,
        take: running.take,
        prompt_id: running.prompt_id,
        node: p?.node ?? null,
        value: p?.value ?? 0,
        max: p?.max ?? 0,
        started_at: startedAt,
        eta_ms: typical === null ? null : Math.max(0, typical - elapsed),
        fraction: p?.fraction ?? 0,
        phase: p?.phase ?? 'loading',
        typical_ms: typical,
      }
    }
    return {
      comfyui: {
        url: this.main.spec.url,
        reachable: this.reachable,
        error: this.lastError,
        queue_running: this.main.queue.running.length,
        queue_pending: this.main.queue.pending.length,
      },
      accepting: this.accepting(),
      running_jobs: countJobsByStatus(this.o.db, ['running', 'finalizing']),
      ours: ours.map((p) => ({ prompt_id: p.prompt_id, job_id: p.job_id, idx: p.idx, state: p.status === 'running' ? 'running' : 'pending' })),
      current,
    }
  }
}
