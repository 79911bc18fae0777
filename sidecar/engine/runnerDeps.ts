// What the runner and its parts are given: the doors to SQLite, ComfyUI, ffmpeg and the output files.
import type { ComfyClient } from '../comfy/comfyClient'
import type { BackendSpec } from './backendPool'
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
  /** The ComfyUI backends besides `comfy` (command line and settings), read again when settings change. */
  backends?: () => { extra: BackendSpec[]; mainEnabled: boolean }
  /** How long a backend may be silent before its runs are placed on another one, read at each poll (default BACKEND_TIMEOUT_MS). */
  backendTimeoutMs?: () => number
  /** false: placement ignores affinity keys (first come, first served); true when absent. */
  affinity?: boolean
  /** Tests only: the start grace for never-accepted prompts (default UNACCEPTED_GRACE_MS, promptWatcher.ts). */
  unacceptedGraceMs?: number
}

/** Hands an event from a background task to the engine; refusals and errors are logged, never thrown. */
export type Feed = (jobId: number, event: EngineEvent) => void
