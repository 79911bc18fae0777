// Where segment and final files live on this machine: ComfyUI's output folder when it is local,
// else copies fetched through /view into the data folder.
import { createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { rename } from 'node:fs/promises'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { FileRef } from '../contract'
import type { ComfyClient } from '../comfy/comfyClient'
import { checkRelativePath } from '../library/confinedPath'

export class OutputFiles {
  constructor(
    private readonly comfy: ComfyClient,
    /** ComfyUI's output folder when it is on this machine, else null. */
    readonly outputDir: string | null,
    readonly inputDir: string | null,
    private readonly dataDir: string
  ) {}

  private rel(ref: FileRef): string {
    return checkRelativePath(ref.subfolder ? `${ref.subfolder}/${ref.filename}` : ref.filename, 'file')
  }

  /** A local path of a file ComfyUI wrote, downloading it first when ComfyUI is remote. */
  async localPath(ref: FileRef): Promise<string> {
    const rel = this.rel(ref)
    if (this.outputDir && ref.type === 'output') return path.join(this.outputDir, rel)
    if (this.inputDir && ref.type === 'input') return path.join(this.inputDir, rel)
    const target = path.join(this.dataDir, 'cache', ref.type, rel)
    if (existsSync(target)) return target
    mkdirSync(path.dirname(target), { recursive: true })
    const res = await this.comfy.view(new URLSearchParams({ filename: ref.filename, subfolder: ref.subfolder, type: ref.type }))
    if (!res.ok || !res.body) throw new Error(`ComfyUI /view answered ${res.status} for ${rel}`)
    const temp = `${target}.part`
    await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(temp))
    await rename(temp, target)
    return target
  }

  /** Folder the final videos of `subfolder` go to (created if needed). */
  finalDir(subfolder: string): string {
    const dir = this.outputDir ? path.join(this.outputDir, subfolder) : path.join(this.dataDir, 'finals', subfolder)
    mkdirSync(dir, { recursive: true })
    return dir
  }

  finalPath(ref: FileRef): string {
    const rel = this.rel(ref)
    return this.outputDir ? path.join(this.outputDir, rel) : path.join(this.dataDir, 'finals', rel)
  }

  existingNames(dir: string): string[] {
    return existsSync(dir) ? readdirSync(dir) : []
  }
}
