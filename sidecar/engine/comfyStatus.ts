// What ComfyUI is doing as far as we know: whether it answers, its queue, the progress of our
// prompts; and the queue status the API answers and the events stream sends.
import type { Progress, QueueStatus } from '../contract'
import { ComfyUnreachable } from '../comfy/comfyClient'
import type { QueueSnapshot } from '../comfy/comfyClient'
import { inFlightPrompts, recentExecutionMs } from '../db/jobStore'
import { now } from './clock'
import type { RunnerOptions } from './runnerDeps'

/** The progress ComfyUI last reported for one of our prompts, with the run it belongs to. */
export interface LiveProgress extends Progress {
  job_id: number
  idx: number
}

/** The sidecar usually starts before ComfyUI listens: an unreachable ComfyUI is reported only if it lasts this long. */
export const STARTUP_GRACE_MS = 60_000

export class ComfyStatus {
  reachable = false
  lastError: string | null = null
  private everReachable = false
  private warned = false
  private readonly startedAt = Date.now()
  queue: QueueSnapshot = { running: [], pending: [] }
  private readonly progress = new Map<string, LiveProgress>()
  private stopped = false

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'comfy' | 'bus' | 'log'>,
    private readonly accepting: () => boolean
  ) {}

  /** After stop() nothing is emitted or read: the database may already be closed. */
  stop(): void {
    this.stopped = true
  }

  progressOf = (promptId: string): Progress | null => {
    const p = this.progress.get(promptId)
    return p ? { value: p.value, max: p.max, node: p.node } : null
  }

  liveProgress(promptId: string): LiveProgress | undefined {
    return this.progress.get(promptId)
  }

  setProgress(promptId: string, progress: LiveProgress): void {
    this.progress.set(promptId, progress)
  }

  /** The prompt ended or was taken back: its progress no longer means anything. */
  forgetProgress(promptId: string): void {
    this.progress.delete(promptId)
  }

  setReachable(reachable: boolean, error: string | null): void {
    // A poll answered after stop(): the database may already be closed.
    if (this.stopped) return
    if (!reachable) this.reportUnreachable(error ?? `ComfyUI at ${this.o.comfy.url} is not reachable`)
    if (this.reachable === reachable && this.lastError === error) return
    if (reachable && !this.reachable) {
      this.o.log.info(`ComfyUI at ${this.o.comfy.url} is reachable${this.everReachable ? ' again' : ''}`)
      this.everReachable = true
      this.warned = false
    }
    this.reachable = reachable
    this.lastError = error
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

  /** Notes a failed call to ComfyUI; true when it failed because ComfyUI is not reachable. */
  noteFailure(err: unknown): boolean {
    if (!(err instanceof ComfyUnreachable)) return false
    this.setReachable(false, err.message)
    return true
  }

  /** ComfyUI answered with its queue. */
  sawQueue(queue: QueueSnapshot): void {
    this.queue = queue
    this.setReachable(true, null)
  }

  /** Refreshes ComfyUI's queue sizes (for GET /api/queue/status). */
  async refresh(): Promise<void> {
    try {
      this.sawQueue(await this.o.comfy.queue())
    } catch (err) {
      this.noteFailure(err)
    }
  }

  emitQueue(): void {
    this.o.bus.emit({ type: 'queue', queue: this.queueStatus() })
  }

  queueStatus(): QueueStatus {
    const ours = inFlightPrompts(this.o.db)
    const running = ours.find((p) => p.status === 'running')
    const times = recentExecutionMs(this.o.db).sort((a, b) => a - b)
    const typical = times.length > 0 ? (times[Math.floor(times.length / 2)] ?? null) : null
    let current: QueueStatus['current'] = null
    if (running) {
      const p = this.progress.get(running.prompt_id)
      const startedAt = running.started_at ?? now()
      const elapsed = Date.now() - Date.parse(startedAt)
      current = {
        job_id: running.job_id,
        idx: running.idx,
        prompt_id: running.prompt_id,
        node: p?.node ?? null,
        value: p?.value ?? 0,
        max: p?.max ?? 0,
        started_at: startedAt,
        eta_ms: typical === null ? null : Math.max(0, typical - elapsed),
      }
    }
    return {
      comfyui: {
        url: this.o.comfy.url,
        reachable: this.reachable,
        error: this.lastError,
        queue_running: this.queue.running.length,
        queue_pending: this.queue.pending.length,
      },
      accepting: this.accepting(),
      ours: ours.map((p) => ({ prompt_id: p.prompt_id, job_id: p.job_id, idx: p.idx, state: p.status === 'running' ? 'running' : 'pending' })),
      current,
    }
  }
}
