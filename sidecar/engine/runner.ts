// The runner: applies engine events to SQLite in one transaction, emits what changed, and hands the
// machine's effects to the part that performs them, which feeds the results back as events:
//   submitRun.ts     submit (colour-guard hand-off, bind, pre-flight, POST) and cancel
//   promptWatcher.ts ComfyUI's messages, history and queue as events (started, finished, lost...)
//   stitchFinal.ts   the stitch of a final video
//   comfyStatus.ts   reachability, ComfyUI's queue and our prompts' progress (queue status)
// A segment finishing, end to end: ComfyUI's execution_success -> PromptWatcher.onMessage -> complete
// (the outputs its `executed` messages brought, else its /history entry, read at the output nodes
// stored at submit) -> 'finished' -> dispatch -> step (runEvents.ts `finished`, then settle), which
// asks for scheduling -> a scheduling round on the state it left (planRound), whose runs of this job
// are scheduled and their workflows bound on the same copy ('finished', 'scheduled' and 'bound':
// one commit) -> 'submit' -> RunSubmitter.submit -> POST /prompt. All of it in one turn of the
// event loop, with the job read from SQLite once (jobStore's cache) and the step sharing the rows
// it did not change with the state before; the event streams get the changes after it.
import { randomUUID } from 'node:crypto'
import type { BackendStatus, JobState, Progress, QueueStatus, RunCheck, RunCheckBody } from '../contract'
import { DomainError } from '../contract'
import { rememberJobState, saveJobState, sharedJobState } from '../db/jobStore'
import { activeJobIds } from '../db/jobQueries'
import { BackendPool, MAIN_BACKEND } from './backendPool'
import { BackendWork } from './backendWork'
import { now } from './clock'
import { ColorHandoff } from './colorHandoff'
import { SeamMeasure } from './seamMeasure'
import { ComfyStatus } from './comfyStatus'
import { jobView, segmentView } from './jobView'
import type { Effect, EngineEvent } from './engineEvents'
import { stepThenBind } from './machine'
import type { ScheduledEvent } from './machine'
import { isInFlight, plainError, runOf } from './runQueries'
import { PromptWatcher } from './promptWatcher'
import type { RunnerOptions } from './runnerDeps'
import { capableRule, checkRun } from './runCapability'
import { place, reclaims } from './placement'
import type { BackendMemory, Placement, Reclaim } from './placement'
import { placementBackends, queuedBehind, readyWork } from './scheduler'
import type { LiveInfo } from '../workflows'
import type { BoundSegment } from './segmentPrompt'
import { FinalStitcher } from './stitchFinal'
import { RunSubmitter } from './submitRun'

export type { RunnerOptions, VideoOps } from './runnerDeps'

/** How long stop() waits for submits under way (their POSTs' answers). */
const SUBMIT_STOP_WAIT_MS = 5_000

/** One scheduling round: where ready work goes, the backends' memory after it, runs an idle backend takes back. */
interface Round {
  placements: Placement[]
  memory: Map<string, BackendMemory>
  reclaims: Reclaim[]
}

function scheduledEvent(run: Placement): ScheduledEvent {
  const take = run.take === null ? {} : { take: run.take }
  return { type: 'scheduled', idx: run.idx, ...take, prompt_id: randomUUID(), backend: run.backend, at: now() }
}

export class Runner {
  /** The ComfyUI backends: main and the extra ones, each with its client, socket and health. */
  readonly pool: BackendPool
  /** What runs where: failover, draining, abandoned prompts, the backends' statuses. */
  readonly work: BackendWork
  private readonly status: ComfyStatus
  private readonly submitter: RunSubmitter
  private readonly watcher: PromptWatcher
  private readonly stitcher: FinalStitcher
  private pollTimer: NodeJS.Timeout | null = null
  private stopped = false
  /** Changes committed but not yet sent to the event streams, oldest first (see emitSoon). */
  private readonly unsent: { before: JobState; after: JobState }[] = []
  accepting: boolean

