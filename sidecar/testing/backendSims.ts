// Several simulated ComfyUIs (issue 16): the extra backends of a test world, the demo and the benches.
// Each has its own root (input/output/temp, no shared disk with the others) and its own port; the
// sidecar learns them as settings `backends` (PUT /api/settings), the same way a user adds them.
import path from 'node:path'
import type { BackendSetting } from '../contract'
import { startSimComfy } from '../sim/simComfy'
import type { SimComfy, SimOptions } from '../sim/simComfy'

export interface BackendSim {
  /** The backend id in settings: gpu2, gpu3, ... (`main` is the ComfyUI the sidecar was started with). */
  id: string
  name: string
  sim: SimComfy
}

/** Backend ids of the extra sims, numbered after the main one: gpu2, gpu3, ... */
export function extraBackendId(i: number): string {
  return `gpu${i + 2}`
}

/**
 * Starts `count` more simulated ComfyUIs under `root` (one folder each: `<root>/gpu2`, ...), each with
 * the same options as the main one. They share no folder with it: whatever a backend needs (start
 * image, hand-off frame) must reach it over HTTP.
 */
export async function startBackendSims(root: string, count: number, simOptions: Partial<SimOptions> = {}): Promise<BackendSim[]> {
  const out: BackendSim[] = []
  try {
    for (let i = 0; i < count; i++) {
      const id = extraBackendId(i)
      const sim = await startSimComfy({ segmentSeconds: 0.2, ...simOptions, root: path.join(root, id) })
      out.push({ id, name: `Simulated GPU ${i + 2}`, sim })
    }
  } catch (e) {
    await Promise.all(out.map((b) => b.sim.close()))
    throw e
  }
  return out
}

/** The settings `backends` list naming these sims (all on). */
export function backendSettings(backends: readonly BackendSim[]): BackendSetting[] {
  return backends.map((b) => ({ id: b.id, name: b.name, url: b.sim.url, enabled: true }))
}
