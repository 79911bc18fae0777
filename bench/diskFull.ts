// Fault 5: the disk holding ComfyUI's output folder fills up during finalize. No partial final may
// remain, the job must say why, and a later finalize must succeed once there is room again.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statfsSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import type { BenchWorld } from './benchWorld'
import { call, getJob, tinyJob, waitFor } from './httpApi'
import { finalizeAndCheck } from './jobChecks'

export interface DiskFullResult {
  filesystem: string
  free_bytes_at_finalize: number
  status_after_full: string
  error_after_full: string | null
  new_files_after_full: string[]
  second_finalize_status: string
  second_final_frames: number | null
  expected_frames: number
}

function tree(dir: string, prefix = ''): string[] {
  return readdirSync(dir).flatMap((n) => {
    const p = path.join(dir, n)
    return statSync(p).isDirectory() ? tree(p, `${prefix}${n}/`) : [`${prefix}${n}`]
  })
}

export async function diskFullDuringFinalize(): Promise<DiskFullResult> {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-faults-disk-'))
  const output = path.join(root, 'comfy', 'output')
  mkdirSync(output, { recursive: true })
  execFileSync('mount', ['-t', 'tmpfs', '-o', 'size=2m', 'tmpfs', output])
  let w: BenchWorld | null = null
  try {
    w = await startBenchWorld({ root, keep: true, sim: { segmentSeconds: 0 } })
    const name = 'diskfull'
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob(name, 3))
    const id = created.body.id
    await waitFor(() => getJob(w?.sidecar.url ?? '', id), (j) => j.status === 'awaiting_prompt', 'segments', 60_000)
    // Leave less room than the final needs (it is about the size of the segments together).
    const { bavail, bsize } = statfsSync(output)
    const filler = path.join(output, 'filler.bin')
    writeFileSync(filler, Buffer.alloc(Math.max(0, bavail * bsize - 2048)))
    const free = statfsSync(output).bavail * statfsSync(output).bsize
    const before = new Set(tree(output))
    await call(w.sidecar.url, 'POST', `/api/jobs/${id}/finalize`)
    const failed = await waitFor(() => getJob(w?.sidecar.url ?? '', id), (j) => j.status !== 'finalizing', 'the finalize to end', 60_000)
    const added = tree(output).filter((f) => !before.has(f))
    rmSync(filler)
    const second = await finalizeAndCheck(w.sidecar.url, output, w.sim.promptLog, id, name, 3)
    return {
      filesystem: 'tmpfs 2 MB (mount -t tmpfs -o size=2m) as ComfyUI\'s output folder',
      free_bytes_at_finalize: free,
      status_after_full: failed.status,
      error_after_full: failed.error,
      new_files_after_full: added,
      second_finalize_status: second.status,
      second_final_frames: second.final_frames,
      expected_frames: second.expected_frames,
    }
  } finally {
    await w?.close()
    execFileSync('umount', ['-l', output])
    rmSync(root, { recursive: true, force: true })
  }
}
