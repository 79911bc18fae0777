import { execFileSync } from 'node:child_process'
import { mkdtempSync, rmSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { fileStats } from './colorGuard'

let dir = ''
afterEach(() => rmSync(dir, { recursive: true, force: true }))

const solid = (file: string, color: string) =>
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', `color=c=${color}:s=32x32`, '-frames:v', '1', file])

describe('fileStats', () => {
  it('remembers a file by version: the same file answers the same, a rewritten one is read again', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lv-stats-'))
    const file = path.join(dir, 'anchor.png')
    solid(file, 'red')
    const red = await fileStats(file, 'ffmpeg')
    expect(await fileStats(file, 'ffmpeg')).toEqual(red)
    solid(file, 'blue')
    const later = new Date(Date.now() + 5000)
    utimesSync(file, later, later)
    const blue = await fileStats(file, 'ffmpeg')
    // Lab b* (yellow-blue) is positive for red and strongly negative for blue.
    expect(red.mean[2]).toBeGreaterThan(20)
    expect(blue.mean[2]).toBeLessThan(-50)
  })

  it('explains a file that is not an image', async () => {
    dir = mkdtempSync(path.join(tmpdir(), 'lv-stats-'))
    const file = path.join(dir, 'not-an-image.png')
    writeFileSync(file, 'hello')
    await expect(fileStats(file, 'ffmpeg')).rejects.toThrow(/not-an-image\.png/)
  })
})
