// Two more faults: ComfyUI going away with the sidecar's stdio piped to it (as ComfyUI starts it), and
// the seams of a final checked by their pixels against the hand-off frames.
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { JobWithSegments } from '../sidecar/contract'
import { startSimComfy } from '../sidecar/sim/simComfy'
import { decodeRgb } from '../sidecar/testing/simTestFixtures'
import { countFrames } from '../sidecar/video'
import { startBenchWorld, writeStartImage } from './benchWorld'
import { call, getJob, tinyJob, waitFor } from './httpApi'
import { BENCH_SECRET, sidecarCommand } from './sidecarProcess'

export interface ComfyExitResult {
  rounds: number
  exit_codes: (number | null)[]
  slowest_exit_ms: number
  locks_left: number
  wal_bytes_left: number
  jobs_kept: number
}

/**
 * The sidecar started as ComfyUI starts it (stdin, stdout and stderr piped, --exit-with-stdin), given a
 * job, then every pipe closed at once as when ComfyUI dies: it must exit 0, remove its lock and leave no
 * unmerged write-ahead log, with the job still in the database.
 */
export async function comfyExitWithPipedStdio(rounds = 3): Promise<ComfyExitResult> {
  const result: ComfyExitResult = { rounds, exit_codes: [], slowest_exit_ms: 0, locks_left: 0, wal_bytes_left: 0, jobs_kept: 0 }
  for (let r = 0; r < rounds; r++) {
    const root = mkdtempSync(path.join(tmpdir(), 'lv-faults-exit-'))
    const sim = await startSimComfy({ root: path.join(root, 'comfy'), segmentSeconds: 0 })
    writeStartImage(sim.inputDir)
    const dataDir = path.join(root, 'data')
    try {
      const { cmd, args } = sidecarCommand()
      const argv = [...args, '--comfyui', sim.url, '--port', '0', '--data', dataDir, '--comfy-input', sim.inputDir, '--comfy-output', sim.outputDir, '--exit-with-stdin']
      const child = spawn(cmd, argv, { stdio: ['pipe', 'pipe', 'pipe'], env: { ...process.env, LONGVIDEO_SECRET: BENCH_SECRET } })
      const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
      child.stderr.resume()
      const port = await new Promise<number>((resolve, reject) => {
        let out = ''
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString('utf8')
          const m = /LONGVIDEO_SIDECAR_LISTENING (\{.*\})/.exec(out)
          if (m?.[1]) resolve((JSON.parse(m[1]) as { port: number }).port)
        })
        void exited.then((code) => reject(new Error(`sidecar exited with ${code} before listening`)))
      })
      const url = `http://127.0.0.1:${port}`
      const created = await call<JobWithSegments>(url, 'POST', '/api/jobs', tinyJob(`exit${r}`, 1))
      await waitFor(() => getJob(url, created.body.id), (j) => j.status === 'awaiting_prompt', 'the job', 30_000)
      // ComfyUI dies: the OS closes its ends of all three pipes at once.
      const t0 = Date.now()
      child.stdin.destroy()
      child.stdout.destroy()
      child.stderr.destroy()
      const code = await Promise.race([exited, new Promise<'hung'>((resolve) => setTimeout(() => resolve('hung'), 15_000))])
      if (code === 'hung') child.kill('SIGKILL')
      result.exit_codes.push(code === 'hung' ? null : code)
      result.slowest_exit_ms = Math.max(result.slowest_exit_ms, Date.now() - t0)
      if (existsSync(path.join(dataDir, 'sidecar.lock'))) result.locks_left++
      const wal = path.join(dataDir, 'longvideo.sqlite-wal')
      result.wal_bytes_left += existsSync(wal) ? statSync(wal).size : 0
      const db = new Database(path.join(dataDir, 'longvideo.sqlite'), { readonly: true })
      result.jobs_kept += (db.prepare('SELECT COUNT(*) AS n FROM jobs').get() as { n: number }).n
      db.close()
    } finally {
      await sim.close()
      rmSync(root, { recursive: true, force: true })
    }
  }
  return result
}

export interface SeamJoin {
  join: number
  /** Mean absolute difference (0-255) of the final's frame at the join against the hand-off PNG. */
  at_join: number
  /** The same for the frame before and the frame after the join (both must differ clearly). */
  before: number
  after: number
  /** The final's frame at the join against the last frame of the segment's own video (a stream copy). */
  own_last: number
  ok: boolean
}

export interface SeamPixelResult {
  segments: number
  frames: number
  expected_frames: number
  joins: SeamJoin[]
}

function meanAbsDiff(a: Buffer, b: Buffer): number {
  if (a.length !== b.length) return 255
  let sum = 0
  for (let i = 0; i < a.length; i++) sum += Math.abs((a[i] ?? 0) - (b[i] ?? 0))
  return sum / a.length
}

/** A 4-segment job finalized, each join of the final compared, by its pixels, with the frame handed off there. */
export async function seamPixelCheck(segments = 4): Promise<SeamPixelResult> {
  const L = 9
  const w = await startBenchWorld()
  try {
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob('seams', segments))
    const id = created.body.id
    await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status === 'awaiting_prompt' && j.counts.done === segments, 'the segments', 120_000)
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    const job = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'finalizing' && j.status !== 'awaiting_prompt', 'the final', 120_000)
    const file = job.final_video?.file
    if (!file) throw new Error(`no final: job ${job.status} ${job.error ?? ''}`)
    const final = path.join(w.sim.outputDir, file.subfolder, file.filename)
    const out = path.join(w.sim.outputDir)
    const joins: SeamJoin[] = []
    for (let k = 0; k < segments - 1; k++) {
      const handoff = job.segments[k]?.last_frame
      const video = job.segments[k]?.video
      if (!handoff || !video) throw new Error(`segment ${k + 1} has no last frame or video`)
      const png = decodeRgb(path.join(out, handoff.subfolder, handoff.filename))
      const end = L - 1 + k * (L - 1)
      const atJoin = meanAbsDiff(decodeRgb(final, end), png)
      const before = meanAbsDiff(decodeRgb(final, end - 1), png)
      const after = meanAbsDiff(decodeRgb(final, end + 1), png)
      const ownLast = meanAbsDiff(decodeRgb(final, end), decodeRgb(path.join(out, video.subfolder, video.filename), k === 0 ? L - 1 : L - 2))
      const round = (x: number) => Math.round(x * 10) / 10
      joins.push({ join: k + 1, at_join: round(atJoin), before: round(before), after: round(after), own_last: round(ownLast), ok: atJoin < 15 && ownLast < 1 && after > 2 * atJoin && before > 2 * atJoin })
    }
    return { segments, frames: await countFrames(final, 'ffmpeg'), expected_frames: L + (segments - 1) * (L - 1), joins }
  } finally {
    await w.close()
  }
}
