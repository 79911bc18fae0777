// The simulator's one door to ffmpeg: decode a picture to RGB, encode RGB frames to PNG, mp4, webm, webp, gif.
import { spawn } from 'node:child_process'
import { readFile, rename, writeFile } from 'node:fs/promises'
import { crc32 } from 'node:zlib'
import type { Raster } from './rasterOps'

export class FfmpegError extends Error {}

interface RunResult {
  stdout: Buffer
  stderr: string
}

/** Runs ffmpeg with an argument array, feeding `input` (a buffer or an async frame source) to stdin. */
export function runFfmpeg(
  ffmpegPath: string,
  args: string[],
  input?: Buffer | AsyncIterable<Uint8Array>
): Promise<RunResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-nostdin', ...args], {
      stdio: ['pipe', 'pipe', 'pipe'],
    })
    const out: Buffer[] = []
    let err = ''
    child.stdout.on('data', (d: Buffer) => out.push(d))
    child.stderr.on('data', (d: Buffer) => (err += d.toString()))
    child.on('error', (e) => reject(new FfmpegError(`cannot run ${ffmpegPath}: ${e.message}`)))
    child.on('close', (code) => {
      if (code === 0) resolve({ stdout: Buffer.concat(out), stderr: err })
      else reject(new FfmpegError(`ffmpeg exited with ${code}: ${err.trim().slice(-500)}`))
    })
    child.stdin.on('error', () => undefined) // ffmpeg may exit early; the close handler reports it
    if (!input) child.stdin.end()
    else if (Buffer.isBuffer(input)) child.stdin.end(input)
    else {
      void (async () => {
        try {
          for await (const chunk of input) {
            if (!child.stdin.write(chunk)) await new Promise((r) => child.stdin.once('drain', r))
          }
        } catch (e) {
          child.kill()
          reject(e)
        }
        child.stdin.end()
      })()
    }
  })
}

/** Parses one binary PPM (P6, maxval 255) as ffmpeg writes it, starting at `start`; `end` is where the next one begins. */
function parsePpmAt(buf: Buffer, start: number): { raster: Raster; end: number } {
  const header: string[] = []
  let pos = start
  while (header.length < 4) {
    while (pos < buf.length && /\s/.test(String.fromCharCode(buf[pos] as number))) pos++
    let token = ''
    while (pos < buf.length && !/\s/.test(String.fromCharCode(buf[pos] as number))) token += String.fromCharCode(buf[pos++] as number)
    header.push(token)
  }
  pos++ // the single whitespace byte after maxval
  const [magic, w, h, max] = header
  const width = Number(w)
  const height = Number(h)
  if (magic !== 'P6' || max !== '255' || !(width > 0) || !(height > 0)) throw new FfmpegError('unexpected PPM from ffmpeg')
  const end = pos + width * height * 3
  const data = new Uint8Array(buf.subarray(pos, end))
  if (data.length !== width * height * 3) throw new FfmpegError('truncated PPM from ffmpeg')
  return { raster: { width, height, data }, end }
}

/** Parses a binary PPM (P6, maxval 255) as ffmpeg writes it. */
export function parsePpm(buf: Buffer): Raster {
  return parsePpmAt(buf, 0).raster
}

/** True for a PNG with an acTL chunk before its image data: an animated PNG (APNG). */
export function isAnimatedPng(bytes: Buffer): boolean {
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x89504e47) return false
  for (let pos = 8; pos + 8 <= bytes.length; ) {
    const len = bytes.readUInt32BE(pos)
    const type = bytes.toString('latin1', pos + 4, pos + 8)
    if (type === 'acTL') return true
    if (type === 'IDAT') return false
    pos += 12 + len
  }
  return false
}

/** Splits ffmpeg's image2pipe PPM output (several P6 pictures back to back). */
function parsePpms(buf: Buffer): Raster[] {
  const out: Raster[] = []
  for (let pos = 0; pos < buf.length; ) {
    const { raster, end } = parsePpmAt(buf, pos)
    out.push(raster)
    pos = end
  }
  return out
}

/**
 * Every frame of a picture file as RGB24, as ComfyUI's LoadImage reads them: one for a still, each
 * frame of an animated PNG (frames of another size than the first are left out, as LoadImage does).
 */
export async function decodeFrames(ffmpegPath: string, path: string): Promise<Raster[]> {
  const bytes = await readFile(path)
  // A still is piped, so a '%' in the file name is never read as an image2 pattern; the apng demuxer
  // needs a seekable input, so an animated PNG is read by name (it knows no patterns).
  const { stdout } = isAnimatedPng(bytes)
    ? await runFfmpeg(ffmpegPath, ['-f', 'apng', '-i', `file:${path}`, '-fps_mode', 'passthrough', '-pix_fmt', 'rgb24', '-f', 'image2pipe', '-c:v', 'ppm', 'pipe:1'])
    : await runFfmpeg(ffmpegPath, ['-i', 'pipe:0', '-frames:v', '1', '-pix_fmt', 'rgb24', '-f', 'image2pipe', '-c:v', 'ppm', 'pipe:1'], bytes)
  const frames = parsePpms(stdout)
  const first = frames[0]
  if (!first) throw new FfmpegError(`no picture in ${path}`)
  return frames.filter((f) => f.width === first.width && f.height === first.height)
}

