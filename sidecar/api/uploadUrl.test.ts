import { existsSync, readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { refusedAddress } from '../library/imageByUrl'
import { startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

// POST /api/upload/url end to end: the sidecar fetches the image and stores it in the simulated
// ComfyUI's input folder, as an upload would.
describe('POST /api/upload/url', () => {
  let world: World
  let server: http.Server
  let base = ''
  beforeAll(async () => {
    // The image server is on loopback, which the real rule refuses: allow 127.0.0.1 for this world only.
    world = await startWorld({}, { urlFetch: { refused: (a) => (a === '127.0.0.1' ? null : refusedAddress(a)) } })
    const png = readFileSync(path.join(world.sim.inputDir, 'start.png'))
    server = http.createServer((req, res) => {
      if (req.url === '/pics/sunset.png') res.end(png)
      else res.end('<html>not an image</html>')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(async () => {
    await new Promise<void>((r) => server.close(() => r()))
    await world.close()
  })

  it('stores the fetched image in ComfyUI input folder under a safe name', async () => {
    const res = await world.api<{ name: string; type: string }>('POST', '/api/upload/url', { url: `${base}/pics/sunset.png` })
    expect(res.status).toBe(200)
    expect(res.body.name).toMatch(/^sunset.*\.png$/)
    expect(res.body.type).toBe('input')
    expect(existsSync(path.join(world.sim.inputDir, res.body.name))).toBe(true)
  })

  it('answers 415 naming url when the bytes are not an image', async () => {
    const res = await world.api<{ error: { code: string; field: string; message: string } }>('POST', '/api/upload/url', { url: `${base}/page.html` })
    expect([res.status, res.body.error.field]).toEqual([415, 'url'])
    expect(res.body.error.message).toMatch(/checked by its bytes/)
  })

  it('answers 400 naming url for refused addresses and bad bodies', async () => {
    for (const url of ['http://169.254.169.254/latest/meta-data/', 'http://localhost:1/x.png', 'file:///etc/passwd']) {
      const res = await world.api<{ error: { field: string } }>('POST', '/api/upload/url', { url })
      expect([url, res.status, res.body.error.field]).toEqual([url, 400, 'url'])
    }
    const missing = await world.api<{ error: { field: string } }>('POST', '/api/upload/url', {})
    expect([missing.status, missing.body.error.field]).toEqual([400, 'url'])
  })
})
