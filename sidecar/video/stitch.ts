// Joins segment videos into one file: stream copy when all share codec parameters, otherwise each
// is re-encoded to the first one's size and rate (frame for frame) and the results are joined.
// Trims, crossfades or an explicit re-encode go through one filter graph and one x264 encode of the
// whole file: a segment from ComfyUI is a single GOP, so re-encoding only around a join would mean
// splicing x264 streams with other parameter sets, which a stream-copy concat cannot decode.
// The result is written under a temporary name in the output folder and renamed when complete.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { ffmetadataFile } from './chapters'
import { concatList } from './concatList'
import { exportGraph } from './exportGraph'
import { inspectVideos } from './inspectVideo'
import { countFrames, lastProgressFrame, type VideoInfo } from './probeVideo'
import { runFfmpeg } from './runFfmpeg'
import { planStitch } from './stitchPlan'
import { planSeams, type Seam } from './seamPlan'

export interface StitchOptions {
  inputs: string[]
  output: string
  ffmpegPath: string
  /** Written into the final file (a stream-copy concat drops the segments' own tags). */
  metadata?: Record<string, string>
  onProgress?: (frame: number) => void
  /** Where the concat list and re-encoded intermediates go; the OS temp folder by default. */
  tmpDir?: string
  /** One chapter title per input, written as mp4 chapters. */
  chapters?: string[] | undefined
  /** Per join: cut (default) or a crossfade over N frames (the total loses N frames). */
  seams?: Seam[] | undefined
  /** Frames dropped from the start of each input. */
  trimFirst?: number[] | undefined
  /** 'copy' (default) stream-copies when it can; 'reencode' always encodes once with x264. */
  mode?: 'copy' | 'reencode' | undefined
  /** x264 quality of a re-encode (default 18) and its preset (default medium). */
  crf?: number | undefined
  preset?: string | undefined
  /** Reads the inputs' codec parameters and frame counts; the sidecar passes its SQLite-backed inspector. */
  inspect?: ((files: string[], ffmpegPath: string) => Promise<VideoInfo[]>) | undefined
}

export interface StitchResult {
  frames: number
  mode: 'copy' | 'reencode'
}

const MP4_LIKE = new Set(['.mp4', '.m4v', '.mov'])

/**
 * The final's tags and chapters come from the ffmetadata input `from` (the segments' own tags are
 * dropped): text never travels as a process argument, where a NUL byte or 128 KiB break the spawn.
 */
function metadataOptions(output: string, from: number, chapters: boolean): string[] {
  const options = ['-map_metadata', String(from), '-map_chapters', chapters ? String(from) : '-1']
  // mp4 keeps only well-known tags unless asked to write arbitrary ones.
  if (MP4_LIKE.has(extname(output).toLowerCase())) options.push('-movflags', '+faststart+use_metadata_tags')
  return options
}

