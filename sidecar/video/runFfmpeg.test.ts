import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { argumentProblem, FfmpegError, ffmpegArguments, MAX_ARGUMENT_BYTES, runFfmpeg } from './runFfmpeg'

const dir = mkdtempSync(path.join(tmpdir(), 'lv-run-ffmpeg-'))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

const testsrc = { path: 'testsrc=s=32x32:d=0.5:r=16', options: ['-f', 'lavfi'] }

describe('runFfmpeg', () => {
  it('passes inputs and options as separate arguments, in ffmpeg\'s order', () => {
    expect(ffmpegArguments({ inputs: [testsrc, { path: 'b.txt' }], output: 'out.mp4', outputOptions: ['-c', 'copy'] })).toEqual([
      '-hide_banner', '-nostdin', '-f', 'lavfi', '-i', testsrc.path, '-i', 'b.txt', '-y', '-c', 'copy', 'out.mp4',
    ])
  })

  it('runs ffmpeg, reports progress frames and resolves with its log', async () => {
    const frames: number[] = []
    const log = await runFfmpeg('ffmpeg', {
      inputs: [testsrc],
      output: path.join(dir, 'ok.mp4'),
      outputOptions: ['-c:v', 'libx264', '-pix_fmt', 'yuv420p'],
      onFrame: (f) => frames.push(f),
    })
    expect(log).toMatch(/frame=\s*8/)
    expect(frames.at(-1)).toBe(8)
  })

  it('rejects (never throws) when an argument holds a NUL byte, which spawn refuses at once', async () => {
    const run = runFfmpeg('ffmpeg', { inputs: [testsrc], output: path.join(dir, 'nul.mp4'), outputOptions: ['-metadata', 'title=a\u0000b'] })
    await expect(run).rejects.toBeInstanceOf(FfmpegError)
    await expect(run).rejects.toThrow(/NUL byte/)
  })

  it('rejects an argument longer than the system allows (E2BIG) before starting ffmpeg', async () => {
    const huge = `comment=${'x'.repeat(MAX_ARGUMENT_BYTES + 10)}`
    expect(argumentProblem(['-metadata', huge])).toMatch(/argument 2 is \d+ bytes/)
    await expect(runFfmpeg('ffmpeg', { inputs: [testsrc], output: path.join(dir, 'big.mp4'), outputOptions: ['-metadata', huge] })).rejects.toThrow(/bytes/)
    expect(argumentProblem(Array.from({ length: 20 }, () => 'y'.repeat(100_000)))).toMatch(/total/)
  })

  it('rejects when the binary is missing or not executable, and when ffmpeg fails, with its reason', async () => {
    await expect(runFfmpeg(path.join(dir, 'no-such-ffmpeg'), { inputs: [testsrc], output: path.join(dir, 'x.mp4'), outputOptions: [] })).rejects.toThrow(/could not be started.*ENOENT/)
    await expect(runFfmpeg(dir, { inputs: [testsrc], output: path.join(dir, 'x.mp4'), outputOptions: [] })).rejects.toThrow(/could not be started/)
    await expect(runFfmpeg('ffmpeg', { inputs: [{ path: path.join(dir, 'missing.mp4') }], output: path.join(dir, 'x.mp4'), outputOptions: [] })).rejects.toThrow(/No such file/)
  })
})
