// npm run bench [-- --out FILE] [--only handoff,idle,stitch,api,scale,panel,bundle] [--no-scale]
//                  [--comfyui URL] [--segments N]
// Every timing is a ratio to an anchor measured in the same run (absolute figures beside it): the
// hand-off against the seed-style baseline and one loopback round trip, API latencies against the
// sidecar's no-op route, the stitch against a bare ffmpeg concat, the panel against an empty Vue app.
// With --comfyui the hand-off and GPU idle parts run on that (real) ComfyUI; the rest stays local.
// Prints the figures, writes JSON to --out and a section of bench/RESULTS.md (full runs only).
import { parseArgs } from 'node:util'
import type { ApiFigures } from './apiLoad'
import { measureApi } from './apiLoad'
import { measureBundle } from './bundleSize'
import { describeComfy } from './comfySide'
import { measureGpuIdle, measureHandoff, SIM_GENERATION_S } from './handoff'
import { measurePanel } from './panelLoad'
import { Suite } from './report'
import { SEED_TIMING } from './seedBaseline'
import { measureStitch } from './stitchSpeed'

const { values: opts } = parseArgs({
  options: {
    out: { type: 'string' },
    only: { type: 'string' },
    'no-scale': { type: 'boolean', default: false },
    comfyui: { type: 'string' },
    segments: { type: 'string' },
  },
  strict: true,
})
const comfyUrl = opts.comfyui ?? null
const real = comfyUrl !== null
const chainLength = opts.segments ? Number(opts.segments) : real ? 3 : 20
if (!Number.isInteger(chainLength) || chainLength < 2) throw new Error(`--segments must be a whole number >= 2, got ${opts.segments}`)

const suite = new Suite()
const { figures } = suite
const notes: string[] = []
const context: string[] = []
const x = (v: number) => `${v}x`
const ms = (v: number) => `${v} ms`

if (real) {
  const described = await describeComfy(comfyUrl)
  figures.comfyui = { url: comfyUrl, described }
  context.push(`Hand-off and GPU idle ran on a real ComfyUI at ${comfyUrl} (${described}), with the preset's own sizes and models: their absolute times are real ones. The other parts ran on this machine.`)
} else {
  context.push('ComfyUI was the simulator (sidecar/sim/) in the benchmark\'s process, on a machine shared with other work: the absolute times say little, the ratios to anchors measured in the same run are the figures. Run `npm run bench -- --comfyui http://host:8188` on a GPU machine for real absolute times.')
}

await suite.part('handoff', async () => {
  const r = await measureHandoff({ comfyUrl, segments: chainLength })
  figures.handoff = r
  const chain = `${r.segments}-segment chain${real ? '' : `, ${SIM_GENERATION_S.min}-${SIM_GENERATION_S.max} s generation`}`
  suite.add({
    what: `hand-off overhead per segment vs the seed-style baseline (${chain}; ComfyUI's finish of k to its receipt of k+1)`,
    figure: `p50 ${ms(r.ours_ms.p50)} (p95 ${r.ours_ms.p95})`,
    anchor: `seed-style p50 ${ms(r.baseline_ms.p50)} (p95 ${r.baseline_ms.p95})`,
    ratio: x(r.ratio_to_baseline),
    target: '<= 0.05x',
    met: r.ratio_to_baseline <= 0.05,
  })
  const split = r.ours_before_post_ms && r.ours_comfy_validation_ms ? `; of it: until ComfyUI got the POST p50 ${r.ours_before_post_ms.p50}, ComfyUI's validation p50 ${r.ours_comfy_validation_ms.p50}` : ''
  suite.add({
    what: 'hand-off overhead per segment vs one loopback HTTP round trip to the same ComfyUI',
    figure: `p50 ${ms(r.ours_ms.p50)}${split}`,
    anchor: `GET /prompt p50 ${ms(r.round_trip_ms.p50)} (p95 ${r.round_trip_ms.p95}, ${r.round_trip_ms.n} samples)`,
    ratio: x(r.ratio_to_round_trip),
    target: '<= 10x',
    met: r.ratio_to_round_trip <= 10,
  })
})

await suite.part('idle', async () => {
  const r = real ? await measureGpuIdle({ comfyUrl, jobs: 2, segments: 2, segmentSeconds: 0 }) : await measureGpuIdle({ comfyUrl, jobs: 3, segments: 4, segmentSeconds: 1 })
  figures.idle = r
  const work = `${r.jobs} jobs x ${r.segments_per_job} segments${r.segment_seconds !== null ? `, ${r.segment_seconds} s each` : ''}`
  suite.add({
    what: `GPU idle share while work was ready (${work}; first prompt received to last finished)`,
    figure: `${r.ours.idle_share_pct}% (${r.ours.idle_ms} of ${r.ours.wall_ms} ms)`,
    anchor: `seed-style ${r.baseline.idle_share_pct}% (${r.baseline.idle_ms} of ${r.baseline.wall_ms} ms)`,
    ratio: x(Math.round((r.ours.idle_share_pct / r.baseline.idle_share_pct) * 1000) / 1000),
    target: '<= 2% (ours)',
    met: r.ours.idle_share_pct <= 2,
  })
})

