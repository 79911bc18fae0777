// Where segment and final files live on this machine: ComfyUI's output folder when it is local,
// else copies fetched through /view into the data folder.
import { createWriteStream, existsSync, mkdirSync, readdirSync } from 'node:fs'
import { rename, rm } from 'node:fs/promises'
import { randomUUID } from 'node:crypto'
import path from 'node:path'
import { Readable } from 'node:stream'
import { pipeline } from 'node:stream/promises'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import { ComfyBadAnswer } from '../comfy/comfyClient'
import type { ComfyClient } from '../comfy/comfyClient'
import { DomainError } from '../contract'
import type { FileRef } from '../contract'
import { checkRelativePath, PathRefused, resolveInside, resolveInsideSync } from '../library/confinedPath'

export class OutputFiles {
  /** The client of a backend other than main (set by the runner's pool); null when it is unknown. */
  private backendClient: (id: string) => ComfyClient | null = () => null

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

  /** How files made on other backends are fetched (their /view). */
  useBackends(client: (id: string) => ComfyClient | null): void {
    this.backendClient = client
  }

  /**
   * A local path of a file ComfyUI wrote, downloading it first when ComfyUI is remote. `backend`: the
   * backend that made it (null or 'main': the ComfyUI the package runs in); another backend's file is
   * always fetched through its /view, into a cache folder of its own (no shared disk is assumed). A local file
   * is confined to its folder after following symlinks (a link in ComfyUI's input folder to a file
   * elsewhere is refused); a missing one keeps its plain path, so readers report it as missing.
   */
  async localPath(ref: FileRef, backend: string | null = null): Promise<string> {
    const rel = this.rel(ref)
    const other = backend !== null && backend !== 'main'
    const remote = other ? this.backendClient(backend) : null
    const root = other ? null : ref.type === 'output' ? this.outputDir : ref.type === 'input' ? this.inputDir : null
    if (root) return resolveInside(root, rel, 'file').catch((err: unknown) => plainWhenMissing(root, rel, err))
    const target = other ? path.join(this.dataDir, 'cache', 'backends', checkRelativePath(backend, 'backend'), ref.type, rel) : path.join(this.dataDir, 'cache', ref.type, rel)
    // The copy made when the run finished still serves once its backend has been removed.
    if (existsSync(target)) return target
    if (other && !remote) throw new DomainError('not_found', `backend ${backend} (which made ${rel}) is no longer configured`, 'file')
    const res = await (remote ?? this.comfy).view(new URLSearchParams({ filename: ref.filename, subfolder: ref.subfolder, type: ref.type }))
    if (res.status === 404) throw new DomainError('not_found', `ComfyUI has no ${ref.type} file ${rel}`, 'file')
    if (!res.ok || !res.body) throw new ComfyBadAnswer(`ComfyUI /view answered ${res.status} for ${rel}`)
    // Folders only for a file that exists: a missing one must not leave a folder per path component.
    mkdirSync(path.dirname(target), { recursive: true })
    // A name of its own: two requests for one file not yet cached (a clip and its poster) both fetch it,
    // and a shared .part would be renamed away under the second one.
    const temp = `${target}.${randomUUID()}.part`
    try {
      await pipeline(Readable.fromWeb(res.body as WebReadableStream<Uint8Array>), createWriteStream(temp))
      await rename(temp, target)
    } catch (err) {
      await rm(temp, { force: true })
      throw err
    }
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
    const root = this.outputDir ?? path.join(this.dataDir, 'finals')
    try {
      return resolveInsideSync(root, rel, 'file')
    } catch (err) {
      return plainWhenMissing(root, rel, err)
    }
  }

  existingNames(dir: string): string[] {
    return existsSync(dir) ? readdirSync(dir) : []
  }
}

/** A file (or root) that is not there keeps its plain path, so the reader reports it as missing. */
function plainWhenMissing(root: string, rel: string, err: unknown): string {
  if (err instanceof PathRefused && err.reason === 'missing') return path.join(root, rel)
  if (err instanceof Error && 'code' in err && err.code === 'ENOENT') return path.join(root, rel)
  throw err
}
