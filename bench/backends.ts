// `npm run bench:backends [-- --out FILE] [--only throughput,seeds,affinity,kill] [--jobs M] [--generation S] [--counts 1,4]`:
// several simulated ComfyUIs (issue 16) behind one sidecar (a child process).
// - throughput: M independent 4-segment jobs on 1, 2 and 4 backends; speed-up over 1 backend (same
//   run) and efficiency = speed-up / N; each backend's GPU idle share over the run.
// - seeds: the 8 seed candidates of one segment on 1, 2 and 4 backends.
// - affinity: a mixed workload (three 14B jobs and three 5B jobs, created in the order 14B, 14B, 5B, 5B, 14B, 5B) on 1 and 2
//   backends, model affinity on versus first-come order: diffusion model loads and the time taken.
// - kill: the fault of `npm run faults -- --only backend-kill` (bench/backendFault.ts), its row here too.
// Writes its own section of RESULTS.md (<!-- backends:begin --> ... <!-- backends:end -->).
import { parseArgs } from 'node:util'
import { BACKEND_FAILOVER_ARGS, FAILOVER_TIMEOUT_S, killOneOfThree } from './backendFault'
import { allSegmentsDone, createJobs, diffusionLoads, idleSplit, ranPrompts, runWindow, takesDone, waitingSpans } from './backendRuns'
import type { IdleSplit } from './backendRuns'
import { startBenchWorld } from './benchWorld'
import type { BenchWorld } from './benchWorld'
import { call, tinyJob } from './httpApi'
import { Suite } from './report'
import { round } from './stats'
import type { NewTakesAnswer } from '../sidecar/contract'

const { values: opts } = parseArgs({
  options: { out: { type: 'string' }, only: { type: 'string' }, jobs: { type: 'string' }, generation: { type: 'string' }, counts: { type: 'string' } },
  strict: true,
})
const JOBS = Number(opts.jobs ?? 8)
/**
 * Simulated GPU seconds per prompt. The sidecar's hand-off (ComfyUI's finish of segment k to its
 * receipt of k+1) takes tens of milliseconds, but the simulator's own work per prompt (ffmpeg writing
 * the clip and the last frame, on the CPU the sims, the sidecar and its meters share) was 0.25 s alone
 * and over 1 s on this 2-core machine under load, and it grows when 4 sims encode at once: 3 s keeps
 * it to a few percent of a prompt, so the ratios are about placement more than about CPU contention.
 */
const GENERATION_S = Number(opts.generation ?? 3)
if (!Number.isInteger(JOBS) || JOBS < 1) throw new Error(`--jobs must be a whole number >= 1, got ${opts.jobs}`)
if (!(GENERATION_S > 0)) throw new Error(`--generation must be seconds > 0, got ${opts.generation}`)
const SEGMENTS = 4
/** Backend counts of the throughput and seeds parts (the 1-backend run is their anchor). */
const BACKEND_COUNTS = (opts.counts ?? '1,2,4').split(',').map(Number)
if (!BACKEND_COUNTS.includes(1) || BACKEND_COUNTS.some((n) => !Number.isInteger(n) || n < 1)) throw new Error(`--counts must list whole numbers >= 1, 1 among them, got ${opts.counts}`)
const SEEDS = 8
/**
 * Load cost in the mixed workload: 0.03 s per GB, so the 14B pair (28 GB) reloads in 0.84 s and the 5B
 * model (10 GB) in 0.3 s against 3 s of generation: about the share of a 30-60 s reload in a 3-5 min
 * segment of a real GPU. The throughput and seeds parts load nothing (0 s/GB: one model set, every
 * backend pays its first load once, which would blur the efficiency).
 */
const LOAD_SECONDS_PER_GB = 0.03
/** The sidecar flag that turns model affinity off (first-come order: placement by load and age only). */
const AFFINITY_OFF = ['--no-affinity']

/** Creation order of the mixed workload's six jobs. */
const MIXED_ORDER = ['14b', '14b', '5b', '5b', '14b', '5b'] as const

const suite = new Suite()
const { figures } = suite
const notes: string[] = []

const want = (part: string) => !suite.only || suite.only.has(part)

interface CountRun {
  backends: number
  makespan_s: number
  ideal_s: number
  prompts_per_backend: number[]
  /** Per backend: idle over the whole window, split into idle while a segment was ready and idle with none ready. */
  idle: IdleSplit[]
  /** Mean time a prompt took from start to end: the simulated generation plus the simulator's CPU work. */
  mean_prompt_s: number
  seeds_s: number | null
  /** Mean time of one candidate's prompt. */
  seeds_prompt_s: number | null
  seeds_per_backend: number[]
}