  constructor(private readonly o: RunnerOptions) {
    this.accepting = o.accepting
    const feed = (jobId: number, event: EngineEvent) => this.feed(jobId, event)
    this.pool = new BackendPool(o.comfy, o.comfy.clientId, {
      message: (id, m) => this.watcher.onMessage(m, id),
      open: (id) => {
        // A backend that restarted may have lost the copies made for it: they are made again when needed.
        if (id !== MAIN_BACKEND) this.submitter.transfer.forget(id)
        void this.work.backOnline(id)
        this.resyncAll('comfy_reconnected')
      },
      changed: () => this.work.emitSoon(),
      health: (id) => {
        if (id === MAIN_BACKEND) this.status.mainHealth()
      },
    }, o.log)
    this.status = new ComfyStatus(o, this.pool, () => this.accepting)
    this.work = new BackendWork(o, this.pool, { feed, pump: () => this.pump(), stopped: () => this.stopped })
    o.files.useBackends((id) => this.pool.get(id)?.comfy ?? null)
    const handoff = new ColorHandoff(o, this.pool)
    this.submitter = new RunSubmitter(o, this.status, this.pool, handoff, feed)
    const seams = new SeamMeasure(o)
    this.stitcher = new FinalStitcher(o, feed, seams)
    this.watcher = new PromptWatcher(
      o,
      { feed, pump: () => this.pump(), stopped: () => this.stopped },
      { status: this.status, pool: this.pool, work: this.work, submitter: this.submitter, handoff, seams, stitcher: this.stitcher }
    )
  }

  /** Recovery is the normal path: every job with work left is resynced, then the socket and poll start. */
  start(): void {
    this.work.configure()
    this.resyncAll('sidecar_restarted')
    this.pool.start()
    const every = this.o.pollMs ?? 5_000
    this.pollTimer = setInterval(() => void this.watcher.poll(), every)
    void this.watcher.poll()
  }

  /** Stops the engine; resolves once the poll under way has ended, so the database may be closed then. */
  stop(): Promise<void> {
    this.stopped = true
    if (this.pollTimer) clearInterval(this.pollTimer)
    const polled = this.watcher.stop()
    this.status.stop()
    this.work.stop()
    this.pool.stop()
    // A POST /prompt on its way when the sidecar stops may still reach ComfyUI: the next start must find
    // it there, not miss it and submit the run again. Its answer is awaited (bounded) before the database closes.
    let timer: NodeJS.Timeout | undefined
    const submits = Promise.race([this.submitter.settled(), new Promise<void>((resolve) => (timer = setTimeout(resolve, SUBMIT_STOP_WAIT_MS)))])
    return Promise.all([polled, submits]).then(() => clearTimeout(timer))
  }

  progressOf = (promptId: string): Progress | null => this.status.progressOf(promptId)

  queueStatus(): QueueStatus {
    return this.status.queueStatus()
  }

  /** Refreshes ComfyUI's queue sizes (for GET /api/queue/status). */
  refreshQueue(): Promise<void> {
    return this.status.refresh()
  }

  private emitQueue(): void {
    this.status.emitQueue()
  }

  /**
   * Applies one event to one job atomically; emits changes; starts the effects. Throws on refusal.
   * A segment's end that asks for scheduling is placed at once on the state it left, and this job's
   * next runs are scheduled and bound in the same commit (one transaction between ComfyUI's
   * execution_success and the next POST /prompt); the round's other placements follow the commit.
   */
  dispatch(jobId: number, event: EngineEvent): JobState {
    const { db } = this.o
    const prebound = new Map<string, BoundSegment>()
    const planned: { round: Round | null; asked: boolean } = { round: null, asked: false }
    // Planned before this transaction writes anything: the other jobs' states come from the cache.
    const schedule = (after: JobState): ScheduledEvent[] => {
      planned.asked = true
      planned.round = this.planRound(after)
      return planned.round?.placements.filter((p) => p.job_id === jobId).map(scheduledEvent) ?? []
    }
    const result = db.transaction(() => {
      const before = sharedJobState(db, jobId)
      if (!before) throw new DomainError('not_found', `no job ${jobId}`, 'id')
      // Each run it submits is bound in the same commit when it can be (RunSubmitter.bindAtOnce).
      const bind = (st: JobState, submit: { idx: number; prompt_id: string }) => {
        const bound = this.submitter.bindAtOnce(st, submit.idx, submit.prompt_id)
        if (bound) prebound.set(submit.prompt_id, bound)
        return bound ? { type: 'bound' as const, prompt_id: submit.prompt_id, output_nodes: bound.outputs, at: now() } : null
      }
      const r = stepThenBind(before, event, bind, event.type === 'finished' && !this.stopped ? schedule : undefined)
      if (!r.ok) throw new DomainError(r.refusal.code, r.refusal.message, r.refusal.field)
      for (const id of [...prebound.keys()]) if (!r.bound?.some((b) => b.prompt_id === id)) prebound.delete(id)
      const after = r.state
      if (after !== before) saveJobState(db, after, before)
      return { before, after, effects: r.effects }
    })()
    if (result.after !== result.before) rememberJobState(db, result.after)
    if (result.after !== result.before) this.emitSoon(result.before, result.after)
    for (const effect of result.effects) {
      // Scheduled in the commit above: the round's other work is started below.
      if (effect.type === 'schedule' && planned.asked) continue
      this.perform(jobId, effect, result.after, prebound)
    }
    if (planned.round) this.startRound(planned.round, jobId)
    const inFlight = (st: JobState) => st.segments.filter(isInFlight).length
    // A queue slot came free, or a run now waits in a backend's queue that an idle backend may take (reclaims).
    const again = inFlight(result.after) < inFlight(result.before) || (event.type === 'accepted' && result.after !== result.before)
    if (again && !result.effects.some((e) => e.type === 'schedule')) {
      queueMicrotask(() => this.pump())
    }
    return result.after
  }

