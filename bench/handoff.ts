// Hand-off overhead: from ComfyUI finishing segment k to ComfyUI receiving segment k+1, read from
// ComfyUI's own history. Measured in one run for three things over the same ComfyUI: our sidecar,
// the seed-style baseline (seedBaseline.ts) and one loopback HTTP round trip (the physical floor).
// Also the GPU idle share of both while several jobs have work ready.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { JobWithSegments } from '../sidecar/contract'
import { loadTemplates } from '../sidecar/workflows'
import type { Template } from '../sidecar/workflows'
import { handoffGaps, idleShare, promptTimings } from './comfyTimings'
import type { IdleShare, PromptTiming } from './comfyTimings'
import { openComfy } from './comfySide'
import type { ComfySide } from './comfySide'
import { call, getJob, waitFor } from './httpApi'
import { seededRandom } from './seededRandom'
import { runSeedJobs } from './seedBaseline'
import type { SeedJob } from './seedBaseline'
import { startSidecarProcess } from './sidecarProcess'
import type { SidecarChild } from './sidecarProcess'
import { round, summarize } from './stats'
import type { Summary } from './stats'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')

/** Sequential GETs of a trivial route (keep-alive, as every client here uses); one sample per request. */
export async function roundTrips(base: string, route: string, n: number): Promise<number[]> {
  const out: number[] = []
  for (let i = 0; i < n; i++) {
    const t = performance.now()
    const res = await fetch(`${base}${route}`)
    await res.arrayBuffer()
    out.push(performance.now() - t)
    if (!res.ok) throw new Error(`GET ${route}: HTTP ${res.status}`)
  }
  return out
}

interface Run {
  root: string
  comfy: ComfySide
  sidecar: SidecarChild | null
}

async function openRun(comfyUrl: string | null, segmentSeconds: number): Promise<Run> {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-bench-handoff-'))
  return { root, comfy: await openComfy({ comfyUrl, root, segmentSeconds }), sidecar: null }
}

async function closeRun(r: Run): Promise<void> {
  await r.sidecar?.kill('SIGTERM')
  await r.comfy.close()
  rmSync(r.root, { recursive: true, force: true })
}

async function startSidecar(r: Run): Promise<SidecarChild> {
  const tmp = path.join(r.root, 'tmp')
  mkdirSync(tmp, { recursive: true })
  r.sidecar = await startSidecarProcess({
    comfyuiUrl: r.comfy.url,
    dataDir: path.join(r.root, 'data'),
    tmpDir: tmp,
    ...(r.comfy.inputDir ? { comfyInput: r.comfy.inputDir } : {}),
    ...(r.comfy.outputDir ? { comfyOutput: r.comfy.outputDir } : {}),
  })
  return r.sidecar
}

/** Runs jobs through our sidecar until each awaits its next prompt; answers them in creation order. */
async function runOurJobs(r: Run, sidecar: SidecarChild, names: string[], segments: number, perSegmentTimeoutMs: number): Promise<JobWithSegments[]> {
  const ids: number[] = []
  for (const name of names) {
    const created = await call<JobWithSegments>(sidecar.url, 'POST', '/api/jobs', r.comfy.job(name, segments))
    if (created.status !== 201) throw new Error(`create job: ${created.status} ${JSON.stringify(created.body)}`)
    ids.push(created.body.id)
  }
  const jobs: JobWithSegments[] = []
  for (const id of ids) {
    const timeout = perSegmentTimeoutMs * segments * names.length
    jobs.push(await waitFor(() => getJob(sidecar.url, id), (j) => j.status === 'awaiting_prompt' || j.status === 'failed', `job ${id}`, timeout, 500))
  }
  for (const j of jobs) if (j.status !== 'awaiting_prompt') throw new Error(`job ${j.id} ${j.status}: ${j.error ?? ''}`)
  return jobs
}

function promptIds(job: JobWithSegments): string[] {
  return job.segments.map((s) => {
    if (!s.prompt_id) throw new Error(`segment ${s.idx} of job ${job.id} has no prompt id`)
    return s.prompt_id
  })
}

/** The baseline makes the same segments our job made: same template, size, frames, steps and models. */
function seedJobsLike(job: JobWithSegments, comfy: ComfySide, names: string[], segments: number): { template: Template; jobs: SeedJob[] } {
  const template = loadTemplates(path.join(repo, 'workflows')).find((t) => t.id === job.preset)
  if (!template) throw new Error(`no template ${job.preset}`)
  const p = job.parameters
  const jobs = names.map((name, j) => ({
    name,
    startImage: comfy.startImage,
    // Other prompts than ours: ComfyUI would answer an identical prompt from its cache without work.
    prompts: Array.from({ length: segments }, (_, k) => `${name} segment ${k + 1}: seed-style baseline`),
    width: p.width,
    height: p.height,
    frames: p.frames,
    fps: p.fps,
    steps: p.steps,
    cfg: p.cfg,
    seed: p.seed + 1000 * (j + 1),
    models: p.models,
  }))
  return { template, jobs }
}

/**
 * On the simulator, each prompt gets a generation time drawn at random (seeded) when it is queued:
 * a real segment takes minutes, so where it ends relative to a 1 s poll is uniformly spread, and the
 * work a sidecar does after a hand-off is over before the next one. A fixed 0 s would lock both.
 */
export const SIM_GENERATION_S = { min: 0.3, max: 1.3 }

