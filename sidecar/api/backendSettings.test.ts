import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, BackendList, Settings } from '../contract'
import { startBackendSims } from '../testing/backendSims'
import { startWorld, waitUntil } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


describe('settings: the extra ComfyUI backends', () => {
  it('stores the list a PUT sends, replaces it whole, and refuses a repeated address naming the row', async () => {
    const w = await startWorld()
    world = w
    expect((await w.api<Settings>('GET', '/api/settings')).body.backends).toEqual([])
    const gpu2 = { id: 'gpu2', name: 'Second GPU', url: 'http://127.0.0.1:8189/', enabled: true }
    const put = await w.api<Settings>('PUT', '/api/settings', { backends: [gpu2, { id: 'rented', name: 'Rented', url: 'https://gpu.example.com', enabled: false }] })
    expect(put.status).toBe(200)
    expect(put.body.backends.map((b) => [b.id, b.url, b.enabled])).toEqual([
      ['gpu2', 'http://127.0.0.1:8189', true],
      ['rented', 'https://gpu.example.com', false],
    ])
    const twice = await w.api<ApiError>('PUT', '/api/settings', { backends: [gpu2, { ...gpu2, id: 'again' }] })
    expect([twice.status, twice.body.error.field]).toEqual([400, 'backends.1.url'])
    const main = await w.api<ApiError>('PUT', '/api/settings', { backends: [{ ...gpu2, id: 'main' }] })
    expect([main.status, main.body.error.field]).toEqual([400, 'backends.0.id'])
    const bad = await w.api<ApiError>('PUT', '/api/settings', { backends: [{ ...gpu2, url: 'file:///etc/passwd' }] })
    expect([bad.status, bad.body.error.field]).toEqual([400, 'backends.0.url'])
    // A refused PUT changes nothing; another field's PUT keeps the list; a new list replaces it.
    expect((await w.api<Settings>('PUT', '/api/settings', { auto_start_queue: false })).body.backends).toHaveLength(2)
    expect((await w.api<Settings>('PUT', '/api/settings', { backends: [] })).body.backends).toEqual([])
    // Main's own switch: on unless turned off, and kept by a PUT that does not name it.
    expect((await w.api<Settings>('GET', '/api/settings')).body.main_backend_enabled).toBe(true)
    // Turned off only while another backend is on: else nothing could run the work.
    const alone = await w.api<ApiError>('PUT', '/api/settings', { main_backend_enabled: false })
    expect([alone.status, alone.body.error.field]).toEqual([400, 'main_backend_enabled'])
    expect((await w.api<Settings>('GET', '/api/settings')).body.main_backend_enabled).toBe(true)
    expect((await w.api<Settings>('PUT', '/api/settings', { main_backend_enabled: false, backends: [gpu2] })).body.main_backend_enabled).toBe(false)
    expect((await w.api<Settings>('PUT', '/api/settings', { auto_start_queue: true })).body.main_backend_enabled).toBe(false)
    const lastOff = await w.api<ApiError>('PUT', '/api/settings', { backends: [{ ...gpu2, enabled: false }] })
    expect([lastOff.status, lastOff.body.error.field]).toEqual([400, 'main_backend_enabled'])
    expect((await w.api<Settings>('GET', '/api/settings')).body.backends.map((b) => [b.id, b.enabled])).toEqual([['gpu2', true]])
  })

  it('stores the failover timeout (10-3600 s, 90 by default), refuses one out of range naming it, and says when --backend-timeout overrides it', async () => {
    const w = await startWorld()
    world = w
    const timeout = async () => (await w.api<BackendList>('GET', '/api/backends')).body.failover_timeout
    expect((await w.api<Settings>('GET', '/api/settings')).body.backend_timeout_s).toBe(90)
    expect(await timeout()).toEqual({ seconds: 90, from: 'settings' })
    for (const bad of [9, 3601, 30.5, '30', null]) {
      const r = await w.api<ApiError>('PUT', '/api/settings', { backend_timeout_s: bad })
      expect([r.status, r.body.error.field]).toEqual([400, 'backend_timeout_s'])
    }
    expect((await w.api<Settings>('PUT', '/api/settings', { backend_timeout_s: 30 })).body.backend_timeout_s).toBe(30)
    // Kept by a PUT that does not name it, and read back after a restart.
    expect((await w.api<Settings>('PUT', '/api/settings', { auto_start_queue: false })).body.backend_timeout_s).toBe(30)
    await w.restartSidecar()
    expect((await w.api<Settings>('GET', '/api/settings')).body.backend_timeout_s).toBe(30)
    expect(await timeout()).toEqual({ seconds: 30, from: 'settings' })
    await w.close()

    // With --backend-timeout the command line's value is the one in force; the stored one stays.
    const cli = await startWorld({}, { backendTimeoutMs: 2_500 })
    world = cli
    expect((await cli.api<Settings>('PUT', '/api/settings', { backend_timeout_s: 45 })).status).toBe(200)
    expect((await cli.api<BackendList>('GET', '/api/backends')).body.failover_timeout).toEqual({ seconds: 2.5, from: 'cli' })
  })
})

describe('when the backend configuration takes effect', () => {
  it('applies the command line backends at start and a settings PUT at once, with no poll between', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lv-cli-backend-'))
    const [cli, other] = await startBackendSims(root, 2)
    if (!cli || !other) throw new Error('two backend sims expected')
    const sims = [cli.sim, other.sim]
    try {
      // The poll's interval never comes round in this test: only the start and the PUT can apply anything.
      const w = await startWorld({}, { pollMs: 3_600_000, backends: [{ id: 'cli2', name: 'From the command line', url: cli.sim.url }] })
      world = w
      const listed = async () => (await w.api<BackendList>('GET', '/api/backends')).body.backends.map((b) => [b.id, b.from, b.enabled])
      expect(await listed()).toEqual([['main', 'main', true], ['cli2', 'cli', true]])
      // Its socket connects: it is online without a poll.
      await waitUntil(async () => (await w.api<BackendList>('GET', '/api/backends')).body.backends.find((b) => b.id === 'cli2')?.state, (s) => s === 'online', 'the command line backend online')
      expect((await w.api('PUT', '/api/settings', { backends: [{ id: 'gpu3', name: 'Settings GPU', url: other.sim.url, enabled: true }] })).status).toBe(200)
      expect(await listed()).toEqual([['main', 'main', true], ['cli2', 'cli', true], ['gpu3', 'settings', true]])
      // Turned off by a PUT: disabled at once.
      expect((await w.api('PUT', '/api/settings', { backends: [{ id: 'gpu3', name: 'Settings GPU', url: other.sim.url, enabled: false }] })).status).toBe(200)
      expect((await w.api<BackendList>('GET', '/api/backends')).body.backends.find((b) => b.id === 'gpu3')?.state).toBe('disabled')
      // After a restart both come back from the command line and the stored settings.
      await w.restartSidecar()
      expect(await listed()).toEqual([['main', 'main', true], ['cli2', 'cli', true], ['gpu3', 'settings', false]])
    } finally {
      await world?.close()
      world = null
      await Promise.all(sims.map((s) => s.close()))
    }
  })
})
