// Single images out of a video: an exact frame as PNG, and a small thumbnail.
import { probeVideo } from './probeVideo'
import { runFfmpeg } from './runFfmpeg'

/** Writes frame `which` (0-based) or the last frame, decoded, as a PNG. */
export async function extractFrame(file: string, which: number | 'last', outPng: string, ffmpegPath: string): Promise<void> {
  const { frames } = await probeVideo(file, ffmpegPath)
  const index = which === 'last' ? frames - 1 : which
  if (!Number.isInteger(index) || index < 0 || index >= frames) {
    throw new Error(`frame ${String(which)} is out of range: ${file} has ${frames} frames`)
  }
  // No -fps_mode (ffmpeg 4.x lacks it): the image2 muxer keeps frames as they come anyway.
  await runFfmpeg(ffmpegPath, {
    inputs: [{ path: file }],
    output: outPng,
    outputOptions: ['-map', '0:v:0', '-vf', `select=eq(n\\,${index})`, '-frames:v', '1', '-update', '1', '-c:v', 'png'],
  })
}

/** A `width`-pixel-wide still of the first frame (of a video or an image), as JPEG or PNG by extension. */
export async function makeThumbnail(input: string, outJpgOrPng: string, width: number, ffmpegPath: string): Promise<void> {
  if (!Number.isInteger(width) || width < 8 || width > 4096) throw new Error(`thumbnail width must be 8 to 4096 pixels, got ${width}`)
  const quality = /\.jpe?g$/i.test(outJpgOrPng) ? ['-q:v', '3'] : []
  await runFfmpeg(ffmpegPath, {
    inputs: [{ path: input }],
    output: outJpgOrPng,
    outputOptions: ['-map', '0:v:0', '-frames:v', '1', '-vf', `scale=${width}:-2`, '-update', '1', ...quality],
  })
}

/**
 * A filmstrip: the frames `frames` (0-based, ascending) of a video side by side in one image, each `width`
 * pixels wide, as JPEG. Answers how many frames it holds.
 */
export async function makeFilmstrip(input: string, out: string, frames: readonly number[], width: number, ffmpegPath: string): Promise<number> {
  if (!Number.isInteger(width) || width < 8 || width > 1024) throw new Error(`filmstrip frame width must be 8 to 1024 pixels, got ${width}`)
  if (frames.length === 0 || frames.some((f) => !Number.isInteger(f) || f < 0)) throw new Error('a filmstrip needs frame numbers of 0 or more')
  const pick = [...new Set(frames)].map((f) => `eq(n\\,${f})`).join('+')
  const count = new Set(frames).size
  await runFfmpeg(ffmpegPath, {
    inputs: [{ path: input }],
    output: out,
    outputOptions: ['-map', '0:v:0', '-vf', `select=${pick},scale=${width}:-2,tile=${count}x1`, '-frames:v', '1', '-update', '1', '-q:v', '4'],
  })
  return count
}
