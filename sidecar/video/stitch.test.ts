import { execFile } from 'node:child_process'
import { chmodSync, existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { resolveFfmpeg } from './ffmpegPath'
import { probeVideo } from './probeVideo'
import { stitch } from './stitch'
import { makeTestClip } from '../testing/testClips'

const ffmpeg = resolveFfmpeg().path as string
const dir = mkdtempSync(join(tmpdir(), 'lv-stitch-'))
const clip = (name: string) => join(dir, 'segments', name)
const probeMarker = join(dir, 'ffprobe-was-called')

/** Mean RGB of one frame, decoded by ffmpeg. */
function frameColor(file: string, index: number): Promise<[number, number, number]> {
  const args = ['-v', 'error', '-i', file, '-vf', `select=eq(n\\,${index}),scale=1:1`, '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-']
  return new Promise((resolve, reject) => {
    execFile(ffmpeg, args, { encoding: 'buffer' }, (err, out) => (err ? reject(err) : resolve([out[0] ?? 0, out[1] ?? 0, out[2] ?? 0])))
  })
}

afterAll(() => rmSync(dir, { recursive: true, force: true }))

beforeAll(async () => {
  mkdirSync(join(dir, 'segments'))
  // A stand-in ffprobe that leaves a mark: the video door must work with ffmpeg alone.
  const fakeProbe = join(dir, 'ffprobe')
  writeFileSync(fakeProbe, `#!/bin/sh\ntouch '${probeMarker}'\nexit 1\n`)
  chmodSync(fakeProbe, 0o755)
  process.env.FFPROBE_PATH = fakeProbe
  await makeTestClip(clip('seg 1 "red".mp4'), { frames: 17, color: 'red' })
  await makeTestClip(clip("seg2 it's blue.mp4"), { frames: 16, color: 'blue' })
  await makeTestClip(clip('seg3.mp4'), { frames: 16, color: 'lime' })
  await makeTestClip(clip('big.mp4'), { frames: 12, width: 128, height: 96, color: 'blue' })
  await makeTestClip(clip('mpeg4.mp4'), { frames: 8, codec: 'mpeg4', color: 'blue' })
  writeFileSync(clip('broken.mp4'), 'not a video')
})

describe('stitch', () => {
  it('joins matching segments by stream copy with the exact total frame count, names with spaces and quotes included', async () => {
    const output = join(dir, 'My_Job_00001.mp4')
    const progress: number[] = []
    const result = await stitch({
      inputs: [clip('seg 1 "red".mp4'), clip("seg2 it's blue.mp4"), clip('seg3.mp4')],
      output,
      ffmpegPath: ffmpeg,
      onProgress: (f) => progress.push(f),
    })
    expect(result).toEqual({ frames: 49, mode: 'copy' })
    expect((await probeVideo(output, ffmpeg)).frames).toBe(49)
    expect(progress[progress.length - 1]).toBe(49)
    // the segments keep their order: red, then blue from frame 17, then green from frame 33
    expect((await frameColor(output, 16))[0]).toBeGreaterThan(200)
    expect((await frameColor(output, 17))[2]).toBeGreaterThan(200)
    expect((await frameColor(output, 33))[1]).toBeGreaterThan(200)
  })

  it('re-encodes to the first size when segments differ in size, keeping every frame', async () => {
    const output = join(dir, 'sizes.mp4')
    const result = await stitch({ inputs: [clip('seg 1 "red".mp4'), clip('big.mp4')], output, ffmpegPath: ffmpeg })
    expect(result).toEqual({ frames: 29, mode: 'reencode' })
    const info = await probeVideo(output, ffmpeg)
    expect(info).toMatchObject({ codec: 'h264', pixFmt: 'yuv420p', width: 64, height: 64, frames: 29 })
  })

  it('re-encodes when segments differ in codec, keeping every frame', async () => {
    const output = join(dir, 'codecs.mp4')
    expect(await stitch({ inputs: [clip('mpeg4.mp4'), clip('seg3.mp4')], output, ffmpegPath: ffmpeg })).toEqual({ frames: 24, mode: 'reencode' })
    expect((await probeVideo(output, ffmpeg)).codec).toBe('h264')
  })

  it('re-encodes segments of another encoder setup (same codec and size, other crf)', async () => {
    await makeTestClip(clip('crf40.mp4'), { frames: 8, color: 'blue', crf: 40 })
    const output = join(dir, 'crf.mp4')
    expect(await stitch({ inputs: [clip('seg3.mp4'), clip('crf40.mp4')], output, ffmpegPath: ffmpeg })).toEqual({ frames: 24, mode: 'reencode' })
    expect((await frameColor(output, 20))[2]).toBeGreaterThan(200)
  })

  it('writes the job metadata into the final file', async () => {
    const output = join(dir, 'meta.mp4')
    const comment = JSON.stringify({ prompts: ['a fox runs', 'it\'s "snowing"'], seed: 42 })
    await stitch({ inputs: [clip('seg3.mp4'), clip('seg3.mp4')], output, ffmpegPath: ffmpeg, metadata: { title: 'My Job', comment } })
    const { tags } = await probeVideo(output, ffmpeg)
    expect(tags.title).toBe('My Job')
    expect(JSON.parse(tags.comment ?? '')).toEqual({ prompts: ['a fox runs', 'it\'s "snowing"'], seed: 42 })
  })

  it('leaves nothing under the final name (nor a temp file) when an input is broken', async () => {
    const out = join(dir, 'fail1')
    mkdirSync(out)
    await expect(stitch({ inputs: [clip('seg3.mp4'), clip('broken.mp4')], output: join(out, 'final.mp4'), ffmpegPath: ffmpeg })).rejects.toThrow(
      /^Cannot read video .*broken\.mp4/
    )
    expect(readdirSync(out)).toEqual([])
  })

  it('removes the half-written temp file and reports a full disk', async () => {
    // An ffmpeg that writes the whole temp file, then fails like a full disk does.
    const wrapper = join(dir, 'ffmpeg-disk-full')
    writeFileSync(
      wrapper,
      `#!/bin/sh\nfor last; do :; done\ncase "$last" in *.partial.mp4) '${ffmpeg}' "$@"; echo "av_interleaved_write_frame(): No space left on device" >&2; exit 1;; esac\nexec '${ffmpeg}' "$@"\n`
    )
    chmodSync(wrapper, 0o755)
    const out = join(dir, 'fail2')
    mkdirSync(out)
    const tmp = mkdtempSync(join(tmpdir(), 'lv-stitch-work-'))
    await expect(stitch({ inputs: [clip('seg3.mp4'), clip('seg3.mp4')], output: join(out, 'final.mp4'), ffmpegPath: wrapper, tmpDir: tmp })).rejects.toThrow(
      'Stitching final.mp4 failed: No space left on device'
    )
    expect(readdirSync(out)).toEqual([])
    expect(readdirSync(tmp)).toEqual([])
    rmSync(tmp, { recursive: true, force: true })
  })

  it('never needed ffprobe', () => {
    expect(existsSync(probeMarker)).toBe(false)
  })
})
