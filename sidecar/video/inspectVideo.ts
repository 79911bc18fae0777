// Everything stitching needs to know about one segment file (codec parameters, exact frame count,
// parameter-set fingerprint) from ONE ffmpeg run, remembered per file version. The engine asks for it
// when a segment finishes, while the GPU works on the next one, so a finalize only has to concat.
import { stat } from 'node:fs/promises'
import { parameterSetsFingerprint } from './parameterSets'
import { parseFfmpegInfo, probeVideo, type VideoInfo } from './probeVideo'
import { runFfmpeg } from './runFfmpeg'

const MAX_ENTRIES = 2000
const cache = new Map<string, Promise<VideoInfo>>()

async function inspectOnce(file: string, ffmpegPath: string): Promise<VideoInfo> {
  let stderr: string
  try {
    stderr = await runFfmpeg(ffmpegPath, {
      inputs: [{ path: file }],
      output: '-',
      outputOptions: ['-map', '0:v:0', '-c', 'copy', '-bsf:v', 'trace_headers', '-f', 'null'],
    })
  } catch {
    // A codec that trace_headers does not know: the plain probe still gives the parameters.
    return { ...(await probeVideo(file, ffmpegPath)), parameterSets: null }
  }
  const info = parseFfmpegInfo(stderr)
  if (info.frames === 0) return { ...(await probeVideo(file, ffmpegPath)), parameterSets: parameterSetsFingerprint(stderr) }
  return { file, ...info, parameterSets: parameterSetsFingerprint(stderr) }
}

/** Inspects a video file; a second call for the same, unchanged file answers from memory. */
export async function inspectVideo(file: string, ffmpegPath: string): Promise<VideoInfo> {
  const { size, mtimeMs } = await stat(file)
  const key = `${file}\0${size}\0${mtimeMs}\0${ffmpegPath}`
  let entry = cache.get(key)
  if (!entry) {
    entry = inspectOnce(file, ffmpegPath)
    entry.catch(() => cache.delete(key))
    if (cache.size >= MAX_ENTRIES) cache.delete(cache.keys().next().value as string)
    cache.set(key, entry)
  }
  return entry
}

/** Inspects many files, a few ffmpeg processes at a time, keeping the order. */
export async function inspectVideos(files: string[], ffmpegPath: string, concurrency = 4): Promise<VideoInfo[]> {
  const out: VideoInfo[] = new Array(files.length)
  let next = 0
  const worker = async () => {
    while (next < files.length) {
      const i = next++
      out[i] = await inspectVideo(files[i] as string, ffmpegPath)
    }
  }
  await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
  return out
}
