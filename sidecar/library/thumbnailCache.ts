// Small JPEGs of images and stills of videos, made once by ffmpeg and kept under the data folder. The
// caller names each file version (thumbnailKey: real path + size + mtime), so a changed file gets a new
// thumbnail. Requests for a thumbnail being made wait for that one ffmpeg; at most `parallel` run at
// once (a gallery of 48 tiles asks for 48 at the same moment); a file is only visible once complete.
// The folder is bounded (MAX_THUMBNAILS): old versions of changed files and files long gone age out.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, readdir, rename, rm, stat } from 'node:fs/promises'
import path from 'node:path'
import { makeThumbnail } from '../video'

export interface ThumbnailSource {
  /** The real path (symlinks resolved). */
  real: string
  size: number
  mtimeMs: number
}

/** Cache key of one version of a file: a changed file (mtime or size) gets a new thumbnail. */
export function thumbnailKey(source: ThumbnailSource, prefix = 'lib'): string {
  return `${prefix}-${createHash('sha256').update(`${source.real}\0${source.mtimeMs}\0${source.size}`).digest('hex').slice(0, 32)}`
}

export interface ThumbnailCache {
  /**
   * The cached JPEG of `source` under `key`, made now if missing (by `render` when given, which the key must
   * then name); null when ffmpeg cannot make one.
   */
  get(source: string, key: string, render?: Render): Promise<string | null>
}

/** Thumbnails kept on disk (about 12 KB each); past it the least recently made go first. */
export const MAX_THUMBNAILS = 60_000

/** Deletes the oldest thumbnails in `dir` down to 80% of `max` when there are more than `max`. */
export async function pruneThumbnails(dir: string, max: number): Promise<number> {
  const names = (await readdir(dir).catch(() => [])).filter((n) => n.endsWith('.jpg') && !n.includes('.part'))
  if (names.length <= max) return 0
  const dated = await Promise.all(names.map(async (n) => ({ n, t: (await stat(path.join(dir, n)).catch(() => null))?.mtimeMs ?? 0 })))
  dated.sort((a, b) => a.t - b.t)
  const gone = dated.slice(0, names.length - Math.floor(max * 0.8))
  for (const g of gone) await rm(path.join(dir, g.n), { force: true })
  return gone.length
}

type Render = (source: string, out: string, ffmpegPath: string) => Promise<unknown>

export interface ThumbnailCacheOptions {
  dir: string
  ffmpegPath: string | null
  width?: number
  parallel?: number
  maxFiles?: number
  /** What is made of a source (default: a `width`-pixel still of its first frame); the filmstrips use the same cache. */
  render?: Render
}

export function createThumbnailCache(options: ThumbnailCacheOptions): ThumbnailCache {
  const width = options.width ?? 256
  const parallel = options.parallel ?? 2
  const maxFiles = options.maxFiles ?? MAX_THUMBNAILS
  const still: Render = options.render ?? ((source, out, ffmpegPath) => makeThumbnail(source, out, width, ffmpegPath))
  // Counting the folder at every thumbnail would cost more than making it: every 5% of the bound.
  const checkEvery = Math.max(1, Math.floor(maxFiles / 20))
  let madeSinceCheck = checkEvery
  const making = new Map<string, Promise<string | null>>()
  const waiting: Array<() => void> = []
  let running = 0

  const slot = async (): Promise<void> => {
    if (running < parallel) {
      running++
      return
    }
    // The finishing run hands its slot over, so `running` stays counted.
    await new Promise<void>((resolve) => waiting.push(resolve))
  }
  const release = (): void => {
    const next = waiting.shift()
    if (next) next()
    else running--
  }

  const make = async (ffmpegPath: string, source: string, out: string, render: Render): Promise<string | null> => {
    await slot()
    const partial = `${out}.${randomUUID()}.part.jpg`
    try {
      await mkdir(options.dir, { recursive: true })
      await render(source, partial, ffmpegPath)
      await rename(partial, out)
      if (++madeSinceCheck >= checkEvery) {
        madeSinceCheck = 0
        await pruneThumbnails(options.dir, maxFiles)
      }
      return out
    } catch {
      await rm(partial, { force: true })
      return null
    } finally {
      release()
    }
  }

  return {
    get(source, key, render = still) {
      const ffmpegPath = options.ffmpegPath
      if (!ffmpegPath) return Promise.resolve(null)
      const out = path.join(options.dir, `${key.replace(/[^A-Za-z0-9_.-]/g, '_')}.jpg`)
      if (existsSync(out)) return Promise.resolve(out)
      let pending = making.get(out)
      if (!pending) {
        pending = make(ffmpegPath, source, out, render).finally(() => making.delete(out))
        making.set(out, pending)
      }
      return pending
    },
  }
}
