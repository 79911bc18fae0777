// Stitch: our finalize (plan, concat with chapters and metadata, frame check) against a bare
// `ffmpeg -f concat -c copy` of the same 20 segment files, in three states of the sidecar's knowledge:
// warm (each segment was inspected as it finished, while the GPU made the next one), cold (a restarted
// sidecar: nothing in memory, the inspections in its SQLite database) and, for comparison, without
// any stored inspection (every input inspected first, as before the inspections were kept).
import { execFile } from 'node:child_process'
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { openDatabase } from '../sidecar/db/database'
import { sqliteInspectionStore } from '../sidecar/db/inspectionStore'
import { countFrames, stitch, VideoInspector } from '../sidecar/video'
import { median, round } from './stats'

const run = promisify(execFile)

export interface StitchFigures {
  segments: number
  frames_per_segment: number
  size: string
  rounds: number
  mode: string
  frames: number
  expected_frames: number
  bare_concat_frames: number
  bare_ms: number
  warm_ms: number
  cold_ms: number
  uninspected_ms: number
  warm_ratio: number
  cold_ratio: number
  uninspected_ratio: number
  /** ffmpeg inspection runs during the cold finalizes (0: every answer came from SQLite). */
  cold_inspections: number
  /** What inspecting the 20 inputs costs when nothing is stored (done as segments finish). */
  inspect_inputs_ms: number
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

export async function measureStitch(segments = 20, frames = 81, width = 832, height = 480, rounds = 3): Promise<StitchFigures> {
  const dir = mkdtempSync(path.join(tmpdir(), 'lv-bench-stitch-'))
  try {
    const inputs = Array.from({ length: segments }, (_, i) => path.join(dir, `seg${String(i).padStart(2, '0')}.mp4`))
    for (let i = 0; i < inputs.length; i += 2) {
      await Promise.all(inputs.slice(i, i + 2).map((f, j) => makeSegment(f, i + j, frames, width, height)))
    }
    const list = path.join(dir, 'list.txt')
    writeFileSync(list, inputs.map((f) => `file '${f}'\n`).join(''))
    const dbFile = path.join(dir, 'longvideo.sqlite')

    // The running sidecar: each input inspected as its segment finished, kept in memory and SQLite.
    const warmDb = openDatabase(dbFile)
    const warm = new VideoInspector(sqliteInspectionStore(warmDb))
    let t = performance.now()
    await warm.inspectMany(inputs, 'ffmpeg')
    const inspectMs = performance.now() - t
    warmDb.close()

    const bare: number[] = []
    const warmMs: number[] = []
    const coldMs: number[] = []
    const uninspectedMs: number[] = []
    let coldInspections = 0
    let mode = ''
    let ourFrames = 0
    let bareFrames = 0
    const ours = async (inspector: VideoInspector, out: string): Promise<number> => {
      const start = performance.now()
      const result = await stitch({ inputs, output: out, ffmpegPath: 'ffmpeg', metadata: { title: 'bench' }, inspect: inspector.inspectMany })
      const ms = performance.now() - start
      mode = result.mode
      ourFrames = result.frames
      rmSync(out)
      return ms
    }
    for (let r = 0; r < rounds; r++) {
      const bareOut = path.join(dir, `bare${r}.mp4`)
      t = performance.now()
      await run('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-f', 'concat', '-safe', '0', '-i', list, '-c', 'copy', bareOut])
      bare.push(performance.now() - t)
      if (r === 0) bareFrames = await countFrames(bareOut, 'ffmpeg')
      rmSync(bareOut)
      warmMs.push(await ours(warm, path.join(dir, `warm${r}.mp4`)))
      // A restarted sidecar: a new inspector over the database file the running one filled.
      const coldDb = openDatabase(dbFile)
      const cold = new VideoInspector(sqliteInspectionStore(coldDb))
      coldMs.push(await ours(cold, path.join(dir, `cold${r}.mp4`)))
      coldInspections += cold.ffmpegRuns
      coldDb.close()
      uninspectedMs.push(await ours(new VideoInspector(), path.join(dir, `uninspected${r}.mp4`)))
    }
    const b = median(bare)
    const figure = (samples: number[]) => round(median(samples), 0)
    return {
      segments,
      frames_per_segment: frames,
      size: `${width}x${height}`,
      rounds,
      mode,
      frames: ourFrames,
      expected_frames: segments * frames,
      bare_concat_frames: bareFrames,
      bare_ms: round(b, 0),
      warm_ms: figure(warmMs),
      cold_ms: figure(coldMs),
      uninspected_ms: figure(uninspectedMs),
      warm_ratio: round(median(warmMs) / b),
      cold_ratio: round(median(coldMs) / b),
      uninspected_ratio: round(median(uninspectedMs) / b),
      cold_inspections: coldInspections,
      inspect_inputs_ms: round(inspectMs, 0),
    }
  } finally {
    rmSync(dir, { recursive: true, force: true })
  }
}
