import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { BackendList, BackendSetting, BackendSettings, DiscoveredBackends, Segment, ServerEvent, Settings, SettingsUpdateBody, Take } from '.'

function issues(schema: z.core.$ZodType, value: unknown): { path: string; message: string }[] {
  const r = z.safeParse(schema, value)
  return r.success ? [] : r.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }))
}

const gpu2 = { id: 'gpu2', name: 'Second GPU', url: 'http://127.0.0.1:8189', enabled: true }
const rented = { id: 'rented', name: 'Rented 4090', url: 'https://gpu.example.com/comfy', enabled: false }

describe('backend settings', () => {
  it('accepts http and https addresses, with a port or a path', () => {
    expect(BackendSettings.parse([gpu2, rented])).toEqual([gpu2, rented])
  })

  it('drops surrounding spaces and trailing slashes, so two spellings are one backend', () => {
    expect(BackendSetting.parse({ ...gpu2, url: ' http://127.0.0.1:8189// ', name: ' Second GPU ' })).toEqual(gpu2)
    expect(issues(BackendSettings, [gpu2, { ...rented, url: 'http://127.0.0.1:8189/' }])).toEqual([
      { path: '1.url', message: 'http://127.0.0.1:8189 is already backend 0 ("Second GPU")' },
    ])
  })

  it.each([
    ['127.0.0.1:8188', 'must be an http:// or https:// address'],
    ['localhost:8188', 'must start with http:// or https:// (not localhost:)'],
    ['localhost', 'must be an http:// or https:// address'],
    ['ftp://host:21', 'must start with http:// or https:// (not ftp:)'],
    ['http://user:secret@host:8188', 'must not carry a user name or password'],
    ['http://host:8188/?x=1', 'must not have a query'],
    ['http://host:8188#top', 'must not have a query'],
    ['', 'must be an http:// or https:// address'],
  ])('refuses the address %j, naming the field', (url, message) => {
    const found = issues(BackendSettings, [{ ...gpu2, url }])
    expect(found.map((i) => i.path)).toContain('0.url')
    expect(found.find((i) => i.path === '0.url')?.message).toContain(message)
  })

  it.each([
    ['GPU2', '0.id'],
    ['-gpu', '0.id'],
    ['a'.repeat(33), '0.id'],
    ['gpu 2', '0.id'],
  ])('refuses the id %j', (id, path) => {
    expect(issues(BackendSettings, [{ ...gpu2, id }]).map((i) => i.path)).toEqual([path])
  })

  it('refuses an empty or too long name, and a line break in it', () => {
    expect(issues(BackendSettings, [{ ...gpu2, name: '  ' }]).map((i) => i.path)).toEqual(['0.name'])
    expect(issues(BackendSettings, [{ ...gpu2, name: 'x'.repeat(65) }]).map((i) => i.path)).toEqual(['0.name'])
    expect(issues(BackendSettings, [{ ...gpu2, name: 'a\nb' }]).map((i) => i.path)).toEqual(['0.name'])
    expect(BackendSetting.parse({ ...gpu2, name: 'x'.repeat(64) }).name).toHaveLength(64)
  })

  it('refuses a second backend with the same id, and the reserved id main', () => {
    expect(issues(BackendSettings, [gpu2, { ...rented, id: 'gpu2' }])).toEqual([{ path: '1.id', message: '"gpu2" is already the id of backend 0' }])
    expect(issues(BackendSettings, [{ ...gpu2, id: 'main' }])[0]?.path).toBe('0.id')
  })

  it('names backends.N.url inside a settings update, and the list defaults to none', () => {
    expect(issues(SettingsUpdateBody, { backends: [gpu2, { ...rented, url: gpu2.url }] })).toEqual([
      { path: 'backends.1.url', message: 'http://127.0.0.1:8189 is already backend 0 ("Second GPU")' },
    ])
    expect(issues(SettingsUpdateBody, { backends: [{ ...gpu2, url: 'nope' }] })[0]?.path).toBe('backends.0.url')
    expect(issues(SettingsUpdateBody, { backends: [{ id: 'x', name: 'X', url: 'http://x' }] })).toEqual([
      expect.objectContaining({ path: 'backends.0.enabled' }),
    ])
    const base = { defaults: { preset: 'p', width: 64, height: 64, fps: 16, seconds_per_segment: 5, negative_prompt: '', models: {} }, auto_start_queue: true, output_subfolder: 'longvideo' }
    expect(Settings.parse(base).backends).toEqual([])
  })
})

describe('backend status and discovery answers', () => {
  const status = {
    id: 'main', name: 'This ComfyUI', url: 'http://127.0.0.1:8188', enabled: true, from: 'main', state: 'online',
    queue_remaining: 2,
    running: { job_id: 1, idx: 2, take: null, prompt_id: 'p-1' },
    queued: [{ job_id: 3, idx: 0, take: 2, prompt_id: 'p-2' }],
    loaded: { models: ['wan2.2_high.safetensors'], loras: [] },
    last_error: null, last_seen: '2026-11-30T10:00:00.000Z',
    presets: [{ id: 'wan22_14b_i2v', ok: false, missing: ['node class WanImageToVideo'] }],
  }

  it('parses a status list and the backends event', () => {
    const failover_timeout = { seconds: 90, from: 'settings' }
    expect(BackendList.parse({ backends: [status], failover_timeout }).backends[0]?.running?.idx).toBe(2)
    expect(ServerEvent.parse({ type: 'backends', backends: [status] }).type).toBe('backends')
    expect(issues(BackendList, { backends: [{ ...status, state: 'busy' }], failover_timeout })[0]?.path).toBe('backends.0.state')
    expect(issues(BackendList, { backends: [{ ...status, from: 'env' }], failover_timeout })[0]?.path).toBe('backends.0.from')
    expect(issues(BackendList, { backends: [status], failover_timeout: { seconds: 5, from: 'env' } })[0]?.path).toBe('failover_timeout.from')
  })

  it('parses the discovered workers, with or without ComfyUI-Distributed', () => {
    expect(DiscoveredBackends.parse({ workers: [], source: null }).source).toBeNull()
    expect(DiscoveredBackends.parse({ workers: [{ name: 'GPU 1', url: 'http://localhost:8189', enabled: true }], source: 'comfyui-distributed' }).workers).toHaveLength(1)
    expect(issues(DiscoveredBackends, { workers: [], source: 'swarm' })[0]?.path).toBe('source')
  })
})

describe('segment and take views carry their backend', () => {
  it('keeps the backend id, and parses answers of versions without it', () => {
    const shape = Segment.shape.backend
    expect(z.safeParse(shape, undefined).success).toBe(true)
    expect(z.safeParse(shape, null).success).toBe(true)
    expect(z.safeParse(shape, 'gpu2').success).toBe(true)
    expect(z.safeParse(Take.shape.backend, 3).success).toBe(false)
  })
})
