// `npm run demo` as a user runs it: bad flags get the usage (not a stack), Ctrl+C removes the temp folders.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { parseDemoArgs } from './demoArgs'
import { startDemo } from './startDemo'

const repo = path.join(import.meta.dirname, '..')
// What `npm run demo` runs (package.json), without npm and sh between the test and the demo's process.
const DEMO = ['--import', 'tsx', 'demo/main.ts']

describe('parseDemoArgs', () => {
  it('reads every flag', () => {
    expect(
      parseDemoArgs(['--port', '0', '--host', '0.0.0.0', '--sim-seconds', '0.5', '--backends', '3', '--load-seconds-per-gb', '0', '--data', '/tmp/x'])
    ).toEqual({
      args: { port: 0, host: '0.0.0.0', simSeconds: 0.5, backends: 3, loadSecondsPerGb: 0, dataDir: '/tmp/x', help: false },
    })
    expect(parseDemoArgs([])).toEqual({
      args: { port: 8190, host: '127.0.0.1', simSeconds: 3, backends: 1, loadSecondsPerGb: 0.05, dataDir: undefined, help: false },
    })
  })

  it('refuses unknown flags, stray words and bad numbers, naming the culprit', () => {
    expect(parseDemoArgs(['--prot', '1'])).toEqual({ error: expect.stringContaining("'--prot'") })
    expect(parseDemoArgs(['8199'])).toEqual({ error: expect.stringContaining("'8199'") })
    expect(parseDemoArgs(['--port', '80a'])).toEqual({ error: '--port: expected a port number (0-65535), got "80a"' })
    expect(parseDemoArgs(['--port', '70000'])).toEqual({ error: '--port: expected a port number (0-65535), got "70000"' })
    expect(parseDemoArgs(['--sim-seconds=-1'])).toEqual({ error: '--sim-seconds: expected a number of seconds (0 or more), got "-1"' })
    expect(parseDemoArgs(['--backends', '0'])).toEqual({ error: '--backends: expected a number of simulated ComfyUIs (1-8), got "0"' })
    expect(parseDemoArgs(['--backends', '2.5'])).toEqual({ error: '--backends: expected a number of simulated ComfyUIs (1-8), got "2.5"' })
    expect(parseDemoArgs(['--load-seconds-per-gb', 'x'])).toEqual({ error: '--load-seconds-per-gb: expected a number of seconds (0 or more), got "x"' })
  })

  it('says when npm kept a flag written before `--` for itself', () => {
    const parsed = parseDemoArgs(['8199'], { npm_config_port: 'true' })
    expect(parsed).toEqual({ error: expect.stringContaining('npm took --port for itself: write `npm run demo -- --port ...`') })
  })
})

describe('npm run demo', () => {
  it('prints the usage and exits 2 for `npm run demo --port 8199`', () => {
    // npm keeps `--port` for itself and passes "8199" on.
    const run = spawnSync('npm', ['run', '--silent', 'demo', '--port', '8199'], { cwd: repo, encoding: 'utf8', timeout: 60_000 })
    expect(run.status).toBe(2)
    expect(run.stderr).toContain("Unexpected argument '8199'")
    expect(run.stderr).toContain('Usage: npm run demo -- [--port N]')
    expect(run.stderr).toContain('npm run demo -- --port')
    expect(run.stderr).not.toMatch(/^\s+at /m)
    expect(run.stdout).toBe('')
  })

  it.each(['SIGINT', 'SIGTERM'] as const)('removes its temporary folders and exits 0 on %s', async (signal) => {
    // Its own TMPDIR, so the folders it makes are the only ones there.
    const tmp = mkdtempSync(path.join(os.tmpdir(), 'lv-demo-signal-'))
    try {
      const child = spawn(process.execPath, [...DEMO, '--port', '0', '--sim-seconds', '0'], {
        cwd: repo,
        env: { ...process.env, TMPDIR: tmp },
        stdio: ['ignore', 'pipe', 'pipe'],
      })
      let out = ''
      let err = ''
      child.stderr.on('data', (d: Buffer) => (err += d.toString()))
      const exited = new Promise<number | string | null>((resolve) => child.on('exit', (code, sig) => resolve(code ?? sig)))
      await new Promise<void>((resolve, reject) => {
        child.stdout.on('data', (d: Buffer) => {
          out += d.toString()
          if (out.includes('Ctrl+C stops')) resolve()
        })
        void exited.then((code) => reject(new Error(`demo exited ${code} before it was ready: ${out}${err}`)))
      })
      const folders = [...out.matchAll(/(\/\S*longvideo-demo-(?:comfy|data)-[^\s,)]+)/g)].map((m) => m[1]!)
      expect(new Set(folders).size).toBe(2)
      for (const dir of folders) {
        expect(dir.startsWith(tmp)).toBe(true)
        expect(existsSync(dir)).toBe(true)
      }
      child.kill(signal)
      expect(await exited, err).toBe(0)
      for (const dir of folders) expect(existsSync(dir), dir).toBe(false)
    } finally {
      rmSync(tmp, { recursive: true, force: true })
    }
  })
})

describe('startDemo with a data folder', () => {
  it('keeps the jobs and the simulated ComfyUI\'s files in it after close', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'lv-demo-data-'))
    try {
      const demo = await startDemo({ port: 0, simSeconds: 0, dataDir: data, log: () => undefined })
      expect(demo.outputDir.startsWith(path.join(data, 'simulated-comfyui'))).toBe(true)
      await demo.close()
      expect(existsSync(path.join(data, 'longvideo.sqlite'))).toBe(true)
      expect(existsSync(path.join(demo.outputDir, 'ComfyUI_00001_.png'))).toBe(true)
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  })
})
