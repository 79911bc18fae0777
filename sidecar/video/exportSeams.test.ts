import { execFile } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpeg } from './ffmpegPath'
import { readChapters, readMetadataTags } from './metadataTags'
import { probeVideo } from './probeVideo'
import { stitch } from './stitch'
import { makeTestClip } from '../testing/testClips'

const ffmpeg = resolveFfmpeg().path as string
const dir = mkdtempSync(join(tmpdir(), 'lv-export-'))
const clip = (name: string) => join(dir, 'segments', name)
const out = (name: string) => join(dir, name)

/** Mean RGB of one frame, decoded by ffmpeg. */
function frameColor(file: string, index: number): Promise<[number, number, number]> {
  const args = ['-v', 'error', '-i', file, '-vf', `select=eq(n\\,${index}),scale=1:1`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']
  return new Promise((resolve, reject) => {
    execFile(ffmpeg, args, { encoding: 'buffer' }, (err, o) => (err ? reject(err) : resolve([o[0] ?? 0, o[1] ?? 0, o[2] ?? 0])))
  })
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(async () => {
  mkdirSync(join(dir, 'segments'))
  await makeTestClip(clip('red.mp4'), { frames: 9, color: 'red' })
  await makeTestClip(clip('blue.mp4'), { frames: 8, color: 'blue' })
  await makeTestClip(clip('lime.mp4'), { frames: 8, color: 'lime' })
})

const inputs = () => [clip('red.mp4'), clip('blue.mp4'), clip('lime.mp4')]

describe('exporting with seams, trims and chapters', () => {
  it('crossfades over N frames: the total loses N frames and the overlap blends both segments', async () => {
    const file = out('fade.mp4')
    const result = await stitch({ inputs: inputs(), output: file, ffmpegPath: ffmpeg, seams: [{ type: 'crossfade', frames: 3 }, { type: 'cut' }], preset: 'ultrafast' })
    expect(result).toEqual({ frames: 9 + 8 + 8 - 3, mode: 'reencode' })
    expect((await probeVideo(file, ffmpeg)).frames).toBe(22)
    // Frames 0-5 red, 6-8 the blend (more blue each frame), 9-13 blue, 14-21 lime.
    const [r5, , b5] = await frameColor(file, 5)
    const [r6, , b6] = await frameColor(file, 6)
    const [r8, , b8] = await frameColor(file, 8)
    const [r9, , b9] = await frameColor(file, 9)
    expect(r5).toBeGreaterThan(200)
    expect(b5).toBeLessThan(40)
    expect(r6).toBeGreaterThan(r8)
    expect(b6).toBeLessThan(b8)
    expect(r6).toBeLessThan(r5)
    expect(b8).toBeLessThan(b9)
    expect(r9).toBeLessThan(40)
    expect((await frameColor(file, 14))[1]).toBeGreaterThan(200)
  })

  it('trims the first k frames of a segment exactly', async () => {
    const file = out('trim.mp4')
    const result = await stitch({ inputs: inputs(), output: file, ffmpegPath: ffmpeg, trimFirst: [0, 2, 5], preset: 'ultrafast' })
    expect(result.frames).toBe(9 + 6 + 3)
    expect((await probeVideo(file, ffmpeg)).frames).toBe(18)
    expect((await frameColor(file, 14))[2]).toBeGreaterThan(200)
    expect((await frameColor(file, 15))[1]).toBeGreaterThan(200)
  })

  it('writes a chapter per segment titled with its prompt, and the job metadata, in a stream copy', async () => {
    const file = out('chapters.mp4')
    const longvideo = JSON.stringify({ job: 'walk', segments: [{ prompt: 'a; b = c' }] })
    const result = await stitch({
      inputs: inputs(),
      output: file,
      ffmpegPath: ffmpeg,
      chapters: ['a red start', 'then blue; = #', 'lime\nend'],
      metadata: { title: 'walk', longvideo },
    })
    expect(result).toEqual({ frames: 25, mode: 'copy' })
    const chapters = await readChapters(file, ffmpeg)
    expect(chapters.map((c) => c.title)).toEqual(['a red start', 'then blue; = #', 'lime\nend'])
    // 16 fps: chapters start at frames 0, 9 and 17.
    expect(chapters.map((c) => Math.round(c.start * 16))).toEqual([0, 9, 17])
    expect(Math.round((chapters.at(-1)?.end ?? 0) * 16)).toBe(25)
    expect(JSON.parse((await readMetadataTags(file, ffmpeg)).longvideo ?? 'null')).toEqual(JSON.parse(longvideo))
    expect((await probeVideo(file, ffmpeg)).frames).toBe(25)
  })

  it('re-encodes on request with the chosen quality, chapters following the crossfade', async () => {
    const file = out('reencode.mp4')
    const result = await stitch({
      inputs: inputs(),
      output: file,
      ffmpegPath: ffmpeg,
      mode: 'reencode',
      crf: 30,
      preset: 'veryfast',
      seams: [{ type: 'cut' }, { type: 'crossfade', frames: 4 }],
      chapters: ['one', 'two', 'three'],
    })
    expect(result).toEqual({ frames: 21, mode: 'reencode' })
    const chapters = await readChapters(file, ffmpeg)
    expect(chapters.map((c) => Math.round(c.start * 16))).toEqual([0, 9, 13])
  })
})
