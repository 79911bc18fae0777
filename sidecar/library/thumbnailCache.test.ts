import { execFileSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { createThumbnailCache, pruneThumbnails, thumbnailKey } from './thumbnailCache'

describe('thumbnail cache', () => {
  it('makes one JPEG per key once, even when asked twice at the same time, and none for a file ffmpeg cannot read', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lv-thumbs-'))
    const png = path.join(root, 'a.png')
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=640x360', '-frames:v', '1', '-y', png])
    const cache = createThumbnailCache({ dir: path.join(root, 'thumbs'), ffmpegPath: 'ffmpeg' })
    const key = thumbnailKey({ real: png, size: 1, mtimeMs: 1 }, 'out')
    const [a, b] = await Promise.all([cache.get(png, key), cache.get(png, key)])
    expect(a).toBe(b)
    expect(a && existsSync(a)).toBe(true)
    expect(readdirSync(path.join(root, 'thumbs'))).toEqual([`${key}.jpg`])
    writeFileSync(path.join(root, 'junk.png'), 'not an image')
    expect(await cache.get(path.join(root, 'junk.png'), 'junk')).toBeNull()
    expect(readdirSync(path.join(root, 'thumbs'))).toEqual([`${key}.jpg`])
    expect(thumbnailKey({ real: png, size: 2, mtimeMs: 1 })).not.toBe(thumbnailKey({ real: png, size: 1, mtimeMs: 1 }))
  })

  it('keeps the folder bounded, removing the oldest thumbnails first', async () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-thumbs-prune-'))
    for (let i = 0; i < 12; i++) {
      const f = path.join(dir, `t${i}.jpg`)
      writeFileSync(f, 'x')
      utimesSync(f, 1000 + i, 1000 + i)
    }
    writeFileSync(path.join(dir, 'x.part.jpg'), 'x')
    expect(await pruneThumbnails(dir, 20)).toBe(0)
    expect(await pruneThumbnails(dir, 10)).toBe(4)
    expect(readdirSync(dir).sort()).toEqual(['t10.jpg', 't11.jpg', 't4.jpg', 't5.jpg', 't6.jpg', 't7.jpg', 't8.jpg', 't9.jpg', 'x.part.jpg'])
  })
})
