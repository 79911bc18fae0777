// Fault (issue 16): one of three ComfyUI backends dies mid-run (its process gone: queue, history and the
// running prompt lost). Every job must still complete with its exact frame count, and no segment may
// run on two backends at once or any prompt run twice (checked in every simulated ComfyUI's log).
import path from 'node:path'
import type { JobWithSegments } from '../sidecar/contract'
import { countFrames } from '../sidecar/video'
import { allSegmentsDone, createJobs, runsTwice } from './backendRuns'
import { startBenchWorld } from './benchWorld'
import { call, getJob, tinyJob, waitFor } from './httpApi'

export interface BackendKillOutcome {
  jobs: number
  completed: number
  exact_frames: number
  frames: Array<number | null>
  expected_frames: number
  killed_backend: string
  /** Seconds after which the killed backend was started again (empty), or null: left dead. */
  revived_after_s: number | null
  /** Prompts the dead backend had started and not finished when it died, and those still queued there. */
  lost_on_kill: { running: number; queued: number }
  prompts_per_backend: Record<string, number>
  /** Segment takes whose runs overlapped on two backends, and prompt ids started twice. */
  overlapping: string[]
  started_twice: string[]
  seconds: number
  error: string | null
}

/** Sidecar flags for the kill: a short failover timeout (default 90 s), so the run stays short. */
export const FAILOVER_TIMEOUT_S = 5
export const BACKEND_FAILOVER_ARGS: string[] = ['--backend-timeout', String(FAILOVER_TIMEOUT_S)]

/** The segments not done of each job not done, with the backend each is on: why a run got stuck. */
async function unfinished(base: string, ids: number[]): Promise<string> {
  const parts: string[] = []
  for (const id of ids) {
    const job = await getJob(base, id)
    if (job.status === 'awaiting_prompt' || job.status === 'completed') continue
    const segs = job.segments.filter((s) => s.status !== 'done').map((s) => `seg ${s.idx + 1} ${s.status} on ${s.backend ?? '-'}${s.error ? ` (${s.error.message.slice(0, 80)})` : ''}`)
    const before = job.segments.filter((s) => s.status === 'done').map((s) => `${s.idx + 1}@${s.backend ?? '-'}`)
    parts.push(`job ${id} ${job.status}: ${segs.join(', ')}; done ${before.join(' ')}`)
  }
  const backends = await call<{ backends?: Array<{ id: string; state: string; last_error: string | null }> }>(base, 'GET', '/api/backends')
  const states = (backends.body.backends ?? []).map((b) => `${b.id} ${b.state}${b.last_error ? ` (${b.last_error.slice(0, 80)})` : ''}`)
  return `${parts.join(' | ') || 'none'}; backends: ${states.join(', ')}`
}

const JOBS = 6
const SEGMENTS = 4
const FRAMES = 9
const GENERATION_S = 1

/**
 * Kills backend gpu2 once it is running a prompt and a few segments are done, leaves it dead, and
 * waits for every job; `sidecarArgs` can shorten the sidecar's failover timeout.
 */
export async function killOneOfThree(sidecarArgs: string[] = [], reviveAfterS: number | null = null): Promise<BackendKillOutcome> {
  const w = await startBenchWorld({ sim: { segmentSeconds: GENERATION_S }, backends: 2, sidecarArgs })
  const t0 = Date.now()
  const victim = w.backends[0]
  const out: BackendKillOutcome = {
    jobs: JOBS,
    completed: 0,
    exact_frames: 0,
    frames: [],
    expected_frames: FRAMES + (SEGMENTS - 1) * (FRAMES - 1),
    killed_backend: victim?.id ?? '',
    revived_after_s: reviveAfterS,
    lost_on_kill: { running: 0, queued: 0 },
    prompts_per_backend: {},
    overlapping: [],
    started_twice: [],
    seconds: 0,
    error: null,
  }
  try {
    if (!victim) throw new Error('no second backend')
    const ids = await createJobs(w, Array.from({ length: JOBS }, (_, j) => tinyJob(`kill-${j + 1}`, SEGMENTS)))
    const allStarted = () => w.sims.flatMap((s) => s.promptLog.filter((l) => l.startedAt !== undefined))
    await waitFor(
      async () => ({ done: allStarted().filter((l) => l.status === 'success').length, runningThere: victim.sim.promptLog.some((l) => l.startedAt !== undefined && l.finishedAt === undefined) }),
      (s) => s.done >= JOBS && s.runningThere,
      `${victim.id} running a prompt after ${JOBS} prompts done`,
      120_000,
      50
    )
    const received = victim.sim.promptLog.filter((l) => l.httpStatus === 200)
    out.lost_on_kill = {
      running: received.filter((l) => l.startedAt !== undefined && l.finishedAt === undefined).length,
      queued: received.filter((l) => l.startedAt === undefined).length,
    }
    await victim.sim.kill()
    // A ComfyUI that crashed and was started again (empty queue and history, its output files kept).
    const revived = reviveAfterS === null ? null : new Promise<void>((r) => setTimeout(r, reviveAfterS * 1000)).then(() => victim.sim.start())
    try {
      // The work left is a few prompts per backend and the failover timeout: minutes mean it is stuck.
      await allSegmentsDone(w, ids, 240_000)
    } catch (e) {
      throw new Error(`${(e as Error).message.split(';')[0]}; unfinished: ${await unfinished(w.sidecar.url, ids)}`)
    } finally {
      await revived
    }
    for (const id of ids) {
      await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
      const job = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status === 'completed' || j.status === 'failed' || j.error !== null, `job ${id} to finalize`, 120_000, 200)
      const file = (job as JobWithSegments).final_video?.file
      const frames = file ? await countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg') : null
      out.frames.push(frames)
      if (job.status === 'completed') out.completed++
      if (frames === out.expected_frames) out.exact_frames++
    }
  } catch (e) {
    out.error = (e as Error).message.split('\n')[0] ?? 'error'
  } finally {
    // Read from every sim's log whatever happened, so a stuck run still says whether anything ran twice.
    const twice = runsTwice(w.sims)
    out.overlapping = twice.overlapping
    out.started_twice = twice.started_twice
    w.sims.forEach((s, i) => {
      out.prompts_per_backend[i === 0 ? 'main' : (w.backends[i - 1]?.id ?? String(i))] = s.promptLog.filter((l) => l.startedAt !== undefined).length
    })
    out.seconds = Math.round((Date.now() - t0) / 100) / 10
    await w.close()
  }
  return out
}