/**
 * Speed-up over the 1-backend run, raw and in prompt-times: each run's time divided by its own mean
 * prompt time, which takes out how much slower every simulated prompt gets when N simulators share
 * this machine's CPU for their ffmpeg work (a real GPU box has no such coupling).
 */
function speedups(oneTime: number, onePrompt: number, time: number, prompt: number, n: number): { raw: number; eff: number; norm: number; normEff: number } {
  const raw = oneTime / time
  const norm = oneTime / onePrompt / (time / prompt)
  return { raw: round(raw), eff: round(raw / n), norm: round(norm), normEff: round(norm / n) }
}

async function withWorld<T>(backends: number, loadSecondsPerGb: number, args: string[], body: (w: BenchWorld) => Promise<T>): Promise<T> {
  const w = await startBenchWorld({ sim: { segmentSeconds: GENERATION_S, modelLoadSecondsPerGb: loadSecondsPerGb }, backends: backends - 1, sidecarArgs: args })
  try {
    return await body(w)
  } finally {
    await w.close()
  }
}

const jobTimeout = (prompts: number) => 120_000 + prompts * GENERATION_S * 3000

async function throughputAndSeeds(n: number): Promise<CountRun> {
  return withWorld(n, 0, [], async (w) => {
    const created = new Map<number, number>()
    const ids = await createJobs(w, Array.from({ length: JOBS }, (_, j) => tinyJob(`tp${n}-${j + 1}`, SEGMENTS)), created)
    const jobs = await allSegmentsDone(w, ids, jobTimeout(JOBS * SEGMENTS))
    const ran = ranPrompts(w.sims)
    if (ran.length !== JOBS * SEGMENTS) throw new Error(`${ran.length} prompts ran for ${JOBS * SEGMENTS} segments`)
    const win = runWindow(ran)
    const waiting = waitingSpans(
      ran,
      jobs.map((j) => ({ job: j.id, created: created.get(j.id) ?? 0, prompts: j.segments.map((s) => s.prompt_id ?? '') }))
    )
    const run: CountRun = {
      backends: n,
      makespan_s: round(win.ms / 1000),
      ideal_s: round((JOBS * SEGMENTS * GENERATION_S) / n),
      prompts_per_backend: w.sims.map((_, b) => ran.filter((r) => r.backend === b).length),
      idle: w.sims.map((_, b) => idleSplit(ran, waiting, b, win)),
      mean_prompt_s: round(ran.reduce((t, r) => t + (r.entry.finishedAt ?? 0) - (r.entry.startedAt ?? 0), 0) / ran.length / 1000),
      seeds_s: null,
      seeds_prompt_s: null,
      seeds_per_backend: [],
    }
    if (want('seeds')) {
      const [seedJob] = await createJobs(w, [tinyJob(`seeds${n}`, 1)])
      if (seedJob === undefined) throw new Error('no job')
      await allSegmentsDone(w, [seedJob], jobTimeout(1))
      const asked = await call<NewTakesAnswer>(w.sidecar.url, 'POST', `/api/jobs/${seedJob}/segments/1/takes`, { prompt: 'the next shot', count: SEEDS })
      if (asked.status !== 201) throw new Error(`seed candidates: ${asked.status} ${JSON.stringify(asked.body).slice(0, 300)}`)
      const takes = await takesDone(w, seedJob, 1, SEEDS, jobTimeout(SEEDS))
      const seedRan = ranPrompts(w.sims, new Set(takes.takes.map((t) => t.prompt_id ?? '')))
      run.seeds_s = round(runWindow(seedRan).ms / 1000)
      run.seeds_prompt_s = round(seedRan.reduce((t, r) => t + (r.entry.finishedAt ?? 0) - (r.entry.startedAt ?? 0), 0) / seedRan.length / 1000)
      run.seeds_per_backend = w.sims.map((_, b) => seedRan.filter((r) => r.backend === b).length)
    }
    return run
  })
}

const counts: CountRun[] = []
if (want('throughput') || want('seeds')) {
  for (const n of BACKEND_COUNTS) {
    process.stdout.write(`-- ${JOBS} jobs x ${SEGMENTS} segments on ${n} backend(s)\n`)
    counts.push(await throughputAndSeeds(n))
    process.stdout.write(`   ${JSON.stringify(counts.at(-1))}\n`)
  }
  figures.counts = counts
}
const one = counts.find((c) => c.backends === 1)

