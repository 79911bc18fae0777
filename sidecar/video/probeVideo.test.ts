import { mkdtempSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpeg } from './ffmpegPath'
import { countFrames, parseFfmpegInfo, probeVideo } from './probeVideo'
import { makeTestClip } from '../testing/testClips'

const ffmpeg = resolveFfmpeg().path as string
const dir = mkdtempSync(join(tmpdir(), 'lv-probe-'))

afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(async () => {
  await makeTestClip(join(dir, 'seg81.mp4'), { frames: 81, fps: 16 })
  await makeTestClip(join(dir, 'seg17.mp4'), { frames: 17, width: 128, height: 96, fps: 24 })
  await makeTestClip(join(dir, 'mpeg4.mp4'), { frames: 9, codec: 'mpeg4' })
  writeFileSync(join(dir, 'not-a-video.mp4'), 'hello')
})

describe('countFrames', () => {
  it('counts the exact number of frames', async () => {
    expect(await countFrames(join(dir, 'seg81.mp4'), ffmpeg)).toBe(81)
    expect(await countFrames(join(dir, 'seg17.mp4'), ffmpeg)).toBe(17)
    expect(await countFrames(join(dir, 'mpeg4.mp4'), ffmpeg)).toBe(9)
  })
})

describe('probeVideo', () => {
  it('reads codec, profile, size, pixel format, rate and time base', async () => {
    expect(await probeVideo(join(dir, 'seg17.mp4'), ffmpeg)).toMatchObject({
      codec: 'h264',
      profile: 'High',
      width: 128,
      height: 96,
      pixFmt: 'yuv420p',
      fps: 24,
      frames: 17,
    })
    const mpeg4 = await probeVideo(join(dir, 'mpeg4.mp4'), ffmpeg)
    expect(mpeg4).toMatchObject({ codec: 'mpeg4', profile: 'Simple Profile', width: 64, height: 64 })
    expect(mpeg4.timeBase).toBeGreaterThan(0)
  })

  it('explains a file that is not a video', async () => {
    await expect(probeVideo(join(dir, 'not-a-video.mp4'), ffmpeg)).rejects.toThrow(/^Cannot read video .*not-a-video\.mp4: .*Invalid data/)
    await expect(probeVideo(join(dir, 'missing.mp4'), ffmpeg)).rejects.toThrow(/No such file or directory/)
  })
})

describe('parseFfmpegInfo', () => {
  it('parses stream parameters with nested commas and multi-line tags', () => {
    const stderr = [
      "Input #0, mov,mp4,m4a,3gp,3g2,mj2, from 'x.mp4':",
      '  Metadata:',
      '    title           : My Job',
      '    comment         : line one',
      '                    : line two',
      '  Duration: 00:00:05.06, start: 0.000000, bitrate: 900 kb/s',
      '  Stream #0:0[0x1](und): Video: h264 (Main) (avc1 / 0x31637661), yuv420p(tv, bt709, progressive), 832x480 [SAR 1:1 DAR 26:15], 890 kb/s, 16 fps, 16 tbr, 90k tbn (default)',
      '    Metadata:',
      '      handler_name    : VideoHandler',
      "Output #0, null, to 'pipe:':",
      'frame=   40 fps=0.0 q=-1.0 size=N/A',
      'frame=   81 fps=0.0 q=-1.0 Lsize=N/A',
    ].join('\n')
    expect(parseFfmpegInfo(stderr)).toEqual({
      codec: 'h264',
      profile: 'Main',
      width: 832,
      height: 480,
      pixFmt: 'yuv420p',
      fps: 16,
      timeBase: 90000,
      durationSec: 5.06,
      frames: 81,
      tags: { title: 'My Job', comment: 'line one\nline two' },
    })
  })
})
