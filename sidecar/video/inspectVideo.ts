// Everything stitching needs to know about one segment file (codec parameters, exact frame count,
// parameter-set fingerprint) from ONE ffmpeg run, remembered per file version (path, size, mtime).
// The engine asks for it when a segment finishes, while the GPU works on the next one, so a finalize
// only has to concat. With a store (the sidecar keeps one in SQLite) the answer outlives the process:
// a finalize right after a restart is as fast as one before it.
import { stat } from 'node:fs/promises'
import { parameterSetsFingerprint } from './parameterSets'
import { parseFfmpegInfo, probeVideo, type VideoInfo } from './probeVideo'
import { runFfmpeg } from './runFfmpeg'

/** Which version of a file an inspection describes: a rewritten file has another size or mtime. */
export interface FileIdentity {
  path: string
  size: number
  mtimeMs: number
}

/** What an inspection keeps: VideoInfo without the file name and the container tags. */
export type Inspection = Omit<VideoInfo, 'file' | 'tags'>

/** Inspections that outlive the process. */
export interface InspectionStore {
  get(file: FileIdentity): Inspection | null
  put(file: FileIdentity, inspection: Inspection): void
}

const MAX_MEMORY_ENTRIES = 2000

// The tags are left out: SaveVideo writes the whole prompt there (kilobytes per segment) and a stitch
// never reads them (readMetadataTags does, when something needs them).
function withoutTags(info: VideoInfo): Inspection {
  const { file: _file, tags: _tags, ...rest } = info
  return rest
}

export class VideoInspector {
  /** ffmpeg runs this inspector made: what the memory and the store saved is what is not counted here. */
  ffmpegRuns = 0
  private readonly memory = new Map<string, Promise<Inspection>>()

  constructor(private readonly store: InspectionStore | null = null) {}

  /** Inspects a video file; an unchanged file is answered from memory or the store. */
  inspect = async (file: string, ffmpegPath: string): Promise<VideoInfo> => {
    const { size, mtimeMs } = await stat(file)
    const identity: FileIdentity = { path: file, size, mtimeMs }
    const key = `${file}\0${size}\0${mtimeMs}\0${ffmpegPath}`
    let entry = this.memory.get(key)
    if (!entry) {
      entry = this.lookUp(identity, ffmpegPath)
      entry.catch(() => this.memory.delete(key))
      if (this.memory.size >= MAX_MEMORY_ENTRIES) this.memory.delete(this.memory.keys().next().value as string)
      this.memory.set(key, entry)
    }
    return { file, ...(await entry), tags: {} }
  }

  /** Inspects many files, a few ffmpeg processes at a time, keeping the order. */
  inspectMany = async (files: string[], ffmpegPath: string, concurrency = 4): Promise<VideoInfo[]> => {
    const out: VideoInfo[] = new Array(files.length)
    let next = 0
    const worker = async () => {
      while (next < files.length) {
        const i = next++
        out[i] = await this.inspect(files[i] as string, ffmpegPath)
      }
    }
    await Promise.all(Array.from({ length: Math.min(concurrency, files.length) }, worker))
    return out
  }

  private async lookUp(identity: FileIdentity, ffmpegPath: string): Promise<Inspection> {
    const stored = this.store?.get(identity)
    if (stored) return stored
    this.ffmpegRuns++
    const fresh = withoutTags(await inspectOnce(identity.path, ffmpegPath))
    this.store?.put(identity, fresh)
    return fresh
  }
}

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

// For callers without a store of their own (tools, tests): one inspector per process, memory only.
const processInspector = new VideoInspector()

/** Inspects a video file; a second call for the same, unchanged file answers from memory. */
export const inspectVideo = processInspector.inspect

/** Inspects many files, a few ffmpeg processes at a time, keeping the order. */
export const inspectVideos = processInspector.inspectMany
