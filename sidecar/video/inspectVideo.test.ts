import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inspectVideo, inspectVideos } from './inspectVideo'
import { makeTestClip } from '../testing/testClips'

describe('inspectVideo', () => {
  it('reads codec, size, exact frames and the parameter-set fingerprint in one pass', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-inspect-'))
    const file = path.join(dir, 'a.mp4')
    await makeTestClip(file, { frames: 13, width: 64, height: 48 })
    const info = await inspectVideo(file, 'ffmpeg')
    expect(info).toMatchObject({ codec: 'h264', width: 64, height: 48, frames: 13 })
    expect(info.parameterSets).toMatch(/^[0-9a-f]{40}$/)
  })

  it('answers a second time from memory, and looks again once the file changed', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-inspect-'))
    const file = path.join(dir, 'a.mp4')
    await makeTestClip(file, { frames: 9, width: 64, height: 48 })
    const first = await inspectVideo(file, 'ffmpeg')
    expect(await inspectVideo(file, 'ffmpeg')).toBe(first)
    await makeTestClip(file, { frames: 17, width: 64, height: 48 })
    const again = await inspectVideo(file, 'ffmpeg')
    expect(again).not.toBe(first)
    expect(again.frames).toBe(17)
  })

  it('keeps the order of the files when inspecting several at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-inspect-'))
    const files = [5, 9, 13, 17, 21].map((n) => path.join(dir, `f${n}.mp4`))
    await Promise.all(files.map((f, i) => makeTestClip(f, { frames: 5 + 4 * i, width: 64, height: 48 })))
    expect((await inspectVideos(files, 'ffmpeg', 2)).map((i) => i.frames)).toEqual([5, 9, 13, 17, 21])
  })
})
