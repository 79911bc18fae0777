import { mkdtempSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { inspectVideo, inspectVideos, VideoInspector } from './inspectVideo'
import type { FileIdentity, Inspection, InspectionStore } from './inspectVideo'
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
    const inspector = new VideoInspector()
    const first = await inspector.inspect(file, 'ffmpeg')
    expect(await inspector.inspect(file, 'ffmpeg')).toEqual(first)
    expect(inspector.ffmpegRuns).toBe(1)
    await makeTestClip(file, { frames: 17, width: 64, height: 48 })
    const again = await inspector.inspect(file, 'ffmpeg')
    expect(inspector.ffmpegRuns).toBe(2)
    expect(again.frames).toBe(17)
  })

  it('leaves the container tags out (SaveVideo puts the whole prompt there)', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-inspect-'))
    const file = path.join(dir, 'tagged.mp4')
    await makeTestClip(file, { frames: 5, width: 64, height: 48 })
    const info = await new VideoInspector().inspect(file, 'ffmpeg')
    expect(info.tags).toEqual({})
    expect(info.file).toBe(file)
  })

  it('asks its store before ffmpeg and fills it after, keyed by path, size and mtime', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-inspect-'))
    const file = path.join(dir, 'a.mp4')
    await makeTestClip(file, { frames: 9, width: 64, height: 48 })
    const rows = new Map<string, Inspection>()
    const keyOf = (f: FileIdentity) => `${f.path}|${f.size}|${f.mtimeMs}`
    const store: InspectionStore = { get: (f) => rows.get(keyOf(f)) ?? null, put: (f, i) => void rows.set(keyOf(f), i) }
    const before = new VideoInspector(store)
    const info = await before.inspect(file, 'ffmpeg')
    expect([before.ffmpegRuns, rows.size]).toEqual([1, 1])
    // A new inspector (a restarted process) with the same store: no ffmpeg run.
    const after = new VideoInspector(store)
    expect(await after.inspect(file, 'ffmpeg')).toEqual(info)
    expect(after.ffmpegRuns).toBe(0)
    // Same content, new mtime: another file version, inspected again.
    const later = new Date(Date.now() + 5000)
    utimesSync(file, later, later)
    expect((await after.inspect(file, 'ffmpeg')).frames).toBe(9)
    expect(after.ffmpegRuns).toBe(1)
  })

  it('keeps the order of the files when inspecting several at once', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-inspect-'))
    const files = [5, 9, 13, 17, 21].map((n) => path.join(dir, `f${n}.mp4`))
    await Promise.all(files.map((f, i) => makeTestClip(f, { frames: 5 + 4 * i, width: 64, height: 48 })))
    expect((await inspectVideos(files, 'ffmpeg', 2)).map((i) => i.frames)).toEqual([5, 9, 13, 17, 21])
  })
})
