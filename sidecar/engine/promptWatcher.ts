// ComfyUI's side of our runs as engine events: socket messages (started, progress, ended), the
// outcome read from /history when a prompt ends, and the fallback poll that finds prompts whose
// messages we missed (socket down, sidecar restarted) in ComfyUI's queue or history.
import { randomUUID } from 'node:crypto'
import type { HistoryEntry, WsMessage } from '../comfy/comfySchemas'
import type { FileRef, JobState, OutputNodes } from '../contract'
import type { QueueSnapshot } from '../comfy/comfyClient'
import { sharedJobState } from '../db/jobStore'
import { findPromptOwner, inFlightPrompts } from '../db/jobQueries'
import type { PromptOwner } from '../db/jobQueries'
import { now } from './clock'
import type { BackendPool } from './backendPool'
import { MAIN_BACKEND } from './backendPool'
import type { BackendWork } from './backendWork'
import type { ColorHandoff } from './colorHandoff'
import type { SeamMeasure } from './seamMeasure'
import type { ComfyStatus } from './comfyStatus'
import { historyOutcome } from './historyOutcome'
import { plainError, runOf } from './runQueries'
import type { Feed, RunnerOptions } from './runnerDeps'
import { runOutputNodes } from './segmentPrompt'
import { SocketOutputs } from './socketOutputs'
import type { FinalStitcher } from './stitchFinal'
import type { RunSubmitter } from './submitRun'

/** The runner's side: where events go, and the scheduler to run when ComfyUI has room. */
export interface WatcherEngine {
  feed: Feed
  pump(): void
  stopped(): boolean
}

export interface WatcherParts {
  status: ComfyStatus
  pool: BackendPool
  work: BackendWork
  submitter: RunSubmitter
  handoff: ColorHandoff
  seams: SeamMeasure
  stitcher: FinalStitcher
}

/**
 * A prompt ComfyUI said had ended (on the WebSocket) but whose history is not there yet is looked
 * for again, with a doubling wait from HISTORY_RECHECK_MS, for HISTORY_GRACE_MS: a history that lags
 * its messages is not a lost prompt, and resubmitting it would run the GPU twice.
 */
export const HISTORY_RECHECK_MS = 250
export const HISTORY_GRACE_MS = 120_000
/**
 * After a sidecar start, a bound run ComfyUI never accepted and does not know is called lost only
 * once the sidecar has been up this long: the POST /prompt the old sidecar sent as it died may still
 * be in ComfyUI's (async) validate_prompt, in neither queue nor history yet, and would run twice.
 */
export const UNACCEPTED_GRACE_MS = 5_000
/** How long stopping waits for the poll under way to end. */
export const STOP_WAIT_MS = 3_000