function randomGenerationTimes(comfy: ComfySide, seed: number): void {
  const sim = comfy.sim
  if (!sim) return
  const rng = seededRandom(seed)
  sim.events.on('queued', () => sim.setSegmentSeconds(SIM_GENERATION_S.min + rng.next() * (SIM_GENERATION_S.max - SIM_GENERATION_S.min)))
}

export interface HandoffResult {
  comfy: 'simulated' | 'real'
  segments: number
  /** Simulator only: of our hand-off, the part before ComfyUI got the POST, and ComfyUI's validation of it. */
  ours_before_post_ms: Summary | null
  ours_comfy_validation_ms: Summary | null
  /** GET /prompt on the same ComfyUI, sampled before, between and after the two chains. */
  round_trip_ms: Summary
  ours_ms: Summary
  baseline_ms: Summary
  /** Medians: ours / baseline, ours / one round trip. */
  ratio_to_baseline: number
  ratio_to_round_trip: number
  ours_samples_ms: number[]
  baseline_samples_ms: number[]
}

export async function measureHandoff(o: { comfyUrl: string | null; segments: number }): Promise<HandoffResult> {
  const r = await openRun(o.comfyUrl, 0)
  const perSegment = r.comfy.simulated ? 30_000 : 30 * 60_000
  randomGenerationTimes(r.comfy, 1919)
  try {
    const rtt = await roundTrips(r.comfy.url, '/prompt', 100)
    const sidecar = await startSidecar(r)
    const [ours] = await runOurJobs(r, sidecar, ['handoff'], o.segments, perSegment)
    if (!ours) throw new Error('no job')
    const oursTimings = await promptTimings(r.comfy.url, promptIds(ours))
    const oursGaps = handoffGaps(oursTimings)
    // The simulator also knows when each POST arrived, before its validation.
    const log = r.comfy.sim?.promptLog ?? []
    const arrived = (id: string) => log.find((l) => l.prompt_id === id && l.httpStatus === 200)?.receivedAt
    const beforePost: number[] = []
    const validation: number[] = []
    for (let k = 0; k + 1 < oursTimings.length; k++) {
      const next = oursTimings[k + 1] as PromptTiming
      const at = arrived(next.prompt_id)
      if (at === undefined) continue
      beforePost.push(at - (oursTimings[k] as PromptTiming).finished)
      validation.push(next.received - at)
    }
    await sidecar.kill('SIGTERM')
    r.sidecar = null
    rtt.push(...(await roundTrips(r.comfy.url, '/prompt', 100)))
    const like = seedJobsLike(ours, r.comfy, ['seedstyle'], o.segments)
    const [chain] = await runSeedJobs({ comfyUrl: r.comfy.url, template: like.template, workDir: path.join(r.root, 'seedstyle') }, like.jobs)
    const baselineGaps = handoffGaps(await promptTimings(r.comfy.url, (chain ?? []).map((s) => s.prompt_id)))
    rtt.push(...(await roundTrips(r.comfy.url, '/prompt', 100)))
    const oursS = summarize(oursGaps)
    const baseS = summarize(baselineGaps)
    const rttS = summarize(rtt)
    return {
      comfy: r.comfy.simulated ? 'simulated' : 'real',
      segments: o.segments,
      ours_before_post_ms: beforePost.length ? summarize(beforePost) : null,
      ours_comfy_validation_ms: validation.length ? summarize(validation) : null,
      round_trip_ms: rttS,
      ours_ms: oursS,
      baseline_ms: baseS,
      ratio_to_baseline: round(oursS.p50 / baseS.p50, 3),
      ratio_to_round_trip: round(oursS.p50 / rttS.p50, 1),
      ours_samples_ms: oursGaps,
      baseline_samples_ms: baselineGaps,
    }
  } finally {
    await closeRun(r)
  }
}

export interface IdleResult {
  comfy: 'simulated' | 'real'
  jobs: number
  segments_per_job: number
  segment_seconds: number | null
  ours: IdleShare
  baseline: IdleShare
}

/** Several jobs at once through our sidecar, then the same work the seed-style way (one job at a time). */
export async function measureGpuIdle(o: { comfyUrl: string | null; jobs: number; segments: number; segmentSeconds: number }): Promise<IdleResult> {
  const r = await openRun(o.comfyUrl, o.segmentSeconds)
  const perSegment = r.comfy.simulated ? 30_000 + o.segmentSeconds * 1000 : 30 * 60_000
  try {
    const sidecar = await startSidecar(r)
    const names = Array.from({ length: o.jobs }, (_, i) => `idle ${i + 1}`)
    const ours = await runOurJobs(r, sidecar, names, o.segments, perSegment)
    const oursIdle = idleShare(await promptTimings(r.comfy.url, ours.flatMap(promptIds)))
    await sidecar.kill('SIGTERM')
    r.sidecar = null
    const first = ours[0]
    if (!first) throw new Error('no job')
    const like = seedJobsLike(first, r.comfy, names.map((n) => `seedstyle ${n}`), o.segments)
    const chains = await runSeedJobs({ comfyUrl: r.comfy.url, template: like.template, workDir: path.join(r.root, 'seedstyle') }, like.jobs)
    const baselineIdle = idleShare(await promptTimings(r.comfy.url, chains.flat().map((s) => s.prompt_id)))
    return {
      comfy: r.comfy.simulated ? 'simulated' : 'real',
      jobs: o.jobs,
      segments_per_job: o.segments,
      segment_seconds: r.comfy.simulated ? o.segmentSeconds : null,
      ours: oursIdle,
      baseline: baselineIdle,
    }
  } finally {
    await closeRun(r)
  }
}
