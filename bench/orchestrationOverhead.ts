// Benchmark 1: from the simulated ComfyUI finishing segment k to it receiving segment k+1's prompt.
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import { call, getJob, tinyJob, waitFor } from './httpApi'
import { summarize } from './stats'
import type { Summary } from './stats'

export interface OverheadResult {
  segments: number
  overhead_ms: Summary
  samples_ms: number[]
}

export async function measureOverhead(segments = 20): Promise<OverheadResult> {
  const w = await startBenchWorld({ sim: { segmentSeconds: 0 } })
  try {
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob('overhead', segments))
    if (created.status !== 201) throw new Error(`create job: ${created.status} ${JSON.stringify(created.body)}`)
    await waitFor(() => getJob(w.sidecar.url, created.body.id), (j) => j.status === 'awaiting_prompt', `${segments} segments`, 120_000)
    const log = w.sim.promptLog.filter((l) => l.httpStatus === 200).sort((a, b) => a.receivedAt - b.receivedAt)
    if (log.length !== segments) throw new Error(`ComfyUI accepted ${log.length} prompts for ${segments} segments`)
    const gaps: number[] = []
    for (let k = 0; k + 1 < log.length; k++) {
      const done = log[k]?.finishedAt
      const next = log[k + 1]?.receivedAt
      if (done === undefined || next === undefined) throw new Error(`prompt ${k} has no finish time`)
      gaps.push(next - done)
    }
    return { segments, overhead_ms: summarize(gaps), samples_ms: gaps }
  } finally {
    await w.close()
  }
}
