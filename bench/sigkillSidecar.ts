// Fault 1: SIGKILL the sidecar process at random moments of a planned job and start it again each time.
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import { call, sleep, tinyJob } from './httpApi'
import { finalizeAndCheck } from './jobChecks'
import type { JobOutcome } from './jobChecks'
import { seededRandom } from './seededRandom'
import { startSidecarProcess } from './sidecarProcess'

export interface SigkillResult extends JobOutcome {
  kills: number
  seed: number
  /** Job and segment states seen just before each kill, e.g. "running 1:running". */
  moments: string[]
}

export async function sigkillDuringJob(kills = 20, segments = 5, seed = 20260101): Promise<SigkillResult> {
  const rng = seededRandom(seed)
  // 2.5 s segments: 20 kills with 100-900 ms of life each plus a restart spread over the whole job.
  const w = await startBenchWorld({ sim: { segmentSeconds: 2.5 } })
  const moments: string[] = []
  try {
    const name = 'sigkill'
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(name, segments))
    if (created.status !== 201) throw new Error(`create job: ${created.status}`)
    const id = created.body.id
    for (let k = 0; k < kills; k++) {
      await sleep(rng.int(100, 900))
      const j = await call<JobWithSegments>(w.sidecar.url, 'GET', `/api/jobs/${id}`).catch(() => null)
      const seg = j?.body.segments.find((s) => s.status !== 'done')
      moments.push(`${j?.body.status ?? '?'} ${seg ? `${seg.idx}:${seg.status}` : 'all done'}`)
      await w.sidecar.kill('SIGKILL')
      w.sidecar = await startSidecarProcess({ comfyuiUrl: w.sim.url, dataDir: w.dataDir, comfyInput: w.sim.inputDir, comfyOutput: w.sim.outputDir })
    }
    const outcome = await finalizeAndCheck(w.sidecar.url, w.sim.outputDir, w.sim.promptLog, id, name, segments)
    return { ...outcome, kills, seed, moments }
  } finally {
    await w.close()
  }
}
