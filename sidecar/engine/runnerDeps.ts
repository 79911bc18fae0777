// What the runner and its parts are given: the doors to SQLite, ComfyUI, ffmpeg and the output files.
import type { ComfyClient } from '../comfy/comfyClient'
import type { Db } from '../db/database'
import type { Logger } from '../log'
import type { StitchOptions, StitchResult } from '../video'
import type { Template } from '../workflows'
import type { EventBus } from './eventBus'
import type { EngineEvent } from './engineEvents'
import type { OutputFiles } from './outputFiles'

export interface VideoOps {
  stitch(opts: StitchOptions): Promise<StitchResult>
  /** Reads (and remembers) what a stitch needs to know about a segment file. */
  inspect?(file: string, ffmpegPath: string): Promise<unknown>
}

export interface RunnerOptions {
  db: Db
  comfy: ComfyClient
  templates: Template[]
  bus: EventBus
  log: Logger
  files: OutputFiles
  video: VideoOps
  ffmpegPath: string | null
  outputSubfolder: () => string
  accepting: boolean
  /** Slow fallback poll of /queue and /history for prompts in flight (events are not replayed). */
  pollMs?: number
}

/** Hands an event from a background task to the engine; refusals and errors are logged, never thrown. */
export type Feed = (jobId: number, event: EngineEvent) => void