function pngTextChunk(keyword: string, text: string): Buffer {
  const body = Buffer.concat([Buffer.from(keyword, 'latin1'), Buffer.from([0]), Buffer.from(text, 'latin1')])
  const type = Buffer.from('tEXt', 'latin1')
  const len = Buffer.alloc(4)
  len.writeUInt32BE(body.length)
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([type, body])) >>> 0)
  return Buffer.concat([len, type, body, crc])
}

/** Encodes one frame losslessly as PNG, with tEXt chunks (ComfyUI stores `prompt` and `workflow` there). */
export async function encodePng(ffmpegPath: string, frame: Raster, text: Record<string, string> = {}): Promise<Buffer> {
  const { stdout } = await runFfmpeg(
    ffmpegPath,
    ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${frame.width}x${frame.height}`, '-i', 'pipe:0',
      '-frames:v', '1', '-pix_fmt', 'rgb24', '-f', 'image2pipe', '-c:v', 'png', 'pipe:1'],
    Buffer.from(frame.data.buffer, frame.data.byteOffset, frame.data.byteLength)
  )
  const chunks = Object.entries(text).map(([k, v]) => pngTextChunk(k, Buffer.from(v, 'utf8').toString('latin1')))
  if (chunks.length === 0) return stdout
  const ihdrEnd = 8 + 8 + 13 + 4 // signature, IHDR length+type, IHDR data, CRC
  return Buffer.concat([stdout.subarray(0, ihdrEnd), ...chunks, stdout.subarray(ihdrEnd)])
}

export type VideoKind = 'h264-mp4' | 'vp9-webm' | 'webp' | 'gif' | 'apng'

export interface VideoEncoding {
  kind: VideoKind
  fps: number
  width: number
  height: number
  frameCount: number
  metadata?: Record<string, string>
  crf?: number
  lossless?: boolean
  quality?: number
  loop?: number
}

function codecArgs(e: VideoEncoding): string[] {
  switch (e.kind) {
    case 'h264-mp4':
      return ['-c:v', 'libx264', '-preset', 'veryfast', '-crf', String(e.crf ?? 19), '-pix_fmt', 'yuv420p',
        '-movflags', '+use_metadata_tags', '-f', 'mp4']
    case 'vp9-webm':
      return ['-c:v', 'libvpx-vp9', '-deadline', 'realtime', '-cpu-used', '8', '-crf', String(e.crf ?? 32), '-b:v', '0',
        '-pix_fmt', 'yuv420p', '-f', 'webm']
    case 'webp':
      return ['-c:v', 'libwebp_anim', '-lossless', e.lossless ? '1' : '0', '-quality', String(e.quality ?? 80),
        '-loop', String(e.loop ?? 0), '-f', 'webp']
    case 'gif':
      return ['-vf', 'split[a][b];[a]palettegen[p];[b][p]paletteuse', '-loop', String(e.loop ?? 0), '-f', 'gif']
    case 'apng':
      // Lossless RGB, every frame kept whole (LoadImage reads them back exactly).
      return ['-c:v', 'apng', '-pix_fmt', 'rgb24', '-plays', String(e.loop ?? 0), '-f', 'apng']
  }
}

/** Encodes frames (produced one at a time) into a video file; written under a temporary name, then renamed. */
export async function encodeVideo(
  ffmpegPath: string,
  target: string,
  encoding: VideoEncoding,
  frames: AsyncIterable<Raster>
): Promise<void> {
  async function* bytes(): AsyncIterable<Uint8Array> {
    for await (const f of frames) {
      if (f.width !== encoding.width || f.height !== encoding.height) {
        throw new FfmpegError(`frame size ${f.width}x${f.height} differs from ${encoding.width}x${encoding.height}`)
      }
      yield f.data
    }
  }
  const meta = Object.entries(encoding.metadata ?? {}).flatMap(([k, v]) => ['-metadata', `${k}=${v}`])
  const partial = `${target}.partial`
  await runFfmpeg(
    ffmpegPath,
    ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${encoding.width}x${encoding.height}`, '-framerate', String(encoding.fps),
      '-i', 'pipe:0', '-frames:v', String(encoding.frameCount), ...meta, ...codecArgs(encoding), '-y', partial],
    bytes()
  )
  await rename(partial, target)
}

/** Counts the video frames of a file by demuxing it (no ffprobe needed). */
export async function countVideoFrames(ffmpegPath: string, path: string): Promise<number> {
  const { stderr } = await runFfmpeg(ffmpegPath, [
    '-loglevel', 'info', '-i', path, '-map', '0:v:0', '-c', 'copy', '-f', 'null', '-',
  ])
  const matches = [...stderr.matchAll(/frame=\s*(\d+)/g)]
  const last = matches.at(-1)
  if (!last) throw new FfmpegError(`no frame count in ffmpeg output for ${path}`)
  return Number(last[1])
}

export async function writeFileAtomic(target: string, data: Buffer): Promise<void> {
  const partial = `${target}.partial`
  await writeFile(partial, data)
  await rename(partial, target)
}
