// What the figures were measured on: cores, memory, Node, ffmpeg, date and commit.
import { execFileSync } from 'node:child_process'
import os from 'node:os'

export interface Machine {
  nproc: number
  cpu: string
  memory_gb: number
  node: string
  ffmpeg: string
  date: string
  commit: string
  /** 1, 5 and 15 minute load averages when the run started: how busy the machine was. */
  load_average: number[]
}

function firstLine(cmd: string, args: string[]): string {
  try {
    return execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).split('\n')[0]?.trim() ?? ''
  } catch {
    return 'unknown'
  }
}

export function describeMachine(): Machine {
  return {
    nproc: os.availableParallelism(),
    cpu: os.cpus()[0]?.model ?? 'unknown',
    memory_gb: Math.round((os.totalmem() / 1024 ** 3) * 10) / 10,
    node: process.version,
    ffmpeg: firstLine('ffmpeg', ['-version']).replace(/ Copyright.*/, ''),
    date: new Date().toISOString(),
    commit: firstLine('git', ['rev-parse', '--short', 'HEAD']),
    load_average: os.loadavg().map((l) => Math.round(l * 10) / 10),
  }
}
