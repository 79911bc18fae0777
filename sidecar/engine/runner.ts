// The runner: applies engine events to SQLite in one transaction, emits what changed, and performs
// the effects (submit to ComfyUI, cancel, reconcile, stitch), feeding their results back as events.
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import type { FileRef, FinalizeBody, JobState, Progress, QueueStatus, RunRecord } from '../contract'
import { DomainError } from '../contract'
import { fileStats, measureDrift, writeCorrectedFrame } from '../continuity/colorGuard'
import type { LabStats } from '../continuity/colorTransfer'
import { ComfyUnreachable } from '../comfy/comfyClient'
import type { ComfyClient, QueueSnapshot } from '../comfy/comfyClient'
import type { WsMessage } from '../comfy/comfySchemas'
import { ComfySocket } from '../comfy/comfySocket'
import type { Db } from '../db/database'
import { activeJobIds, findPromptOwner, inFlightPrompts, loadJobState, recentExecutionMs, saveJobState } from '../db/jobStore'
import type { Logger } from '../log'
import type { NodeSchema, Template } from '../workflows'
import { finalVideoName, NodeSchema as NodeSchemaZ, preflight, sanitizeJobName } from '../workflows'
import type { EventBus } from './eventBus'
import { historyOutcome } from './historyOutcome'
import { jobView, segmentView } from './jobView'
import { isInFlight, plainError, step } from './machine'
import type { Effect, EngineEvent } from './machine'
import type { OutputFiles } from './outputFiles'
import { pickReady } from './scheduler'
import { bindJobSegment } from './segmentPrompt'

export interface StitchRequest {
  inputs: string[]
  output: string
  ffmpegPath: string
  metadata: Record<string, string>
  /** One chapter title per input. */
  chapters?: string[]
  /** Per join (between input i and i+1): a cut or a crossfade of `frames` frames. */
  seams?: Array<{ type: 'cut' } | { type: 'crossfade'; frames: number }>
  /** Frames dropped from the start of each input. */
  trimFirst?: number[]
  mode?: 'copy' | 'reencode'
  crf?: number
  preset?: string
}

export interface VideoOps {
  stitch(req: StitchRequest): Promise<{ frames: number; mode: 'copy' | 'reencode' }>
  /** Reads (and remembers) what a stitch needs to know about a segment file. */
  inspect?(file: string, ffmpegPath: string): Promise<unknown>
}

export interface RunnerOptions {
  db: Db
  comfy: ComfyClient
  templates: Template[]
  bus: EventBus
  log: Logger
  files: OutputFiles
  video: VideoOps
  ffmpegPath: string | null
  outputSubfolder: () => string
  accepting: boolean
  /** Slow fallback poll of /queue and /history for prompts in flight (events are not replayed). */
  pollMs?: number
}

interface LiveProgress extends Progress {
  job_id: number
  idx: number
}

export class Runner {
  private readonly socket: ComfySocket
  private readonly submitting = new Set<string>()
  private readonly completing = new Set<string>()
  private readonly stitching = new Set<number>()
  private readonly progress = new Map<string, LiveProgress>()
  private pollTimer: NodeJS.Timeout | null = null
  private polling = false
  private stopped = false
  accepting: boolean
  reachable = false
  lastError: string | null = null
  comfyQueue: QueueSnapshot = { running: [], pending: [] }

  constructor(private readonly o: RunnerOptions) {
    this.accepting = o.accepting
    this.socket = new ComfySocket(o.comfy.url, o.comfy.clientId, {
      message: (m) => this.onMessage(m),
      open: () => {
        this.setReachable(true, null)
        this.resyncAll('comfy_reconnected')
      },
      close: () => this.o.log.warn('ComfyUI socket closed; reconnecting'),
    })
  }

  /** Recovery is the normal path: every job with work left is resynced, then the socket and poll start. */
  start(): void {
    this.resyncAll('sidecar_restarted')
    this.socket.start()
    const every = this.o.pollMs ?? 5_000
    this.pollTimer = setInterval(() => void this.poll(), every)
    void this.poll()
  }

  stop(): void {
    this.stopped = true
    this.socket.stop()
    if (this.pollTimer) clearInterval(this.pollTimer)
  }

  progressOf = (promptId: string): Progress | null => {
    const p = this.progress.get(promptId)
    return p ? { value: p.value, max: p.max, node: p.node } : null
  }