/** Re-encodes one input to the target geometry; every input frame becomes exactly one output frame. */
async function normalize(input: VideoInfo, target: VideoInfo, out: string, ffmpegPath: string): Promise<void> {
  const fps = target.fps ?? 16
  const { width: w, height: h } = target
  const filter = [
    `scale=${w}:${h}:force_original_aspect_ratio=decrease`,
    `pad=${w}:${h}:(ow-iw)/2:(oh-ih)/2`,
    'setsar=1',
    `setpts=N/(${fps}*TB)`,
  ].join(',')
  await runFfmpeg(ffmpegPath, {
    inputs: [{ path: input.file ?? '' }],
    output: out,
    outputOptions: ['-map', '0:v:0', '-vf', filter, '-r', String(fps), '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '17', '-pix_fmt', 'yuv420p', '-an'],
  })
}

export async function stitch(opts: StitchOptions): Promise<StitchResult> {
  if (opts.inputs.length === 0) throw new Error('nothing to stitch: no input videos')
  const output = resolve(opts.output)
  const inputs = opts.inputs.map((f) => resolve(f))
  const infos = await (opts.inspect ?? inspectVideos)(inputs, opts.ffmpegPath)
  const plan = planStitch(infos)
  const seams = planSeams({ frames: infos.map((i) => i.frames), trimFirst: opts.trimFirst, seams: opts.seams })
  const expected = seams.total
  const encodeAll = opts.mode === 'reencode' || !seams.cutsOnly
  const first = infos[0] as VideoInfo
  const fps = Math.round(first.fps ?? 16)

  const work = await mkdtemp(join(opts.tmpDir ?? tmpdir(), 'longvideo-stitch-'))
  const ext = extname(output)
  const temp = join(dirname(output), `.${basename(output, ext)}.${randomBytes(4).toString('hex')}.partial${ext}`)
  try {
    if (opts.chapters && opts.chapters.length !== inputs.length) throw new Error(`${inputs.length} inputs but ${opts.chapters.length} chapter titles`)
    const titles = opts.chapters
    const chapters = titles ? seams.chapters.map((c, i) => ({ title: titles[i] ?? '', ...c })) : []
    const metadataFile = join(work, 'metadata.txt')
    await writeFile(metadataFile, ffmetadataFile(opts.metadata ?? {}, chapters, fps))
    const metadataInput = { path: metadataFile, options: ['-f', 'ffmetadata'] }
    if (encodeAll) {
      const x264 = ['-c:v', 'libx264', '-preset', opts.preset ?? 'medium', '-crf', String(opts.crf ?? 18), '-pix_fmt', 'yuv420p', '-r', String(fps)]
      await runFfmpeg(opts.ffmpegPath, {
        inputs: [...inputs.map((path) => ({ path })), metadataInput],
        output: temp,
        outputOptions: [
          '-filter_complex', exportGraph(seams, { width: first.width, height: first.height, fps }),
          '-map', '[out]',
          ...x264,
          ...metadataOptions(output, inputs.length, chapters.length > 0),
        ],
        ...(opts.onProgress ? { onFrame: opts.onProgress } : {}),
      })
      const frames = await countFrames(temp, opts.ffmpegPath)
      if (frames !== expected) throw new Error(`exported video has ${frames} frames, expected ${expected}`)
      await rename(temp, output)
      return { frames, mode: 'reencode' }
    }
    let parts = inputs
    if (plan.mode === 'reencode') {
      const target = infos[0] as VideoInfo
      parts = []
      for (const [i, info] of infos.entries()) {
        const out = join(work, `part${String(i).padStart(4, '0')}.mp4`)
        await normalize(info, target, out, opts.ffmpegPath)
        parts.push(out)
        opts.onProgress?.(infos.slice(0, i + 1).reduce((s, x) => s + x.frames, 0))
      }
    }
    const list = join(work, 'list.ffconcat')
    await writeFile(list, concatList(parts))
    const concatLog = await runFfmpeg(opts.ffmpegPath, {
      inputs: [{ path: list, options: ['-f', 'concat', '-safe', '0'] }, metadataInput],
      output: temp,
      outputOptions: ['-map', '0:v:0', '-c', 'copy', ...metadataOptions(output, 1, chapters.length > 0)],
      ...(opts.onProgress && plan.mode === 'copy' ? { onFrame: opts.onProgress } : {}),
    })
    // A stream copy muxes one packet per frame: ffmpeg's own count is exact, no need to read it back.
    const frames = lastProgressFrame(concatLog) ?? (await countFrames(temp, opts.ffmpegPath))
    if (frames !== expected) throw new Error(`stitched video has ${frames} frames, expected ${expected}`)
    await rename(temp, output)
    return { frames, mode: plan.mode }
  } catch (err) {
    await rm(temp, { force: true })
    throw new Error(`Stitching ${basename(output)} failed: ${(err as Error).message}`, { cause: err })
  } finally {
    await rm(work, { recursive: true, force: true })
  }
}
