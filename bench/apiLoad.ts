// Benchmark 4: GET /api/jobs and GET /api/jobs/{id} with 1,000 jobs and 20,000 segments in the
// database, and the sidecar child's resident memory idle and after the load.
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JobStatus } from '../sidecar/contract'
import { openDatabase } from '../sidecar/db/database'
import { insertJob } from '../sidecar/db/jobStore'
import type { SegmentRecord } from '../sidecar/contract'
import { startSimComfy } from '../sidecar/sim/simComfy'
import { call } from './httpApi'
import { seededRandom } from './seededRandom'
import { residentMb, startSidecarProcess } from './sidecarProcess'
import { summarize } from './stats'
import type { Summary } from './stats'

export interface ApiLoadResult {
  jobs: number
  segments: number
  requests_each: number
  list_ms: Summary
  get_ms: Summary
  rss_idle_mb: number
  rss_after_load_mb: number
  rss_empty_db_mb: number
}

/** Finished jobs only, so the runner leaves them alone and the figures are the API's. */
function fillDatabase(file: string, jobs: number, perJob: number): void {
  const db = openDatabase(file)
  const statuses: JobStatus[] = ['completed', 'completed', 'completed', 'failed', 'cancelled']
  const at = new Date().toISOString()
  const rng = seededRandom(7)
  db.transaction(() => {
    for (let j = 0; j < jobs; j++) {
      const status = statuses[j % statuses.length] as JobStatus
      const segments: Omit<SegmentRecord, 'job_id'>[] = Array.from({ length: perJob }, (_, idx) => ({
        idx,
        status: status === 'completed' || idx < perJob - 1 ? 'done' : status === 'failed' ? 'failed' : 'cancelled',
        prompt: `job ${j} segment ${idx}: the camera follows a heron along the river bank at dusk, reeds moving in the wind`,
        negative_prompt: null,
        seed: rng.int(0, 2 ** 31),
        loras: { high: [], low: [] },
        prompt_id: `00000000-0000-4000-8000-${String(j * perJob + idx).padStart(12, '0')}`,
        accepted: true,
        output_nodes: null,
        take: 1,
        locked: false,
        stale: false,
        start_image: idx === 0 ? 'start.png' : `longvideo/job${j}_seg${idx - 1}_last.png`,
        start_source: null,
        drift: null,
        video: { filename: `job${j}_seg${idx}.mp4`, subfolder: 'longvideo', type: 'output' },
        last_frame: { filename: `job${j}_seg${idx}_last.png`, subfolder: 'longvideo', type: 'output' },
        frames: 81,
        execution_ms: 240_000 + rng.int(0, 60_000),
        attempts: 1,
        error: null,
        created_at: at,
        started_at: at,
        finished_at: at,
      }))
      insertJob(
        db,
        {
          name: `Heron ${j}`,
          status,
          preset: 'wan22_14b_i2v',
          input_image: 'start.png',
          prompt: `job ${j} segment 0`,
          negative_prompt: '',
          parameters: {
            width: 832, height: 480, fps: 16, frames: 81, steps: 8, cfg: 1, seed: 1, seed_mode: 'increment',
            models: {}, loras: { high: [], low: [] }, options: {},
          },
          error: status === 'failed' ? 'CUDA out of memory' : null,
          created_at: at,
          updated_at: at,
        },
        segments
      )
    }
  })()
  db.close()
}

async function timed(base: string, paths: string[]): Promise<number[]> {
  const out: number[] = []
  for (const p of paths) {
    const t = performance.now()
    const r = await call(base, 'GET', p)
    out.push(performance.now() - t)
    if (r.status !== 200) throw new Error(`GET ${p}: ${r.status}`)
  }
  return out
}

export async function measureApi(jobs = 1000, perJob = 20, requests = 300): Promise<ApiLoadResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-bench-api-'))
  const sim = await startSimComfy({ root: path.join(root, 'comfy') })
  try {
    // Baseline: the same program with an empty database.
    const emptyDir = path.join(root, 'empty')
    const empty = await startSidecarProcess({ comfyuiUrl: sim.url, dataDir: emptyDir, comfyInput: sim.inputDir, comfyOutput: sim.outputDir })
    await new Promise((r) => setTimeout(r, 1500))
    const rssEmpty = residentMb(empty.pid)
    await empty.kill('SIGTERM')

    const dataDir = path.join(root, 'data')
    mkdirSync(dataDir, { recursive: true })
    fillDatabase(path.join(dataDir, 'longvideo.sqlite'), jobs, perJob)
    const sc = await startSidecarProcess({ comfyuiUrl: sim.url, dataDir, comfyInput: sim.inputDir, comfyOutput: sim.outputDir })
    try {
      await new Promise((r) => setTimeout(r, 1500))
      const rssIdle = residentMb(sc.pid)
      const rng = seededRandom(11)
      // Warm-up (JIT, prepared statements), not counted.
      await timed(sc.url, Array.from({ length: 20 }, (_, i) => (i % 2 ? '/api/jobs' : `/api/jobs/${rng.int(1, jobs)}`)))
      const list = await timed(
        sc.url,
        Array.from({ length: requests }, (_, i) => `/api/jobs?limit=100&offset=${(i * 100) % jobs}`)
      )
      const get = await timed(sc.url, Array.from({ length: requests }, () => `/api/jobs/${rng.int(1, jobs)}`))
      const rssAfter = residentMb(sc.pid)
      return {
        jobs,
        segments: jobs * perJob,
        requests_each: requests,
        list_ms: summarize(list),
        get_ms: summarize(get),
        rss_idle_mb: rssIdle,
        rss_after_load_mb: rssAfter,
        rss_empty_db_mb: rssEmpty,
      }
    } finally {
      await sc.kill('SIGTERM')
    }
  } finally {
    await sim.close()
    rmSync(root, { recursive: true, force: true })
  }
}