  /** Dispatch from a background task: refusals and errors are logged, never thrown. */
  private feed(jobId: number, event: EngineEvent): void {
    try {
      this.dispatch(jobId, event)
    } catch (err) {
      if (!(err instanceof DomainError)) this.o.log.error(`job ${jobId}: ${event.type}: ${(err as Error).message}`)
    }
  }

  /**
   * Sends a change to the event streams once the current turn is over: a segment's end, the next
   * one's scheduling and its POST /prompt happen in one turn, and the views and JSON of three
   * changes need not come before ComfyUI has its next prompt. The order of changes is kept.
   */
  private emitSoon(before: JobState, after: JobState): void {
    this.unsent.push({ before, after })
    if (this.unsent.length > 1) return
    setImmediate(() => {
      const batch = this.unsent.splice(0)
      if (this.stopped) return
      for (const c of batch) this.emitChanges(c.before, c.after)
    })
  }

  emitChanges(before: JobState | null, after: JobState): void {
    // A segment's event also carries its take count: a change to its takes re-sends it.
    // Rows the step left unchanged are the same objects in both states (see plainData.shareUnchanged).
    const takesOf = (st: JobState | null, idx: number) => st?.takes.filter((t) => t.idx === idx) ?? []
    const same = (a: unknown, b: unknown) => a === b || JSON.stringify(a) === JSON.stringify(b)
    const sameTakes = (idx: number) => {
      const a = takesOf(before, idx)
      const b = takesOf(after, idx)
      return (a.length === b.length && a.every((t, i) => t === b[i])) || same(a, b)
    }
    for (const seg of after.segments) {
      const old = before?.segments[seg.idx]
      const changed = !old || !same(old, seg) || !sameTakes(seg.idx)
      if (changed) this.o.bus.emit({ type: 'segment', segment: segmentView(seg, this.progressOf, after) })
    }
    this.o.bus.emit({ type: 'job', job: jobView(after) })
    const inFlight = (st: JobState | null) => st?.segments.filter((s) => s.status === 'queued' || s.status === 'running').map((s) => `${s.idx}:${s.status}:${s.prompt_id}`).join() ?? ''
    // The queue status also counts running jobs (the sidebar badge): a job's status change re-sends it.
    if (inFlight(before) !== inFlight(after) || before?.job.status !== after.job.status) {
      this.emitQueue()
      this.work.emitSoon()
    }
  }

  /** `state`: the job as the event that asked for the effect left it (committed). */
  private perform(jobId: number, effect: Effect, state: JobState, prebound: Map<string, BoundSegment>): void {
    switch (effect.type) {
      case 'schedule':
        queueMicrotask(() => this.pump())
        return
      case 'submit':
        this.guard(jobId, effect, () => this.submitter.submit(jobId, effect.idx, effect.prompt_id, state, prebound.get(effect.prompt_id)))
        return
      case 'cancel_prompt':
        this.guard(jobId, effect, () => this.submitter.cancel(effect.prompt_id, runOf(state, effect.prompt_id)?.backend ?? null))
        return
      case 'reconcile':
        this.guard(jobId, effect, () => this.watcher.reconcile(effect.prompt_id))
        return
      case 'stitch':
        this.guard(jobId, effect, () => this.stitcher.stitch(jobId, effect.segments))
        return
    }
  }

