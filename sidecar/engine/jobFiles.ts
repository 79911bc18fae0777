// The files behind a job's media URLs: its newest final video, its list thumbnail, and the video or
// last frame of a segment or of one take. Each answers a local path, or a not_found naming the part
// of the URL that has nothing yet.
import { stat } from 'node:fs/promises'
import type { JobState } from '../contract'
import { DomainError, filmstripFrames, inputImageFile } from '../contract'
import { loadJobState } from '../db/jobStore'
import { thumbnailKey } from '../library/thumbnailCache'
import type { ThumbnailSource } from '../library/thumbnailCache'
import { probeVideo } from '../video'
import type { EngineContext } from './jobCommands'

export type MediaKind = 'video' | 'last-frame'

type FilesContext = Pick<EngineContext, 'db' | 'files'>

export interface ThumbnailContext extends FilesContext {
  /** A small JPEG of an image file, cached; null when it cannot be made. */
  thumbnail(source: string, key: string): Promise<string | null>
}

function mustLoad(ctx: FilesContext, id: number): JobState {
  const state = loadJobState(ctx.db, id)
  if (!state) throw new DomainError('not_found', `no job ${id}`, 'id')
  return state
}

export function finalVideoFile(ctx: FilesContext, id: number): string {
  const final = loadJobState(ctx.db, id)?.finals.at(-1)
  if (!final) throw new DomainError('not_found', `job ${id} has no final video yet; finalize it first`, 'id')
  return ctx.files.finalPath(final.file)
}

/** The job's start image, else the last frame of its first segment, made small when ffmpeg can. */
export async function jobThumbnailFile(ctx: ThumbnailContext, id: number): Promise<string> {
  const state = mustLoad(ctx, id)
  const ref = state.job.input_image ? inputImageFile(state.job.input_image) : state.segments[0]?.last_frame
  if (!ref) throw new DomainError('not_found', `job ${id} has no image yet`, 'id')
  const source = await ctx.files.localPath(ref, state.job.input_image ? null : (state.segments[0]?.backend ?? null))
  // Gone: answered as the file, whose answer says so.
  const version = await fileVersion(source).catch(() => null)
  return (version && (await ctx.thumbnail(source, thumbnailKey(version, `job${id}`)))) || source
}

/** What names this version of a file in a cache (ThumbnailSource): a changed or another file gets a new key. */
async function fileVersion(source: string): Promise<ThumbnailSource> {
  const info = await stat(source)
  return { real: source, size: info.size, mtimeMs: info.mtimeMs }
}

/** The current take's video or last frame of segment idx. */
export async function segmentFile(ctx: FilesContext, id: number, idx: number, kind: MediaKind): Promise<string> {
  const seg = mustLoad(ctx, id).segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx + 1}`, 'idx')
  const ref = kind === 'video' ? seg.video : seg.last_frame
  if (!ref) throw new DomainError('not_found', `segment ${idx + 1} of job ${id} has no ${kind} yet`, 'idx')
  return ctx.files.localPath(ref, seg.backend)
}

export async function takeFile(ctx: FilesContext, id: number, idx: number, take: number, kind: MediaKind): Promise<string> {
  const found = mustLoad(ctx, id).takes.find((t) => t.idx === idx && t.take === take)
  if (!found) throw new DomainError('not_found', `segment ${idx + 1} of job ${id} has no take ${take}`, 'take')
  const ref = kind === 'video' ? found.video : found.last_frame
  if (!ref) throw new DomainError('not_found', `take ${take} of segment ${idx + 1} has no ${kind} yet`, 'take')
  return ctx.files.localPath(ref, found.backend)
}

export interface FilmstripContext extends FilesContext {
  ffmpegPath: string | null
  /** The JPEG of `frames` of `source` side by side, cached under `key`; null when ffmpeg cannot make it. */
  filmstrip(source: string, key: string, frames: readonly number[]): Promise<string | null>
}

/**
 * A filmstrip of the current take of segment idx: `count` of its frames spread evenly (filmstripFrames),
 * side by side in one JPEG, cached by the video file's identity, so a new take gets a new strip.
 */
export async function segmentFilmstripFile(ctx: FilmstripContext, id: number, idx: number, count: number): Promise<string> {
  const seg = mustLoad(ctx, id).segments[idx]
  if (!seg) throw new DomainError('not_found', `job ${id} has no segment ${idx + 1}`, 'idx')
  if (!seg.video) throw new DomainError('not_found', `segment ${idx + 1} of job ${id} has no video yet`, 'idx')
  if (!ctx.ffmpegPath) throw new DomainError('conflict', 'frames: ffmpeg is not available to draw a filmstrip', 'frames')
  const source = await ctx.files.localPath(seg.video, seg.backend)
  const version = await fileVersion(source)
  const total = seg.frames ?? (await probeVideo(source, ctx.ffmpegPath)).frames
  const frames = filmstripFrames(total, count)
  if (frames.length === 0) throw new DomainError('conflict', `segment ${idx + 1} has no frames to show`, 'idx')
  const key = thumbnailKey(version, `strip${frames.length}`)
  const file = await ctx.filmstrip(source, key, frames)
  if (!file) throw new DomainError('conflict', `frames: ffmpeg could not draw the filmstrip of segment ${idx + 1}`, 'frames')
  return file
}
