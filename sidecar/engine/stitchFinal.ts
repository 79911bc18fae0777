// The stitch effect: a finalizing job's segment files joined into one final video through video/
// (file in, file out), answered to the engine with 'stitched' or 'stitch_failed'. Segments are
// inspected as they finish, so the finalize itself only concatenates.
import path from 'node:path'
import type { FileRef, FinalizeBody, JobState } from '../contract'
import { finalFrames, seamAdvice, seamLayout } from '../contract'
import { loadJobState } from '../db/jobStore'
import type { StitchOptions } from '../video'
import { finalVideoName } from '../workflows'
import { now } from './clock'
import { driftThreshold, seamThreshold } from './jobView'
import type { SeamMeasure } from './seamMeasure'
import type { Feed, RunnerOptions } from './runnerDeps'

export class FinalStitcher {
  private readonly stitching = new Set<number>()

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'files' | 'video' | 'ffmpegPath' | 'outputSubfolder' | 'log'>,
    private readonly feed: Feed,
    private readonly seams: SeamMeasure
  ) {}

  /**
   * The seam meter of every stitched join as the final has it: a join measured against another take
   * of the segment before (a stale segment kept) is measured again between the takes stitched.
   */
  private async remeasure(state: JobState, indices: number[]): Promise<JobState> {
    const out = structuredClone(state)
    for (const idx of indices) {
      const seg = out.segments[idx]
      const prev = out.segments[idx - 1]
      if (!seg || !prev || !indices.includes(idx - 1) || (seg.seam !== null && seg.seam_ref === prev.take)) continue
      const seam = await this.seams.between(state, idx, prev, seg)
      if (!seam) continue
      seg.seam = seam.value
      seg.seam_ref = seam.ref
      if (seg.prompt_id) this.feed(state.job.id, { type: 'measured', prompt_id: seg.prompt_id, seam, at: now() })
    }
    return out
  }

  /** Inspects a finished segment's video while the GPU works on the next one, so finalize only concats. */
  inspectSoon(video: FileRef, backend: string | null = null): void {
    const { ffmpegPath } = this.o
    const inspect = this.o.video.inspect
    if (!ffmpegPath || !inspect) return
    this.o.files
      .localPath(video, backend)
      .then((file) => inspect(file, ffmpegPath))
      .catch((err: unknown) => this.o.log.warn(`could not inspect ${video.filename}: ${(err as Error).message}`))
  }

  async stitch(jobId: number, indices: number[]): Promise<void> {
    if (this.stitching.has(jobId)) return
    this.stitching.add(jobId)
    try {
      const state = loadJobState(this.o.db, jobId)
      if (!state || state.job.status !== 'finalizing') return
      if (!this.o.ffmpegPath) throw new Error('ffmpeg was not found; install ffmpeg or pass --ffmpeg PATH')
      const inputs: string[] = []
      for (const idx of indices) {
        const seg = state.segments[idx]
        if (!seg?.video) throw new Error(`segment ${idx + 1} has no video`)
        // Each segment is fetched from the backend that made it.
        inputs.push(await this.o.files.localPath(seg.video, seg.backend))
      }
      const subfolder = this.o.outputSubfolder()
      const dir = this.o.files.finalDir(subfolder)
      const name = finalVideoName(state.job.name, this.o.files.existingNames(dir))
      const options = state.job.export_options ?? null
      const measured = await this.remeasure(state, indices)
      const result = await this.o.video.stitch({
        inputs,
        output: path.join(dir, name),
        ffmpegPath: this.o.ffmpegPath,
        metadata: finalMetadata(measured, indices),
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

/** The finalize options as stitch options over the stitched segments (seams per join, trims per input). */
export function exportRequest(options: FinalizeBody | null, indices: number[]): Partial<StitchOptions> {
  if (!options) return {}
  const out: Partial<StitchOptions> = {}
  if (options.mode) out.mode = options.mode
  if (options.crf !== undefined) out.crf = options.crf
  if (options.preset) out.preset = options.preset
  const layout = seamLayout(options, indices)
  if (options.seams?.length) out.seams = layout.crossfades.map((frames) => (frames > 0 ? { type: 'crossfade' as const, frames } : { type: 'cut' as const }))
  if (options.trim_first?.length) out.trimFirst = layout.trimFirst
  return out
}

/** The job's prompts and settings, written into the final file (stream copy drops the segments' tags). */
export function finalMetadata(state: JobState, indices: number[]): Record<string, string> {
  const { job } = state
  const segments = indices.map((i) => state.segments[i]).filter((s) => s !== undefined)
  const layout = seamLayout(job.export_options ?? {}, indices)
  const ownFrames = segments.map((s) => s.frames)
  // The file's frames by the same rule the stitch follows (a gallery reads them without decoding it).
  const frames = ownFrames.every((f): f is number => f !== null) ? finalFrames({ frames: ownFrames, ...layout }).total : null
  const longvideo = {
    job: job.name,
    job_id: job.id,
    preset: job.preset,
    input_image: job.input_image,
    parameters: job.parameters,
    negative_prompt: job.negative_prompt,
    export: job.export_options ?? null,
    frames,
    drift_threshold: driftThreshold(job),
    segments: segments.map((s) => ({
      idx: s.idx, take: s.take, prompt: s.prompt, negative_prompt: s.negative_prompt, seed: s.seed, loras: s.loras, seam_mode: s.seam_mode, carry: s.carry,
      frames: s.frames, drift: s.drift,
    })),
    // The seam meter of each join (jump across it / median jump inside; warning above the threshold).
    seams: segments.slice(1).map((s) => {
      const warning = s.seam !== null && s.seam > seamThreshold(job)
      return { after: s.idx - 1, mode: s.seam_mode, carry: s.carry, jump: s.seam, threshold: seamThreshold(job), warning, ...(warning ? { advice: seamAdvice(s.seam_mode) } : {}) }
    }),
  }
  return {
    title: job.name,
    comment: segments.map((s) => `[${s.idx + 1}] ${s.prompt}`).join('\n'),
    description: JSON.stringify({ longvideo }),
    longvideo: JSON.stringify(longvideo),
  }
}
