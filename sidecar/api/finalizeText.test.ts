// The largest prompts the API accepts reach the final file whole: metadata and chapters go to ffmpeg
// in an FFMETADATA file, never as process arguments (which a NUL byte or 128 KiB break).
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { JobWithSegments } from '../contract'
import { MAX_TEXT } from '../contract'
import { countFrames, readChapters, readMetadataTags } from '../video'
import { MAX_CHAPTER_TITLE } from '../video/chapters'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const L = 9
const SEGMENTS = 20

/** An 8,000-character prompt full of what ffmetadata escapes (= ; # \ newline), tabs and non-ASCII text. */
function longPrompt(i: number): string {
  const head = `Segment ${i + 1}: a = b; # not a comment \\ back\\slash\n\tnext line — é 漢字 🙂 `
  const text = head + 'the camera pans slowly over the hills; '.repeat(250)
  return Array.from(text).slice(0, MAX_TEXT - 1).join('')
}

describe('finalize with the longest accepted text', () => {
  it(`stitches ${SEGMENTS} segments of ${MAX_TEXT}-character prompts, with every prompt in the metadata and bounded chapter titles`, async () => {
    world = await startWorld({ segmentSeconds: 0.05 })
    const w = world
    const prompts = Array.from({ length: SEGMENTS }, (_, i) => longPrompt(i))
    expect(prompts.every((p) => p.length >= MAX_TEXT - 2)).toBe(true)
    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({
      name: 'Long = text; # job \\ name',
      prompt: prompts[0],
      negative_prompt: longPrompt(99),
      planned_prompts: prompts.slice(1),
    }))
    expect(created.status).toBe(201)
    const id = created.body.id
    await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' && j.counts.done === SEGMENTS, 'all segments', 120_000)
    expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
    const done = await w.waitForJob(id, (j) => j.status === 'completed' || j.error !== null, 'finalize', 60_000)
    expect(done.error).toBeNull()
    expect(done.status).toBe('completed')

    const file = path.join(w.sim.outputDir, 'longvideo', done.final_video?.file.filename ?? '')
    const expected = L + (SEGMENTS - 1) * (L - 1)
    expect(await countFrames(file, 'ffmpeg')).toBe(expected)

    const tags = await readMetadataTags(file, 'ffmpeg')
    expect(tags.title).toBe('Long = text; # job \\ name')
    expect(tags.comment).toBe(prompts.map((p, i) => `[${i + 1}] ${p}`).join('\n'))
    const longvideo = JSON.parse(tags.longvideo ?? 'null') as { segments: Array<{ prompt: string }>; negative_prompt: string }
    expect(longvideo.segments.map((s) => s.prompt)).toEqual(prompts)
    expect(longvideo.negative_prompt).toBe(longPrompt(99))

    const chapters = await readChapters(file, 'ffmpeg')
    expect(chapters).toHaveLength(SEGMENTS)
    for (const [i, c] of chapters.entries()) {
      expect(Array.from(c.title).length).toBeLessThanOrEqual(MAX_CHAPTER_TITLE)
      expect(c.title.endsWith('…')).toBe(true)
      expect(prompts[i]?.startsWith(c.title.slice(0, -1))).toBe(true)
      // Chapter times follow the segments exactly: a character in a title never shifts them.
      expect(Math.round(c.start * 16)).toBe(i === 0 ? 0 : L + (i - 1) * (L - 1))
    }
  }, 240_000)
})
