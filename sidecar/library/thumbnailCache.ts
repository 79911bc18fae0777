// Small JPEGs of images and stills of videos, made once by ffmpeg and kept under the data folder. The
// caller names each file version (thumbnailKey: real path + size + mtime), so a changed file gets a new
// thumbnail. Requests for a thumbnail being made wait for that one ffmpeg; at most `parallel` run at
// once (a gallery of 48 tiles asks for 48 at the same moment); a file is only visible once complete.
import { createHash, randomUUID } from 'node:crypto'
import { existsSync } from 'node:fs'
import { mkdir, rename, rm } from 'node:fs/promises'
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
  /** The cached JPEG of `source` under `key`, made now if missing; null when ffmpeg cannot make one. */
  get(source: string, key: string): Promise<string | null>
}

export function createThumbnailCache(options: { dir: string; ffmpegPath: string | null; width?: number; parallel?: number }): ThumbnailCache {
  const width = options.width ?? 256
  const parallel = options.parallel ?? 2
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

  const make = async (ffmpegPath: string, source: string, out: string): Promise<string | null> => {
    await slot()
    const partial = `${out}.${randomUUID()}.part.jpg`
    try {
      await mkdir(options.dir, { recursive: true })
      await makeThumbnail(source, partial, width, ffmpegPath)
      await rename(partial, out)
      return out
    } catch {
      await rm(partial, { force: true })
      return null
    } finally {
      release()
    }
  }

  return {
    get(source, key) {
      const ffmpegPath = options.ffmpegPath
      if (!ffmpegPath) return Promise.resolve(null)
      const out = path.join(options.dir, `${key.replace(/[^A-Za-z0-9_.-]/g, '_')}.jpg`)
      if (existsSync(out)) return Promise.resolve(out)
      let pending = making.get(out)
      if (!pending) {
        pending = make(ffmpegPath, source, out).finally(() => making.delete(out))
        making.set(out, pending)
      }
      return pending
    },
  }
}
