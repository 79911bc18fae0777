// Finding the ffmpeg binary (explicit path, LONGVIDEO_FFMPEG, then PATH) and its version. Only
// ffmpeg is required; ffprobe is never used.
import { execFile } from 'node:child_process'
import { accessSync, constants, statSync } from 'node:fs'
import { delimiter, join } from 'node:path'

export interface FfmpegLocation {
  path: string | null
  error: string | null
}

const HOW_TO_GET =
  'install ffmpeg (apt install ffmpeg, brew install ffmpeg, winget install ffmpeg, or pip install imageio-ffmpeg) or set LONGVIDEO_FFMPEG to its path'

function isExecutable(file: string): boolean {
  try {
    if (!statSync(file).isFile()) return false
    accessSync(file, constants.X_OK)
    return true
  } catch {
    return false
  }
}

function onPath(name: string, pathVar: string | undefined): string | null {
  const names = process.platform === 'win32' ? [`${name}.exe`, name] : [name]
  for (const dir of (pathVar ?? '').split(delimiter)) {
    if (!dir) continue
    for (const n of names) {
      const candidate = join(dir, n)
      if (isExecutable(candidate)) return candidate
    }
  }
  return null
}

function check(candidate: string, source: string, env: NodeJS.ProcessEnv): FfmpegLocation {
  // A bare command name ("ffmpeg") is looked up on PATH, a path is taken as is.
  const found = /[\\/]/.test(candidate) ? (isExecutable(candidate) ? candidate : null) : onPath(candidate, env.PATH)
  return found ? { path: found, error: null } : { path: null, error: `ffmpeg not found at ${candidate} (${source}): ${HOW_TO_GET}` }
}

export function resolveFfmpeg(explicit?: string, env: NodeJS.ProcessEnv = process.env): FfmpegLocation {
  if (explicit) return check(explicit, 'given path', env)
  if (env.LONGVIDEO_FFMPEG) return check(env.LONGVIDEO_FFMPEG, 'LONGVIDEO_FFMPEG', env)
  const found = onPath('ffmpeg', env.PATH)
  return found ? { path: found, error: null } : { path: null, error: `ffmpeg not found on PATH: ${HOW_TO_GET}` }
}

/** The version string of `ffmpeg -version`, e.g. "5.1.6-0+deb12u1" or "n7.1". */
export function ffmpegVersion(path: string): Promise<string> {
  return new Promise((resolve, reject) => {
    execFile(path, ['-hide_banner', '-version'], { timeout: 15_000 }, (err, stdout) => {
      if (err) return reject(new Error(`ffmpeg at ${path} does not run: ${err.message}`))
      const match = /ffmpeg version (\S+)/.exec(stdout)
      if (!match?.[1]) return reject(new Error(`${path} does not look like ffmpeg: ${stdout.split('\n')[0] ?? ''}`))
      resolve(match[1])
    })
  })
}
