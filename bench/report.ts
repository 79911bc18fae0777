// Where figures go: stdout as they come, the JSON file named by --out, and a section of RESULTS.md.
import { existsSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { describeMachine } from './machine'
import type { Machine } from './machine'
import { sidecarCommand } from './sidecarProcess'

const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md')

export function outArg(argv: string[]): string | null {
  const i = argv.indexOf('--out')
  if (i >= 0) return argv[i + 1] ?? null
  const eq = argv.find((a) => a.startsWith('--out='))
  return eq ? eq.slice('--out='.length) : null
}

/** `--only a,b` runs a subset of a suite's parts (for debugging one of them). */
export function onlyArg(argv: string[]): Set<string> | null {
  const i = argv.indexOf('--only')
  const v = i >= 0 ? argv[i + 1] : undefined
  return v ? new Set(v.split(',')) : null
}

export interface Row {
  what: string
  /** Our figure (absolute, for information when there is an anchor). */
  figure: string
  target: string
  met: boolean | null
  /** The anchor measured in the same run, with its absolute figure. */
  anchor?: string
  /** Ours over the anchor: what the target is about when there is one. */
  ratio?: string
}

export function printRow(r: Row): void {
  const mark = r.met === null ? '  ' : r.met ? 'ok' : 'NO'
  const against = r.anchor ? ` | anchor ${r.anchor} | ratio ${r.ratio ?? '-'}` : ''
  process.stdout.write(`[${mark}] ${r.what}: ${r.figure}${against} (target ${r.target})\n`)
}

const metCell = (r: Row) => (r.met === null ? '-' : r.met ? 'yes' : '**no**')

function table(rows: Row[]): string {
  if (!rows.some((r) => r.anchor !== undefined)) {
    const lines = ['| measure | figure | target | met |', '|---|---|---|---|']
    for (const r of rows) lines.push(`| ${r.what} | ${r.figure} | ${r.target} | ${metCell(r)} |`)
    return lines.join('\n')
  }
  const lines = ['| measure | ours | anchor (same run) | ratio | target | met |', '|---|---|---|---|---|---|']
  for (const r of rows) lines.push(`| ${r.what} | ${r.figure} | ${r.anchor ?? '-'} | ${r.ratio ?? '-'} | ${r.target} | ${metCell(r)} |`)
  return lines.join('\n')
}

/** Rewrites this suite's section of RESULTS.md (between its markers), leaving the other suite's alone. */
export function writeResultsSection(suite: string, title: string, machine: Machine, rows: Row[], notes: string[], command: string, context: string[] = []): void {
  const begin = `<!-- ${suite}:begin -->`
  const end = `<!-- ${suite}:end -->`
  const section = [
    begin,
    `## ${title}`,
    '',
    `\`${command}\` on ${machine.date.slice(0, 10)}, commit \`${machine.commit}\`; ${machine.nproc} cores (${machine.cpu}), ${machine.memory_gb} GB, Node ${machine.node}, ${machine.ffmpeg}; load average ${machine.load_average.join(' / ')} (1/5/15 min) at the start.`,
    ...context.map((c) => `\n${c}`),
    '',
    table(rows),
    '',
    ...notes.map((n) => `- ${n}`),
    end,
  ].join('\n')
  let text = existsSync(resultsFile)
    ? readFileSync(resultsFile, 'utf8')
    : '# Benchmarks and fault suite: latest figures\n\nWritten by `npm run bench` and `npm run faults` (bench/); each run rewrites its own section.\n\n<!-- bench:begin -->\n<!-- bench:end -->\n\n<!-- faults:begin -->\n<!-- faults:end -->\n'
  const a = text.indexOf(begin)
  const b = text.indexOf(end)
  text = a >= 0 && b > a ? text.slice(0, a) + section + text.slice(b + end.length) : `${text}\n${section}\n`
  writeFileSync(resultsFile, text)
}

export function writeJson(file: string | null, data: unknown): void {
  if (file) writeFileSync(file, `${JSON.stringify(data, null, 2)}\n`)
}

/** One run of a suite: parts selected by --only, rows printed as they come, figures for --out. */
export class Suite {
  readonly argv = process.argv.slice(2)
  readonly only = onlyArg(this.argv)
  readonly machine = describeMachine()
  readonly rows: Row[] = []
  readonly figures: Record<string, unknown> = { machine: this.machine, sidecar_from: sidecarCommand().from }

  add(r: Row): void {
    this.rows.push(r)
    printRow(r)
  }

  /** Runs one named part; a part that throws becomes a failed row instead of ending the suite. */
  async part(name: string, body: () => Promise<void>): Promise<void> {
    if (this.only && !this.only.has(name)) return
    const t = Date.now()
    process.stdout.write(`-- ${name}\n`)
    try {
      await body()
    } catch (err) {
      const message = (err as Error).message.split('\n')[0] ?? ''
      this.figures[name] = { error: message }
      this.add({ what: name, figure: `could not run: ${message}`, target: '-', met: false })
    }
    process.stdout.write(`   (${((Date.now() - t) / 1000).toFixed(1)} s)\n`)
  }

  /** Writes the JSON (--out) and, for a full run, this suite's section of bench/RESULTS.md; then exits. */
  finish(suite: string, title: string, notes: string[], opts: { command?: string; context?: string[]; writeResults?: boolean } = {}): never {
    if (opts.writeResults ?? !this.only) writeResultsSection(suite, title, this.machine, this.rows, notes, opts.command ?? `npm run ${suite}`, opts.context ?? [])
    writeJson(outArg(this.argv), { ...this.figures, rows: this.rows })
    process.exit(0)
  }
}
