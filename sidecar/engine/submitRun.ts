// The submit pipeline of one run: colour-guard hand-off, bind the workflow, pre-flight it against
// ComfyUI's live node schemas, POST /prompt. Each outcome goes back to the engine as an event.
// Also the way back out: a prompt we no longer want is deleted from ComfyUI's queue or interrupted.
import type { JobState } from '../contract'
import { ComfyServerError } from '../comfy/comfyClient'
import type { ComfyClient, SubmitResult } from '../comfy/comfyClient'
import { sharedJobState } from '../db/jobStore'
import type { NodeSchema } from '../workflows'
import { NodeSchema as NodeSchemaZ, preflight } from '../workflows'
import { now } from './clock'
import type { BackendPool } from './backendPool'
import { MAIN_BACKEND } from './backendPool'
import type { ColorHandoff } from './colorHandoff'
import { HandoffSourceUnreachable, HandoffTransfer } from './handoffTransfer'
import type { ComfyStatus } from './comfyStatus'
import { plainError, runOf } from './runQueries'
import type { Feed, RunnerOptions } from './runnerDeps'
import { bindJobSegment } from './segmentPrompt'
import type { BoundSegment } from './segmentPrompt'

/** How often a POST /prompt that ComfyUI answered with a server error is tried, and the first wait between tries. */
export const SUBMIT_TRIES = 4
export const SUBMIT_BACKOFF_MS = 500

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

export class RunSubmitter {
  /** Prompts between "submit" and ComfyUI's answer: the poll must not call them lost meanwhile. */
  private readonly submitting = new Map<string, Promise<void>>()
  /** ComfyUI's object_info answers, validated (keyed by the answer: a new answer is validated again). */
  private readonly parsedSchemas = new WeakMap<object, NodeSchema | undefined>()

