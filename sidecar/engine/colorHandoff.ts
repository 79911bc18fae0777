// The colour guard's two effects, both against the job's colour anchor: the corrected start frame a
// run is handed instead of the previous last frame, and the drift of a finished run's last frame.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { FileRef, JobState } from '../contract'
import { ComfyUnreachable } from '../comfy/comfyClient'
import { SVI_CARRY } from '../contract'
import { fileStats, measureDrift, writeCorrectedFrame, writeCorrectedFrames } from '../continuity/colorGuard'
import type { LabStats } from '../continuity/colorTransfer'
import { sanitizeJobName } from '../workflows'
import { anchorFile } from './anchor'
import type { BackendPool } from './backendPool'
import { backendOfImage } from './handoffTransfer'
import { runOf } from './runQueries'
import type { RunnerOptions } from './runnerDeps'

export class ColorHandoff {
  constructor(
    private readonly o: Pick<RunnerOptions, 'files' | 'ffmpegPath' | 'log'>,
    private readonly pool: BackendPool
  ) {}

  /**
   * Uploads the previous last frame (or, for a motion or SVI hand-off, the previous last frames as one
   * animated PNG, all corrected alike) colour-matched to the anchor as the start image of run
   * `promptId` of segment idx, and answers its name in ComfyUI's input folder; null when the guard
   * is off or has nothing to do. The guard is a correction, not a requirement: when it fails the
   * segment runs from the original frame. Only ComfyUnreachable is thrown (the submit waits).
   */
  async correctedStart(state: JobState, idx: number, promptId: string): Promise<string | null> {
    const guard = state.job.parameters.color_guard
    const run = runOf(state, promptId)
    const prev = state.segments[idx - 1]
    if (!guard?.enabled || idx === 0 || !run || run.accepted || run.start_source !== null || !prev?.last_frame) return null
    // A motion or SVI hand-off loads the previous segment's last frames: all of them are corrected.
    const carried = run.seam_mode === 'motion' ? run.carry : run.seam_mode === 'svi' ? SVI_CARRY : 1
    const source = carried > 1 ? prev.tail : prev.last_frame
    if (!source) return null
    if (!this.o.ffmpegPath) return null
    const anchor = await this.anchorStats(state)
    if (!anchor) return null
    const dir = await mkdtemp(path.join(tmpdir(), 'lv-handoff-'))
    try {
      const take = run.take > 1 ? `_t${run.take}` : ''
      const name = `longvideo_${sanitizeJobName(state.job.name)}_seg${idx + 1}${take}_start.png`
      const out = path.join(dir, name)
      const file = await this.o.files.localPath(source, prev.backend)
      if (carried > 1) await writeCorrectedFrames(file, carried, anchor, guard.strength, out, state.job.parameters.fps, this.o.ffmpegPath)
      else await writeCorrectedFrame(file, anchor, guard.strength, out, this.o.ffmpegPath)
      // To the backend the run goes to: its LoadImage reads its own input folder.
      const uploaded = await this.pool.client(run.backend).upload(new Uint8Array(await readFile(out)), name, 'image/png')
      return uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name
    } catch (err) {
      if (err instanceof ComfyUnreachable) throw err
      this.o.log.warn(`colour guard for job ${state.job.id} segment ${idx + 1} skipped: ${(err as Error).message}`)
      return null
    } finally {
      await rm(dir, { recursive: true, force: true })
    }
  }

  /** The drift meter of a finished run; null when it cannot be measured. */
  async drift(state: JobState, lastFrame: FileRef | null, backend: string | null = null): Promise<number | null> {
    if (!lastFrame || !this.o.ffmpegPath) return null
    const anchor = await this.anchorStats(state)
    if (!anchor) return null
    try {
      return await measureDrift(await this.o.files.localPath(lastFrame, backend), anchor, this.o.ffmpegPath)
    } catch (err) {
      this.o.log.warn(`job ${state.job.id}: drift not measured: ${(err as Error).message}`)
      return null
    }
  }

  private async anchorStats(state: JobState): Promise<LabStats | null> {
    const ref = anchorFile(state)
    if (!ref || !this.o.ffmpegPath) return null
    try {
      return await fileStats(await this.o.files.localPath(ref, backendOfImage(state, ref)), this.o.ffmpegPath)
    } catch (err) {
      this.o.log.warn(`job ${state.job.id}: cannot read the colour anchor: ${(err as Error).message}`)
      return null
    }
  }
}
