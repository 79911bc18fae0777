// Fault 6: many jobs created and run at once through the API; all complete, SQLite never locks.
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import { call, tinyJob } from './httpApi'
import { finalizeAndCheck } from './jobChecks'

export interface ConcurrentResult {
  jobs: number
  created: number
  completed: number
  exact_frames: number
  server_errors: number
  database_locked_lines: number
}

export async function concurrentJobs(count = 20): Promise<ConcurrentResult> {
  const w = await startBenchWorld({ sim: { segmentSeconds: 0.05 } })
  try {
    const created = await Promise.all(
      Array.from({ length: count }, (_, i) => call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(`crowd${i + 1}`, 2)))
    )
    let serverErrors = created.filter((c) => c.status >= 500).length
    const ids = created.filter((c) => c.status === 201).map((c) => c.body.id)
    // Poll all of them at once too, so reads overlap the runner's writes.
    const outcomes = await Promise.all(
      ids.map((id, i) => finalizeAndCheck(w.sidecar.url, w.sim.outputDir, w.sim.promptLog, id, `crowd${i + 1}`, 2, 9, 240_000))
    )
    const again = await Promise.all(ids.map((id) => call(w.sidecar.url, 'GET', `/api/jobs/${id}`)))
    serverErrors += again.filter((a) => a.status >= 500).length
    return {
      jobs: count,
      created: ids.length,
      completed: outcomes.filter((o) => o.status === 'completed').length,
      exact_frames: outcomes.filter((o) => o.exact_frames).length,
      server_errors: serverErrors,
      database_locked_lines: w.sidecar.stderr.filter((l) => /database is locked|SQLITE_BUSY/i.test(l)).length,
    }
  } finally {
    await w.close()
  }
}