await suite.part('stitch', async () => {
  const r = await measureStitch(20, 81, 832, 480, 3)
  figures.stitch = r
  const what = `${r.segments} x ${r.frames_per_segment} frames ${r.size} H.264, median of ${r.rounds}`
  suite.add({
    what: `stitch, warm (segments inspected as they finished; ${what})`,
    figure: `${ms(r.warm_ms)} (mode ${r.mode})`,
    anchor: `bare ffmpeg -f concat -c copy ${ms(r.bare_ms)}`,
    ratio: x(r.warm_ratio),
    target: '<= 1.3x',
    met: r.warm_ratio <= 1.3,
  })
  suite.add({
    what: 'stitch, cold (a restarted sidecar: inspections read from SQLite)',
    figure: `${ms(r.cold_ms)}, ${r.cold_inspections} ffmpeg inspections`,
    anchor: `bare concat ${ms(r.bare_ms)}`,
    ratio: x(r.cold_ratio),
    target: '<= 1.3x',
    met: r.cold_ratio <= 1.3 && r.cold_inspections === 0,
  })
  suite.add({
    what: 'stitch with no inspection stored (every input inspected first; for comparison)',
    figure: ms(r.uninspected_ms),
    anchor: `bare concat ${ms(r.bare_ms)}`,
    ratio: x(r.uninspected_ratio),
    target: '-',
    met: null,
  })
  suite.add({ what: 'stitched frame count', figure: `${r.frames} (expected ${r.expected_frames}; bare concat ${r.bare_concat_frames})`, target: 'exact', met: r.frames === r.expected_frames })
})

function apiRows(r: ApiFigures, label: string, rssTarget: number): void {
  const noop = `GET /api/ping p95 ${ms(r.noop_ms.p95)} (p50 ${r.noop_ms.p50})`
  suite.add({ what: `${label}: GET /api/jobs?limit=100 p95 (${r.requests_each} requests, interleaved with the no-op)`, figure: `${ms(r.list_ms.p95)} (p50 ${r.list_ms.p50})`, anchor: noop, ratio: x(r.list_ratio), target: '<= 5x', met: r.list_ratio <= 5 })
  suite.add({ what: `${label}: GET /api/jobs?limit=200 p95 (the panel's page)`, figure: `${ms(r.list_panel_ms.p95)} (p50 ${r.list_panel_ms.p50})`, anchor: noop, ratio: x(r.list_panel_ratio), target: '<= 5x', met: r.list_panel_ratio <= 5 })
  suite.add({ what: `${label}: GET /api/jobs/{id} p95 (${r.segments_per_job} segments and their takes)`, figure: `${ms(r.get_ms.p95)} (p50 ${r.get_ms.p50})`, anchor: noop, ratio: x(r.get_ratio), target: '<= 5x', met: r.get_ratio <= 5 })
  suite.add({ what: `${label}: sidecar VmRSS idle / after the load`, figure: `${r.rss_idle_mb} / ${r.rss_after_load_mb} MB`, anchor: `empty database ${r.rss_empty_db_mb} MB`, target: `<= ${rssTarget} MB`, met: r.rss_after_load_mb <= rssTarget })
  suite.add({ what: `${label}: start-up, process spawn to the first job list answered (median of ${r.startups})`, figure: ms(r.startup_ms), anchor: `empty database ${ms(r.startup_empty_ms)}`, ratio: x(r.startup_ratio), target: 'reported', met: null })
}

await suite.part('api', async () => {
  const r = await measureApi({ jobs: 1000, perJob: 20, requests: 300 })
  figures.api = r
  apiRows(r, '1,000 jobs / 20,000 segments', 120)
})

if (!opts['no-scale']) {
  await suite.part('scale', async () => {
    const r = await measureApi({ jobs: 10_000, perJob: 20, requests: 200 })
    figures.scale = r
    apiRows(r, `10x: 10,000 jobs / 200,000 segments (written with SQL in ${(r.seeded.ms / 1000).toFixed(1)} s)`, 150)
  })
}