export class PromptWatcher {
  /** Prompts whose history is being read: a second end signal must not read it again. */
  private readonly completing = new Set<string>()
  /** Prompts whose end ComfyUI announced on the socket, with when: their history is owed to us. */
  private readonly ended = new Map<string, { at: number; wait: number; timer: NodeJS.Timeout | null }>()
  /** The poll under way: stop() waits for it, as it reads the database after each answer. */
  private polling: Promise<void> | null = null
  /** Our prompts' outputs from `executed` messages: a success completes without reading /history. */
  private readonly socketOutputs = new SocketOutputs()
  /** When this sidecar started watching; UNACCEPTED_GRACE_MS counts from it. */
  private readonly startedAt = Date.now()
  /** A poll at the end of UNACCEPTED_GRACE_MS, for the prompts it kept from being called lost. */
  private graceTimer: NodeJS.Timeout | null = null

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'comfy' | 'templates' | 'bus' | 'log' | 'files' | 'unacceptedGraceMs'>,
    private readonly engine: WatcherEngine,
    private readonly parts: WatcherParts
  ) {}

  /** Notes a failed call to a backend; true when it failed because the backend does not answer. */
  private noteFailure(backend: string | null, err: unknown): boolean {
    return this.parts.pool.noteFailure(backend ?? MAIN_BACKEND, err)
  }

  /** Copies a run's files from its backend to the sidecar; false (the failure noted) when that backend does not give them. */
  private async copiedHere(backend: string | null, files: (FileRef | null)[]): Promise<boolean> {
    try {
      await Promise.all(files.filter((f): f is FileRef => f !== null).map((f) => this.o.files.localPath(f, backend)))
      return true
    } catch (err) {
      this.noteFailure(backend, err)
      this.o.log.warn(`the files of a run on backend ${backend} could not be copied here yet: ${(err as Error).message}`)
      return false
    }
  }

  /** One message from backend `backend`'s socket; routed by prompt id (a prompt abandoned there has no owner any more). */
  onMessage(msg: WsMessage, backend: string = MAIN_BACKEND): void {
    const data = msg.data ?? {}
    const promptId = typeof data.prompt_id === 'string' ? data.prompt_id : null
    if (msg.type === 'status') return
    if (!promptId) return
    const ends = msg.type === 'execution_start' || msg.type === 'execution_success' || msg.type === 'execution_error' || msg.type === 'execution_interrupted' || (msg.type === 'executing' && data.node === null)
    // Read once for such a message: checked here (a message about a prompt of ours counts only from
    // the backend it is on) and handed to complete(), which runs its check in this same turn.
    const owner = ends ? findPromptOwner(this.o.db, promptId) : null
    if (owner && (owner.backend ?? MAIN_BACKEND) !== backend) return
    switch (msg.type) {
      // Where the prompt is: one forward-only reading over all its nodes (see segmentProgress.ts).
      case 'executed':
        this.socketOutputs.executed(promptId, data)
        this.parts.status.track(msg.type, promptId, data)
        return
      case 'progress_state':
      case 'progress':
      case 'execution_cached':
        this.parts.status.track(msg.type, promptId, data)
        return
      case 'execution_start': {
        this.socketOutputs.started(promptId, data)
        if (owner) this.engine.feed(owner.job_id, { type: 'started', prompt_id: promptId, at: now() })
        this.parts.status.track(msg.type, promptId, data)
        return
      }
      case 'executing': {
        if (data.node === null) {
          this.noteEnded(promptId)
          void this.complete(promptId, false, undefined, owner)
          return
        }
        this.parts.status.track(msg.type, promptId, data)
        return
      }
      case 'execution_success':
        this.noteEnded(promptId)
        void this.complete(promptId, false, data, owner)
        return
      case 'execution_error':
      case 'execution_interrupted':
        this.noteEnded(promptId)
        this.socketOutputs.forget(promptId)
        void this.complete(promptId, false, undefined, owner)
        return
    }
  }

  /** Asks ComfyUI where one prompt is: queue first, then history (in this order, so none slips between). */
  async reconcile(promptId: string, queue?: QueueSnapshot): Promise<void> {
    if (this.engine.stopped() || this.parts.submitter.isSubmitting(promptId) || this.completing.has(promptId)) return
    const owner = findPromptOwner(this.o.db, promptId)
    if (!owner || (owner.status !== 'queued' && owner.status !== 'running')) return
    // A backend that does not answer keeps its prompts: they are looked at when it is back (or failed over).
    const backend = this.parts.pool.get(owner.backend)
    if (!queue && backend && !backend.reachable && backend.downSince !== null) return
    try {
      const q = queue ?? (await this.parts.pool.client(owner.backend).queue())
      if (this.engine.stopped()) return
      if (this.foundInQueue(owner, promptId, q)) return
      await this.complete(promptId, true)
    } catch (err) {
      if (!this.noteFailure(owner.backend, err)) this.o.log.warn(`reconcile ${promptId}: ${(err as Error).message}`)
    }
  }

  /** A prompt in the backend's queue is recorded as waiting or running there; false when the queue lacks it. */
  private foundInQueue(owner: PromptOwner, promptId: string, q: QueueSnapshot): boolean {
    if (q.running.includes(promptId)) {
      if (owner.status === 'queued') this.engine.feed(owner.job_id, { type: 'started', prompt_id: promptId, at: now() })
      return true
    }
    if (q.pending.includes(promptId)) {
      this.engine.feed(owner.job_id, { type: 'accepted', prompt_id: promptId, at: now() })
      return true
    }
    return false
  }

  /**
   * Whether ComfyUI still has the prompt, asked again before it is called lost. The queue read that
   * found it missing may be older than the answer to its POST (a poll's snapshot taken while the
   * submit was on its way): resubmitting then would run it twice. Queue first, then history, both
   * read now, after the POST was answered; null when it is really gone, the history entry when it ended.
   */
  private async stillThere(owner: PromptOwner, promptId: string): Promise<HistoryEntry | 'there' | null> {
    const client = this.parts.pool.client(owner.backend)
    const q = await client.queue()
    if (this.engine.stopped() || this.parts.submitter.isSubmitting(promptId) || this.foundInQueue(owner, promptId, q)) return 'there'
    const entry = await client.history(promptId)
    if (this.engine.stopped() || this.parts.submitter.isSubmitting(promptId)) return 'there'
    return entry
  }

  /** A never-accepted prompt within UNACCEPTED_GRACE_MS of the start: polled again when the grace ends. */
  private inStartGrace(owner: PromptOwner): boolean {
    const left = this.startedAt + (this.o.unacceptedGraceMs ?? UNACCEPTED_GRACE_MS) - Date.now()
    if (owner.accepted || left <= 0) return false
    // A fresh poll: one already under way may have looked at the prompt just before the grace ended.
    this.graceTimer ??= setTimeout(() => void (this.polling ?? Promise.resolve()).then(() => this.poll()), left + 50)
    return true
  }

  /** Fallback poll: each backend's reachability and queue, and every prompt of ours in flight there. */
  poll(): Promise<void> {
    if (this.polling || this.engine.stopped()) return this.polling ?? Promise.resolve()
    this.polling = this.pollOnce().finally(() => {
      this.polling = null
    })
    return this.polling
  }

  private async pollOnce(): Promise<void> {
    try {
      // The configuration is applied at start and by a settings PUT; here only a drain that found a backend silent is tried again.
      this.parts.work.drain()
      const ours = inFlightPrompts(this.o.db)
      let room = false
      await Promise.all(
        this.parts.pool.all().map(async (b) => {
          const mine = ours.filter((p) => (p.backend ?? MAIN_BACKEND) === b.id)
          if (!b.spec.enabled && mine.length === 0 && b.id !== MAIN_BACKEND) return
          try {
            const queue = await b.comfy.queue()
            // Stopped while ComfyUI answered: the database may be closing.
            if (this.engine.stopped()) return
            const wasReachable = b.reachable
            this.parts.pool.sawAnswer(b.id, queue)
            if (!b.presets) void this.parts.work.backOnline(b.id)
            for (const p of mine) await this.reconcile(p.prompt_id, queue)
            if (!wasReachable || queue.running.length + queue.pending.length < 2) room = true
          } catch (err) {
            if (!this.noteFailure(b.id, err)) this.o.log.warn(`poll of backend ${b.id}: ${(err as Error).message}`)
          }
        })
      )
      if (this.engine.stopped()) return
      await this.parts.work.afterPoll()
      if (room) this.engine.pump()
    } catch (err) {
      this.o.log.warn(`poll: ${(err as Error).message}`)
    }
  }

  /**
   * A prompt ended (or the poll lost sight of it): reads its outcome from history, cached runs
   * included, and hands it to the engine. `lostIfUnknown` when the queue lacks it too. `success`:
   * the data of its execution_success message, whose outputs the socket may already have brought.
   * `known`: the prompt's owner as read in this turn of the event loop (the socket message's check).
   */
  private async complete(promptId: string, lostIfUnknown: boolean, success?: Record<string, unknown>, known?: PromptOwner | null): Promise<void> {
    if (this.completing.has(promptId)) return
    this.completing.add(promptId)
    try {
      const owner = known === undefined ? findPromptOwner(this.o.db, promptId) : known
      if (!owner || (owner.status !== 'queued' && owner.status !== 'running')) {
        this.forgetEnded(promptId)
        return
      }
      let state: JobState | null = null
      let entry: HistoryEntry | null = null
      if (success) {
        state = sharedJobState(this.o.db, owner.job_id)
        const nodes = state ? this.outputNodes(state, owner.idx, promptId) : null
        entry = nodes ? this.socketOutputs.succeeded(promptId, success, nodes) : null
      }
      if (!entry) {
        entry = await this.parts.pool.client(owner.backend).history(promptId)
        state = null
        if (this.engine.stopped()) return
      }
      const at = now()
      if (!entry) {
        if (this.historyOwed(promptId)) {
          this.recheckLater(promptId)
          return
        }
        if (!lostIfUnknown || this.parts.submitter.isSubmitting(promptId)) return
        const again = await this.stillThere(owner, promptId)
        if (again === 'there') return
        if (!again) {
          if (this.inStartGrace(owner)) return
          this.o.log.warn(`ComfyUI does not know prompt ${promptId} (job ${owner.job_id} segment ${owner.idx + 1}); submitting again`)
          this.engine.feed(owner.job_id, { type: 'lost', prompt_id: promptId, new_prompt_id: randomUUID(), at: now() })
          return
        }
        entry = again
      }
      state ??= sharedJobState(this.o.db, owner.job_id)
      if (!state) return
      const seg = runOf(state, promptId)
      let nodes
      try {
        nodes = runOutputNodes(this.o.templates, state, owner.idx, seg)
      } catch (err) {
        this.engine.feed(owner.job_id, { type: 'errored', prompt_id: promptId, error: plainError((err as Error).message), at })
        return
      }
      const outcome = historyOutcome(entry, nodes)
      if (outcome.type !== 'pending') this.forgetEnded(promptId)
      this.parts.status.forgetProgress(promptId)
      switch (outcome.type) {
        case 'pending':
          return
        case 'finished': {
          // The run's own video leaves out the frames it re-rendered from the segment before.
          const frames = state.job.parameters.frames - (seg?.carry ?? 0)
          const started = seg?.started_at ? Date.parse(seg.started_at) : null
          const ms = outcome.execution_ms ?? (started ? Date.now() - started : null)
          // A run made on another backend counts as finished once its files are here: if that backend
          // goes away before they are copied, the run is still in flight there, and failover makes it
          // again elsewhere instead of the next segment waiting for ever for a frame nobody has.
          if ((owner.backend ?? MAIN_BACKEND) !== MAIN_BACKEND && !(await this.copiedHere(owner.backend, [outcome.last_frame, outcome.tail ?? null, outcome.video]))) return
          this.engine.feed(owner.job_id, { type: 'finished', prompt_id: promptId, video: outcome.video, last_frame: outcome.last_frame, tail: outcome.tail, frames, execution_ms: ms, at: now() })
          // Off the hand-off's path: started once the next segment is in ComfyUI's hands.
          void this.parts.submitter.settled().then(async () => {
            this.parts.stitcher.inspectSoon(outcome.video, owner.backend)
            const drift = await this.parts.handoff.drift(state, outcome.last_frame, owner.backend)
            if (drift !== null) this.engine.feed(owner.job_id, { type: 'measured', prompt_id: promptId, drift, at: now() })
            const seam = seg ? await this.parts.seams.intoRun(state, owner.idx, seg, outcome.video) : null
            if (seam) this.engine.feed(owner.job_id, { type: 'measured', prompt_id: promptId, seam, at: now() })
          }).catch((err: unknown) => this.o.log.warn(`after segment ${owner.idx + 1} of job ${owner.job_id}: ${(err as Error).message}`))
          return
        }
        case 'errored':
          this.engine.feed(owner.job_id, { type: 'errored', prompt_id: promptId, error: outcome.error, at })
          return
        case 'interrupted':
          this.engine.feed(owner.job_id, { type: 'interrupted', prompt_id: promptId, at })
          return
      }
    } catch (err) {
      // ComfyUI went away or answered oddly while we read the history: the poll reads it again.
      if (!this.noteFailure(findPromptOwner(this.o.db, promptId)?.backend ?? null, err)) this.o.log.warn(`history of ${promptId}: ${(err as Error).message}`)
    } finally {
      this.completing.delete(promptId)
    }
  }

  /** Where a run's outputs are saved; null when that cannot be told (completing reports why). */
  private outputNodes(state: JobState, idx: number, promptId: string): OutputNodes | null {
    try {
      return runOutputNodes(this.o.templates, state, idx, runOf(state, promptId))
    } catch {
      return null
    }
  }

  /** ComfyUI announced the prompt's end: its history is owed for HISTORY_GRACE_MS. */
  private noteEnded(promptId: string): void {
    if (!this.ended.has(promptId)) this.ended.set(promptId, { at: Date.now(), wait: HISTORY_RECHECK_MS, timer: null })
  }

  private historyOwed(promptId: string): boolean {
    const ended = this.ended.get(promptId)
    if (!ended) return false
    if (Date.now() - ended.at < HISTORY_GRACE_MS) return true
    this.forgetEnded(promptId)
    return false
  }

  /** Reads the history again a little later (doubling the wait, at most 5 s), until it is there or the grace ends. */
  private recheckLater(promptId: string): void {
    const ended = this.ended.get(promptId)
    if (!ended || ended.timer || this.engine.stopped()) return
    ended.timer = setTimeout(() => {
      ended.timer = null
      ended.wait = Math.min(ended.wait * 2, 5_000)
      if (!this.engine.stopped()) void this.complete(promptId, true).catch((err: unknown) => this.o.log.warn(`history of ${promptId}: ${(err as Error).message}`))
    }, ended.wait)
  }

  private forgetEnded(promptId: string): void {
    const ended = this.ended.get(promptId)
    if (ended?.timer) clearTimeout(ended.timer)
    this.ended.delete(promptId)
  }

  /**
   * Stops the history re-checks (the runner stops); resolves once the poll under way has ended, or
   * after STOP_WAIT_MS of a ComfyUI that does not answer (that poll then sees stopped() at its
   * answer and leaves the database alone).
   */
  async stop(): Promise<void> {
    for (const id of [...this.ended.keys()]) this.forgetEnded(id)
    if (this.graceTimer) clearTimeout(this.graceTimer)
    if (!this.polling) return
    let timer: NodeJS.Timeout | undefined
    await Promise.race([this.polling, new Promise<void>((resolve) => (timer = setTimeout(resolve, STOP_WAIT_MS)))])
    clearTimeout(timer)
  }
}
