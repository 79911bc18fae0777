// Joins segment videos into one file: stream copy when all share codec parameters, otherwise each
// is re-encoded to the first one's size and rate (frame for frame) and the results are joined.
// The result is written under a temporary name in the output folder and renamed when complete.
import { randomBytes } from 'node:crypto'
import { mkdtemp, rename, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { basename, dirname, extname, join, resolve } from 'node:path'
import { concatList } from './concatList'
import { countFrames, probeVideo, type VideoInfo } from './probeVideo'
import { runFfmpeg } from './runFfmpeg'
import { planStitch } from './stitchPlan'
import { readParameterSets } from './parameterSets'

export interface StitchOptions {
  inputs: string[]
  output: string
  ffmpegPath: string
  /** Written into the final file (a stream-copy concat drops the segments' own tags). */
  metadata?: Record<string, string>
  onProgress?: (frame: number) => void
  /** Where the concat list and re-encoded intermediates go; the OS temp folder by default. */
  tmpDir?: string
}

export interface StitchResult {
  frames: number
  mode: 'copy' | 'reencode'
}

const MP4_LIKE = new Set(['.mp4', '.m4v', '.mov'])

function metadataOptions(output: string, metadata: Record<string, string> | undefined): string[] {
  const options = ['-map_metadata', '-1']
  for (const [key, value] of Object.entries(metadata ?? {})) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`metadata key "${key}" must be letters, digits or _`)
    options.push('-metadata', `${key}=${value}`)
  }
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
  const infos: VideoInfo[] = []
  for (const file of inputs) {
    const info = await probeVideo(file, opts.ffmpegPath)
    infos.push({ ...info, parameterSets: await readParameterSets(file, opts.ffmpegPath) })
  }
  const plan = planStitch(infos)
  const expected = infos.reduce((sum, i) => sum + i.frames, 0)

  const work = await mkdtemp(join(opts.tmpDir ?? tmpdir(), 'longvideo-stitch-'))
  const ext = extname(output)
  const temp = join(dirname(output), `.${basename(output, ext)}.${randomBytes(4).toString('hex')}.partial${ext}`)
  try {
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
    await runFfmpeg(opts.ffmpegPath, {
      inputs: [{ path: list, options: ['-f', 'concat', '-safe', '0'] }],
      output: temp,
      outputOptions: ['-map', '0:v:0', '-c', 'copy', ...metadataOptions(output, opts.metadata)],
      ...(opts.onProgress && plan.mode === 'copy' ? { onFrame: opts.onProgress } : {}),
    })
    const frames = await countFrames(temp, opts.ffmpegPath)
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
