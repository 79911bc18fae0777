// The ffmpeg processes this sidecar started. A sidecar that is killed (SIGKILL, a crash, the machine
// going down) cannot end them, and nothing ends them with it: a finalize's ffmpeg would go on writing
// a .partial file beside the final while the restarted sidecar encodes again. So each running child
// is recorded in a ledger file in the data folder, and the next start ends what the ledger names.
import type { ChildProcess } from 'node:child_process'
import { execFileSync } from 'node:child_process'
import { readFileSync, readdirSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

interface Child {
  process: ChildProcess
  output: string
}

/** One sidecar's record: the children writing under its folders (several sidecars may share a process). */
export interface FfmpegLedger {
  readonly file: string
  /** Ends this sidecar's running children (a clean shutdown) and removes the ledger file. */
  close(): void
}

interface LedgerEntry {
  file: string
  roots: string[]
}

const running = new Map<number, Child>()
const ledgers = new Set<LedgerEntry>()

const Recorded = z.array(z.object({ pid: z.number().int().positive(), output: z.string() }))

function inside(file: string, root: string): boolean {
  const rel = path.relative(root, file)
  return rel === '' || (!rel.startsWith('..') && !path.isAbsolute(rel))
}

function childrenOf(ledger: LedgerEntry): [number, Child][] {
  return [...running].filter(([, c]) => ledger.roots.some((root) => inside(c.output, root)))
}

function write(ledger: LedgerEntry): void {
  const entries = childrenOf(ledger).map(([pid, c]) => ({ pid, output: c.output }))
  try {
    if (entries.length === 0) rmSync(ledger.file, { force: true })
    else {
      // Whole or not at all: a sidecar killed halfway through a rewrite must not leave a truncated
      // ledger, which the next start could not read (and so would end nothing).
      const next = `${ledger.file}.${process.pid}.next`
      writeFileSync(next, JSON.stringify(entries))
      renameSync(next, ledger.file)
    }
  } catch {
    // The data folder went away (a test's temp folder): nothing left to protect.
  }
}

/** Called by runFfmpeg when a child has started and when it has ended. */
export function ffmpegStarted(process: ChildProcess, output: string): void {
  if (process.pid === undefined) return
  running.set(process.pid, { process, output: path.resolve(output) })
  for (const ledger of ledgers) write(ledger)
}

export function ffmpegEnded(process: ChildProcess): void {
  if (process.pid === undefined || !running.delete(process.pid)) return
  for (const ledger of ledgers) write(ledger)
}

/** Records, in `file`, every ffmpeg child whose output lies under one of `roots`. */
export function openFfmpegLedger(file: string, roots: string[]): FfmpegLedger {
  const entry: LedgerEntry = { file, roots: roots.map((r) => path.resolve(r)) }
  ledgers.add(entry)
  return {
    file,
    close() {
      for (const [, child] of childrenOf(entry)) child.process.kill('SIGKILL')
      ledgers.delete(entry)
      rmSync(file, { force: true })
    },
  }
}

/** The command line of a live process, or null (gone, or this platform cannot tell). */
function commandLine(pid: number): string | null {
  try {
    return readFileSync(`/proc/${pid}/cmdline`, 'utf8').split('\0').join(' ')
  } catch {
    // No /proc (macOS): ask ps. On Windows neither exists, and a pid is never ended on a guess.
  }
  if (process.platform === 'win32') return null
  try {
    return execFileSync('ps', ['-o', 'args=', '-p', String(pid)], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null
  } catch {
    return null
  }
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
  try {
    // Ended but not reaped (a container whose init does not reap): it writes nothing any more.
    return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
  } catch {
    return true
  }
}

/**
 * Ends the ffmpeg processes a previous sidecar on this data folder left running, and removes the
 * ledger. A pid is ended only while its command line still names the output it was writing, so a
 * pid reused by another program is left alone. Answers what was ended.
 */
export async function endLeftoverFfmpeg(file: string): Promise<{ pid: number; output: string }[]> {
  let recorded: z.infer<typeof Recorded>
  try {
    recorded = Recorded.parse(JSON.parse(readFileSync(file, 'utf8')))
  } catch {
    rmSync(file, { force: true })
    return []
  }
  const ended: { pid: number; output: string }[] = []
  for (const r of recorded) {
    if (running.has(r.pid)) continue // ours, in this process (a test that restarts a sidecar in place)
    const cmd = commandLine(r.pid)
    if (!cmd || !cmd.includes('ffmpeg') || !cmd.includes(r.output)) continue
    try {
      process.kill(r.pid, 'SIGKILL')
      ended.push(r)
    } catch {
      // gone meanwhile
    }
  }
  // Its files are removed next: wait until it can no longer write them.
  const deadline = Date.now() + 5_000
  while (ended.some((r) => alive(r.pid)) && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20))
  rmSync(file, { force: true })
  return ended
}

/** The name stitch() gives a video while it is written: `.<final name>.<8 hex>.partial.<ext>`. */
export const PARTIAL_FILE = /^\..+\.[0-9a-f]{8}\.partial\.[A-Za-z0-9]+$/

/** Removes leftover partial videos from `folders` (missing folders are skipped). Answers the removed paths. */
export function removePartialFiles(folders: string[]): string[] {
  const removed: string[] = []
  for (const folder of new Set(folders)) {
    let names: string[]
    try {
      names = readdirSync(folder)
    } catch {
      continue
    }
    for (const name of names) {
      if (!PARTIAL_FILE.test(name)) continue
      const file = path.join(folder, name)
      rmSync(file, { force: true })
      removed.push(file)
    }
  }
  return removed
}
