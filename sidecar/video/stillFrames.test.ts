import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpeg } from './ffmpegPath'
import { probeVideo } from './probeVideo'
import { stitch } from './stitch'
import { extractFrame, makeThumbnail } from './stillFrames'
import { makeTestClip } from '../testing/testClips'
import { execFile } from 'node:child_process'

const ffmpeg = resolveFfmpeg().path as string
const dir = mkdtempSync(join(tmpdir(), 'lv-stills-'))
const video = join(dir, 'red-then-blue.mp4')

function pngColor(file: string): Promise<number[]> {
  const args = ['-v', 'error', '-i', file, '-vf', 'scale=1:1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']
  return new Promise((resolve, reject) => {
    execFile(ffmpeg, args, { encoding: 'buffer' }, (err, out) => (err ? reject(err) : resolve([...out])))
  })
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(async () => {
  await makeTestClip(join(dir, 'red.mp4'), { frames: 9, color: 'red', width: 128, height: 96 })
  await makeTestClip(join(dir, 'blue.mp4'), { frames: 4, color: 'blue', width: 128, height: 96 })
  await stitch({ inputs: [join(dir, 'red.mp4'), join(dir, 'blue.mp4')], output: video, ffmpegPath: ffmpeg })
})

describe('extractFrame', () => {
  it('writes the last frame as a PNG of the video size', async () => {
    const out = join(dir, 'last.png')
    await extractFrame(video, 'last', out, ffmpeg)
    expect(await probeVideo(out, ffmpeg)).toMatchObject({ codec: 'png', width: 128, height: 96 })
    const [r, , b] = await pngColor(out)
    expect(b).toBeGreaterThan(200)
    expect(r).toBeLessThan(50)
  })

  it('writes a chosen frame', async () => {
    await extractFrame(video, 8, join(dir, 'f8.png'), ffmpeg)
    await extractFrame(video, 9, join(dir, 'f9.png'), ffmpeg)
    expect((await pngColor(join(dir, 'f8.png')))[0]).toBeGreaterThan(200)
    expect((await pngColor(join(dir, 'f9.png')))[2]).toBeGreaterThan(200)
  })

  it('refuses a frame past the end', async () => {
    await expect(extractFrame(video, 13, join(dir, 'x.png'), ffmpeg)).rejects.toThrow(/frame 13 is out of range: .* has 13 frames/)
  })
})

describe('makeThumbnail', () => {
  it('scales to the given width, keeping the aspect ratio', async () => {
    await makeThumbnail(video, join(dir, 'thumb.jpg'), 64, ffmpeg)
    expect(await probeVideo(join(dir, 'thumb.jpg'), ffmpeg)).toMatchObject({ codec: 'mjpeg', width: 64, height: 48 })
    await makeThumbnail(join(dir, 'last.png'), join(dir, 'thumb.png'), 32, ffmpeg)
    expect(await probeVideo(join(dir, 'thumb.png'), ffmpeg)).toMatchObject({ codec: 'png', width: 32, height: 24 })
  })
})
