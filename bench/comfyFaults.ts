// Faults 2 and 3: ComfyUI restarts mid-segment (forgetting queue and history), and ComfyUI is
// unreachable for a while mid-job. Either way the job must finish with every frame.
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import { call, getJob, sleep, tinyJob, waitFor } from './httpApi'
import { finalizeAndCheck } from './jobChecks'
import type { JobOutcome } from './jobChecks'

export interface OutageResult extends JobOutcome {
  outage_s: number
  /** Segments seen failed while ComfyUI was away (sampled every 500 ms). */
  failed_during_outage: number
  states_during_outage: string[]
}

export async function comfyRestartMidSegment(): Promise<JobOutcome> {
  const w = await startBenchWorld({ sim: { segmentSeconds: 1.5 } })
  try {
    const name = 'restart'
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(name, 3))
    const id = created.body.id
    await waitFor(() => getJob(w.sidecar.url, id), (j) => j.segments[1]?.status === 'running', 'segment 2 running', 30_000)
    await sleep(400)
    await w.sim.restart()
    return await finalizeAndCheck(w.sidecar.url, w.sim.outputDir, w.sim.promptLog, id, name, 3)
  } finally {
    await w.close()
  }
}

export async function comfyUnreachable(outageSeconds = 30): Promise<OutageResult> {
  const w = await startBenchWorld({ sim: { segmentSeconds: 1 } })
  try {
    const name = 'outage'
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(name, 3))
    const id = created.body.id
    await waitFor(() => getJob(w.sidecar.url, id), (j) => j.segments[1]?.status === 'running', 'segment 2 running', 30_000)
    await sleep(300)
    await w.sim.stop()
    const until = Date.now() + outageSeconds * 1000
    let failed = 0
    const states = new Set<string>()
    while (Date.now() < until) {
      const j = await getJob(w.sidecar.url, id)
      failed = Math.max(failed, j.segments.filter((s) => s.status === 'failed').length)
      states.add(`${j.status} [${j.segments.map((s) => s.status).join(',')}]`)
      await sleep(500)
    }
    await w.sim.start()
    const outcome = await finalizeAndCheck(w.sidecar.url, w.sim.outputDir, w.sim.promptLog, id, name, 3)
    return { ...outcome, outage_s: outageSeconds, failed_during_outage: failed, states_during_outage: [...states] }
  } finally {
    await w.close()
  }
}