await suite.part('panel', async () => {
  const t = await measurePanel(7, 5)
  figures.panel = t
  suite.add({
    what: `panel first render: tab rendered -> job list on screen, headless Chromium against the demo (${t.jobs_listed} jobs, ${t.rounds} page loads)`,
    figure: `p50 ${ms(t.render_to_list_ms.p50)} (max ${t.render_to_list_ms.max}; click -> list p50 ${t.click_to_list_ms.p50})`,
    anchor: `empty Vue app mounted in the same page p50 ${ms(t.empty_vue_mount_ms.p50)}`,
    ratio: x(t.ratio),
    target: 'reported (#19 sets none)',
    met: null,
  })
})

await suite.part('bundle', async () => {
  const b = await measureBundle()
  figures.bundle = b
  const i = b.initial
  suite.add({
    what: `panel initial load (web/main.js and its static imports: ${i.files.join(', ')}, built from the sources), gzipped; ${i.raw_kb} KB raw, minified: ${b.minified ? 'yes' : 'NO'}`,
    figure: `${i.gzip_kb} KB`,
    anchor: `budget ${b.budget_gzip_kb} KB (bench/bundleBudget.json)`,
    ratio: x(Math.round((i.gzip_kb / b.budget_gzip_kb) * 100) / 100),
    target: '<= 1x (does not grow), minified',
    met: i.gzip_kb <= b.budget_gzip_kb && b.minified,
  })
  // Chunks two views share count in each view's figure, once here.
  const lazyTotal = Math.round((b.total_gzip_kb - i.gzip_kb) * 10) / 10
  suite.add({
    what: `panel chunks loaded when a view first opens (${b.lazy.length}, web/chunks/*.mjs), gzipped; all of web/ (.js, .mjs) ${b.total_gzip_kb} KB`,
    figure: b.lazy.map((c) => `${c.files[0]?.replace(/^chunks\//, '').replace(/-[\w-]{8}\.mjs$/, '')} ${c.gzip_kb}`).join(', ') + ' KB',
    anchor: `initial load ${i.gzip_kb} KB (all chunks: ${lazyTotal} KB)`,
    ratio: x(Math.round((lazyTotal / i.gzip_kb) * 100) / 100),
    target: 'reported',
    met: null,
  })
  const byPart = (parts: { part: string; gzip_kb: number }[]) => parts.map((p) => `${p.part} ${p.gzip_kb}`).join(', ')
  notes.push(
    `Panel initial load by package, gzipped KB (each package's bytes gzipped alone, scaled to the files' gzipped total): ${byPart(i.parts)}.`,
    `Lazily loaded chunks by package, gzipped KB: ${b.lazy.map((c) => `${c.files.join(' + ')}: ${byPart(c.parts)}`).join('; ')}.`
  )
})

notes.push(
  `The sidecar ran as a child process from ${figures.sidecar_from === 'dist' ? 'the bundle dist/sidecar.mjs (run `npm run build:sidecar` first so it is current)' : 'the sources via tsx'}.`,
  `Hand-off = ComfyUI's own clock: \`extra_data.create_time\` of segment k+1 minus the \`execution_success\` timestamp of segment k, read from its /history, for our sidecar and for the seed-style baseline (bench/seedBaseline.ts: poll /history every ${SEED_TIMING.historyPollMs / 1000} s, wait for an idle queue, download the mp4 through /view, decode its last frame with ffmpeg, upload it, submit; the intervals of the original "Wan2.2 Video Generator"). Ratios are of medians. The round trip is GET /prompt from the benchmark, sampled before, between and after the two chains.`,
  `GPU idle = the share of the time from the first prompt received to the last one finished when no prompt executed, from the same history timestamps; ours runs the jobs at once, the seed-style baseline one after another with its ${SEED_TIMING.betweenJobsMs / 1000} s queue-loop pause between jobs.`,
  'Stitch: warm = each segment inspected (codec parameters, frame count, H.264 parameter sets: one ffmpeg pass) when it finished, kept in memory and in SQLite; cold = a new inspector over the same SQLite file, as after a sidecar restart; the bare run is only the concat.',
  'API: each round asks the no-op route, the list and a detail in turn, so a busy moment of the machine falls on all alike; ratios are of p95s. Databases are written with SQL (bench/seedDatabase.ts): finished jobs, each segment with its take copy, completed jobs with a final file.',
  'Panel: the anchor mounts an empty app with Vue\'s runtime build in the page the panel was just measured in (Chromium rounds performance.now() to 0.1 ms).'
)
suite.finish(real ? 'bench-real' : 'bench', real ? 'Benchmarks on a real ComfyUI (`npm run bench -- --comfyui URL`)' : 'Benchmarks (`npm run bench`)', notes, {
  command: real ? `npm run bench -- --comfyui ${comfyUrl}` : 'npm run bench',
  context,
  writeResults: !opts.only,
})
