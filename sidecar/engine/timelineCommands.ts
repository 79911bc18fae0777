// What the timeline does beyond the job commands: rearrange the planned segments as a whole (insert,
// reorder, delete, undo), and give a frame of a segment to a new job as its start image.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ImageUploadAnswer, JobState, JobWithSegments, PlannedSegmentsBody } from '../contract'
import { DomainError } from '../contract'
import { loadJobState } from '../db/jobStore'
import { storeImage } from '../library/imageUpload'
import type { UploadContext } from '../library/imageUpload'
import { extractFrame } from '../video'
import { admitRuns } from './admission'
import { now } from './clock'
import type { EngineContext } from './jobCommands'
import { plannedFrom } from './jobCommands'
import { jobWithSegmentsView } from './jobView'
import { newSegment } from './runQueries'
import { checkSegmentCount } from './workCaps'

function mustLoad(ctx: Pick<EngineContext, 'db'>, id: number): JobState {
  const state = loadJobState(ctx.db, id)
  if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
  return state
}

/** The planned segments from `from` on become `segments`, each checked like a new prompt (LoRAs, caps). */
export async function replacePlannedSegments(ctx: EngineContext, id: number, body: PlannedSegmentsBody): Promise<JobWithSegments> {
  const state = mustLoad(ctx, id)
  const segments = body.segments.map((p, k) => plannedFrom(p, state.job.parameters, body.from + k))
  checkSegmentCount(ctx.limits(), body.from + segments.length, 'segments')
  const runs = segments.map((p, k) => ({ idx: body.from + k, run: newSegment(id, body.from + k, p, now()), at: `segments.${k}` }))
  if (runs.length && body.from <= state.segments.length) await admitRuns(ctx, state, runs, ctx.outputSubfolder())
  return jobWithSegmentsView(ctx.runner.dispatch(id, { type: 'planned_replaced', from: body.from, segments, at: now() }), ctx.runner.progressOf)
}

/**
 * Frame `frame` of segment idx's own video (its current take) as a PNG in ComfyUI's input folder, for a new
 * job to start from: the same answer as an upload.
 */
export async function segmentFrameImage(ctx: Pick<EngineContext, 'db' | 'files'> & UploadContext, id: number, idx: number, frame: number): Promise<ImageUploadAnswer> {
  const state = mustLoad(ctx, id)
  const seg = state.segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx + 1}`, 'idx')
  if (!seg.video) throw new DomainError('conflict', `segment ${idx + 1} has no video yet`, 'idx')
  if (seg.frames !== null && frame >= seg.frames) {
    throw new DomainError('bad_request', `frame: segment ${idx + 1} has ${seg.frames} frames (0 to ${seg.frames - 1})`, 'frame')
  }
  if (!ctx.ffmpegPath) throw new DomainError('conflict', 'frame: ffmpeg is not available to read the frame', 'frame')
  const video = await ctx.files.localPath(seg.video, seg.backend)
  const dir = mkdtempSync(path.join(tmpdir(), 'lv-frame-'))
  try {
    const png = path.join(dir, 'frame.png')
    try {
      await extractFrame(video, frame, png, ctx.ffmpegPath)
    } catch (e) {
      throw new DomainError('bad_request', `frame: ${e instanceof Error ? e.message : String(e)}`, 'frame')
    }
    const name = `${state.job.name.replace(/[^A-Za-z0-9_-]+/g, '_').slice(0, 40) || 'job'}_seg${idx + 1}_frame${frame + 1}.png`
    return await storeImage(ctx, new Uint8Array(readFileSync(png)), name, 'frame')
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
