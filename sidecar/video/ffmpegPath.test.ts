import { chmodSync, mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { ffmpegVersion, resolveFfmpeg } from './ffmpegPath'

function fakeBinDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'lv-bin-'))
  const file = join(dir, 'ffmpeg')
  writeFileSync(file, '#!/bin/sh\necho "ffmpeg version 9.9-test Copyright"\n')
  chmodSync(file, 0o755)
  return dir
}

describe('resolveFfmpeg', () => {
  it('takes an explicit path first', () => {
    const dir = fakeBinDir()
    expect(resolveFfmpeg(join(dir, 'ffmpeg'), { LONGVIDEO_FFMPEG: '/nope/ffmpeg', PATH: '' })).toEqual({ path: join(dir, 'ffmpeg'), error: null })
  })

  it('then LONGVIDEO_FFMPEG, then ffmpeg on PATH', () => {
    const dir = fakeBinDir()
    expect(resolveFfmpeg(undefined, { LONGVIDEO_FFMPEG: join(dir, 'ffmpeg'), PATH: '' }).path).toBe(join(dir, 'ffmpeg'))
    expect(resolveFfmpeg(undefined, { PATH: `/nonexistent:${dir}` }).path).toBe(join(dir, 'ffmpeg'))
  })

  it('says how to get ffmpeg when there is none', () => {
    const r = resolveFfmpeg(undefined, { PATH: '/nonexistent' })
    expect(r.path).toBeNull()
    expect(r.error).toMatch(/^ffmpeg not found on PATH: install ffmpeg .*LONGVIDEO_FFMPEG/)
    expect(resolveFfmpeg('/no/such/ffmpeg', { PATH: '' }).error).toMatch(/^ffmpeg not found at \/no\/such\/ffmpeg \(given path\)/)
  })

  it('does not take a non-executable file', () => {
    const dir = fakeBinDir()
    chmodSync(join(dir, 'ffmpeg'), 0o644)
    expect(resolveFfmpeg(undefined, { PATH: dir }).path).toBeNull()
  })
})

describe('ffmpegVersion', () => {
  it('reads the version of the real ffmpeg', async () => {
    const { path } = resolveFfmpeg()
    expect(path).not.toBeNull()
    expect(await ffmpegVersion(path as string)).toMatch(/^n?\d+\.\d+/)
  })

  it('reads what a binary prints as its version', async () => {
    expect(await ffmpegVersion(join(fakeBinDir(), 'ffmpeg'))).toBe('9.9-test')
  })
})
