// Test fixture: a simulated ComfyUI (real HTTP/WS, real ffmpeg outputs) and a sidecar pointed at it,
// with small helpers to call the API and wait for a state. Used by the integration tests only.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { execFileSync } from 'node:child_process'
import type { JobWithSegments } from '../contract'
import { silentLog } from '../log'
import { startSidecar } from '../server'
import type { Sidecar, SidecarOptions } from '../server'
import { startSimComfy } from '../sim/simComfy'
import type { SimComfy, SimOptions } from '../sim/simComfy'
import { backendSettings, startBackendSims } from './backendSims'
import type { BackendSim } from './backendSims'

export interface World {
  root: string
  /** The main ComfyUI (backend `main`, the one --comfyui names). */
  sim: SimComfy
  /** The extra simulated ComfyUIs (WorldOptions.backends), in settings as gpu2, gpu3, ... */
  backends: BackendSim[]
  /** Every sim, main first. */
  sims: SimComfy[]
  sidecar: Sidecar
  api<T = unknown>(method: string, path: string, body?: unknown): Promise<{ status: number; body: T }>
  job(id: number): Promise<JobWithSegments>
  waitForJob(id: number, done: (j: JobWithSegments) => boolean, what: string, timeoutMs?: number): Promise<JobWithSegments>
  /** `between`: runs while no sidecar is up (e.g. to put back a copy of its database). */
  restartSidecar(between?: () => void): Promise<void>
  close(): Promise<void>
}

/** A small real PNG in the sim's input folder (`source`: an ffmpeg lavfi source). */
export function writeStartImage(dir: string, name = 'start.png', source = 'testsrc=s=64x64'): void {
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', source, '-frames:v', '1', path.join(dir, name)])
}

export async function waitUntil<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs
  let last: T = await probe()
  while (!ok(last)) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 1500)}`)
    await new Promise((r) => setTimeout(r, 50))
    last = await probe()
  }
  return last
}

/** One call of the API; `headers` carries the sidecar's secret (Sidecar.authHeaders). */
export async function request<T>(base: string, method: string, p: string, body?: unknown, headers: Record<string, string> = {}): Promise<{ status: number; body: T }> {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { ...headers, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const text = await res.text()
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T }
}

export interface WorldOptions {
  /** How many simulated ComfyUIs besides the main one, given to the sidecar as settings `backends`. Default 0. */
  backends?: number
}

export async function startWorld(
  simOptions: Partial<SimOptions> = {},
  sidecarOptions: Partial<SidecarOptions> = {},
  worldOptions: WorldOptions = {}
): Promise<World> {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-world-'))
  const sim = await startSimComfy({ root: path.join(root, 'comfy'), segmentSeconds: 0.2, ...simOptions })
  const backends = await startBackendSims(path.join(root, 'backends'), worldOptions.backends ?? 0, simOptions)
  writeStartImage(sim.inputDir)
  writeFileSync(path.join(sim.inputDir, 'not-an-image.png'), 'hello')
  const dataDir = path.join(root, 'data')
  const boot = () =>
    startSidecar({ comfyuiUrl: sim.url, dataDir, comfyInput: sim.inputDir, comfyOutput: sim.outputDir, pollMs: 250, log: silentLog, ...sidecarOptions })
  const world: World = {
    root,
    sim,
    backends,
    sims: [sim, ...backends.map((b) => b.sim)],
    sidecar: await boot(),
    api: (method, p, body) => request(world.sidecar.url, method, p, body, world.sidecar.authHeaders),
    async job(id) {
      const r = await world.api<JobWithSegments>('GET', `/api/jobs/${id}`)
      return r.body
    },
    waitForJob: (id, done, what, timeoutMs) => waitUntil(() => world.job(id), done, what, timeoutMs),
    async restartSidecar(between) {
      await world.sidecar.close()
      between?.()
      world.sidecar = await boot()
    },
    async close() {
      await world.sidecar.close()
      for (const s of world.sims) await s.close()
    },
  }
  if (backends.length > 0) {
    const put = await world.api('PUT', '/api/settings', { backends: backendSettings(backends) })
    if (put.status !== 200) {
      await world.close()
      throw new Error(`the sidecar refused the simulated backends: ${put.status} ${JSON.stringify(put.body)}`)
    }
  }
  return world
}

/** The job waits for its next prompt with every segment done (nothing runs). */
export const idle = (j: JobWithSegments) => j.status === 'awaiting_prompt' && j.segments.every((s) => s.status === 'done')

/** A job body small enough for tests: 64x64, 9 frames per segment, 4 steps. */
export function smallJob(extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name: 'Test walk',
    input_image: 'start.png',
    prompt: 'a walk in the park',
    preset: 'wan22_14b_i2v',
    parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 42 },
    ...extra,
  }
}
