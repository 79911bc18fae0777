// A simulated ComfyUI in this process and the sidecar as a child process, in one fresh temp folder.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSimComfy } from '../sidecar/sim/simComfy'
import type { SimComfy, SimOptions } from '../sidecar/sim/simComfy'
import { startSidecarProcess } from './sidecarProcess'
import type { SidecarChild } from './sidecarProcess'

export interface BenchWorld {
  root: string
  dataDir: string
  sim: SimComfy
  sidecar: SidecarChild
  restartSidecar(): Promise<void>
  close(): Promise<void>
}

export function writeStartImage(dir: string, name = 'start.png'): void {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64', '-frames:v', '1', path.join(dir, name)])
}

export interface WorldOptions {
  sim?: Partial<SimOptions>
  /** Created before the sim starts (e.g. a mounted folder as ComfyUI's output). */
  root?: string
  keep?: boolean
  /** The ffmpeg the sidecar runs (a wrapper for fault scenarios); found on PATH otherwise. */
  ffmpeg?: string
}

export async function startBenchWorld(o: WorldOptions = {}): Promise<BenchWorld> {
  const root = o.root ?? mkdtempSync(path.join(tmpdir(), 'lv-bench-'))
  const sim = await startSimComfy({ root: path.join(root, 'comfy'), segmentSeconds: 0, ...o.sim })
  writeStartImage(sim.inputDir)
  const dataDir = path.join(root, 'data')
  const tmp = path.join(root, 'tmp')
  mkdirSync(tmp, { recursive: true })
  const boot = () => startSidecarProcess({ comfyuiUrl: sim.url, dataDir, comfyInput: sim.inputDir, comfyOutput: sim.outputDir, tmpDir: tmp, ...(o.ffmpeg ? { ffmpeg: o.ffmpeg } : {}) })
  const world: BenchWorld = {
    root,
    dataDir,
    sim,
    sidecar: await boot(),
    async restartSidecar() {
      await world.sidecar.kill('SIGTERM')
      world.sidecar = await boot()
    },
    async close() {
      await world.sidecar.kill('SIGTERM')
      await sim.close()
      if (!o.keep) rmSync(root, { recursive: true, force: true })
    },
  }
  return world
}