  /** Applies one event to one job atomically; emits changes; starts the effects. Throws on refusal. */
  dispatch(jobId: number, event: EngineEvent): JobState {
    const { db } = this.o
    const result = db.transaction(() => {
      const before = loadJobState(db, jobId)
      if (!before) throw new DomainError('not_found', `no job ${jobId}`, 'id')
      const r = step(before, event)
      if (!r.ok) throw new DomainError(r.refusal.code, r.refusal.message, r.refusal.field)
      if (r.state !== before) saveJobState(db, r.state)
      return { before, after: r.state, effects: r.effects }
    })()
    if (result.after !== result.before) this.emitChanges(result.before, result.after)
    for (const effect of result.effects) this.perform(jobId, effect)
    // A queue slot came free: ready work of ANY job may take it.
    const inFlight = (st: JobState) => st.segments.filter(isInFlight).length
    if (inFlight(result.after) < inFlight(result.before) && !result.effects.some((e) => e.type === 'schedule')) {
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

  emitChanges(before: JobState | null, after: JobState): void {
    // A segment's event also carries its take count: a change to its takes re-sends it.
    const takesOf = (st: JobState | null, idx: number) => JSON.stringify(st?.takes.filter((t) => t.idx === idx) ?? [])
    for (const seg of after.segments) {
      const old = before?.segments[seg.idx]
      const changed = !old || JSON.stringify(old) !== JSON.stringify(seg) || takesOf(before, seg.idx) !== takesOf(after, seg.idx)
      if (changed) this.o.bus.emit({ type: 'segment', segment: segmentView(seg, this.progressOf, after) })
    }
    this.o.bus.emit({ type: 'job', job: jobView(after) })
    const inFlight = (st: JobState | null) => st?.segments.filter((s) => s.status === 'queued' || s.status === 'running').map((s) => `${s.idx}:${s.status}:${s.prompt_id}`).join() ?? ''
    if (inFlight(before) !== inFlight(after)) this.emitQueue()
  }

  emitQueue(): void {
    this.o.bus.emit({ type: 'queue', queue: this.queueStatus() })
  }

  private perform(jobId: number, effect: Effect): void {
    switch (effect.type) {
      case 'schedule':
        queueMicrotask(() => this.pump())
        return
      case 'submit':
        void this.submit(jobId, effect.idx, effect.prompt_id)
        return
      case 'cancel_prompt':
        void this.cancelPrompt(effect.prompt_id)
        return
      case 'reconcile':
        void this.reconcile(effect.prompt_id)
        return
      case 'stitch':
        void this.stitch(jobId, effect.segments)
        return
    }
  }

  /** Fills ComfyUI's queue (up to two of our prompts) with ready segments of any job. */
  pump(): void {
    if (this.stopped) return
    const states = activeJobIds(this.o.db)
      .map((id) => loadJobState(this.o.db, id))
      .filter((s): s is JobState => s !== null)
    for (const run of pickReady(states, this.accepting)) {
      const take = run.take === null ? {} : { take: run.take }
      this.feed(run.job_id, { type: 'scheduled', idx: run.idx, ...take, prompt_id: randomUUID(), at: now() })
    }
  }

  setAccepting(accepting: boolean): void {
    this.accepting = accepting
    this.emitQueue()
    if (accepting) this.pump()
  }

  private async submit(jobId: number, idx: number, promptId: string): Promise<void> {
    this.submitting.add(promptId)
    try {
      // ComfyUI may already have started it (execution_start can beat the POST answer): running counts.
      const stillWanted = (st: JobState | null) => {
        const run = st ? runOf(st, promptId) : null
        return run !== null && (run.status === 'queued' || run.status === 'running')
      }
      let state = loadJobState(this.o.db, jobId)
      if (!stillWanted(state) || !state) return
      if (await this.prepareHandoff(state, idx, promptId)) state = loadJobState(this.o.db, jobId)
      const run = state ? runOf(state, promptId) : null
      if (!state || !run || !stillWanted(state)) return
      let bound
      try {
        bound = bindJobSegment(this.o.templates, state, idx, this.o.outputSubfolder(), run)
      } catch (err) {
        this.feed(jobId, { type: 'rejected', prompt_id: promptId, error: plainError((err as Error).message), at: now() })
        return
      }
      const problems = preflight(bound.prompt, { nodeSchemas: await this.liveSchemas(Object.values(bound.prompt).map((n) => n.class_type)) })
      if (problems.length > 0) {
        const first = problems[0]
        const error = {
          ...plainError(problems.map((p) => p.message).join('\n')),
          node_id: first?.node_id ?? null,
          node_type: first?.class_type ?? null,
        }
        this.feed(jobId, { type: 'rejected', prompt_id: promptId, error, at: now() })
        return
      }
      const result = await this.o.comfy.submit(bound.prompt, promptId, { longvideo: { job_id: jobId, idx } })
      this.setReachable(true, null)
      // Cancelled or deleted while the request was on its way: take it back out of ComfyUI.
      if (result.ok && !stillWanted(loadJobState(this.o.db, jobId))) await this.cancelPrompt(promptId)
      else if (result.ok) this.feed(jobId, { type: 'accepted', prompt_id: promptId, at: now() })
      else this.feed(jobId, { type: 'rejected', prompt_id: promptId, error: result.error, at: now() })
    } catch (err) {
      // Unreachable or a strange answer: the segment stays queued under its stored prompt_id and the
      // poll finds it in ComfyUI (it arrived) or resubmits it (it did not) once ComfyUI answers.
      if (err instanceof ComfyUnreachable) this.setReachable(false, err.message)
      this.o.log.warn(`submit of job ${jobId} segment ${idx} postponed: ${(err as Error).message}`)
    } finally {
      this.submitting.delete(promptId)
    }
  }

  /**
   * The colour guard: uploads the previous last frame colour-matched to the anchor as this run's
   * start image (the original stays on record as start_source). True when the run changed.
   */
  private async prepareHandoff(state: JobState, idx: number, promptId: string): Promise<boolean> {
    const guard = state.job.parameters.color_guard
    const run = runOf(state, promptId)
    const prev = state.segments[idx - 1]
    if (!guard?.enabled || idx === 0 || !run || run.accepted || run.start_source !== null || !prev?.last_frame) return false
    if (!this.o.ffmpegPath) return false
    const anchor = await this.anchorStats(state)
    if (!anchor) return false
    const dir = await mkdtemp(path.join(tmpdir(), 'lv-handoff-'))
    try {
      const take = run.take > 1 ? `_t${run.take}` : ''
      const name = `longvideo_${sanitizeJobName(state.job.name)}_seg${idx + 1}${take}_start.png`
      const out = path.join(dir, name)
      await writeCorrectedFrame(await this.o.files.localPath(prev.last_frame), anchor, guard.strength, out, this.o.ffmpegPath)
      const uploaded = await this.o.comfy.upload(new Uint8Array(await readFile(out)), name, 'image/png')
      const startImage = uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name
      this.feed(state.job.id, { type: 'handoff_prepared', prompt_id: promptId, start_image: startImage, at: now() })
      return true
    } catch (err) {
      if (err instanceof ComfyUnreachable) throw err
      // The guard is a correction, not a requirement: the segment still runs from the original frame.
      this.o.log.warn(`colour guard for job ${state.job.id} segment ${idx} skipped: ${(err as Error).message}`)
      return false
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  /** The file the job's colours are held to: its start image, or a chosen take's last frame. */
  private anchorFile(state: JobState): FileRef | null {
    const anchor = state.job.parameters.color_guard?.anchor ?? 'start_image'
    if (anchor === 'start_image') {
      const input = state.job.input_image
      if (input) {
        const slash = input.lastIndexOf('/')
        return { filename: input.slice(slash + 1), subfolder: slash >= 0 ? input.slice(0, slash) : '', type: 'input' }
      }
      return state.segments[0]?.last_frame ?? null
    }
    const seg = state.segments[anchor.idx]
    if (seg?.take === anchor.take && seg.last_frame) return seg.last_frame
    return state.takes.find((t) => t.idx === anchor.idx && t.take === anchor.take)?.last_frame ?? null
  }

  private async anchorStats(state: JobState): Promise<LabStats | null> {
    const ref = this.anchorFile(state)
    if (!ref || !this.o.ffmpegPath) return null
    try {
      return await fileStats(await this.o.files.localPath(ref), this.o.ffmpegPath)
    } catch (err) {
      this.o.log.warn(`job ${state.job.id}: cannot read the colour anchor: ${(err as Error).message}`)
      return null
    }
  }

  /** The drift meter of a finished run; null when it cannot be measured. */
  private async driftOf(state: JobState, lastFrame: FileRef | null): Promise<number | null> {
    if (!lastFrame || !this.o.ffmpegPath) return null
    const anchor = await this.anchorStats(state)
    if (!anchor) return null
    try {
      return await measureDrift(await this.o.files.localPath(lastFrame), anchor, this.o.ffmpegPath)
    } catch (err) {
      this.o.log.warn(`job ${state.job.id}: drift not measured: ${(err as Error).message}`)
      return null
    }
  }

  private async liveSchemas(classes: string[]): Promise<Record<string, NodeSchema | undefined>> {
    // All at once: on the first segment these round trips are what the GPU waits for.
    const unique = [...new Set(classes)]
    const raws = await Promise.all(unique.map((cls) => this.o.comfy.objectInfo(cls)))
    const out: Record<string, NodeSchema | undefined> = {}
    unique.forEach((cls, i) => {
      const raw = raws[i]
      const parsed = raw ? NodeSchemaZ.safeParse(raw) : null
      out[cls] = parsed?.success ? parsed.data : undefined
    })
    return out
  }

  private async cancelPrompt(promptId: string): Promise<void> {
    this.progress.delete(promptId)
    try {
      await this.o.comfy.deleteQueued([promptId])
      await this.o.comfy.interrupt(promptId)
    } catch (err) {
      this.o.log.warn(`could not cancel prompt ${promptId} in ComfyUI: ${(err as Error).message}`)
    }
  }

  /** Asks ComfyUI where one prompt is: queue first, then history (in this order, so none slips between). */
  private async reconcile(promptId: string, queue?: QueueSnapshot): Promise<void> {
    if (this.submitting.has(promptId) || this.completing.has(promptId)) return
    const owner = findPromptOwner(this.o.db, promptId)
    if (!owner || (owner.status !== 'queued' && owner.status !== 'running')) return
    try {
      const q = queue ?? (await this.o.comfy.queue())
      if (q.running.includes(promptId)) {
        if (owner.status === 'queued') this.feed(owner.job_id, { type: 'started', prompt_id: promptId, at: now() })
        return
      }
      if (q.pending.includes(promptId)) {
        this.feed(owner.job_id, { type: 'accepted', prompt_id: promptId, at: now() })
        return
      }
      await this.complete(promptId, true)
    } catch (err) {
      if (err instanceof ComfyUnreachable) this.setReachable(false, err.message)
      else this.o.log.warn(`reconcile ${promptId}: ${(err as Error).message}`)
    }
  }

  /** Reads the outcome from history (cached runs included). `lostIfUnknown` when the queue lacks it too. */
  private async complete(promptId: string, lostIfUnknown: boolean): Promise<void> {
    if (this.completing.has(promptId)) return
    this.completing.add(promptId)
    try {
      const owner = findPromptOwner(this.o.db, promptId)
      if (!owner || (owner.status !== 'queued' && owner.status !== 'running')) return
      const entry = await this.o.comfy.history(promptId)
      const at = now()
      if (!entry) {
        if (lostIfUnknown && !this.submitting.has(promptId)) {
          this.o.log.warn(`ComfyUI does not know prompt ${promptId} (job ${owner.job_id} segment ${owner.idx}); submitting again`)
          this.feed(owner.job_id, { type: 'lost', prompt_id: promptId, new_prompt_id: randomUUID(), at })
        }
        return
      }
      const state = loadJobState(this.o.db, owner.job_id)
      if (!state) return
      let outputs
      try {
        outputs = bindJobSegment(this.o.templates, state, owner.idx, this.o.outputSubfolder(), runOf(state, promptId) ?? undefined).outputs
      } catch (err) {
        this.feed(owner.job_id, { type: 'errored', prompt_id: promptId, error: plainError((err as Error).message), at })
        return
      }
      const outcome = historyOutcome(entry, outputs)
      this.progress.delete(promptId)
      const seg = runOf(state, promptId)
      switch (outcome.type) {
        case 'pending':
          return
        case 'finished': {
          const frames = owner.idx === 0 ? state.job.parameters.frames : state.job.parameters.frames - 1
          const started = seg?.started_at ? Date.parse(seg.started_at) : null
          const ms = outcome.execution_ms ?? (started ? Date.now() - started : null)
          this.feed(owner.job_id, { type: 'finished', prompt_id: promptId, video: outcome.video, last_frame: outcome.last_frame, frames, execution_ms: ms, at: now() })
          // Off the hand-off's path: the next segment is already on its way to ComfyUI.
          this.inspectSoon(outcome.video)
          void this.driftOf(state, outcome.last_frame).then((drift) => {
            if (drift !== null) this.feed(owner.job_id, { type: 'measured', prompt_id: promptId, drift, at: now() })
          })
          return
        }
        case 'errored':
          this.feed(owner.job_id, { type: 'errored', prompt_id: promptId, error: outcome.error, at })
          return
        case 'interrupted':
          this.feed(owner.job_id, { type: 'interrupted', prompt_id: promptId, at })
          return
      }
    } finally {
      this.completing.delete(promptId)
    }
  }

  private onMessage(msg: WsMessage): void {
    const data = msg.data ?? {}
    const promptId = typeof data.prompt_id === 'string' ? data.prompt_id : null
    if (msg.type === 'status') return
    if (!promptId) return
    switch (msg.type) {
      case 'execution_start': {
        const owner = findPromptOwner(this.o.db, promptId)
        if (owner) this.feed(owner.job_id, { type: 'started', prompt_id: promptId, at: now() })
        return
      }
      case 'progress': {
        const owner = this.progress.get(promptId) ?? findPromptOwner(this.o.db, promptId)
        if (!owner) return
        const p: LiveProgress = {
          job_id: owner.job_id,
          idx: owner.idx,
          value: typeof data.value === 'number' ? data.value : 0,
          max: typeof data.max === 'number' ? data.max : 0,
          node: typeof data.node === 'string' ? data.node : null,
        }
        this.progress.set(promptId, p)
        this.o.bus.emit({ type: 'progress', job_id: p.job_id, idx: p.idx, prompt_id: promptId, value: p.value, max: p.max, node: p.node })
        return
      }
      case 'executing': {
        if (data.node === null) {
          void this.complete(promptId, false)
          return
        }
        const p = this.progress.get(promptId)
        if (p && typeof data.node === 'string') p.node = data.node
        return
      }
      case 'execution_success':
      case 'execution_error':
      case 'execution_interrupted':
        void this.complete(promptId, false)
        return
    }
  }

  private resyncAll(reason: 'sidecar_restarted' | 'comfy_reconnected'): void {
    for (const id of activeJobIds(this.o.db)) this.feed(id, { type: 'resync', reason, at: now() })
    this.pump()
  }

  /** Fallback poll: reachability, ComfyUI's queue, and every prompt of ours in flight. */
  private async poll(): Promise<void> {
    if (this.polling || this.stopped) return
    this.polling = true
    try {
      const queue = await this.o.comfy.queue()
      const wasReachable = this.reachable
      this.comfyQueue = queue
      this.setReachable(true, null)
      for (const p of inFlightPrompts(this.o.db)) await this.reconcile(p.prompt_id, queue)
      if (!wasReachable || queue.running.length + queue.pending.length < 2) this.pump()
    } catch (err) {
      if (err instanceof ComfyUnreachable) this.setReachable(false, err.message)
      else this.o.log.warn(`poll: ${(err as Error).message}`)
    } finally {
      this.polling = false
    }
  }

  private setReachable(reachable: boolean, error: string | null): void {
    // A poll answered after stop(): the database may already be closed.
    if (this.stopped) return
    if (this.reachable === reachable && this.lastError === error) return
    this.reachable = reachable
    this.lastError = error
    if (!reachable) this.o.log.warn(error ?? 'ComfyUI unreachable')
    this.emitQueue()
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
        queue_running: this.comfyQueue.running.length,
        queue_pending: this.comfyQueue.pending.length,
      },
      accepting: this.accepting,
      ours: ours.map((p) => ({ prompt_id: p.prompt_id, job_id: p.job_id, idx: p.idx, state: p.status === 'running' ? 'running' : 'pending' })),
      current,
    }
  }

  /** Refreshes ComfyUI's queue sizes (for GET /api/queue/status). */
  async refreshQueue(): Promise<void> {
    try {
      this.comfyQueue = await this.o.comfy.queue()
      this.setReachable(true, null)
    } catch (err) {
      if (err instanceof ComfyUnreachable) this.setReachable(false, err.message)
    }
  }

  /** Inspects a finished segment's video while the GPU works on the next one, so finalize only concats. */
  private inspectSoon(video: FileRef): void {
    const { ffmpegPath } = this.o
    const inspect = this.o.video.inspect
    if (!ffmpegPath || !inspect) return
    this.o.files
      .localPath(video)
      .then((file) => inspect(file, ffmpegPath))
      .catch((err: unknown) => this.o.log.warn(`could not inspect ${video.filename}: ${(err as Error).message}`))
  }

  private async stitch(jobId: number, indices: number[]): Promise<void> {
    if (this.stitching.has(jobId)) return
    this.stitching.add(jobId)
    try {
      const state = loadJobState(this.o.db, jobId)
      if (!state || state.job.status !== 'finalizing') return
      if (!this.o.ffmpegPath) throw new Error('ffmpeg was not found; install ffmpeg or pass --ffmpeg PATH')
      const inputs: string[] = []
      for (const idx of indices) {
        const video = state.segments[idx]?.video
        if (!video) throw new Error(`segment ${idx} has no video`)
        inputs.push(await this.o.files.localPath(video))
      }
      const subfolder = this.o.outputSubfolder()
      const dir = this.o.files.finalDir(subfolder)
      const name = finalVideoName(state.job.name, this.o.files.existingNames(dir))
      const options = state.job.export_options ?? null
      const result = await this.o.video.stitch({
        inputs,
        output: path.join(dir, name),
        ffmpegPath: this.o.ffmpegPath,
        metadata: finalMetadata(state, indices),
        chapters: indices.map((i) => state.segments[i]?.prompt ?? `Segment ${i + 1}`),
        ...exportRequest(options, indices),
      })
      const takes = indices.map((idx) => ({ idx, take: state.segments[idx]?.take ?? 1 }))
      this.feed(jobId, {
        type: 'stitched',
        final: { file: { filename: name, subfolder, type: 'output' }, frames: result.frames, mode: result.mode, created_at: now(), takes, export: options },
        at: now(),
      })
    } catch (err) {
      this.o.log.error(`finalize of job ${jobId} failed: ${(err as Error).message}`)
      this.feed(jobId, { type: 'stitch_failed', message: (err as Error).message, at: now() })
    } finally {
      this.stitching.delete(jobId)
    }
  }
}

/** A run of the job by its prompt id: a chain segment or a candidate take. */
function runOf(state: JobState, promptId: string): (RunRecord & { take: number }) | null {
  return state.segments.find((s) => s.prompt_id === promptId) ?? state.takes.find((t) => t.prompt_id === promptId) ?? null
}

/** The finalize options as a stitch request over the stitched segments (seams per join, trims per input). */
export function exportRequest(options: FinalizeBody | null, indices: number[]): Partial<StitchRequest> {
  if (!options) return {}
  const out: Partial<StitchRequest> = {}
  if (options.mode) out.mode = options.mode
  if (options.crf !== undefined) out.crf = options.crf
  if (options.preset) out.preset = options.preset
  if (options.seams?.length) {
    out.seams = indices.slice(0, -1).map((idx) => {
      const seam = options.seams?.find((s) => s.after === idx)
      return seam?.type === 'crossfade' ? { type: 'crossfade' as const, frames: seam.frames ?? DEFAULT_CROSSFADE_FRAMES } : { type: 'cut' as const }
    })
  }
  if (options.trim_first?.length) out.trimFirst = indices.map((idx) => options.trim_first?.find((t) => t.idx === idx)?.frames ?? 0)
  return out
}

/** Crossfade length when a crossfade seam gives none. */
export const DEFAULT_CROSSFADE_FRAMES = 8

/** The job's prompts and settings, written into the final file (stream copy drops the segments' tags). */
export function finalMetadata(state: JobState, indices: number[]): Record<string, string> {
  const { job } = state
  const segments = indices.map((i) => state.segments[i]).filter((s) => s !== undefined)
  const longvideo = {
    job: job.name,
    preset: job.preset,
    input_image: job.input_image,
    parameters: job.parameters,
    negative_prompt: job.negative_prompt,
    export: job.export_options ?? null,
    segments: segments.map((s) => ({ idx: s.idx, take: s.take, prompt: s.prompt, negative_prompt: s.negative_prompt, seed: s.seed, loras: s.loras })),
  }
  return {
    title: job.name,
    comment: segments.map((s) => `[${s.idx + 1}] ${s.prompt}`).join('\n'),
    description: JSON.stringify({ longvideo }),
    longvideo: JSON.stringify(longvideo),
  }
}

export function now(): string {
  return new Date().toISOString()
}
