// The one place that runs ffmpeg, through fluent-ffmpeg. It never uses ffprobe: no 'progress'
// listener (that starts ffprobe), progress is read from stderr lines instead.
import ffmpeg from 'fluent-ffmpeg'

export interface FfmpegJob {
  inputs: { path: string; options?: string[] }[]
  output: string
  outputOptions: string[]
  /** Called with the frame count of each progress line. */
  onFrame?: (frame: number) => void
}

export class FfmpegError extends Error {
  override readonly name = 'FfmpegError'
  constructor(
    message: string,
    readonly stderr: string
  ) {
    super(message)
  }
}

const PROGRESS = /^(frame|size)=/

/** The lines of stderr that explain a failure, without progress noise. */
export function failureReason(stderr: string): string {
  if (/No space left on device/i.test(stderr)) return 'No space left on device'
  const lines = stderr
    .split(/\r\n|\r|\n/)
    .map((l) => l.trim())
    .filter((l) => l && !PROGRESS.test(l))
  return lines.slice(-3).join('; ') || 'no output'
}

/**
 * fluent-ffmpeg splits an array element with exactly one space into two arguments ("title=My Job"
 * would become "title=My" "Job"); passing the options as separate arguments turns that off.
 */
function asArguments(options: string[]): string[] {
  if (options.length === 1 && options[0]?.includes(' ')) throw new Error(`single ffmpeg option with a space: ${options[0]}`)
  return options
}

/** Runs one ffmpeg command and resolves with its whole stderr. */
export function runFfmpeg(ffmpegPath: string, job: FfmpegJob): Promise<string> {
  return new Promise((resolve, reject) => {
    // stdoutLines 0 keeps all of stderr: stream info is at the top, the frame count at the end.
    const command = ffmpeg({ stdoutLines: 0 })
    // fluent-ffmpeg keeps the path in a module-wide cache; one ffmpeg per process is assumed.
    command.setFfmpegPath(ffmpegPath)
    job.inputs.forEach((input, i) => {
      command.input(input.path)
      const options = asArguments([...(i === 0 ? ['-hide_banner', '-nostdin'] : []), ...(input.options ?? [])])
      if (options.length > 0) command.inputOptions(...options)
    })
    command.output(job.output)
    const outputOptions = asArguments(job.outputOptions)
    if (outputOptions.length > 0) command.outputOptions(...outputOptions)
    if (job.onFrame) {
      const onFrame = job.onFrame
      command.on('stderr', (line: string) => {
        const match = /^frame=\s*(\d+)/.exec(line)
        if (match?.[1]) onFrame(Number(match[1]))
      })
    }
    command.on('end', (_stdout: string | null, stderr: string | null) => resolve(stderr ?? ''))
    command.on('error', (err: Error, _stdout: string | null, stderr: string | null) => {
      const text = stderr ?? ''
      reject(new FfmpegError(text ? failureReason(text) : err.message, text))
    })
    command.run()
  })
}
