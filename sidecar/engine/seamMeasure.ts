// The seam meter over a job's files: the join into a run, measured between the run's own video and
// the video of the take it continued, from small grey copies of their frames (continuity/seamMeter).
// It runs after the hand-off (the next segment is already in ComfyUI) and again at finalize for a
// join whose measurement no longer matches the takes being stitched.
import type { FileRef, JobState, RunRecord, TakeRecord } from '../contract'
import { outputImageRef } from '../contract'
import { seamJumpPausing } from '../continuity/seamMeter'
import type { GrayFrames } from '../continuity/seamMeter'
import { readGrayFrames } from '../video'
import type { RunnerOptions } from './runnerDeps'
import { startedFrom } from './takes'

/** Width of the grey copies the meter reads: enough for whole-picture motion, cheap to compare. */
export const SEAM_ANALYSIS_WIDTH = 128
/** Frames read on each side of a join (at most). */
export const SEAM_WINDOW = 9

export interface SeamMeasurement {
  value: number
  /** The take of the segment before that it was measured against. */
  ref: number
}

/** The take of segment idx-1 a run continued: the one whose last frame(s) it started from. */
export function continuedTake(state: JobState, idx: number, run: RunRecord): (RunRecord & { take: number }) | null {
  if (idx === 0) return null
  const started = startedFrom(run)
  const handedOver = (t: RunRecord) => {
    const file = run.seam_mode === 'frame' ? t.last_frame : t.tail
    return file !== null && outputImageRef(file) === started
  }
  const prev = state.segments[idx - 1]
  const candidates: Array<RunRecord & { take: number }> = [...state.takes.filter((t: TakeRecord) => t.idx === idx - 1), ...(prev ? [prev] : [])]
  return candidates.find((t) => t.status === 'done' && handedOver(t)) ?? (prev?.status === 'done' ? prev : null)
}

export class SeamMeasure {
  constructor(private readonly o: Pick<RunnerOptions, 'files' | 'ffmpegPath' | 'log'>) {}

  private async frames(video: FileRef, backend: string | null): Promise<GrayFrames> {
    if (!this.o.ffmpegPath) throw new Error('ffmpeg was not found')
    return readGrayFrames(await this.o.files.localPath(video, backend), SEAM_ANALYSIS_WIDTH, this.o.ffmpegPath)
  }

  /** The meter of the join into `run` of segment idx (null for segment 0, or when it cannot be measured). */
  async intoRun(state: JobState, idx: number, run: RunRecord, video: FileRef | null = run.video): Promise<SeamMeasurement | null> {
    const before = continuedTake(state, idx, run)
    return before ? this.between(state, idx, before, { ...run, video }) : null
  }

  /** The meter of the join between take `before` of segment idx-1 and `after` of segment idx. */
  async between(state: JobState, idx: number, before: RunRecord & { take: number }, after: RunRecord): Promise<SeamMeasurement | null> {
    const video = after.video
    if (!before.video || !video || !this.o.ffmpegPath) return null
    try {
      const [a, b] = await Promise.all([this.frames(before.video, before.backend), this.frames(video, after.backend)])
      if (a.frames.length < 3 || b.frames.length < 3) return null
      const nextTurn = () => new Promise<void>((resolve) => setImmediate(resolve))
      const reading = await seamJumpPausing({ ...a, frames: a.frames.slice(-SEAM_WINDOW) }, { ...b, frames: b.frames.slice(0, SEAM_WINDOW) }, nextTurn)
      return { value: Math.round(reading.value * 100) / 100, ref: before.take }
    } catch (err) {
      this.o.log.warn(`job ${state.job.id}: seam into segment ${idx + 1} not measured: ${(err as Error).message}`)
      return null
    }
  }
}
