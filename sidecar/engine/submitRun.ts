// The submit pipeline of one run: colour-guard hand-off, bind the workflow, pre-flight it against
// ComfyUI's live node schemas, POST /prompt. Each outcome goes back to the engine as an event.
// Also the way back out: a prompt we no longer want is deleted from ComfyUI's queue or interrupted.
import type { JobState } from '../contract'
import { loadJobState } from '../db/jobStore'
import type { NodeSchema } from '../workflows'
import { NodeSchema as NodeSchemaZ, preflight } from '../workflows'
import { now } from './clock'
import type { ColorHandoff } from './colorHandoff'
import type { ComfyStatus } from './comfyStatus'
import { plainError, runOf } from './runQueries'
import type { Feed, RunnerOptions } from './runnerDeps'
import { bindJobSegment } from './segmentPrompt'

export class RunSubmitter {
  /** Prompts between "submit" and ComfyUI's answer: the poll must not call them lost meanwhile. */
  private readonly submitting = new Map<string, Promise<void>>()

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'comfy' | 'templates' | 'log' | 'outputSubfolder'>,
    private readonly status: ComfyStatus,
    private readonly handoff: ColorHandoff,
    private readonly feed: Feed
  ) {}

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

  submit(jobId: number, idx: number, promptId: string): Promise<void> {
    const done = this.submitOnce(jobId, idx, promptId).finally(() => {
      if (this.submitting.get(promptId) === done) this.submitting.delete(promptId)
    })
    this.submitting.set(promptId, done)
    return done
  }

  private async submitOnce(jobId: number, idx: number, promptId: string): Promise<void> {
    try {
      // ComfyUI may already have started it (execution_start can beat the POST answer): running counts.
      const stillWanted = (st: JobState | null) => {
        const run = st ? runOf(st, promptId) : null
        return run !== null && (run.status === 'queued' || run.status === 'running')
      }
      let state = loadJobState(this.o.db, jobId)
      if (!stillWanted(state) || !state) return
      const startImage = await this.handoff.correctedStart(state, idx, promptId)
      if (startImage !== null) {
        this.feed(jobId, { type: 'handoff_prepared', prompt_id: promptId, start_image: startImage, at: now() })
        state = loadJobState(this.o.db, jobId)
      }
      const run = state ? runOf(state, promptId) : null
      if (!state || !run || !stillWanted(state)) return
      let bound
      try {
        bound = bindJobSegment(this.o.templates, state, idx, this.o.outputSubfolder(), run)
      } catch (err) {
        this.feed(jobId, { type: 'rejected', prompt_id: promptId, error: plainError((err as Error).message), at: now() })
        return
      }
      this.feed(jobId, { type: 'bound', prompt_id: promptId, output_nodes: bound.outputs, at: now() })
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
      this.status.setReachable(true, null)
      // Cancelled or deleted while the request was on its way: take it back out of ComfyUI.
      if (result.ok && !stillWanted(loadJobState(this.o.db, jobId))) await this.cancel(promptId)
      else if (result.ok) this.feed(jobId, { type: 'accepted', prompt_id: promptId, at: now() })
      else this.feed(jobId, { type: 'rejected', prompt_id: promptId, error: result.error, at: now() })
    } catch (err) {
      // Unreachable or a strange answer: the segment stays queued under its stored prompt_id and the
      // poll finds it in ComfyUI (it arrived) or resubmits it (it did not) once ComfyUI answers.
      this.status.noteFailure(err)
      this.o.log.warn(`submit of job ${jobId} segment ${idx} postponed: ${(err as Error).message}`)
    }
  }

  /** Takes a prompt back out of ComfyUI: deleted while it waits, interrupted while it runs. */
  async cancel(promptId: string): Promise<void> {
    this.status.forgetProgress(promptId)
    try {
      await this.o.comfy.deleteQueued([promptId])
      await this.o.comfy.interrupt(promptId)
    } catch (err) {
      this.o.log.warn(`could not cancel prompt ${promptId} in ComfyUI: ${(err as Error).message}`)
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
}