await suite.part('throughput', async () => {
  if (!one) throw new Error('no 1-backend run')
  for (const c of counts) {
    const s = speedups(one.makespan_s, one.mean_prompt_s, c.makespan_s, c.mean_prompt_s, c.backends)
    suite.add({
      what: `${JOBS} independent ${SEGMENTS}-segment jobs on ${c.backends} backend(s): time from the first prompt received to the last finished (prompts per backend; mean prompt time)`,
      figure: `${c.makespan_s} s (${c.prompts_per_backend.join(' / ')}; ${c.mean_prompt_s} s)`,
      anchor: `1 backend ${one.makespan_s} s (${one.mean_prompt_s} s)`,
      ratio: `speed-up ${s.raw}x, efficiency ${s.eff}; in prompt-times ${s.norm}x, efficiency ${s.normEff}`,
      target: c.backends === 1 ? 'anchor' : 'efficiency >= 0.9 (in prompt-times)',
      met: c.backends === 1 ? null : s.normEff >= 0.9,
    })
  }
  for (const c of counts) {
    const pcts = (pick: (s: IdleSplit) => number) => c.idle.map((s) => `${pick(s)}%`).join(' / ')
    suite.add({
      what: `GPU idle share per backend while work was ready (a segment ready and not started on any backend), ${c.backends} backend(s)`,
      figure: pcts((s) => s.ready_pct),
      target: '<= 2% each',
      met: Math.max(...c.idle.map((s) => s.ready_pct)) <= 2,
    })
    suite.add({
      what: `idle share per backend over the whole run, ${c.backends} backend(s): all (of it with no segment ready, e.g. the tail while the last chains end elsewhere)`,
      figure: c.idle.map((s) => `${s.idle_pct}% (${s.no_work_pct}%)`).join(' / '),
      target: 'information',
      met: null,
    })
  }
})

await suite.part('seeds', async () => {
  if (!one?.seeds_s) throw new Error('no 1-backend seed run')
  for (const c of counts) {
    if (c.seeds_s === null || c.seeds_prompt_s === null || one.seeds_prompt_s === null) continue
    const s = speedups(one.seeds_s, one.seeds_prompt_s, c.seeds_s, c.seeds_prompt_s, c.backends)
    suite.add({
      what: `${SEEDS} seed candidates of one segment on ${c.backends} backend(s), from the first received to the last finished (candidates per backend; mean prompt time)`,
      figure: `${c.seeds_s} s (${c.seeds_per_backend.join(' / ')}; ${c.seeds_prompt_s} s)`,
      anchor: `1 backend ${one.seeds_s} s (${one.seeds_prompt_s} s)`,
      ratio: `speed-up ${s.raw}x, efficiency ${s.eff}; in prompt-times ${s.norm}x, efficiency ${s.normEff}`,
      target: c.backends === 1 ? 'anchor' : 'information (8 candidates: the last ones wait for a free backend)',
      met: null,
    })
  }
})

await suite.part('affinity', async () => {
  // Not strictly alternating: on two backends, first-come would then give each backend one model set by chance.
  const mixed = () =>
    MIXED_ORDER.map((set, i) => tinyJob(`mix-${set}-${i + 1}`, SEGMENTS, set === '5b' ? { preset: 'wan22_5b_ti2v' } : {}))
  const results: Record<string, { loads: number; by_model: Record<string, number>; load_s: number; makespan_s: number }> = {}
  for (const n of [1, 2]) {
    for (const mode of ['affinity', 'first-come'] as const) {
      const r = await withWorld(n, LOAD_SECONDS_PER_GB, mode === 'affinity' ? [] : AFFINITY_OFF, async (w) => {
        const ids = await createJobs(w, mixed())
        await allSegmentsDone(w, ids, jobTimeout(6 * SEGMENTS))
        const loads = diffusionLoads(w.sims)
        return { loads: loads.total, by_model: loads.by_model, load_s: loads.seconds, makespan_s: round(runWindow(ranPrompts(w.sims)).ms / 1000) }
      })
      results[`${n}-${mode}`] = r
      process.stdout.write(`   ${n} backend(s), ${mode}: ${JSON.stringify(r)}\n`)
    }
    const on = results[`${n}-affinity`]
    const off = results[`${n}-first-come`]
    if (!on || !off) continue
    suite.add({
      what: `mixed workload (three 14B and three 5B ${SEGMENTS}-segment jobs, created in the order ${MIXED_ORDER.join(', ')}) on ${n} backend(s): diffusion model loads; time`,
      figure: `${on.loads} loads (${on.load_s} s loading); ${on.makespan_s} s`,
      anchor: `first-come ${off.loads} loads (${off.load_s} s); ${off.makespan_s} s`,
      ratio: `${round(on.loads / Math.max(1, off.loads))}x loads, ${round(on.makespan_s / off.makespan_s)}x time`,
      target: 'fewer loads with affinity',
      met: on.loads < off.loads,
    })
  }
  figures.affinity = results
})

