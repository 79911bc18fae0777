// `npm run bench:seams [-- --out FILE] [--only meter,cost,idle] [--segments N] [--generation MIN-MAX]`: seams on the simulated
// ComfyUI, whose clips pan at a velocity it can only continue from more than one start frame.
// - meter: one 10-segment job per seam mode (last frame, motion K=5, motion K=9, SVI 2.0 Pro), same
//   seeds; the seam meter of each join (min / median / max) and how many warn.
// - cost: the orchestration cost of a motion hand-off over a last-frame one, in one run: ComfyUI's
//   finish of segment k to its receipt of segment k+1 (ComfyUI's own clock), modes run in turns.
// - idle: the GPU idle share per mode, one chain alone and three jobs at once (work ready).
// Writes its own section of RESULTS.md (<!-- seams:begin --> ... <!-- seams:end -->).
import { parseArgs } from 'node:util'
import type { JobWithSegments } from '../sidecar/contract'
import { DEFAULT_MODELS } from '../sidecar/sim/simComfy'
import { startBenchWorld } from './benchWorld'
import type { BenchWorld } from './benchWorld'
import { handoffGaps, idleShare, promptTimings } from './comfyTimings'
import type { PromptTiming } from './comfyTimings'
import { call, getJob, waitFor } from './httpApi'
import { Suite } from './report'
import { seededRandom } from './seededRandom'
import { median, round, summarize } from './stats'

const { values: opts } = parseArgs({ options: { out: { type: 'string' }, only: { type: 'string' }, segments: { type: 'string' }, generation: { type: 'string' } }, strict: true })
const SEGMENTS = opts.segments ? Number(opts.segments) : 10
if (!Number.isInteger(SEGMENTS) || SEGMENTS < 3) throw new Error(`--segments must be a whole number >= 3, got ${opts.segments}`)
/** Frames per segment: enough for K = 9 to leave new frames; 64x64 keeps ffmpeg's share small. */
const FRAMES = 21
/** Simulated seconds per prompt, drawn (seeded) from this range: `--generation 2-3` keeps a segment longer than the meter's work. */
const GENERATION_S = (() => {
  const [min, max] = (opts.generation ?? '0.3-1.3').split('-').map(Number)
  if (!(min !== undefined && max !== undefined && min >= 0 && max >= min)) throw new Error(`--generation must be MIN-MAX seconds, got ${opts.generation}`)
  return { min, max }
})()
const ROUNDS = 2
/** Segments of each of the three jobs that run at once in the idle part. */
const BUSY_SEGMENTS = 5

const SVI_LORAS = ['SVI_v2_PRO_Wan2.2-I2V-A14B_HIGH_lora_rank_128_fp16.safetensors', 'SVI_v2_PRO_Wan2.2-I2V-A14B_LOW_lora_rank_128_fp16.safetensors']

interface Mode {
  key: string
  label: string
  seam: Record<string, unknown> | undefined
}

const MODES: Mode[] = [
  { key: 'frame', label: 'frame (last frame)', seam: undefined },
  { key: 'motion5', label: 'motion, K = 5', seam: { mode: 'motion', motion_frames: 5 } },
  { key: 'motion9', label: 'motion, K = 9', seam: { mode: 'motion', motion_frames: 9 } },
  { key: 'svi', label: 'svi (SVI 2.0 Pro)', seam: { mode: 'svi' } },
]

const suite = new Suite()
const { figures } = suite
const notes: string[] = []

function body(name: string, mode: Mode, seed: number, segments: number): Record<string, unknown> {
  return {
    name,
    input_image: 'start.png',
    prompt: `${name} segment 1`,
    preset: 'wan22_14b_i2v',
    // The same seeds in every mode: the same pans, so only the hand-off differs.
    parameters: { width: 64, height: 64, frames: FRAMES, steps: 2, seed, seed_mode: 'increment', ...(mode.seam ? { seam: mode.seam } : {}) },
    planned_prompts: Array.from({ length: segments - 1 }, (_, i) => `${name} segment ${i + 2}`),
  }
}

async function createJob(w: BenchWorld, name: string, mode: Mode, seed: number, segments = SEGMENTS): Promise<number> {
  const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', body(name, mode, seed, segments))
  if (created.status !== 201) throw new Error(`create ${name}: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`)
  return created.body.id
}

