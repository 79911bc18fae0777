// The sidecar as a real child process (the bundled dist/sidecar.mjs, or the sources through tsx when
// there is no bundle), so kills, memory and crashes are those of the shipped program.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const bundle = path.join(repo, 'dist', 'sidecar.mjs')

/**
 * The secret the suites' sidecars are started with (through the environment, as the Python package
 * does); every request of the suites carries it (httpApi.ts).
 */
export const BENCH_SECRET = 'bench-secret-not-for-production-0001'
export const BENCH_AUTH = { 'x-longvideo-secret': BENCH_SECRET }

export interface SidecarArgs {
  comfyuiUrl: string
  dataDir: string
  comfyInput?: string
  comfyOutput?: string
  /** Temp folder of the child (the sidecar writes upload checks there). */
  tmpDir?: string
  /** The ffmpeg it runs (--ffmpeg), e.g. a wrapper that stalls or fails on purpose. */
  ffmpeg?: string
  /** More command-line flags (e.g. --backend NAME=URL). */
  extraArgs?: string[]
}

export interface SidecarChild {
  url: string
  port: number
  pid: number
  /** Every stderr line the process wrote so far. */
  stderr: string[]
  exited: Promise<number | null>
  kill(signal: NodeJS.Signals): Promise<void>
}

export function sidecarCommand(): { cmd: string; args: string[]; from: 'dist' | 'sources' } {
  // The flags the Python package and `npm run sidecar` start it with.
  if (existsSync(bundle)) return { cmd: process.execPath, args: ['--max-semi-space-size=2', '--optimize-for-size', bundle], from: 'dist' }
  return { cmd: process.execPath, args: ['--import', 'tsx', path.join(repo, 'sidecar', 'main.ts')], from: 'sources' }
}

export function startSidecarProcess(a: SidecarArgs, timeoutMs = 20_000): Promise<SidecarChild> {
  const { cmd, args } = sidecarCommand()
  const argv = [...args, '--comfyui', a.comfyuiUrl, '--port', '0', '--data', a.dataDir]
  if (a.comfyInput) argv.push('--comfy-input', a.comfyInput)
  if (a.comfyOutput) argv.push('--comfy-output', a.comfyOutput)
  if (a.ffmpeg) argv.push('--ffmpeg', a.ffmpeg)
  if (a.extraArgs) argv.push(...a.extraArgs)
  const child: ChildProcess = spawn(cmd, argv, {
    cwd: repo,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, LONGVIDEO_SECRET: BENCH_SECRET, ...(a.tmpDir ? { TMPDIR: a.tmpDir } : {}) },
  })
  const stderr: string[] = []
  let errBuf = ''
  child.stderr?.on('data', (d: Buffer) => {
    errBuf += d.toString('utf8')
    const lines = errBuf.split('\n')
    errBuf = lines.pop() ?? ''
    stderr.push(...lines)
  })
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => {
      child.kill('SIGKILL')
      reject(new Error(`sidecar did not print its LISTENING line in ${timeoutMs} ms; stderr: ${stderr.join('\n')}`))
    }, timeoutMs)
    void exited.then((code) => {
      clearTimeout(timer)
      reject(new Error(`sidecar exited with ${code} before listening; stderr: ${stderr.join('\n')}`))
    })
    child.stdout?.on('data', (d: Buffer) => {
      out += d.toString('utf8')
      const m = /LONGVIDEO_SIDECAR_LISTENING (\{.*\})/.exec(out)
      if (!m?.[1]) return
      clearTimeout(timer)
      const info = JSON.parse(m[1]) as { port: number; pid: number }
      resolve({
        url: `http://127.0.0.1:${info.port}`,
        port: info.port,
        pid: info.pid,
        stderr,
        exited,
        async kill(signal) {
          if (child.exitCode === null && child.signalCode === null) child.kill(signal)
          await exited
        },
      })
    })
  })
}

/** Resident memory of a process in MB, from /proc/<pid>/status. */
export function residentMb(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8')
  const kb = Number(/^VmRSS:\s+(\d+)\s+kB/m.exec(status)?.[1] ?? Number.NaN)
  return Math.round((kb / 1024) * 10) / 10
}
