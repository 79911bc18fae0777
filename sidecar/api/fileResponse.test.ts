import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { fileResponse, parseRange } from './fileResponse'

describe('ranges', () => {
  it.each([
    ['bytes=0-9', { start: 0, end: 9 }],
    ['bytes=90-', { start: 90, end: 99 }],
    ['bytes=-10', { start: 90, end: 99 }],
    ['bytes=50-500', { start: 50, end: 99 }],
    ['bytes=100-', 'unsatisfiable'],
    ['items=1-2', null],
  ] as const)('reads %s of a 100-byte file', (header, expected) => {
    expect(parseRange(header, 100)).toEqual(expected)
  })

  it('answers 206 with exactly the asked bytes and Content-Range', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-range-'))
    const file = path.join(dir, 'a.mp4')
    writeFileSync(file, Buffer.from(Array.from({ length: 100 }, (_, i) => i)))
    const res = fileResponse(file, 'bytes=10-19', 'a')
    expect(res.status).toBe(206)
    expect(res.headers.get('content-range')).toBe('bytes 10-19/100')
    expect(res.headers.get('accept-ranges')).toBe('bytes')
    expect([...new Uint8Array(await res.arrayBuffer())]).toEqual([10, 11, 12, 13, 14, 15, 16, 17, 18, 19])
    const whole = fileResponse(file, undefined, 'a')
    expect(whole.status).toBe(200)
    expect((await whole.arrayBuffer()).byteLength).toBe(100)
  })
})
