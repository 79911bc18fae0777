import { describe, expect, it } from 'vitest'
import { ConfigError, parseConfig } from './config'

describe('parseConfig', () => {
  it('reads the flags the Python package passes', () => {
    const c = parseConfig(['--comfyui', 'http://127.0.0.1:8188/', '--host', '127.0.0.1', '--port', '0', '--data', '/tmp/d', '--comfy-input', '/c/in', '--comfy-output', '/c/out', '--ffmpeg', '/usr/bin/ffmpeg', '--exit-with-stdin'], {})
    expect(c).toEqual({ comfyuiUrl: 'http://127.0.0.1:8188', host: '127.0.0.1', port: 0, dataDir: '/tmp/d', comfyInput: '/c/in', comfyOutput: '/c/out', ffmpeg: '/usr/bin/ffmpeg', exitWithStdin: true, secret: null, backends: [], backendTimeoutMs: null, affinity: true })
  })

  it('falls back to the environment and binds to loopback', () => {
    const c = parseConfig([], { LONGVIDEO_COMFYUI_URL: 'http://gpu:8188', LONGVIDEO_DATA_DIR: '/d' })
    expect(c).toMatchObject({ comfyuiUrl: 'http://gpu:8188', dataDir: '/d', host: '127.0.0.1', port: 0, comfyInput: null })
  })

  it('refuses a bad port or URL and unknown flags', () => {
    expect(() => parseConfig(['--port', '70000'], {})).toThrow(ConfigError)
    expect(() => parseConfig(['--comfyui', 'ftp://x'], {})).toThrow(/--comfyui/)
    expect(() => parseConfig(['--what'], {})).toThrow(ConfigError)
  })

  it('takes the secret from the environment only, and refuses a short one', () => {
    expect(parseConfig([], { LONGVIDEO_SECRET: 'a-secret-of-24-characters' })).toMatchObject({ secret: 'a-secret-of-24-characters' })
    expect(() => parseConfig([], { LONGVIDEO_SECRET: 'short' })).toThrow(/at least 16/)
    expect(() => parseConfig(['--secret', 'a-secret-of-24-characters'], {})).toThrow(ConfigError)
  })

  it('reads extra backends from --backend NAME=URL or LONGVIDEO_BACKENDS, the failover timeout and --no-affinity', () => {
    const c = parseConfig(['--backend', 'GPU 2=http://127.0.0.1:8189/', '--backend', 'cloud=https://x.example', '--backend-timeout', '2.5', '--no-affinity'], {})
    if (c === 'help') throw new Error('help')
    expect(c.backends).toEqual([
      { id: 'gpu-2', name: 'GPU 2', url: 'http://127.0.0.1:8189' },
      { id: 'cloud', name: 'cloud', url: 'https://x.example' },
    ])
    expect([c.backendTimeoutMs, c.affinity]).toEqual([2500, false])
    const e = parseConfig([], { LONGVIDEO_BACKENDS: 'a=http://h:1,b=http://h:2' })
    if (e === 'help') throw new Error('help')
    expect(e.backends.map((b) => b.id)).toEqual(['a', 'b'])
    expect([e.backendTimeoutMs, e.affinity]).toEqual([null, true])
    expect(() => parseConfig(['--backend', 'nourl'], {})).toThrow(/NAME=URL/)
    expect(() => parseConfig(['--backend', 'main=http://h:1'], {})).toThrow(/main/)
    expect(() => parseConfig(['--backend', 'a=ftp://h'], {})).toThrow(/http/)
    expect(() => parseConfig(['--backend', 'a=http://h:1', '--backend', 'b=http://h:1/'], {})).toThrow(/twice/)
    expect(() => parseConfig(['--backend-timeout', '0'], {})).toThrow(/backend-timeout/)
  })
})
