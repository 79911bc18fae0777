// For tests: tiny synthetic videos made with ffmpeg's test source.
import { execFile } from 'node:child_process'

export interface ClipSpec {
  frames: number
  width?: number
  height?: number
  fps?: number
  codec?: 'libx264' | 'mpeg4'
  /** testsrc2 draws a moving pattern; a solid colour makes frames easy to tell apart. */
  color?: string
  /** libx264 quality; another crf changes the stream's PPS. */
  crf?: number
}

export function makeTestClip(file: string, spec: ClipSpec, ffmpegPath = 'ffmpeg'): Promise<void> {
  const { width = 64, height = 64, fps = 16, codec = 'libx264' } = spec
  const source = spec.color ? `color=c=${spec.color}:size=${width}x${height}:rate=${fps}` : `testsrc2=size=${width}x${height}:rate=${fps}`
  const args = ['-hide_banner', '-nostdin', '-y', '-f', 'lavfi', '-i', source, '-frames:v', String(spec.frames), '-c:v', codec, '-pix_fmt', 'yuv420p', ...(spec.crf !== undefined ? ['-crf', String(spec.crf)] : []), file]
  return new Promise((resolve, reject) => {
    execFile(ffmpegPath, args, (err, _out, stderr) => (err ? reject(new Error(`${err.message}\n${stderr}`)) : resolve()))
  })
}