/** Every segment done and every join measured (the meter runs after a run finishes, off the hand-off path). */
async function finished(w: BenchWorld, id: number): Promise<JobWithSegments> {
  const job = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'running' && j.status !== 'draft', `job ${id}`, SEGMENTS * 120_000, 250)
  if (job.status !== 'awaiting_prompt') throw new Error(`job ${id} ${job.status}: ${job.error ?? ''}`)
  return waitFor(() => getJob(w.sidecar.url, id), (j) => j.segments.slice(1).every((s) => s.seam !== null), `seam meters of job ${id}`, 30_000, 250)
}

const promptIds = (job: JobWithSegments) => [...job.segments].sort((a, b) => a.idx - b.idx).map((s) => s.prompt_id ?? '')

/** Of each hand-off, the part before ComfyUI got the POST (the sidecar's own work), from the simulator's log. */
function beforePost(w: BenchWorld, timings: PromptTiming[]): number[] {
  const out: number[] = []
  for (let k = 0; k + 1 < timings.length; k++) {
    const next = timings[k + 1] as PromptTiming
    const at = w.sim.promptLog.find((l) => l.prompt_id === next.prompt_id && l.httpStatus === 200)?.receivedAt
    if (at !== undefined) out.push(at - (timings[k] as PromptTiming).finished)
  }
  return out
}

interface ChainRun {
  mode: string
  round: number
  seams: number[]
  warnings: number
  threshold: number
  gaps_ms: number[]
  before_post_ms: number[]
  idle_share_pct: number
}

const w = await startBenchWorld({ sim: { kjnodes: true, models: { ...DEFAULT_MODELS, loras: [...(DEFAULT_MODELS.loras ?? []), ...SVI_LORAS] } } })
const rng = seededRandom(2026)
w.sim.events.on('queued', () => w.sim.setSegmentSeconds(GENERATION_S.min + rng.next() * (GENERATION_S.max - GENERATION_S.min)))
const runs: ChainRun[] = []

