// Pixels in and out of ffmpeg: one frame decoded to RGB24 (`-f rawvideo -pix_fmt rgb24`), and
// RGB24 pixels written as a PNG. Used by the colour guard; the maths lives in continuity/.
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
