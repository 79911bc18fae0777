// Faults of the finalize, with the sidecar as a child process and an ffmpeg wrapper that misbehaves
// on purpose when it writes a final (a `.partial.` output):
//   kill:      the sidecar is SIGKILLed while its ffmpeg stitches; the next start ends that ffmpeg,
//              removes its partial file and stitches again.
//   crashloop: every final stitch takes the sidecar down with it (the wrapper kills its parent);
//              restarted each time, the sidecar must stop retrying after a bounded number of starts.
//   stitch:    a segment file is missing at finalize; the job must come back with the reason, stay so
//              over a restart, and finalize once the file is back.
import { execFileSync } from 'node:child_process'
import { chmodSync, existsSync, mkdtempSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JobWithSegments } from '../sidecar/contract'
import { MAX_FINALIZE_ATTEMPTS } from '../sidecar/contract'
import { countFrames } from '../sidecar/video'
import { startBenchWorld } from './benchWorld'
import type { BenchWorld } from './benchWorld'
import { call, getJob, sleep, tinyJob, waitFor } from './httpApi'
import { startSidecarProcess } from './sidecarProcess'

const L = 9

/** An ffmpeg that does `behaviour` (shell) when asked to write a final, and is the real one otherwise. */
function ffmpegWrapper(root: string, behaviour: string): string {
  const real = execFileSync('sh', ['-c', 'command -v ffmpeg'], { encoding: 'utf8' }).trim()
  const file = path.join(root, 'ffmpeg-wrapper')
  writeFileSync(file, ['#!/bin/sh', 'case "$*" in *.partial.*)', behaviour, 'esac', `exec '${real}' "$@"`, ''].join('\n'))
  chmodSync(file, 0o755)
  return file
}

/** Processes whose command line names `text` (an orphan ffmpeg writing into the output folder). */
function processesNaming(text: string): number[] {
  const found: number[] = []
  for (const pid of readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const cmd = readFileSync(`/proc/${pid}/cmdline`, 'utf8')
      const state = readFileSync(`/proc/${pid}/status`, 'utf8')
      if (cmd.includes(text) && cmd.includes('.partial.') && !/^State:\s+Z/m.test(state)) found.push(Number(pid))
    } catch {
      // gone meanwhile
    }
  }
  return found
}

const partialFiles = (dir: string) => (existsSync(dir) ? readdirSync(dir).filter((n) => n.includes('.partial.')) : [])

async function twoSegmentJob(w: BenchWorld, name: string): Promise<number> {
  const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(name, 2))
  if (created.status !== 201) throw new Error(`create job: ${created.status} ${JSON.stringify(created.body).slice(0, 300)}`)
  const id = created.body.id
  await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'two segments', 60_000)
  return id
}

async function finalFrames(w: BenchWorld, job: JobWithSegments): Promise<number | null> {
  const file = job.final_video?.file
  return file ? countFrames(path.join(w.sim.outputDir, file.subfolder, file.filename), 'ffmpeg') : null
}

export interface KillDuringFinalizeResult {
  orphan_ffmpeg_before_restart: number
  orphan_ffmpeg_after_restart: number
  partial_files_after_restart: string[]
  status: string
  final_frames: number | null
  expected_frames: number
}

export async function killDuringFinalize(): Promise<KillDuringFinalizeResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-faults-kill-'))
  const once = path.join(root, 'stalled-once')
  // The first final stalls (a long encode) after writing part of its file.
  const wrapper = ffmpegWrapper(root, `  if [ ! -e '${once}' ]; then : > '${once}'; for a in "$@"; do out="$a"; done; echo partial > "$out"; sleep 120; fi;;`)
  const w = await startBenchWorld({ root, ffmpeg: wrapper })
  try {
    const id = await twoSegmentJob(w, 'killfinal')
    const finals = path.join(w.sim.outputDir, 'longvideo')
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    await waitFor(async () => partialFiles(finals), (p) => p.length === 1, 'the stalled partial file', 30_000)
    await w.sidecar.kill('SIGKILL')
    const before = processesNaming(w.sim.outputDir).length
    w.sidecar = await startSidecarProcess({ comfyuiUrl: w.sim.url, dataDir: w.dataDir, comfyInput: w.sim.inputDir, comfyOutput: w.sim.outputDir, ffmpeg: wrapper })
    const done = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'finalizing', 'the finalize, redone', 60_000)
    await sleep(300)
    return {
      orphan_ffmpeg_before_restart: before,
      orphan_ffmpeg_after_restart: processesNaming(w.sim.outputDir).length,
      partial_files_after_restart: partialFiles(finals),
      status: done.status,
      final_frames: await finalFrames(w, done),
      expected_frames: L + (L - 1),
    }
  } finally {
    await w.close()
  }
}

