// Benchmark 2: share of wall time the simulated GPU sat idle while jobs still had segments to run.
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import { call, getJob, tinyJob, waitFor } from './httpApi'
import { round } from './stats'

export interface IdleResult {
  jobs: number
  segments_per_job: number
  wall_ms: number
  busy_ms: number
  idle_ms: number
  idle_share_pct: number
  /** Idle gaps after the first prompt started (leaves out the first submission). */
  idle_after_first_start_pct: number
}

export async function measureGpuIdle(jobs = 3, perJob = 4, seconds = 1): Promise<IdleResult> {
  const w = await startBenchWorld({ sim: { segmentSeconds: seconds } })
  try {
    const t0 = Date.now()
    const ids: number[] = []
    for (let i = 0; i < jobs; i++) {
      const r = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(`idle ${i + 1}`, perJob))
      if (r.status !== 201) throw new Error(`create job: ${r.status}`)
      ids.push(r.body.id)
    }
    for (const id of ids) await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status === 'awaiting_prompt', `job ${id}`, 120_000)
    const runs = w.sim.promptLog
      .filter((l) => l.httpStatus === 200 && l.startedAt !== undefined && l.finishedAt !== undefined)
      .map((l) => [l.startedAt as number, l.finishedAt as number] as const)
      .sort((a, b) => a[0] - b[0])
    if (runs.length !== jobs * perJob) throw new Error(`${runs.length} prompts ran for ${jobs * perJob} segments`)
    const end = Math.max(...runs.map((r) => r[1]))
    // Union of execution intervals; everything else between t0 and the last finish is idle with work ready
    // (until the very last segment there is always a planned segment somewhere).
    let busy = 0
    let cursor = t0
    let idleAfterFirst = 0
    const firstStart = runs[0]?.[0] ?? t0
    for (const [s, f] of runs) {
      if (s > cursor && cursor >= firstStart) idleAfterFirst += s - cursor
      if (f > cursor) {
        busy += f - Math.max(s, cursor)
        cursor = f
      }
    }
    const wall = end - t0
    return {
      jobs,
      segments_per_job: perJob,
      wall_ms: wall,
      busy_ms: busy,
      idle_ms: wall - busy,
      idle_share_pct: round((100 * (wall - busy)) / wall),
      idle_after_first_start_pct: round((100 * idleAfterFirst) / (end - firstStart)),
    }
  } finally {
    await w.close()
  }
}
