// Benchmark 3: our stitch (probe, parameter-set check, concat, frame count) against a bare
// `ffmpeg -f concat -c copy` of the same 20 segment files.
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { countFrames, stitch } from '../sidecar/video'
import { inspectVideos } from '../sidecar/video/inspectVideo'
import { median, round } from './stats'

const run = promisify(execFile)

export interface StitchResultFigures {
  segments: number
  frames_per_segment: number
  size: string
  mode: string
  frames: number
  expected_frames: number
  bare_concat_frames: number
  ours_ms: number
  bare_ms: number
  ratio: number
  rounds: number
  /** Inspecting every input (one ffmpeg each, 4 at a time): the engine does this as each segment finishes. */
  inspect_inputs_ms: number
  /** Finalize with nothing inspected beforehand (after a sidecar restart), against the bare concat. */
  cold_ratio: number
}

async function makeSegment(file: string, index: number, frames: number, width: number, height: number): Promise<void> {
  // Same encoder settings for all, as Wan2.2 segments from one workflow have: identical SPS/PPS.
  await run('ffmpeg', [
    '-hide_banner', '-loglevel', 'error', '-nostdin', '-y',
    '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}:rate=16`,
    '-ss', String(index), '-frames:v', String(frames),
    '-c:v', 'libx264', '-preset', 'veryfast', '-crf', '19', '-pix_fmt', 'yuv420p', file,
  ])
}

export async function measureStitch(segments = 20, frames = 81, width = 832, height = 480, rounds = 3): Promise<StitchResultFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lv-bench-stitch-'))
  try {
    const inputs = Array.from({ length: segments }, (_, i) => path.join(dir, `seg${String(i).padStart(2, '0')}.mp4`))
    for (let i = 0; i < inputs.length; i += 2) {
      await Promise.all(inputs.slice(i, i + 2).map((f, j) => makeSegment(f, i + j, frames, width, height)))
    }
    const list = path.join(dir, 'list.txt')
    writeFileSync(list, inputs.map((f) => `file '${f}'\n`).join(''))
    // As the engine does when each segment finishes, while the GPU makes the next one.
    let t = performance.now()
    await inspectVideos(inputs, 'ffmpeg')
    const inspectMs = performance.now() - t
    const ours: number[] = []
    const bare: number[] = []
    let mode = ''
    let ourFrames = 0
    let bareFrames = 0
    for (let r = 0; r < rounds; r++) {
      const bareOut = path.join(dir, `bare${r}.mp4`)
      t = performance.now()
      await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', bareOut])
      bare.push(performance.now() - t)
      const ourOut = path.join(dir, `ours${r}.mp4`)
      t = performance.now()
      const result = await stitch({ inputs, output: ourOut, ffmpegPath: 'ffmpeg', metadata: { title: 'bench' } })
      ours.push(performance.now() - t)
      mode = result.mode
      ourFrames = result.frames
      if (r === 0) bareFrames = await countFrames(bareOut, 'ffmpeg')
      rmSync(bareOut)
      rmSync(ourOut)
    }
    const o = median(ours)
    const b = median(bare)
    return {
      segments,
      frames_per_segment: frames,
      size: `${width}x${height}`,
      mode,
      frames: ourFrames,
      expected_frames: segments * frames,
      bare_concat_frames: bareFrames,
      ours_ms: round(o, 0),
      bare_ms: round(b, 0),
      ratio: round(o / b),
      rounds,
      inspect_inputs_ms: round(inspectMs, 0),
      cold_ratio: round((o + inspectMs) / b),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
