import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { startSidecar } from '../server'
import { silentLog } from '../log'
import { countFrames } from '../video'
import type { JobWithSegments, Settings } from '../contract'
import { request, smallJob, startWorld, writeStartImage } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

async function upload(w: World, bytes: Uint8Array, name: string) {
  const form = new FormData()
  form.append('image', new Blob([new Uint8Array(bytes)]), name)
  const res = await fetch(`${w.sidecar.url}/api/upload`, { method: 'POST', headers: w.sidecar.authHeaders, body: form })
  return { status: res.status, body: (await res.json()) as { name?: string; subfolder?: string; type?: string; error?: { field: string } } }
}

describe('images, settings and remote ComfyUI', () => {
  it('answers 503 naming ComfyUI when it is down, from any router', async () => {
    world = await startWorld()
    const w = world
    await w.sim.stop()
    const png = readFileSync(path.join(w.sim.inputDir, 'start.png'))
    const res = await fetch(`${w.sidecar.url}/api/upload`, { method: 'POST', headers: w.sidecar.authHeaders, body: (() => { const f = new FormData(); f.append('image', new Blob([new Uint8Array(png)]), 'a.png'); return f })() })
    expect(res.status).toBe(503)
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('comfyui_unreachable')
    const loras = await w.api<{ error: { code: string } }>('GET', '/api/loras?refresh=1')
    expect([loras.status, loras.body.error.code]).toEqual([503, 'comfyui_unreachable'])
    await w.sim.start()
  })

  it('uploads a real image to ComfyUI and refuses bytes that are not one, naming the field', async () => {
    world = await startWorld()
    const w = world
    const png = readFileSync(path.join(w.sim.inputDir, 'start.png'))
    const ok = await upload(w, png, 'my photo.png')
    expect(ok.status).toBe(200)
    expect(ok.body).toEqual({ name: 'my photo.png', subfolder: '', type: 'input' })
    expect(readFileSync(path.join(w.sim.inputDir, 'my photo.png')).equals(png)).toBe(true)
    const text = await upload(w, new TextEncoder().encode('not an image at all'), 'evil.png')
    expect(text.status).toBe(415)
    expect(text.body.error?.field).toBe('image')
    const broken = await upload(w, png.subarray(0, 40), 'broken.png')
    expect(broken.status).toBe(400)
    expect(broken.body.error?.field).toBe('image')
    const listing = await w.api<{ images: Array<{ path: string }> }>('GET', '/api/images?source=input')
    expect(listing.body.images.map((i) => i.path).sort()).toEqual(['my photo.png', 'start.png'])
    const notAFolder = await w.api<{ error: { code: string; field: string } }>('GET', '/api/images?source=input&folder=start.png')
    expect([notAFolder.status, notAFolder.body.error.field]).toEqual([400, 'folder'])
  })

  it('answers 404 for the thumbnail of a remote job whose input image is gone, leaving no empty cache folders', async () => {
    world = await startWorld()
    const w = world
    const remoteData = path.join(w.root, 'remote-data')
    const remote = await startSidecar({ comfyuiUrl: w.sim.url, dataDir: remoteData, pollMs: 60_000, log: silentLog })
    try {
      const api = <T>(m: string, p: string, b?: unknown) => request<T>(remote.url, m, p, b, remote.authHeaders)
      mkdirSync(path.join(w.sim.inputDir, 'deep', 'er'), { recursive: true })
      copyFileSync(path.join(w.sim.inputDir, 'start.png'), path.join(w.sim.inputDir, 'deep', 'er', 'gone.png'))
      const { body } = await api<JobWithSegments>('POST', '/api/jobs', smallJob({ input_image: 'deep/er/gone.png', start: false }))
      rmSync(path.join(w.sim.inputDir, 'deep'), { recursive: true })
      const thumb = await api<{ error: { code: string; field: string } }>('GET', `/api/jobs/${body.id}/thumbnail`)
      expect([thumb.status, thumb.body.error.code]).toEqual([404, 'not_found'])
      expect(existsSync(path.join(remoteData, 'cache', 'input', 'deep'))).toBe(false)
    } finally {
      await remote.close()
    }
  })

  it('makes the thumbnail of a job whose start image is in a subfolder of the input folder, locally and from a remote ComfyUI', async () => {
    world = await startWorld()
    const w = world
    mkdirSync(path.join(w.sim.inputDir, 'sets', 'heron'), { recursive: true })
    copyFileSync(path.join(w.sim.inputDir, 'start.png'), path.join(w.sim.inputDir, 'sets', 'heron', 'start.png'))
    const remote = await startSidecar({ comfyuiUrl: w.sim.url, dataDir: path.join(w.root, 'remote-data'), pollMs: 60_000, log: silentLog })
    try {
      for (const [url, headers] of [[w.sidecar.url, w.sidecar.authHeaders], [remote.url, remote.authHeaders]] as const) {
        const { body } = await request<JobWithSegments>(url, 'POST', '/api/jobs', smallJob({ input_image: 'sets/heron/start.png', start: false }), headers)
        const thumb = await fetch(`${url}/api/jobs/${body.id}/thumbnail`, { headers })
        expect([thumb.status, thumb.headers.get('content-type')]).toEqual([200, 'image/jpeg'])
        expect(readdirSync(path.join(w.root, url === remote.url ? 'remote-data' : 'data', 'thumbs')).filter((n) => n.endsWith('.jpg'))).toHaveLength(1)
      }
      // Another image of the same name in another subfolder: the draft's thumbnail follows it.
      mkdirSync(path.join(w.sim.inputDir, 'sets', 'fox'), { recursive: true })
      writeStartImage(path.join(w.sim.inputDir, 'sets', 'fox'), 'start.png', 'color=c=red:s=64x64')
      const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ input_image: 'sets/heron/start.png', start: false }))
      const thumbOf = async () => Buffer.from(await (await fetch(`${w.sidecar.url}/api/jobs/${body.id}/thumbnail`, { headers: w.sidecar.authHeaders })).arrayBuffer())
      const heron = await thumbOf()
      expect((await w.api('PUT', `/api/jobs/${body.id}`, { input_image: 'sets/fox/start.png' })).status).toBe(200)
      expect((await thumbOf()).equals(heron)).toBe(false)
    } finally {
      await remote.close()
    }
  })

  it('makes the first segment from text when the job has no start image', async () => {
    world = await startWorld()
    const w = world
    const { status, body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ input_image: null, planned_prompts: ['next'] }))
    expect(status).toBe(201)
    const done = await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt', 'text-to-video start')
    expect(done.segments.map((s) => s.start_image?.endsWith('[output]') ?? null)).toEqual([null, true])
    const first = w.sim.promptLog[0]?.body as { prompt: Record<string, { class_type: string }> }
    expect(Object.values(first.prompt).some((n) => n.class_type === 'EmptyHunyuanLatentVideo')).toBe(true)
    expect(Object.values(first.prompt).some((n) => n.class_type === 'LoadImage')).toBe(false)
  })

  it('keeps settings in SQLite and uses them as job defaults', async () => {
    world = await startWorld()
    const w = world
    const put = await w.api<Settings>('PUT', '/api/settings', { defaults: { width: 128, height: 96, seconds_per_segment: 0.5 } })
    expect(put.status).toBe(200)
    const bad = await w.api<{ error: { field: string } }>('PUT', '/api/settings', { output_subfolder: '../x' })
    expect(bad.body.error.field).toBe('output_subfolder')
    await w.restartSidecar()
    const got = await w.api<Settings>('GET', '/api/settings')
    expect(got.body.defaults).toMatchObject({ width: 128, height: 96, seconds_per_segment: 0.5 })
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', { name: 'defaults', input_image: 'start.png', prompt: 'p', start: false })
    expect(body.parameters).toMatchObject({ width: 128, height: 96, fps: 16, frames: 9 })
    const presets = await w.api<{ presets: Array<{ id: string }> }>('GET', '/api/presets')
    expect(presets.body.presets.map((p) => p.id)).toContain('wan22_14b_i2v')
  })

  it('with a remote ComfyUI fetches segments through /view and serves the final file from the data folder', async () => {
    world = await startWorld()
    const w = world
    const remote = await startSidecar({ comfyuiUrl: w.sim.url, dataDir: path.join(w.root, 'remote-data'), pollMs: 250, log: silentLog })
    try {
      const api = <T>(m: string, p: string, b?: unknown) => request<T>(remote.url, m, p, b, remote.authHeaders)
      const { body } = await api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'Remote', planned_prompts: ['two'] }))
      const job = async () => (await api<JobWithSegments>('GET', `/api/jobs/${body.id}`)).body
      const deadline = Date.now() + 30_000
      while ((await job()).status !== 'awaiting_prompt' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const seg = await fetch(`${remote.url}/api/jobs/${body.id}/segments/1/last-frame`, { headers: remote.authHeaders })
      expect(seg.status).toBe(200)
      expect(seg.headers.get('content-type')).toBe('image/png')
      await api('POST', `/api/jobs/${body.id}/finalize`)
      while ((await job()).status !== 'completed' && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50))
      const fin = await job()
      expect(fin.final_video?.file.filename).toBe('Remote_00001.mp4')
      const file = path.join(w.root, 'remote-data', 'finals', 'longvideo', 'Remote_00001.mp4')
      expect(await countFrames(file, 'ffmpeg')).toBe(9 + 8)
      const thumb = await fetch(`${remote.url}/api/jobs/${body.id}/thumbnail`, { headers: remote.authHeaders })
      expect(thumb.status).toBe(200)
      expect(thumb.headers.get('content-type')).toBe('image/jpeg')
    } finally {
      await remote.close()
    }
  })
})