  /**
   * Runs an effect so that nothing it throws (at once or later) escapes: the sidecar keeps serving,
   * and a failed submit or stitch becomes the run's or the job's error, something the user can act on.
   */
  private guard(jobId: number, effect: Effect, work: () => Promise<void>): void {
    let running: Promise<void>
    try {
      running = work()
    } catch (err) {
      running = Promise.reject(err)
    }
    running.catch((err: unknown) => {
      const message = err instanceof Error ? err.message : String(err)
      this.o.log.error(`job ${jobId}: ${effect.type} failed: ${message}`)
      if (this.stopped) return
      if (effect.type === 'stitch') this.feed(jobId, { type: 'stitch_failed', message, at: now() })
      if (effect.type === 'submit') this.feed(jobId, { type: 'rejected', prompt_id: effect.prompt_id, error: plainError(message), at: now() })
    })
  }

  /** Fills each backend's queue (up to two of our prompts) with ready work of any job, and idle backends with waiting work (placement.ts). */
  pump(): void {
    if (this.stopped) return
    const round = this.planRound()
    if (round) this.startRound(round)
  }

  /**
   * A scheduling round over every active job (`changed`: one job's state as a step left it, not yet
   * committed); null when no new work is taken.
   */
  private planRound(changed?: JobState): Round | null {
    if (!this.accepting) return null
    const ids = activeJobIds(this.o.db)
    if (changed && !ids.includes(changed.job.id)) ids.push(changed.job.id)
    const states = ids.map((id) => (id === changed?.job.id ? changed : sharedJobState(this.o.db, id))).filter((s): s is JobState => s !== null)
    const open = this.work.openBackends()
    const backends = placementBackends(states, open, this.work.memory)
    const capable = capableRule(states, this.pool, this.o.templates, open)
    const affinity = { affinity: this.o.affinity ?? true }
    const { placements, memory } = place(readyWork(states), backends, capable, affinity)
    // A backend left with nothing to run takes a run waiting behind another backend's running prompt.
    const taken = reclaims(backends, placements, queuedBehind(states), (id, run) => capable(id, { ...run, continues: false }), affinity)
    return { placements, memory, reclaims: taken }
  }

  /** Starts a round's work; `done`: the job whose placements were already scheduled (in its own commit). */
  private startRound(round: Round, done?: number): void {
    for (const [id, m] of round.memory) this.work.memory.set(id, m)
    this.work.reclaim(round.reclaims)
    for (const run of round.placements) if (run.job_id !== done) this.feed(run.job_id, scheduledEvent(run))
  }

  /** Which backends can run a job of `preset` with these models and LoRAs (POST /api/backends/check). */
  checkRun(body: RunCheckBody): RunCheck {
    return checkRun(this.pool, this.o.templates, body.preset, body.models, body.loras)
  }

  /** The node schemas and model lists of the backends besides main that are on and have been read (admission). */
  otherBackendsLive(): LiveInfo[] {
    return this.pool.all().flatMap((b) => (b.id !== MAIN_BACKEND && b.spec.enabled && !b.removed && b.liveInfo ? [b.liveInfo] : []))
  }

  /** Every backend's status (GET /api/backends). */
  backendStatuses(): BackendStatus[] {
    return this.work.statuses()
  }

  /** The settings changed: backends added, removed or turned on or off take effect now. */
  refreshBackends(): void {
    this.work.configure()
    this.work.emitSoon()
    this.pump()
  }

  setAccepting(accepting: boolean): void {
    this.accepting = accepting
    this.emitQueue()
    if (accepting) this.pump()
  }

  private resyncAll(reason: 'sidecar_restarted' | 'comfy_reconnected'): void {
    for (const id of activeJobIds(this.o.db)) this.feed(id, { type: 'resync', reason, at: now() })
    this.pump()
  }
}
