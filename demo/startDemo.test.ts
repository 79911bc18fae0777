import { spawnSync } from 'node:child_process'
import { mkdtempSync, rmSync } from 'node:fs'
import os from 'node:os'
import http from 'node:http'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { EXTENSION_URL, startDemo } from './startDemo'
import type { Demo } from './startDemo'

const repo = path.join(import.meta.dirname, '..')

describe('the demo server', () => {
  let demo: Demo

  beforeAll(async () => {
    demo = await startDemo({ port: 0, simSeconds: 0, log: () => undefined })
  })

  afterAll(async () => {
    await demo?.close()
  })

  const get = (p: string, init?: RequestInit) => fetch(new URL(p, demo.url), init)

  it('serves a host page that loads the stand-in ComfyUI frontend', async () => {
    const page = await (await get('/')).text()
    expect(page).toContain('<script type="module" src="demo/standin.js">')
    const script = await get('/demo/standin.js')
    expect(script.headers.get('content-type')).toMatch(/javascript/)
    expect(await script.text()).toContain('window.comfyAPI')
  })

  it('lists the built panel as the one extension and serves it from web/', async () => {
    expect(await (await get('/api/extensions')).json()).toEqual([EXTENSION_URL])
    const main = await get(EXTENSION_URL)
    expect(main.status).toBe(200)
    // main.js and the chunks it imports statically (web/chunks/*.mjs), all as JavaScript (a browser refuses
    // a module of another type); the extension registers itself in one of them.
    const texts = [await main.text()]
    const chunks = [...(texts[0] ?? '').matchAll(/from\s*["'](\.\/chunks\/[^"']+\.mjs)["']|import\s*["'](\.\/chunks\/[^"']+\.mjs)["']/g)]
    for (const m of chunks) {
      const chunk = await get(new URL(m[1] ?? m[2] ?? '', new URL(EXTENSION_URL, demo.url)).pathname)
      expect(chunk.status).toBe(200)
      expect(chunk.headers.get('content-type')).toMatch(/^text\/javascript/)
      texts.push(await chunk.text())
    }
    expect(texts.join('\n')).toContain('longvideo.panel')
  })

  it('never serves files outside web/', async () => {
    // Raw paths: fetch would normalise the dots away before sending.
    const status = (p: string) =>
      new Promise<number>((resolve, reject) => {
        http.get({ host: '127.0.0.1', port: demo.port, path: p }, (res) => {
          res.resume()
          resolve(res.statusCode ?? 0)
        }).on('error', reject)
      })
    expect(await status('/extensions/comfyui-long-video/main.js')).toBe(200)
    expect(await status('/extensions/comfyui-long-video/../package.json')).toBe(404)
    expect(await status('/extensions/comfyui-long-video/%2e%2e/package.json')).toBe(404)
    expect(await status('/primeicons/../../package.json')).toBe(404)
  })

  it('forwards both spellings of /longvideo to the sidecar, prefix stripped', async () => {
    for (const p of ['/longvideo/api/health', '/api/longvideo/api/health']) {
      const health = (await (await get(p)).json()) as { ok: boolean; comfyui: { url: string; reachable: boolean } }
      expect(health.comfyui).toMatchObject({ url: demo.comfyUrl, reachable: true })
    }
  })

  it('forwards ComfyUI\'s own routes to the simulated ComfyUI', async () => {
    const loras = (await (await get('/api/models/loras')).json()) as string[]
    expect(loras).toContain('wan22/motion/orbit_high_noise.safetensors')
  })

  it('is the only way in: it adds the sidecar\'s secret, which a direct call lacks', async () => {
    const direct = await fetch(`${demo.sidecarUrl}/api/jobs`)
    expect(direct.status).toBe(403)
    expect(((await direct.json()) as { error: { field: string } }).error.field).toBe('x-longvideo-secret')
    const proxied = await get('/longvideo/api/jobs', { headers: { 'X-LongVideo-Secret': 'a guess from the page' } })
    expect(proxied.status).toBe(200)
  })

  it('refuses a cross-origin request the way ComfyUI does, before it reaches the sidecar', async () => {
    const foreign = await get('/longvideo/api/queue/stop', { method: 'POST', headers: { Origin: 'http://evil.example', 'Content-Type': 'text/plain' }, body: '{}' })
    expect(foreign.status).toBe(403)
    const queue = (await (await get('/longvideo/api/queue/status')).json()) as { accepting: boolean }
    expect(queue.accepting).toBe(true)
    const own = await get('/longvideo/api/queue/status', { headers: { Origin: new URL(demo.url).origin } })
    expect(own.status).toBe(200)
  })

  it('passes sidecar errors through with their status and JSON body', async () => {
    const answer = await get('/api/longvideo/api/jobs/99999')
    expect(answer.status).toBe(404)
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('not_found')
  })
})

describe('npm run demo without ffmpeg', () => {
  it('says ffmpeg is missing and how to get it, and exits non-zero', () => {
    const env: NodeJS.ProcessEnv = { PATH: '/nonexistent', HOME: process.env.HOME }
    const run = spawnSync(process.execPath, [path.join(repo, 'node_modules/tsx/dist/cli.mjs'), 'demo/main.ts', '--port', '0'], {
      cwd: repo,
      env,
      encoding: 'utf8',
      timeout: 60_000,
    })
    expect(run.status).toBe(1)
    expect(run.stderr).toContain('The demo needs ffmpeg')
    expect(run.stderr).toContain('apt-get install ffmpeg')
  })
})

describe('the demo with three simulated ComfyUIs (--backends 3)', () => {
  it('starts two more sims, in the settings as gpu2 and gpu3, and a later start with one sim drops them', async () => {
    const data = mkdtempSync(path.join(os.tmpdir(), 'lv-demo-backends-'))
    const settingsOf = async (d: Demo) =>
      ((await (await fetch(new URL('/longvideo/api/settings', d.url))).json()) as { backends: Array<{ id: string; url: string }> }).backends
    try {
      const three = await startDemo({ port: 0, simSeconds: 0, backends: 3, dataDir: data, log: () => undefined })
      try {
        expect(three.backends.map((b) => b.id)).toEqual(['gpu2', 'gpu3'])
        expect((await settingsOf(three)).map((b) => [b.id, b.url])).toEqual(three.backends.map((b) => [b.id, b.sim.url]))
        for (const b of three.backends) expect((await fetch(`${b.sim.url}/system_stats`)).status).toBe(200)
      } finally {
        await three.close()
      }
      const one = await startDemo({ port: 0, simSeconds: 0, dataDir: data, log: () => undefined })
      try {
        expect(one.backends).toEqual([])
        expect(await settingsOf(one)).toEqual([])
      } finally {
        await one.close()
      }
    } finally {
      rmSync(data, { recursive: true, force: true })
    }
  })
})
