// Small HTTP helpers for the suites: JSON calls to the sidecar and polling for a job state.
import type { JobWithSegments } from '../sidecar/contract'
import { BENCH_AUTH } from './sidecarProcess'

export interface Answer<T> {
  status: number
  body: T
}

/** One JSON call; it carries the suites' secret (a base through the demo page's proxy needs none, and ignores it). */
export async function call<T = unknown>(base: string, method: string, p: string, body?: unknown): Promise<Answer<T>> {
  const res = await fetch(`${base}${p}`, {
    method,
    headers: { ...BENCH_AUTH, ...(body !== undefined ? { 'content-type': 'application/json' } : {}) },
    ...(body !== undefined ? { body: JSON.stringify(body) } : {}),
  })
  const text = await res.text()
  let parsed: unknown = text
  try {
    parsed = text ? JSON.parse(text) : null
  } catch {
    // not JSON (a file or plain text); keep the text
  }
  return { status: res.status, body: parsed as T }
}

export const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

export async function waitFor<T>(probe: () => Promise<T>, ok: (v: T) => boolean, what: string, timeoutMs = 60_000, everyMs = 50): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    let last: T | undefined
    try {
      last = await probe()
      if (ok(last)) return last
    } catch {
      // the server may be restarting; try again
    }
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}; last: ${JSON.stringify(last).slice(0, 800)}`)
    await sleep(everyMs)
  }
}

export function getJob(base: string, id: number): Promise<JobWithSegments> {
  return call<JobWithSegments>(base, 'GET', `/api/jobs/${id}`).then((r) => {
    if (r.status !== 200) throw new Error(`GET job ${id}: ${r.status}`)
    return r.body
  })
}

/** A job small enough to make quickly: 64x64, 9 frames per segment, 4 steps; planned prompts run unattended. */
export function tinyJob(name: string, segments: number, extra: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    name,
    input_image: 'start.png',
    prompt: `${name} segment 1`,
    preset: 'wan22_14b_i2v',
    parameters: { width: 64, height: 64, frames: 9, steps: 4, seed: 42 },
    planned_prompts: Array.from({ length: segments - 1 }, (_, i) => `${name} segment ${i + 2}`),
    ...extra,
  }
}
