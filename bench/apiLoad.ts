// API latencies against the sidecar's no-op route (GET /api/ping) on the same process, requests
// interleaved so a busy moment of the machine hits all three alike: the job list (GET /api/jobs)
// and a job's detail (GET /api/jobs/{id}) over a database of finished jobs written with SQL. Also the
// start-up time with that database against an empty one, and the sidecar's resident memory.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { startSimComfy } from '../sidecar/sim/simComfy'
import { call, sleep } from './httpApi'
import { seededRandom } from './seededRandom'
import { seedDatabase } from './seedDatabase'
import type { SeedResult } from './seedDatabase'
import { residentMb, startSidecarProcess } from './sidecarProcess'
import type { SidecarArgs, SidecarChild } from './sidecarProcess'
import { median, round, summarize } from './stats'
import type { Summary } from './stats'

export interface ApiFigures {
  jobs: number
  segments_per_job: number
  seeded: SeedResult
  requests_each: number
  noop_ms: Summary
  /** GET /api/jobs?limit=100 (the page the figures were taken with). */
  list_ms: Summary
  /** GET /api/jobs?limit=200 (the page the panel asks for). */
  list_panel_ms: Summary
  get_ms: Summary
  /** p95 / no-op p95. */
  list_ratio: number
  list_panel_ratio: number
  get_ratio: number
  rss_empty_db_mb: number
  rss_idle_mb: number
  rss_after_load_mb: number
  /** Spawn to the first job list answered, median of `startups` starts each. */
  startups: number
  startup_empty_ms: number
  startup_ms: number
  startup_ratio: number
}

async function timedGet(base: string, route: string): Promise<number> {
  const t = performance.now()
  const r = await call(base, 'GET', route)
  const ms = performance.now() - t
  if (r.status !== 200 && r.status !== 204) throw new Error(`GET ${route}: ${r.status}`)
  return ms
}

/** Starts the sidecar and waits for its first job list: what a user waits for after ComfyUI starts. */
async function timedStart(args: SidecarArgs): Promise<{ child: SidecarChild; ms: number }> {
  const t = performance.now()
  const child = await startSidecarProcess(args, 120_000)
  for (;;) {
    const r = await call(child.url, 'GET', '/api/jobs?limit=200').catch(() => null)
    if (r?.status === 200) break
    await sleep(5)
  }
  return { child, ms: performance.now() - t }
}

async function startupMedian(args: SidecarArgs, n: number): Promise<{ child: SidecarChild; ms: number }> {
  const times: number[] = []
  for (let i = 0; ; i++) {
    const { child, ms } = await timedStart(args)
    times.push(ms)
    if (i === n - 1) return { child, ms: median(times) }
    await child.kill('SIGTERM')
  }
}

export async function measureApi(o: { jobs: number; perJob: number; requests: number; startups?: number }): Promise<ApiFigures> {
  const startups = o.startups ?? 3
  const root = mkdtempSync(path.join(tmpdir(), 'lv-bench-api-'))
  const sim = await startSimComfy({ root: path.join(root, 'comfy') })
  const base = { comfyuiUrl: sim.url, comfyInput: sim.inputDir, comfyOutput: sim.outputDir }
  try {
    const empty = await startupMedian({ ...base, dataDir: path.join(root, 'empty') }, startups)
    await sleep(1500)
    const rssEmpty = residentMb(empty.child.pid)
    await empty.child.kill('SIGTERM')

    const dataDir = path.join(root, 'data')
    mkdirSync(dataDir, { recursive: true })
    const seeded = seedDatabase(path.join(dataDir, 'longvideo.sqlite'), o.jobs, o.perJob)
    const full = await startupMedian({ ...base, dataDir }, startups)
    const sc = full.child
    try {
      await sleep(1500)
      const rssIdle = residentMb(sc.pid)
      const rng = seededRandom(11)
      const detail = () => `/api/jobs/${rng.int(1, o.jobs)}`
      // Warm-up (JIT, prepared statements), not counted.
      for (let i = 0; i < 20; i++) {
        await timedGet(sc.url, '/api/ping')
        await timedGet(sc.url, `/api/jobs?limit=100&offset=${(i * 100) % o.jobs}`)
        await timedGet(sc.url, detail())
      }
      const noop: number[] = []
      const list: number[] = []
      const listPanel: number[] = []
      const get: number[] = []
      for (let i = 0; i < o.requests; i++) {
        noop.push(await timedGet(sc.url, '/api/ping'))
        list.push(await timedGet(sc.url, `/api/jobs?limit=100&offset=${(i * 100) % o.jobs}`))
        get.push(await timedGet(sc.url, detail()))
        listPanel.push(await timedGet(sc.url, `/api/jobs?limit=200&offset=${(i * 200) % o.jobs}`))
      }
      const rssAfter = residentMb(sc.pid)
      const n = summarize(noop)
      const l = summarize(list)
      const lp = summarize(listPanel)
      const g = summarize(get)
      return {
        jobs: o.jobs,
        segments_per_job: o.perJob,
        seeded,
        requests_each: o.requests,
        noop_ms: n,
        list_ms: l,
        list_panel_ms: lp,
        get_ms: g,
        list_ratio: round(l.p95 / n.p95, 1),
        list_panel_ratio: round(lp.p95 / n.p95, 1),
        get_ratio: round(g.p95 / n.p95, 1),
        rss_empty_db_mb: rssEmpty,
        rss_idle_mb: rssIdle,
        rss_after_load_mb: rssAfter,
        startups,
        startup_empty_ms: round(empty.ms, 0),
        startup_ms: round(full.ms, 0),
        startup_ratio: round(full.ms / empty.ms, 2),
      }
    } finally {
      await sc.kill('SIGTERM')
    }
  } finally {
    await sim.close()
    rmSync(root, { recursive: true, force: true })
  }
}
