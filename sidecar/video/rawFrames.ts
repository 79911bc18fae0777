// Pixels in and out of ffmpeg: frames decoded to RGB24 (`-f rawvideo -pix_fmt rgb24`), and RGB24
// pixels written as a PNG or an animated PNG. Used by the colour guard; the maths lives in continuity/.
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseFfmpegInfo, probeVideo } from './probeVideo'
import { runFfmpeg } from './runFfmpeg'

export interface RgbFrame {
  width: number
  height: number
  data: Uint8Array
}

async function inTempDir<T>(work: (dir: string) => Promise<T>): Promise<T> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lv-raw-'))
  try {
    return await work(dir)
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/**
 * The first frame of an image or video as RGB24 pixels (full resolution). One ffmpeg run: the size
 * comes from the input section of its own log (a spawn costs tens of milliseconds in a large process).
 */
export async function readRgbFrame(file: string, ffmpegPath: string): Promise<RgbFrame> {
  return inTempDir(async (dir) => {
    const out = path.join(dir, 'frame.rgb')
    let log: string
    try {
      log = await runFfmpeg(ffmpegPath, {
        inputs: [{ path: file }],
        output: out,
        outputOptions: ['-map', '0:v:0', '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24'],
      })
    } catch {
      // Say what is wrong with the file the way the probe does.
      await probeVideo(file, ffmpegPath)
      throw new Error(`cannot decode a frame of ${file}`)
    }
    const { width, height } = parseFfmpegInfo(log)
    const data = new Uint8Array(await readFile(out))
    if (data.length !== width * height * 3) throw new Error(`decoded ${data.length} bytes from ${file}, expected ${width}x${height} RGB24`)
    return { width, height, data }
  })
}

/** Writes RGB24 pixels as a lossless PNG. */
export async function writeRgbPng(frame: RgbFrame, outPng: string, ffmpegPath: string): Promise<void> {
  if (frame.data.length !== frame.width * frame.height * 3) throw new Error('pixel data does not match the frame size')
  await inTempDir(async (dir) => {
    const raw = path.join(dir, 'frame.rgb')
    await writeFile(raw, frame.data)
    await runFfmpeg(ffmpegPath, {
      inputs: [{ path: raw, options: ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${frame.width}x${frame.height}`] }],
      output: outPng,
      outputOptions: ['-frames:v', '1', '-update', '1', '-c:v', 'png', '-pix_fmt', 'rgb24'],
    })
  })
}

/** True for a PNG whose acTL chunk comes before its image data: an animated PNG. */
async function isAnimatedPng(file: string): Promise<boolean> {
  const bytes = await readFile(file)
  if (bytes.length < 8 || bytes.readUInt32BE(0) !== 0x89504e47) return false
  for (let pos = 8; pos + 8 <= bytes.length; ) {
    const type = bytes.toString('latin1', pos + 4, pos + 8)
    if (type === 'acTL') return true
    if (type === 'IDAT') return false
    pos += 12 + bytes.readUInt32BE(pos)
  }
  return false
}

/** Every frame of a picture as RGB24: all frames of an animated PNG (as LoadImage reads them), one of a still. */
export async function readRgbFrames(file: string, ffmpegPath: string): Promise<RgbFrame[]> {
  const { width, height } = await probeVideo(file, ffmpegPath)
  const animated = await isAnimatedPng(file)
  return inTempDir(async (dir) => {
    const out = path.join(dir, 'frames.rgb')
    // The apng demuxer by name (it knows no file-name patterns); every frame as it is composed.
    await runFfmpeg(ffmpegPath, {
      inputs: [animated ? { path: `file:${file}`, options: ['-f', 'apng'] } : { path: file }],
      output: out,
      outputOptions: ['-map', '0:v:0', ...(animated ? ['-fps_mode', 'passthrough'] : ['-frames:v', '1']), '-f', 'rawvideo', '-pix_fmt', 'rgb24'],
    })
    const data = new Uint8Array(await readFile(out))
    const size = width * height * 3
    if (data.length === 0 || data.length % size !== 0) throw new Error(`decoded ${data.length} bytes from ${file}, not whole ${width}x${height} RGB24 frames`)
    return Array.from({ length: data.length / size }, (_, i) => ({ width, height, data: data.subarray(i * size, (i + 1) * size) }))
  })
}

/** Writes RGB24 frames as one lossless animated PNG (what ComfyUI's LoadImage reads back as a batch). */
export async function writeRgbApng(frames: readonly RgbFrame[], outPng: string, fps: number, ffmpegPath: string): Promise<void> {
  const first = frames[0]
  if (!first) throw new Error('an animated PNG needs a frame')
  for (const f of frames) {
    if (f.width !== first.width || f.height !== first.height || f.data.length !== f.width * f.height * 3) throw new Error('frames of an animated PNG must share one size')
  }
  await inTempDir(async (dir) => {
    const raw = path.join(dir, 'frames.rgb')
    await writeFile(raw, Buffer.concat(frames.map((f) => f.data)))
    await runFfmpeg(ffmpegPath, {
      inputs: [{ path: raw, options: ['-f', 'rawvideo', '-pix_fmt', 'rgb24', '-s', `${first.width}x${first.height}`, '-framerate', String(fps)] }],
      output: outPng,
      outputOptions: ['-frames:v', String(frames.length), '-c:v', 'apng', '-pix_fmt', 'rgb24', '-plays', '0', '-f', 'apng'],
    })
  })
}

/** Small grey copies of every frame of a video (`width` wide, the height keeping the aspect). */
export async function readGrayFrames(file: string, width: number, ffmpegPath: string): Promise<{ width: number; height: number; frames: Float32Array[] }> {
  const info = await probeVideo(file, ffmpegPath)
  const w = Math.max(2, Math.min(width, info.width) & ~1)
  const h = Math.max(2, Math.round((info.height * w) / info.width / 2) * 2)
  return inTempDir(async (dir) => {
    const out = path.join(dir, 'frames.gray')
    await runFfmpeg(ffmpegPath, {
      inputs: [{ path: file }],
      output: out,
      outputOptions: ['-map', '0:v:0', '-vf', `scale=${w}:${h}:flags=area,format=gray`, '-fps_mode', 'passthrough', '-f', 'rawvideo', '-pix_fmt', 'gray'],
    })
    const data = new Uint8Array(await readFile(out))
    const size = w * h
    if (data.length === 0 || data.length % size !== 0) throw new Error(`decoded ${data.length} bytes from ${file}, not whole ${w}x${h} frames`)
    return { width: w, height: h, frames: Array.from({ length: data.length / size }, (_, i) => Float32Array.from(data.subarray(i * size, (i + 1) * size))) }
  })
}
