// What ffmpeg says about a video, read from `ffmpeg -i` stderr (no ffprobe): codec parameters,
// container tags, and the exact frame count from a stream copy to the null muxer (no decoding).
import { runFfmpeg, FfmpegError } from './runFfmpeg'

export interface VideoInfo {
  file?: string
  codec: string
  profile: string | null
  width: number
  height: number
  pixFmt: string
  fps: number | null
  /** Stream time base denominator ("16384 tbn"). */
  timeBase: number | null
  durationSec: number | null
  frames: number
  /** Container-level metadata tags (title, comment, ...). */
  tags: Record<string, string>
  /** Fingerprint of the codec's parameter sets (see parameterSets.ts), when it was read. */
  parameterSets?: string | null
}

/** Splits on commas that are not inside parentheses: "yuv420p(tv, bt709), 64x64". */
function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let current = ''
  for (const ch of text) {
    if (ch === '(' || ch === '[') depth++
    if (ch === ')' || ch === ']') depth--
    if (ch === ',' && depth === 0) {
      parts.push(current.trim())
      current = ''
    } else current += ch
  }
  if (current.trim()) parts.push(current.trim())
  return parts
}

function number(text: string): number {
  return text.endsWith('k') ? Number(text.slice(0, -1)) * 1000 : Number(text)
}

function parseTags(lines: string[], start: number): Record<string, string> {
  const tags: Record<string, string> = {}
  let last: string | null = null
  for (let i = start; i < lines.length; i++) {
    const line = lines[i] ?? ''
    const continued = /^ {4}\s+: (.*)$/.exec(line)
    if (continued && last !== null) {
      tags[last] += `\n${continued[1] ?? ''}`
      continue
    }
    const entry = /^ {4}(\S[^:]*?)\s*: (.*)$/.exec(line)
    if (!entry?.[1]) break
    last = entry[1]
    tags[last] = entry[2] ?? ''
  }
  return tags
}

/** The frame count of ffmpeg's last progress line, or null when it printed none. */
export function lastProgressFrame(stderr: string): number | null {
  const matches = [...stderr.matchAll(/frame=\s*(\d+)/g)]
  const last = matches[matches.length - 1]?.[1]
  return last === undefined ? null : Number(last)
}

/** Parses the input section of ffmpeg's stderr; frames come from the last progress line. */
export function parseFfmpegInfo(stderr: string): Omit<VideoInfo, 'file'> {
  const lines = stderr.split(/\r\n|\r|\n/)
  const inputAt = lines.findIndex((l) => l.startsWith('Input #0'))
  if (inputAt < 0) throw new Error('no input section in ffmpeg output')
  const outputAt = lines.findIndex((l, i) => i > inputAt && /^(Output #|Stream mapping)/.test(l))
  const section = lines.slice(inputAt, outputAt < 0 ? undefined : outputAt)
  const metaAt = section.findIndex((l) => l === '  Metadata:')
  const tags = metaAt >= 0 ? parseTags(section, metaAt + 1) : {}
  const streamLine = section.find((l) => /^\s+Stream #0:\d+.*: Video: /.test(l))
  if (!streamLine) throw new Error('no video stream')
  const parts = splitTopLevel(streamLine.slice(streamLine.indexOf(': Video: ') + ': Video: '.length))
  const head = parts[0] ?? ''
  const codec = head.split(/\s/)[0] ?? ''
  const profile = [...head.matchAll(/\(([^)]*)\)/g)].map((m) => m[1] ?? '').find((p) => !/ \/ 0x/.test(p)) ?? null
  const pixFmt = (parts[1] ?? '').split('(')[0]?.trim() ?? ''
  const size = parts.map((p) => /^(\d+)x(\d+)/.exec(p)).find((m) => m !== null)
  const fps = parts.map((p) => /^([\d.]+k?) fps$/.exec(p)).find((m) => m !== null)
  const tbn = parts.map((p) => /^([\d.]+k?) tbn/.exec(p)).find((m) => m !== null)
  const duration = /Duration: (\d+):(\d+):([\d.]+)/.exec(section.join('\n'))
  const lastFrame = lastProgressFrame(stderr)
  return {
    codec,
    profile,
    width: size ? Number(size[1]) : 0,
    height: size ? Number(size[2]) : 0,
    pixFmt,
    fps: fps?.[1] ? number(fps[1]) : null,
    timeBase: tbn?.[1] ? number(tbn[1]) : null,
    durationSec: duration ? Number(duration[1]) * 3600 + Number(duration[2]) * 60 + Number(duration[3]) : null,
    frames: lastFrame ?? 0,
    tags,
  }
}

function explain(file: string, err: unknown): Error {
  const reason = err instanceof FfmpegError ? err.message : (err as Error).message
  if (/matches no streams/.test(reason)) return new Error(`No video stream in ${file}`)
  return new Error(`Cannot read video ${file}: ${reason}`)
}

export async function probeVideo(file: string, ffmpegPath: string): Promise<VideoInfo> {
  let stderr: string
  try {
    stderr = await runFfmpeg(ffmpegPath, { inputs: [{ path: file }], output: '-', outputOptions: ['-map', '0:v:0', '-c', 'copy', '-f', 'null'] })
  } catch (err) {
    throw explain(file, err)
  }
  try {
    const info = parseFfmpegInfo(stderr)
    if (info.frames === 0) info.frames = await decodedFrames(file, ffmpegPath)
    return { file, ...info }
  } catch (err) {
    throw explain(file, err)
  }
}

/** Frame count by decoding, for streams whose packets are not one per frame. */
async function decodedFrames(file: string, ffmpegPath: string): Promise<number> {
  const stderr = await runFfmpeg(ffmpegPath, { inputs: [{ path: file }], output: '-', outputOptions: ['-map', '0:v:0', '-f', 'null'] })
  return parseFfmpegInfo(stderr).frames
}

/** The exact number of frames of the first video stream. */
export async function countFrames(file: string, ffmpegPath: string): Promise<number> {
  return (await probeVideo(file, ffmpegPath)).frames
}
