// The real sidecar process: CLI, LISTENING line, lock file, SIGKILL mid-segment and restart, shutdown
// with its pipes gone, memory under oversized bodies, ffmpeg children left by a killed sidecar.
import { execFileSync, spawn } from 'node:child_process'
import type { ChildProcess } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import net from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { sendChunked } from './testing/rawHttp'
import type { JobWithSegments } from './contract'
import { request, smallJob, waitUntil, writeStartImage } from './testing/testWorld'
import { startSimComfy } from './sim/simComfy'
import type { SimComfy } from './sim/simComfy'
import { countFrames } from './video'

const repo = path.resolve(path.dirname(new URL(import.meta.url).pathname), '..')
// As the Python package does: the secret travels in the environment, never in the arguments.
const SECRET = 'main-test-secret-0123456789abcdef'
const auth = { 'x-longvideo-secret': SECRET }
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

function launch(args: string[], keepStdin = false, secret: string | null = SECRET): Running & { listening: Promise<void> } {
  const env = { ...process.env }
  delete env.LONGVIDEO_SECRET
  const child = spawn(process.execPath, ['--import', 'tsx', 'sidecar/main.ts', ...args], {
    cwd: repo,
    stdio: [keepStdin ? 'pipe' : 'ignore', 'pipe', 'pipe'],
    env: secret === null ? env : { ...env, LONGVIDEO_SECRET: secret },
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
    const health = await request<{ ffmpeg: { ok: boolean }; comfyui: { reachable: boolean } }>(`http://127.0.0.1:${first.port}`, 'GET', '/api/health', undefined, auth)
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
    const created = await request<JobWithSegments>(base(), 'POST', '/api/jobs', smallJob({ planned_prompts: ['two', 'three'] }), auth)
    const id = created.body.id
    const job = async () => (await request<JobWithSegments>(base(), 'GET', `/api/jobs/${id}`, undefined, auth)).body
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
    await request(base(), 'POST', `/api/jobs/${id}/finalize`, undefined, auth)
    const fin = await waitUntil(job, (j) => j.status === 'completed', 'finalize')
    const file = fin.final_video?.file
    expect(await countFrames(path.join(w.sim.outputDir, file?.subfolder ?? '', file?.filename ?? ''), 'ffmpeg')).toBe(9 + 2 * 8)
  })

  it('started by hand, makes its own secret and prints how to use it; it keeps the secret out of ps', async () => {
    const { args } = await world()
    const r = launch(args, false, null)
    await r.listening
    const printed = /requests must carry the header "X-LongVideo-Secret: ([A-Za-z0-9_-]{43})".*LONGVIDEO_SIDECAR_URL=http:\/\/127\.0\.0\.1:(\d+) LONGVIDEO_SIDECAR_SECRET=\1/.exec(r.stderr())
    expect(printed?.[2]).toBe(String(r.port))
    const secret = printed?.[1] as string
    const base = `http://127.0.0.1:${r.port}`
    expect((await request(base, 'GET', '/api/jobs')).status).toBe(403)
    expect((await request(base, 'GET', '/api/jobs', undefined, { 'x-longvideo-secret': secret })).status).toBe(200)
    expect(readFileSync(`/proc/${r.pid}/cmdline`, 'utf8')).not.toContain(secret)
    // A secret given in the environment is used and not printed.
    const given = launch([...args.slice(0, args.indexOf('--data') + 1), `${args[args.indexOf('--data') + 1]}-2`, ...args.slice(args.indexOf('--data') + 2)])
    await given.listening
    expect(given.stderr()).toMatch(/secret given in LONGVIDEO_SECRET/)
    expect(given.stderr()).not.toContain(SECRET)
    expect((await request(`http://127.0.0.1:${given.port}`, 'GET', '/api/jobs', undefined, auth)).status).toBe(200)
  })

  it('exits 0 when ComfyUI goes away and takes its pipes along: lock removed, write-ahead log merged', async () => {
    const { args } = await world()
    const dataDir = args[args.indexOf('--data') + 1] as string
    const r = launch([...args, '--exit-with-stdin'], true)
    await r.listening
    const created = await request<JobWithSegments>(`http://127.0.0.1:${r.port}`, 'POST', '/api/jobs', smallJob({ start: false }), auth)
    expect(created.status).toBe(201)
    const wal = path.join(dataDir, 'longvideo.sqlite-wal')
    expect(statSync(wal).size).toBeGreaterThan(0)
    // ComfyUI's end closes every pipe at once: stdout and stderr first, so the "stopping" line hits EPIPE.
    r.child.stdout?.destroy()
    r.child.stderr?.destroy()
    await new Promise((resolve) => setTimeout(resolve, 100))
    r.child.stdin?.end()
    expect(await r.exited).toBe(0)
    expect(existsSync(path.join(dataDir, 'sidecar.lock'))).toBe(false)
    expect(existsSync(wal) ? statSync(wal).size : 0).toBe(0)
  })

  it('keeps its memory bounded under a chunked upload far over the limit, and answers 413', async () => {
    const { args } = await world()
    const r = launch(args)
    await r.listening
    const rss = () => Number(/^VmRSS:\s+(\d+) kB/m.exec(readFileSync(`/proc/${r.pid}/status`, 'utf8'))?.[1] ?? 0) / 1024
    const before = rss()
    let peak = before
    const sampler = setInterval(() => (peak = Math.max(peak, rss())), 20)
    try {
      // 1 GiB offered; buffering it whole (what the upload route did) would pass 1 GB of RSS.
      const upload = await sendChunked(r.port, SECRET, '/api/upload', 'multipart/form-data; boundary=b', 1024 * 1024 * 1024)
      expect(upload.head).toMatch(/^HTTP\/1\.1 413/)
      expect(JSON.parse(upload.body)).toMatchObject({ error: { code: 'payload_too_large', field: 'image' } })
      const json = await sendChunked(r.port, SECRET, '/api/jobs', 'application/json', 1024 * 1024 * 1024, '{"name":"')
      expect(json.head).toMatch(/^HTTP\/1\.1 413/)
      expect(JSON.parse(json.body)).toMatchObject({ error: { code: 'payload_too_large', field: 'body' } })
    } finally {
      clearInterval(sampler)
    }
    // The upload limit is 50 MB: what is held is that, a copy while it grows, and socket buffers.
    expect(peak - before).toBeLessThan(250)
    expect((await request(`http://127.0.0.1:${r.port}`, 'GET', '/api/health', undefined, auth)).status).toBe(200)
  })

  it('says nothing while ComfyUI is not up yet at start, then once that it is reachable', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lv-proc-'))
    const port = await new Promise<number>((resolve) => {
      const probe = net.createServer().listen(0, '127.0.0.1', () => {
        const p = (probe.address() as net.AddressInfo).port
        probe.close(() => resolve(p))
      })
    })
    const r = launch(['--comfyui', `http://127.0.0.1:${port}`, '--port', '0', '--data', path.join(root, 'data')])
    await r.listening
    await new Promise((resolve) => setTimeout(resolve, 3_000)) // ComfyUI still loading its custom nodes
    sim = await startSimComfy({ root: path.join(root, 'comfy'), port })
    await waitUntil(async () => r.stderr(), (e) => e.includes('is reachable'), 'the reachable line', 20_000)
    expect(r.stderr().match(/ComfyUI at \S+ is reachable/g)).toEqual([`ComfyUI at http://127.0.0.1:${port} is reachable`])
    expect(r.stderr()).not.toMatch(/not reachable|WARN|ERROR/)
  })

  it('ends the ffmpeg a killed sidecar left finalizing, removes its partial file, and finalizes again', async () => {
    const w = await world()
    // An ffmpeg that stalls on its first final (a long encode), so the sidecar can be killed meanwhile.
    const stallOnce = path.join(w.root, 'stalled-once')
    const wrapper = path.join(w.root, 'slow-ffmpeg')
    const ffmpeg = execFileSync('sh', ['-c', 'command -v ffmpeg'], { encoding: 'utf8' }).trim()
    writeFileSync(
      wrapper,
      [
        '#!/bin/sh',
        'case "$*" in *.partial.*)',
        `  if [ ! -e '${stallOnce}' ]; then : > '${stallOnce}'; for a in "$@"; do out="$a"; done; echo partial > "$out"; sleep 60; fi;;`,
        'esac',
        `exec '${ffmpeg}' "$@"`,
        '',
      ].join('\n')
    )
    chmodSync(wrapper, 0o755)
    const args = [...w.args, '--ffmpeg', wrapper]
    let r = launch(args)
    await r.listening
    const base = () => `http://127.0.0.1:${r.port}`
    const created = await request<JobWithSegments>(base(), 'POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }), auth)
    const job = async () => (await request<JobWithSegments>(base(), 'GET', `/api/jobs/${created.body.id}`, undefined, auth)).body
    await waitUntil(job, (j) => j.status === 'awaiting_prompt', 'both segments', 40_000)
    await request(base(), 'POST', `/api/jobs/${created.body.id}/finalize`, undefined, auth)
    const finals = path.join(w.sim.outputDir, 'longvideo')
    const partials = () => (existsSync(finals) ? readdirSync(finals).filter((n) => n.includes('.partial.')) : [])
    await waitUntil(async () => partials(), (p) => p.length === 1, 'the stalled partial file')
    const ledger = JSON.parse(readFileSync(path.join(w.root, 'data', 'ffmpeg-children.json'), 'utf8')) as { pid: number }[]
    const orphan = ledger[0]?.pid as number
    expect(orphan).toBeGreaterThan(0)
    r.child.kill('SIGKILL')
    await r.exited
    expect(alive(orphan)).toBe(true) // nothing ended it with its parent
    r = launch(args)
    await r.listening
    expect(alive(orphan)).toBe(false)
    expect(r.stderr()).toMatch(/ended 1 ffmpeg process\(es\) a previous sidecar left running/)
    const done = await waitUntil(job, (j) => j.status === 'completed', 'the finalize, redone', 40_000)
    expect(partials()).toEqual([])
    const file = done.final_video?.file
    expect(await countFrames(path.join(w.sim.outputDir, file?.subfolder ?? '', file?.filename ?? ''), 'ffmpeg')).toBe(9 + 8)
  })
})

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0)
  } catch {
    return false
  }
  // A zombie (ended, not yet reaped) is gone for this purpose.
  return !/^State:\s+Z/m.test(readFileSync(`/proc/${pid}/status`, 'utf8'))
}
