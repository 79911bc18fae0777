// The real sidecar process: CLI, LISTENING line, lock file, SIGKILL mid-segment and restart.
import { spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from './contract'
import { request, smallJob, waitUntil, writeStartImage } from './testing/testWorld'
import { startSimComfy } from './sim/simComfy'
import type { SimComfy } from './sim/simComfy'
import { countFrames } from './video'

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
const children: ChildProcess[] = []
let sim: SimComfy | null = null

afterEach(async () => {
  for (const c of children.splice(0)) if (c.exitCode === null && c.signalCode === null) c.kill('SIGKILL')
  await sim?.close()
  sim = null
})

interface Running {
  child: ChildProcess
  port: number
  pid: number
  stdout: () => string
  stderr: () => string
  exited: Promise<number | null>
}

function launch(args: string[], keepStdin = false): Running & { listening: Promise<void> } {
  const child = spawn(process.execPath, ['--import', 'tsx', 'sidecar/main.ts', ...args], {
    cwd: repo,
    stdio: [keepStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let out = ''
  let err = ''
  const r = {
    child,
    port: 0,
    pid: 0,
    stdout: () => out,
    stderr: () => err,
    exited: new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code))),
    listening: new Promise<void>((resolve, reject) => {
      child.stdout?.on('data', (d: Buffer) => {
        out += String(d)
        const m = /^LONGVIDEO_SIDECAR_LISTENING (\{.*\})$/m.exec(out)
        if (m?.[1]) {
          const info = JSON.parse(m[1]) as { port: number; pid: number }
          r.port = info.port
          r.pid = info.pid
          resolve()
        }
      })
      child.on('exit', (code) => reject(new Error(`sidecar exited with ${code}: ${err}`)))
    }),
  }
  child.stderr?.on('data', (d: Buffer) => (err += String(d)))
  r.listening.catch(() => undefined) // a launch expected to fail is awaited through `exited`
  return r
}

async function world() {
  const root = mkdtempSync(path.join(tmpdir(), 'lv-proc-'))
  sim = await startSimComfy({ root: path.join(root, 'comfy'), segmentSeconds: 1.2 })
  writeStartImage(sim.inputDir)
  const args = ['--comfyui', sim.url, '--host', '127.0.0.1', '--port', '0', '--data', path.join(root, 'data'), '--comfy-input', sim.inputDir, '--comfy-output', sim.outputDir]
  return { root, sim, args }
}

describe('the sidecar process', () => {
  it('prints exactly one LISTENING line on stdout, logs plain lines on stderr, and a second one on the same data exits 3', async () => {
    const { args } = await world()
    const first = launch(args)
    await first.listening
    expect(first.stdout().trim().split('\n')).toEqual([`LONGVIDEO_SIDECAR_LISTENING {"port":${first.port},"pid":${first.pid}}`])
    expect(first.pid).toBe(first.child.pid)
    const health = await request<{ ffmpeg: { ok: boolean }; comfyui: { reachable: boolean } }>(`http://127.0.0.1:${first.port}`, 'GET', '/api/health')
    expect(health.body.ffmpeg.ok).toBe(true)
    expect(health.body.comfyui.reachable).toBe(true)
    const second = launch(args)
    expect(await second.exited).toBe(3)
    expect(second.stderr()).toMatch(/another sidecar \(pid \d+\) is using/)
    expect(first.stderr()).not.toMatch(/\u001b\[/)
  })

  it('clears a stale lock and exits cleanly when stdin closes', async () => {
    const { args } = await world()
    const dataDir = args[args.indexOf('--data') + 1] as string
    const { mkdirSync } = await import('node:fs')
    mkdirSync(dataDir, { recursive: true })
    writeFileSync(path.join(dataDir, 'sidecar.lock'), '999999')
    const r = launch([...args, '--exit-with-stdin'], true)
    await r.listening
    r.child.stdin?.end()
    expect(await r.exited).toBe(0)
  })

  it('survives SIGKILL mid-segment: reattaches on restart, submits nothing twice, loses nothing', async () => {
    const w = await world()
    let r = launch(w.args)
    await r.listening
    const base = () => `http://127.0.0.1:${r.port}`
    const created = await request<JobWithSegments>(base(), 'POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }))
    const id = created.body.id
    const job = async () => (await request<JobWithSegments>(base(), 'GET', `/api/jobs/${id}`)).body
    // Kill while segment 1 runs, then while segment 2 is in ComfyUI.
    for (const idx of [0, 1]) {
      await waitUntil(job, (j) => j.segments[idx]?.status === 'running', `segment ${idx} running`)
      r.child.kill('SIGKILL')
      await r.exited
      r = launch(w.args)
      await r.listening
    }
    const done = await waitUntil(job, (j) => j.status === 'awaiting_prompt', 'all segments', 40_000)
    expect(done.segments.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    const accepted = w.sim.promptLog.filter((l) => l.httpStatus === 200)
    expect(accepted.map((l) => l.prompt_id)).toEqual(done.segments.map((s) => s.prompt_id))
    expect(done.segments.map((s) => s.attempts)).toEqual([1, 1, 1])
    await request(base(), 'POST', `/api/jobs/${id}/finalize`)
    const fin = await waitUntil(job, (j) => j.status === 'completed', 'finalize')
    const file = fin.final_video?.file
    expect(await countFrames(path.join(w.sim.outputDir, file?.subfolder ?? '', file?.filename ?? ''), 'ffmpeg')).toBe(9 + 2 * 8)
  })
})
