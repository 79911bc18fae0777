// npm run bench [-- --out FILE] [--only overhead,idle,stitch,api,panel]: the five benchmarks against the
// simulated ComfyUI with real ffmpeg; prints the figures, writes JSON to --out and bench/RESULTS.md.
import { measureApi } from './apiLoad'
import { measureGpuIdle } from './gpuIdle'
import { measureOverhead } from './orchestrationOverhead'
import { measurePanel, measureWebSize } from './panelLoad'
import { Suite } from './report'
import { measureStitch } from './stitchSpeed'

const suite = new Suite()
const { figures } = suite
const notes: string[] = []

await suite.part('overhead', async () => {
  const r = await measureOverhead(20)
  figures.overhead = r
  suite.add({ what: `orchestration overhead per segment, p50 (${r.segments}-segment job, 0 s generation)`, figure: `${r.overhead_ms.p50} ms`, target: '-', met: null })
  suite.add({ what: 'orchestration overhead per segment, p95', figure: `${r.overhead_ms.p95} ms (max ${r.overhead_ms.max} ms)`, target: '<= 50 ms', met: r.overhead_ms.p95 <= 50 })
})

await suite.part('idle', async () => {
  const r = await measureGpuIdle(3, 4, 1)
  figures.idle = r
  suite.add({
    what: `GPU idle share while work was ready (${r.jobs} jobs x ${r.segments_per_job} segments, 1 s each)`,
    figure: `${r.idle_share_pct}% (${r.idle_ms} of ${r.wall_ms} ms; ${r.idle_after_first_start_pct}% after the first prompt started)`,
    target: '<= 2%',
    met: r.idle_share_pct <= 2,
  })
})

await suite.part('stitch', async () => {
  const r = await measureStitch(20, 81, 832, 480, 3)
  figures.stitch = r
  suite.add({
    what: `stitch of ${r.segments} x ${r.frames_per_segment} frames ${r.size} H.264 vs bare concat -c copy (median of ${r.rounds})`,
    figure: `${r.ratio}x (${r.ours_ms} vs ${r.bare_ms} ms, mode ${r.mode}; inputs inspected as segments finished: ${r.inspect_inputs_ms} ms; with nothing inspected before: ${r.cold_ratio}x)`,
    target: '<= 1.3x',
    met: r.ratio <= 1.3,
  })
  suite.add({ what: 'stitched frame count', figure: `${r.frames} (expected ${r.expected_frames}; bare concat ${r.bare_concat_frames})`, target: 'exact', met: r.frames === r.expected_frames })
})

await suite.part('api', async () => {
  const r = await measureApi(1000, 20, 300)
  figures.api = r
  suite.add({ what: `GET /api/jobs (limit 100) p95, ${r.jobs} jobs / ${r.segments} segments, ${r.requests_each} requests`, figure: `${r.list_ms.p95} ms (p50 ${r.list_ms.p50})`, target: '<= 20 ms', met: r.list_ms.p95 <= 20 })
  suite.add({ what: 'GET /api/jobs/{id} p95 (20 segments each)', figure: `${r.get_ms.p95} ms (p50 ${r.get_ms.p50})`, target: '<= 20 ms', met: r.get_ms.p95 <= 20 })
  suite.add({ what: 'sidecar VmRSS idle (1,000-job database; empty database in parentheses)', figure: `${r.rss_idle_mb} MB (${r.rss_empty_db_mb} MB)`, target: '<= 120 MB', met: r.rss_idle_mb <= 120 })
  suite.add({ what: 'sidecar VmRSS after the load', figure: `${r.rss_after_load_mb} MB`, target: '<= 120 MB', met: r.rss_after_load_mb <= 120 })
})

await suite.part('panel', async () => {
  const size = measureWebSize()
  figures.web = size
  suite.add({ what: `web/ gzipped (${size.files} files, ${size.raw_kb} KB raw)`, figure: `${size.gzip_kb} KB`, target: '<= 250 KB', met: size.gzip_kb <= 250 })
  const t = await measurePanel(7, 5)
  figures.panel = t
  suite.add({
    what: `panel: tab first render -> job list on screen, headless Chromium vs the demo (${t.jobs_listed} jobs, ${t.rounds} page loads)`,
    figure: `p50 ${t.render_to_list_ms.p50} ms, max ${t.render_to_list_ms.max} ms (click -> list p50 ${t.click_to_list_ms.p50} ms)`,
    target: '<= 300 ms',
    met: t.render_to_list_ms.max <= 300,
  })
})

notes.push(
  `The sidecar ran as a child process from ${figures.sidecar_from === 'dist' ? 'the bundle dist/sidecar.mjs' : 'the sources via tsx'}; the simulated ComfyUI ran in the benchmark's process.`,
  'Overhead = the sim\'s receivedAt of segment k+1 minus its finishedAt of segment k (includes the sidecar fetching the segment, extracting its last frame with ffmpeg and building the next prompt).',
  'GPU idle = wall time from the first POST /api/jobs to the last finish not covered by any prompt executing in the sim; it counts the first submission and the end of the run, when only one job still has segments.',
  'Stitch: the engine inspects each segment (codec parameters, frame count, H.264 parameter sets: one ffmpeg pass, remembered) when it finishes, while the GPU makes the next one; our time is then the finalize itself (plan, concat with chapters/metadata, frame check); the cold ratio adds the inspection of all inputs, as after a sidecar restart. The bare run is only the concat.'
)
suite.finish('bench', 'Benchmarks (`npm run bench`)', notes)
