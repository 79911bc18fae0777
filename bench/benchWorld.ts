// A simulated ComfyUI in this process and the sidecar as a child process, in one fresh temp folder.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSimComfy } from '../sidecar/sim/simComfy'
import type { SimComfy, SimOptions } from '../sidecar/sim/simComfy'
import { backendSettings, startBackendSims } from '../sidecar/testing/backendSims'
import type { BackendSim } from '../sidecar/testing/backendSims'
import { call } from './httpApi'
import { startSidecarProcess } from './sidecarProcess'
import type { SidecarChild } from './sidecarProcess'

export interface BenchWorld {
  root: string
  dataDir: string
  sim: SimComfy
  /** The extra simulated ComfyUIs (WorldOptions.backends), settings backends gpu2, gpu3, ... */
  backends: BackendSim[]
  /** Every sim, main first. */
  sims: SimComfy[]
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
  /** Simulated ComfyUIs besides the main one, given to the sidecar as settings `backends`. */
  backends?: number
  /** More sidecar command-line flags. */
  sidecarArgs?: string[]
}

export async function startBenchWorld(o: WorldOptions = {}): Promise<BenchWorld> {
  const root = o.root ?? mkdtempSync(path.join(tmpdir(), 'lv-bench-'))
  const sim = await startSimComfy({ root: path.join(root, 'comfy'), segmentSeconds: 0, ...o.sim })
  writeStartImage(sim.inputDir)
  const backends = await startBackendSims(path.join(root, 'backends'), o.backends ?? 0, { segmentSeconds: 0, ...o.sim })
  const dataDir = path.join(root, 'data')
  const tmp = path.join(root, 'tmp')
  mkdirSync(tmp, { recursive: true })
  const boot = () => startSidecarProcess({ comfyuiUrl: sim.url, dataDir, comfyInput: sim.inputDir, comfyOutput: sim.outputDir, tmpDir: tmp, ...(o.ffmpeg ? { ffmpeg: o.ffmpeg } : {}), ...(o.sidecarArgs ? { extraArgs: o.sidecarArgs } : {}) })
  const world: BenchWorld = {
    root,
    dataDir,
    sim,
    backends,
    sims: [sim, ...backends.map((b) => b.sim)],
    sidecar: await boot(),
    async restartSidecar() {
      await world.sidecar.kill('SIGTERM')
      world.sidecar = await boot()
    },
    async close() {
      await world.sidecar.kill('SIGTERM')
      for (const s of world.sims) await s.close()
      if (!o.keep) rmSync(root, { recursive: true, force: true })
    },
  }
  if (backends.length > 0) {
    const put = await call(world.sidecar.url, 'PUT', '/api/settings', { backends: backendSettings(backends) })
    if (put.status !== 200) {
      await world.close()
      throw new Error(`the sidecar refused the simulated backends: ${put.status} ${JSON.stringify(put.body)}`)
    }
  }
  return world
}
