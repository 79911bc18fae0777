// The largest job the API accepts can be finalized: MAX_SEGMENTS_PER_JOB segments, each with a
// MAX_TEXT-character prompt, stream-copied and re-encoded with a crossfade at every join.
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MAX_SEGMENTS_PER_JOB, MAX_TEXT } from '../contract'
import { makeTestClip } from '../testing/testClips'
import { MAX_CHAPTER_TITLE } from './chapters'
import { readChapters, readMetadataTags } from './metadataTags'
import { countFrames } from './probeVideo'
import { stitch } from './stitch'

const dir = mkdtempSync(join(tmpdir(), 'lv-stitch-limits-'))
const clip = join(dir, 'segment.mp4')
const L = 9
const N = MAX_SEGMENTS_PER_JOB
const prompts = Array.from({ length: N }, (_, i) => `[${i}] a = b; # c \\ d\n`.concat('x'.repeat(MAX_TEXT)).slice(0, MAX_TEXT))
const metadata = {
  title: 'T'.repeat(120),
  comment: prompts.map((p, i) => `[${i + 1}] ${p}`).join('\n'),
  longvideo: JSON.stringify({ segments: prompts.map((prompt, idx) => ({ idx, prompt, negative_prompt: prompt })) }),
}

beforeAll(() => makeTestClip(clip, { frames: L, width: 32, height: 32 }))
afterAll(() => rmSync(dir, { recursive: true, force: true }))

describe(`a final of ${N} segments with ${MAX_TEXT}-character prompts`, () => {
  it('stream-copies with every prompt in the tags and a chapter per segment', async () => {
    const output = join(dir, 'copy.mp4')
    const result = await stitch({ inputs: Array.from({ length: N }, () => clip), output, ffmpegPath: 'ffmpeg', metadata, chapters: prompts })
    expect(result).toEqual({ frames: N * L, mode: 'copy' })
    expect(await countFrames(output, 'ffmpeg')).toBe(N * L)
    const tags = await readMetadataTags(output, 'ffmpeg')
    expect(tags.comment).toBe(metadata.comment)
    expect(tags.longvideo).toBe(metadata.longvideo)
    const chapters = await readChapters(output, 'ffmpeg')
    expect(chapters).toHaveLength(N)
    expect(chapters.every((c) => Array.from(c.title).length <= MAX_CHAPTER_TITLE)).toBe(true)
  }, 240_000)

  it('re-encodes with a crossfade at every join and a trim of every segment', async () => {
    const output = join(dir, 'reencode.mp4')
    const result = await stitch({
      inputs: Array.from({ length: N }, () => clip),
      output,
      ffmpegPath: 'ffmpeg',
      metadata,
      chapters: prompts,
      seams: Array.from({ length: N - 1 }, () => ({ type: 'crossfade' as const, frames: 2 })),
      trimFirst: Array.from({ length: N }, () => 1),
      preset: 'ultrafast',
    })
    const expected = N * (L - 1) - (N - 1) * 2
    expect(result).toEqual({ frames: expected, mode: 'reencode' })
    expect(await countFrames(output, 'ffmpeg')).toBe(expected)
  }, 600_000)
})
