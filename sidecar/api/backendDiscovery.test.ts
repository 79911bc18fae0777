import { afterEach, describe, expect, it } from 'vitest'
import type { DiscoveredBackends, Settings } from '../contract'
import { startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

describe('GET /api/backends/discovered', () => {
  it('offers the main ComfyUI-Distributed workers, which a settings PUT then adds', async () => {
    const w = await startWorld({
      distributedWorkers: [
        { id: 'gpu1', name: 'GPU 1', port: 8189, enabled: true },
        { id: 'box', name: 'Desk box', host: '192.168.1.40', port: 8188, enabled: false, type: 'remote' },
      ],
    })
    world = w
    // The simulated ComfyUI answers the pack's own config shape.
    const raw = (await (await fetch(`${w.sim.url}/distributed/config`)).json()) as { workers: unknown[]; settings: unknown }
    expect(raw.workers).toHaveLength(2)
    expect(raw.settings).toBeTruthy()
    const { status, body } = await w.api<DiscoveredBackends>('GET', '/api/backends/discovered')
    expect(status).toBe(200)
    expect(body).toEqual({
      source: 'comfyui-distributed',
      workers: [
        { name: 'GPU 1', url: 'http://127.0.0.1:8189', enabled: true },
        { name: 'Desk box', url: 'http://192.168.1.40:8188', enabled: false },
      ],
    })
    const first = body.workers[0]!
    const put = await w.api<Settings>('PUT', '/api/settings', { backends: [{ id: 'gpu-1', name: first.name, url: first.url, enabled: true }] })
    expect(put.body.backends.map((b) => b.url)).toEqual(['http://127.0.0.1:8189'])
  })

  it('answers no source when the main ComfyUI has no ComfyUI-Distributed', async () => {
    const w = await startWorld()
    world = w
    expect((await fetch(`${w.sim.url}/distributed/config`)).status).toBe(404)
    const { status, body } = await w.api<DiscoveredBackends>('GET', '/api/backends/discovered')
    expect([status, body]).toEqual([200, { workers: [], source: null }])
  })

  it('says ComfyUI is unreachable (503) rather than that it has no workers', async () => {
    const w = await startWorld()
    world = w
    await w.sim.close()
    const { status, body } = await w.api<{ error: { code: string } }>('GET', '/api/backends/discovered')
    expect([status, body.error.code]).toEqual([503, 'comfyui_unreachable'])
  })
})