  /** Copies of hand-off images to the backend a run goes to, when they were made elsewhere. */
  readonly transfer: HandoffTransfer

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'templates' | 'log' | 'outputSubfolder' | 'files'>,
    private readonly status: ComfyStatus,
    private readonly pool: BackendPool,
    private readonly handoff: ColorHandoff,
    private readonly feed: Feed
  ) {
    this.transfer = new HandoffTransfer(o, pool)
  }

  /** Notes a failed call to a backend; true when it does not answer. */
  private noteFailure(backend: string | null, err: unknown): boolean {
    return this.pool.noteFailure(backend ?? MAIN_BACKEND, err)
  }

  isSubmitting(promptId: string): boolean {
    return this.submitting.has(promptId)
  }

  /**
   * Resolves once the submissions under way (or started by this turn's events) have their answer.
   * Work that spawns ffmpeg waits for it: a spawn forks this whole process and blocks it for tens
   * of milliseconds, which must not fall between a segment's end and the next one's POST /prompt.
   */
  async settled(): Promise<void> {
    await new Promise<void>((resolve) => setImmediate(resolve))
    await Promise.allSettled([...this.submitting.values()])
  }

  /**
   * The run's workflow bound at once, for the runner to store its output nodes in the transaction
   * that schedules it; null when something must come first (the colour guard's corrected frame,
   * which is uploaded before binding) or binding fails (the submit then reports why, as before).
   */
  bindAtOnce(state: JobState, idx: number, promptId: string): BoundSegment | null {
    if (idx > 0 && state.job.parameters.color_guard?.enabled) return null
    const run = runOf(state, promptId)
    if (!run || run.status !== 'queued' || run.accepted || run.output_nodes !== null) return null
    try {
      return bindJobSegment(this.o.templates, state, idx, this.o.outputSubfolder(), run)
    } catch {
      return null
    }
  }

  /**
   * `known`: the job as just committed, when the caller has it (saves reading it again); `prebound`:
   * the run's workflow as bound in that commit (bindAtOnce), its output nodes already stored.
   */
  submit(jobId: number, idx: number, promptId: string, known?: JobState, prebound?: BoundSegment): Promise<void> {
    const done = this.submitOnce(jobId, idx, promptId, known, prebound).finally(() => {
      if (this.submitting.get(promptId) === done) this.submitting.delete(promptId)
    })
    this.submitting.set(promptId, done)
    return done
  }

  private async submitOnce(jobId: number, idx: number, promptId: string, known?: JobState, prebound?: BoundSegment): Promise<void> {
    let backend: string | null = null
    try {
      // ComfyUI may already have started it (execution_start can beat the POST answer): running counts.
      const stillWanted = (st: JobState | null) => {
        const run = st ? runOf(st, promptId) : null
        return run !== null && (run.status === 'queued' || run.status === 'running')
      }
      const state = known ?? sharedJobState(this.o.db, jobId)
      if (!stillWanted(state) || !state) return
      backend = runOf(state, promptId)?.backend ?? null
      const comfy = this.pool.client(backend)
      const bound = prebound && runOf(state, promptId)?.output_nodes ? prebound : await this.bindAfterHandoff(jobId, idx, promptId, state, stillWanted)
      if (!bound) return
      const live = this.liveSchemas(comfy, Object.values(bound.prompt).map((n) => n.class_type))
      const problems = preflight(bound.prompt, { nodeSchemas: live instanceof Promise ? await live : live })
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
      // Made on another backend (the segment before, the start image): copied here byte-exact first.
      const prompt = await this.transfer.localize(bound.prompt, state, backend ?? MAIN_BACKEND)
      const result = await this.submitWithRetries(comfy, prompt, promptId, { longvideo: { job_id: jobId, idx } }, () => stillWanted(sharedJobState(this.o.db, jobId)))
      if (result === null) return
      this.pool.sawAnswer(backend ?? MAIN_BACKEND)
      // Cancelled or deleted while the request was on its way: take it back out of ComfyUI.
      if (result.ok && !stillWanted(sharedJobState(this.o.db, jobId))) await this.cancel(promptId, backend)
      else if (result.ok) this.feed(jobId, { type: 'accepted', prompt_id: promptId, at: now() })
      else this.feed(jobId, { type: 'rejected', prompt_id: promptId, error: result.error, at: now() })
    } catch (err) {
      // Unreachable or a strange answer: the segment stays queued under its stored prompt_id and the
      // poll finds it in ComfyUI (it arrived) or resubmits it (it did not) once ComfyUI answers.
      if (err instanceof HandoffSourceUnreachable) this.pool.noteFailure(err.backend, err.cause)
      else this.noteFailure(backend, err)
      this.o.log.warn(`submit of job ${jobId} segment ${idx + 1}${backend && backend !== MAIN_BACKEND ? ` to backend ${backend}` : ''} postponed: ${(err as Error).message}`)
    }
  }

  /** Colour-guard hand-off, then binding, each stored as its event; null when the run is no longer wanted or was rejected. */
  private async bindAfterHandoff(jobId: number, idx: number, promptId: string, known: JobState, stillWanted: (st: JobState | null) => boolean): Promise<BoundSegment | null> {
    let state: JobState | null = known
    const startImage = await this.handoff.correctedStart(known, idx, promptId)
    if (startImage !== null) {
      this.feed(jobId, { type: 'handoff_prepared', prompt_id: promptId, start_image: startImage, at: now() })
      state = sharedJobState(this.o.db, jobId)
    }
    const run = state ? runOf(state, promptId) : null
    if (!state || !run || !stillWanted(state)) return null
    let bound
    try {
      bound = bindJobSegment(this.o.templates, state, idx, this.o.outputSubfolder(), run)
    } catch (err) {
      this.feed(jobId, { type: 'rejected', prompt_id: promptId, error: plainError((err as Error).message), at: now() })
      return null
    }
    this.feed(jobId, { type: 'bound', prompt_id: promptId, output_nodes: bound.outputs, at: now() })
    return bound
  }

  /**
   * POST /prompt; a server error or an answer that is not ComfyUI's JSON is tried again with a
   * doubling wait, SUBMIT_TRIES times in all, then becomes the run's error with the answer quoted
   * (never an endless resubmit). Before each new try ComfyUI's queue is read: a prompt that arrived
   * after all is not sent twice. Null when the run is no longer wanted (cancelled meanwhile).
   */
  private async submitWithRetries(comfy: ComfyClient, prompt: unknown, promptId: string, extra: Record<string, unknown>, wanted: () => boolean): Promise<SubmitResult | null> {
    let wait = SUBMIT_BACKOFF_MS
    for (let tried = 1; ; tried++) {
      try {
        return await comfy.submit(prompt, promptId, extra)
      } catch (err) {
        if (!(err instanceof ComfyServerError)) throw err
        if (tried >= SUBMIT_TRIES) {
          return { ok: false, error: { ...plainError(`${err.message} (tried ${tried} times; see ComfyUI's console for the cause)`), exception_message: err.answer || null } }
        }
        this.o.log.warn(`${err.message}; trying again in ${wait} ms`)
        await sleep(wait)
        wait *= 2
        if (!wanted()) return null
        const queue = await comfy.queue()
        if (queue.running.includes(promptId) || queue.pending.includes(promptId)) return { ok: true }
      }
    }
  }

  /**
   * Takes a prompt back out of ComfyUI. A waiting prompt is deleted from the queue; /interrupt is
   * sent only when ComfyUI's queue shows this prompt running, with its prompt_id, because builds
   * before targeted interrupts stop whatever runs, which may be another job's prompt.
   */
  async cancel(promptId: string, backend: string | null = null): Promise<void> {
    this.status.forgetProgress(promptId)
    const comfy = this.pool.client(backend)
    try {
      await comfy.deleteQueued([promptId])
      const queue = await comfy.queue()
      if (queue.running.includes(promptId)) await comfy.interrupt(promptId)
    } catch (err) {
      this.o.log.warn(`could not cancel prompt ${promptId} in ComfyUI: ${(err as Error).message}`)
    }
  }

  /** A live schema validated once per answer of ComfyUI (its client keeps the answer for a while). */
  private parsedSchema(raw: object): NodeSchema | undefined {
    if (this.parsedSchemas.has(raw)) return this.parsedSchemas.get(raw)
    const parsed = NodeSchemaZ.safeParse(raw)
    const schema = parsed.success ? parsed.data : undefined
    this.parsedSchemas.set(raw, schema)
    return schema
  }

  /** The live schemas of these node classes; without waiting when all were read before (the hand-off's case). */
  private liveSchemas(comfy: ComfyClient, classes: string[]): Record<string, NodeSchema | undefined> | Promise<Record<string, NodeSchema | undefined>> {
    const unique = [...new Set(classes)]
    const kept = unique.map((cls) => comfy.cachedObjectInfo(cls))
    if (kept.every((k) => k !== undefined)) return this.schemasOf(unique, kept.map((k) => k?.value))
    // All at once: on the first segment these round trips are what the GPU waits for.
    return Promise.all(unique.map((cls) => comfy.objectInfo(cls))).then((raws) => this.schemasOf(unique, raws))
  }

  private schemasOf(classes: string[], raws: unknown[]): Record<string, NodeSchema | undefined> {
    const out: Record<string, NodeSchema | undefined> = {}
    classes.forEach((cls, i) => {
      const raw = raws[i]
      out[cls] = raw !== null && typeof raw === 'object' ? this.parsedSchema(raw) : undefined
    })
    return out
  }
}
