// Hand-off across backends. The images a run's prompt loads (the previous segment's last frame or
// last frames, the job's start image, the anchor) are where they were made: another run's outputs on
// that run's backend, the start image in main's input folder. When the run goes to another backend,
// each such file is copied byte-exact (GET /view there, POST /upload/image to the run's backend) and
// the prompt loads the copy. No shared disk is assumed.
import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { ComfyUnreachable } from '../comfy/comfyClient'
import type { FileRef, JobState } from '../contract'
import { inputImageFile, loadImageValue } from '../contract'
import type { ApiPrompt } from '../workflows'
import type { BackendPool } from './backendPool'
import { MAIN_BACKEND } from './backendPool'
import type { RunnerOptions } from './runnerDeps'

/** The backend that has a hand-off file does not answer (the run waits; the target is not to blame). */
export class HandoffSourceUnreachable extends Error {
  constructor(
    readonly backend: string,
    override readonly cause: ComfyUnreachable
  ) {
    super(`backend ${backend}, which made a file this run starts from, does not answer: ${cause.message}`)
  }
}

interface Source {
  file: FileRef
  /** The backend that has the file. */
  backend: string
}

/**
 * The images a run of the job may load, each with the backend that has it: each run's last frame and
 * tail where the run was made, the start image in main's input folder.
 */
function* sourcesOf(state: JobState): Generator<Source> {
  for (const runs of [state.segments, state.takes]) {
    for (const run of runs) {
      if (run.last_frame) yield { file: run.last_frame, backend: run.backend ?? MAIN_BACKEND }
      if (run.tail) yield { file: run.tail, backend: run.backend ?? MAIN_BACKEND }
    }
  }
  if (state.job.input_image) yield { file: inputImageFile(state.job.input_image), backend: MAIN_BACKEND }
}

/** sourcesOf by the LoadImage value that names each. */
export function imageSources(state: JobState): Map<string, Source> {
  const out = new Map<string, Source>()
  for (const source of sourcesOf(state)) out.set(loadImageValue(source.file), source)
  return out
}

/** The backend that has an image of the job (the colour anchor, say); main when no run of the job made it. */
export function backendOfImage(state: JobState, file: FileRef): string {
  return imageSources(state).get(loadImageValue(file))?.backend ?? MAIN_BACKEND
}

/** Whether any image a run of the job may load is on another backend than `target` (without the map imageSources builds). */
function anyImageElsewhere(state: JobState, target: string): boolean {
  for (const source of sourcesOf(state)) if (source.backend !== target) return true
  return false
}

export class HandoffTransfer {
  /** Copies made: `${target}\n${value}` -> the LoadImage value of the copy on target. */
  private readonly copies = new Map<string, string>()

  constructor(
    private readonly o: Pick<RunnerOptions, 'files'>,
    private readonly pool: BackendPool
  ) {}

  /**
   * The prompt with every image it loads from another backend replaced by a copy on `target`
   * (the prompt itself when nothing is elsewhere). A value uploaded to `target` itself (the colour
   * guard's corrected frame) is not in the sources and stays.
   */
  async localize(prompt: ApiPrompt, state: JobState, target: string): Promise<ApiPrompt> {
    // With one backend (or all of the job's images on the target) nothing is elsewhere: the map of
    // every run's files is not built on the way from one segment's end to the next one's POST.
    if (!anyImageElsewhere(state, target)) return prompt
    const sources = imageSources(state)
    const replace = new Map<string, string>()
    for (const node of Object.values(prompt)) {
      for (const value of Object.values(node.inputs)) {
        if (typeof value !== 'string' || replace.has(value)) continue
        const source = sources.get(value)
        if (!source || source.backend === target) continue
        replace.set(value, await this.copy(value, source, target))
      }
    }
    if (replace.size === 0) return prompt
    const out: ApiPrompt = {}
    for (const [id, node] of Object.entries(prompt)) {
      const inputs = Object.fromEntries(Object.entries(node.inputs).map(([k, v]) => [k, typeof v === 'string' ? (replace.get(v) ?? v) : v]))
      out[id] = { ...node, inputs }
    }
    return out
  }

  private async copy(value: string, source: Source, target: string): Promise<string> {
    const key = `${target}\n${value}`
    const known = this.copies.get(key)
    if (known !== undefined) return known
    const bytes = await this.bytes(source)
    const flat = `${source.file.subfolder ? `${source.file.subfolder}/` : ''}${source.file.filename}`.replace(/[/\\]/g, '_')
    const name = `longvideo_from_${source.backend}_${source.file.type}_${flat}`
    const mime = path.extname(name).toLowerCase() === '.webp' ? 'image/webp' : 'image/png'
    const uploaded = await this.pool.client(target).upload(bytes, name, mime)
    const copied = uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name
    this.copies.set(key, copied)
    return copied
  }

  /** The file's bytes, from the backend that has it (main's may be read from its folder on this machine). */
  private async bytes(source: Source): Promise<Uint8Array> {
    try {
      return new Uint8Array(await readFile(await this.o.files.localPath(source.file, source.backend)))
    } catch (err) {
      if (err instanceof ComfyUnreachable && source.backend !== MAIN_BACKEND) throw new HandoffSourceUnreachable(source.backend, err)
      throw err
    }
  }

  /** A backend restarted or was removed: what it held may be gone, so copies are made again. */
  forget(target: string): void {
    for (const key of [...this.copies.keys()]) if (key.startsWith(`${target}\n`)) this.copies.delete(key)
  }
}