export interface CrashLoopResult {
  /** Each start after the user's finalize: 'exited' (taken down by the stitch again) or 'stayed up'. */
  starts: string[]
  exits: number
  max_attempts: number
  status: string
  error: string | null
  finalize_after_fix: string
  final_frames: number | null
  expected_frames: number
}

/** Every final stitch kills the sidecar; it is started again (as a supervisor would) until it stays up. */
export async function crashLoopFinalize(maxStarts = 8): Promise<CrashLoopResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-faults-loop-'))
  const armed = path.join(root, 'armed')
  const wrapper = ffmpegWrapper(root, `  if [ -e '${armed}' ]; then kill -9 "$PPID"; sleep 5; exit 1; fi;;`)
  const w = await startBenchWorld({ root, ffmpeg: wrapper })
  const boot = () => startSidecarProcess({ comfyuiUrl: w.sim.url, dataDir: w.dataDir, comfyInput: w.sim.inputDir, comfyOutput: w.sim.outputDir, ffmpeg: wrapper })
  try {
    const id = await twoSegmentJob(w, 'crashloop')
    writeFileSync(armed, '')
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    await w.sidecar.exited
    const starts: string[] = []
    let exits = 1
    for (let n = 0; n < maxStarts; n++) {
      w.sidecar = await boot()
      const exited = await Promise.race([w.sidecar.exited.then(() => true), sleep(8_000).then(() => false)])
      starts.push(exited ? 'exited' : 'stayed up')
      if (!exited) break
      exits++
    }
    const job = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'finalizing', 'the finalize given up', 30_000)
    // The cause goes away; the user finalizes again.
    rmSync(armed)
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    const done = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'finalizing', 'finalize after the fix', 60_000)
    return {
      starts,
      exits,
      max_attempts: MAX_FINALIZE_ATTEMPTS,
      status: job.status,
      error: job.error,
      finalize_after_fix: done.status,
      final_frames: await finalFrames(w, done),
      expected_frames: L + (L - 1),
    }
  } finally {
    await w.close()
  }
}

export interface StitchFailureResult {
  status_after_failure: string
  error: string | null
  partial_files: string[]
  /** After a restart of the sidecar: still up 5 s later, job unchanged. */
  restart_stayed_up: boolean
  status_after_restart: string
  status_after_fix: string
  final_frames: number | null
  expected_frames: number
}

export async function stitchFailure(): Promise<StitchFailureResult> {
  const w = await startBenchWorld()
  try {
    const id = await twoSegmentJob(w, 'stitchfail')
    const job = await getJob(w.sidecar.url, id)
    const video = job.segments[1]?.video
    if (!video) throw new Error('no segment video')
    const file = path.join(w.sim.outputDir, video.subfolder, video.filename)
    renameSync(file, `${file}.away`)
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    const failed = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'finalizing', 'the failed stitch', 60_000)
    const partials = partialFiles(path.join(w.sim.outputDir, 'longvideo'))
    await w.restartSidecar()
    const exited = await Promise.race([w.sidecar.exited.then(() => true), sleep(5_000).then(() => false)])
    const after = await getJob(w.sidecar.url, id)
    renameSync(`${file}.away`, file)
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    const done = await waitFor(() => getJob(w.sidecar.url, id), (j) => j.status !== 'finalizing', 'finalize after the fix', 60_000)
    return {
      status_after_failure: failed.status,
      error: failed.error,
      partial_files: partials,
      restart_stayed_up: !exited,
      status_after_restart: after.status,
      status_after_fix: done.status,
      final_frames: await finalFrames(w, done),
      expected_frames: L + (L - 1),
    }
  } finally {
    await w.close()
  }
}