try {
  // One chain at a time, modes in turns, ROUNDS times: the meter, the hand-off cost and the idle share of a lone chain.
  if (!suite.only || suite.only.has('meter') || suite.only.has('cost')) {
    for (let r = 1; r <= ROUNDS; r++) {
      for (const mode of MODES) {
        const id = await createJob(w, `${mode.key} r${r}`, mode, 1000 * r)
        const job = await finished(w, id)
        const timings = await promptTimings(w.sim.url, promptIds(job))
        const joins = job.segments.slice(1)
        runs.push({
          mode: mode.key,
          round: r,
          seams: joins.map((s) => round(s.seam ?? Number.NaN)),
          warnings: joins.filter((s) => s.seam_warning).length,
          threshold: job.seam_threshold,
          gaps_ms: handoffGaps(timings),
          before_post_ms: beforePost(w, timings),
          idle_share_pct: idleShare(timings).idle_share_pct,
        })
        process.stdout.write(`   ${mode.key} round ${r}: seams ${runs.at(-1)?.seams.join(' ')}\n`)
      }
    }
    figures.chains = runs
  }

  await suite.part('meter', async () => {
    const frame = runs.find((c) => c.mode === 'frame' && c.round === 1)
    if (!frame) throw new Error('no frame-mode chain')
    for (const mode of MODES) {
      const c = runs.find((x) => x.mode === mode.key && x.round === 1)
      if (!c) throw new Error(`no ${mode.key} chain`)
      const s = [...c.seams].sort((a, b) => a - b)
      const ratio = round(median(s) / median(frame.seams), 2)
      suite.add({
        what: `seam meter, ${mode.label}: min / median / max over ${s.length} joins; joins above the threshold (${c.threshold})`,
        figure: `${s[0]} / ${median(s)} / ${s.at(-1)}; ${c.warnings} of ${s.length} warn`,
        anchor: mode.key === 'frame' ? '-' : `frame median ${median(frame.seams)}`,
        ratio: mode.key === 'frame' ? '-' : `${ratio}x`,
        target: mode.key === 'frame' ? 'information (the motion restarts)' : '0 warn, median <= 0.5x frame',
        met: mode.key === 'frame' ? null : c.warnings === 0 && ratio <= 0.5,
      })
    }
  })

  await suite.part('cost', async () => {
    const pooled = (key: string, f: (c: ChainRun) => number[]) => runs.filter((c) => c.mode === key).flatMap(f)
    const frameGaps = summarize(pooled('frame', (c) => c.gaps_ms))
    const framePost = summarize(pooled('frame', (c) => c.before_post_ms))
    figures.cost = {}
    for (const mode of MODES.slice(1)) {
      const gaps = summarize(pooled(mode.key, (c) => c.gaps_ms))
      const post = summarize(pooled(mode.key, (c) => c.before_post_ms))
      const ratio = round(gaps.p50 / frameGaps.p50, 2)
      ;(figures.cost as Record<string, unknown>)[mode.key] = { gaps_ms: gaps, before_post_ms: post, frame_gaps_ms: frameGaps, frame_before_post_ms: framePost, ratio }
      suite.add({
        what: `hand-off, ${mode.label} vs frame (ComfyUI's finish of k to its receipt of k+1; ${gaps.n} hand-offs each, modes in turns)`,
        figure: `p50 ${gaps.p50} ms (p95 ${gaps.p95}); sidecar's part p50 ${post.p50} ms`,
        anchor: `frame p50 ${frameGaps.p50} ms (p95 ${frameGaps.p95}); sidecar's part p50 ${framePost.p50} ms`,
        ratio: `${ratio}x`,
        // Tens of milliseconds against segments of minutes: the ratio is reported, the GPU's wait is the idle rows.
        target: 'information; extra p50 <= 50 ms',
        met: gaps.p50 - frameGaps.p50 <= 50,
      })
    }
  })

  await suite.part('idle', async () => {
    const lone = (key: string) => round(median(runs.filter((c) => c.mode === key).map((c) => c.idle_share_pct)), 2)
    const frameLone = lone('frame')
    // Three jobs at once per mode: while one job hands off, another has work ready for the GPU.
    const together: Record<string, number> = {}
    for (const mode of MODES) {
      const ids: number[] = []
      for (let j = 0; j < 3; j++) ids.push(await createJob(w, `${mode.key} busy ${j + 1}`, mode, 5000 + 100 * j, BUSY_SEGMENTS))
      const jobs: JobWithSegments[] = []
      for (const id of ids) jobs.push(await finished(w, id))
      together[mode.key] = idleShare(await promptTimings(w.sim.url, jobs.flatMap(promptIds))).idle_share_pct
    }
    figures.idle = { lone_median_pct: Object.fromEntries(MODES.map((m) => [m.key, lone(m.key)])), three_jobs_pct: together }
    for (const mode of MODES) {
      const mine = lone(mode.key)
      suite.add({
        what: `GPU idle share, ${mode.label}: one ${SEGMENTS}-segment chain alone (median of ${ROUNDS}); three ${BUSY_SEGMENTS}-segment jobs at once`,
        figure: `${mine}%; ${together[mode.key]}%`,
        anchor: mode.key === 'frame' ? '-' : `frame ${frameLone}%; ${together.frame}%`,
        ratio: mode.key === 'frame' ? '-' : `${round(mine / frameLone, 2)}x alone`,
        target: '<= 2% alone and with three jobs',
        met: mine <= 2 && (together[mode.key] ?? 100) <= 2,
      })
    }
  })
} finally {
  await w.close()
}

notes.push(
  `Simulated ComfyUI (sidecar/sim/) in the benchmark's process, the sidecar as a child process; ${SEGMENTS}-segment jobs of ${FRAMES} frames at 64x64, each prompt's generation time drawn (seeded) from ${GENERATION_S.min}-${GENERATION_S.max} s so segment ends fall anywhere relative to the sidecar's polling. Each simulated clip is a pan whose velocity the simulator reads from the pixels of two or more start frames and otherwise draws again from the seed: a last-frame join restarts the motion, a K-frame or SVI hand-off continues it.`,
  'Seam meter: the jump across a join (change of whole-picture shift, and the difference left after it) over its median inside the two segments; ~1 is seamless, the job warns above its threshold (default 3). The meter rows are the first round\'s job of each mode (same seeds in every mode).',
  `Hand-off cost: ${ROUNDS} rounds of one chain per mode in turns (frame, motion 5, motion 9, svi), ${SEGMENTS - 1} hand-offs each; "sidecar's part" is from ComfyUI's finish to the arrival of the next POST (the simulator's log), the rest is ComfyUI's validation. Idle share: from the first prompt received to the last finished, the time no prompt executed; a lone chain waits at every hand-off by nature (the next segment needs the last frames), three jobs at once show whether a hand-off ever leaves the GPU without work. On a machine shared with other work the hand-off times are mostly its load: the ratio between modes moves from run to run (tens of milliseconds either way), so the idle rows, not the ratio, say whether a K-frame hand-off makes the GPU wait.`
)
suite.finish('seams', 'Seams: seam meter per mode and the cost of motion hand-offs (`npm run bench:seams`)', notes, { command: 'npm run bench:seams' })
