// The one place that runs ffmpeg: one process per call, arguments as an array (never a shell),
// stderr kept for the reason of a failure and read for progress. It never uses ffprobe.
// Every way a start can fail (a NUL byte or an over-long argument, which spawn throws on at once,
// a missing binary, which it reports later) ends as a rejected promise: never an uncaught throw.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { ffmpegEnded, ffmpegStarted } from './ffmpegChildren'

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

/** Linux refuses one argument over 128 KiB (MAX_ARG_STRLEN) and all of them over ARG_MAX (2 MiB with the environment). */
export const MAX_ARGUMENT_BYTES = 128 * 1024 - 1
export const MAX_ARGUMENTS_BYTES = 1024 * 1024

/** The argument list ffmpeg gets: each input's options then `-i path`, then the output's options and path. */
export function ffmpegArguments(job: FfmpegJob): string[] {
  const args = ['-hide_banner', '-nostdin']
  for (const input of job.inputs) args.push(...(input.options ?? []), '-i', input.path)
  args.push('-y', ...job.outputOptions, job.output)
  return args
}

/** Why these arguments cannot be passed to a process, or null when they can. */
export function argumentProblem(args: readonly string[]): string | null {
  let total = 0
  for (const [i, arg] of args.entries()) {
    if (arg.includes('\0')) return `ffmpeg argument ${i + 1} contains a NUL byte`
    const bytes = Buffer.byteLength(arg)
    if (bytes > MAX_ARGUMENT_BYTES) return `ffmpeg argument ${i + 1} is ${bytes} bytes (the system allows ${MAX_ARGUMENT_BYTES})`
    total += bytes + 1
  }
  if (total > MAX_ARGUMENTS_BYTES) return `ffmpeg arguments total ${total} bytes (at most ${MAX_ARGUMENTS_BYTES})`
  return null
}

/** Starts a process; a synchronous spawn failure (E2BIG, EINVAL, a NUL byte) is returned, not thrown. */
function start(command: string, args: string[]): ChildProcess | Error {
  try {
    return spawn(command, args, { stdio: ['ignore', 'ignore', 'pipe'], windowsHide: true })
  } catch (err) {
    return err instanceof Error ? err : new Error(String(err))
  }
}

/** Runs one ffmpeg command and resolves with its whole stderr. */
export function runFfmpeg(ffmpegPath: string, job: FfmpegJob): Promise<string> {
  return new Promise((resolve, reject) => {
    const args = ffmpegArguments(job)
    const refused = argumentProblem(args)
    if (refused) {
      reject(new FfmpegError(refused, ''))
      return
    }
    const child = start(ffmpegPath, args)
    if (child instanceof Error) {
      reject(new FfmpegError(`ffmpeg could not be started: ${child.message}`, ''))
      return
    }
    // Recorded while it runs, so a sidecar killed meanwhile has it ended by the next start.
    ffmpegStarted(child, job.output)
    const chunks: string[] = []
    let partial = ''
    let settled = false
    const settle = (err: FfmpegError | null) => {
      if (settled) return
      settled = true
      ffmpegEnded(child)
      if (err) reject(err)
      else resolve(chunks.join(''))
    }
    child.stderr?.setEncoding('utf8')
    child.stderr?.on('data', (text: string) => {
      chunks.push(text)
      if (!job.onFrame) return
      // Progress lines end in \r; the last piece may be cut in the middle of a line.
      const lines = (partial + text).split(/\r\n|\r|\n/)
      partial = lines.pop() ?? ''
      for (const line of lines) {
        const match = /^frame=\s*(\d+)/.exec(line)
        if (match?.[1]) job.onFrame(Number(match[1]))
      }
    })
    child.on('error', (err) => settle(new FfmpegError(`ffmpeg could not be started: ${err.message}`, chunks.join(''))))
    // 'close' comes after stderr has ended, so the whole log is in.
    child.on('close', (code, signal) => {
      const stderr = chunks.join('')
      if (code === 0) settle(null)
      else if (signal) settle(new FfmpegError(`ffmpeg was killed with signal ${signal}`, stderr))
      else settle(new FfmpegError(stderr ? failureReason(stderr) : `ffmpeg exited with code ${code}`, stderr))
    })
  })
}