await suite.part('kill', async () => {
  const r = await killOneOfThree(BACKEND_FAILOVER_ARGS)
  figures.kill = r
  suite.add({
    what: `one of three backends (${r.killed_backend}) killed mid-run (${r.lost_on_kill.running} running, ${r.lost_on_kill.queued} queued there), ${r.jobs} jobs of 4 segments: completed / exact frames (ffprobe) / runs of one take overlapping on two backends / prompts started twice`,
    figure: `${r.completed} / ${r.exact_frames} / ${r.overlapping.length} / ${r.started_twice.length} (prompts per backend ${JSON.stringify(r.prompts_per_backend)}, ${r.seconds} s${r.error ? `; ${r.error}` : ''})`,
    target: `${r.jobs} / ${r.jobs} / 0 / 0`,
    met: r.error === null && r.completed === r.jobs && r.exact_frames === r.jobs && r.overlapping.length === 0 && r.started_twice.length === 0,
  })
})

notes.push(
  `Simulated ComfyUIs (sidecar/sim/) in the benchmark's process, each with its own folders and port (no shared disk: start images and hand-off frames reach a backend over HTTP), the sidecar as a child process with the extra sims in its settings (backends gpu2, gpu3, gpu4). Jobs of 9 frames at 64x64, 4 steps; every prompt takes ${GENERATION_S} s of simulated generation (chosen against the hand-off, tens of ms, and the simulator's ffmpeg work per prompt).`,
  `Throughput: ${JOBS} jobs of ${SEGMENTS} chained segments created at once; the time is from the first prompt any backend received to the last one finished (the simulators' clock); speed-up over the 1-backend run of the same suite run; efficiency = speed-up / backends. Every simulated prompt also does real CPU work (ffmpeg writes its clip and last frame, the frames are rendered in the benchmark's process), and N simulators share this machine's 2 cores with the sidecar and whatever else runs: a prompt takes longer with 4 backends than with 1 (the mean prompt time in each row), which a real multi-GPU box does not have. "In prompt-times" divides each run's time by its own mean prompt time before comparing, which takes that coupling out; the target is judged on it, the raw figures are beside it. GPU idle share (the target, as issue 16 and #19 mean it): the part of that same window in which a backend ran no prompt while some segment was ready (the job's first at its creation, segment k+1 once k finished on the simulator's clock) and not yet started on any backend; every backend here can run every segment. Beside it, for information, the whole idle share and the part of it with no segment ready (a backend's tail while the last chains end elsewhere: with 2 chains per backend and no other work, nothing could fill it).`,
  `Seeds: one 1-segment job, then ${SEEDS} candidates of its next segment in one request (POST .../segments/1/takes count ${SEEDS}); the time from the first candidate received to the last finished.`,
  `Affinity: the simulator charges each uncached loader run ${LOAD_SECONDS_PER_GB} s per GB of modelled weights (sidecar/sim/modelLoads.ts); "loads" counts UNETLoader runs over all backends (a 14B job needs two, the 5B one). First-come is the sidecar started with ${AFFINITY_OFF.join(' ')} (placement by load and age only).`,
  `Kill: the backend-kill part of \`npm run faults\` (bench/backendFault.ts): three backends, 6 planned 4-segment jobs, gpu2 killed (\`SimComfy.kill()\`: process gone, queue, history and running prompt lost) once it runs a prompt and 6 prompts are done, and left dead; the sidecar runs with --backend-timeout ${FAILOVER_TIMEOUT_S}. Overlap: two runs of the same segment take (its output prefix) on any backends overlapping in time.`
)
suite.finish('backends', 'Several backends: throughput, idle share, seeds and model affinity (`npm run bench:backends`)', notes, { command: 'npm run bench:backends' })
