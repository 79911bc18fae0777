// Several simulated ComfyUIs (issue 16): the extra backends of a test world, the demo and the benches.
// Each has its own root (input/output/temp, no shared disk with the others) and its own port; the
// sidecar learns them as settings `backends` (PUT /api/settings), the same way a user adds them.
import path from 'node:path'
import type { BackendSetting } from '../contract'
import { startSimComfy } from '../sim/simComfy'
import type { PromptLogEntry, SimComfy, SimOptions } from '../sim/simComfy'

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

/**
 * A prompt running on two backends at once, or run twice: pairs of log entries (any sims) for the
 * same segment take (its output prefix) whose runs overlap in time, and prompt ids started twice.
 */
export function runsTwice(sims: ReadonlyArray<Pick<SimComfy, 'promptLog'>>): { overlapping: string[]; started_twice: string[] } {
  const all = sims.flatMap((sim) => sim.promptLog.filter((l) => l.startedAt !== undefined))
  const byTake = new Map<string, PromptLogEntry[]>()
  for (const l of all) {
    const prefix = /"filename_prefix":"([^"]+?)(?:_last)?"/.exec(JSON.stringify(l.body))?.[1] ?? l.prompt_id
    byTake.set(prefix, [...(byTake.get(prefix) ?? []), l])
  }
  const overlapping: string[] = []
  for (const [take, entries] of byTake) {
    for (let i = 0; i < entries.length; i++) {
      for (let j = i + 1; j < entries.length; j++) {
        const a = entries[i] as PromptLogEntry
        const b = entries[j] as PromptLogEntry
        const end = (e: PromptLogEntry) => e.finishedAt ?? Number.POSITIVE_INFINITY
        if ((a.startedAt ?? 0) < end(b) && (b.startedAt ?? 0) < end(a)) overlapping.push(take)
      }
    }
  }
  const seen = new Map<string, number>()
  for (const l of all) seen.set(l.prompt_id, (seen.get(l.prompt_id) ?? 0) + 1)
  return { overlapping, started_twice: [...seen].filter(([, n]) => n > 1).map(([id]) => id) }
}
