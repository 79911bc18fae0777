// What the routers need besides the engine: the settings, ffmpeg, the data folder, thumbnails.
import type { FailoverTimeout, Settings } from '../contract'
import type { EngineContext } from '../engine/jobCommands'
import type { UrlFetchOptions } from '../library/imageByUrl'
import type { Logger } from '../log'

export interface ApiContext extends EngineContext {
  settingsBase: Settings
  /** How many backends the command line adds (--backend; always on, not in settings). */
  cliBackendCount: number
  /** The failover timeout in force and where it comes from (--backend-timeout overrides the setting). */
  failoverTimeout: () => FailoverTimeout
  /** The settings in force: the stored ones over the built-in defaults. */
  settings(): Settings
  ffmpegPath: string | null
  dataDir: string
  version: string
  log: Logger
  maxUploadBytes: number
  /** Limits and address rule of POST /api/upload/url. */
  urlFetch: UrlFetchOptions
  /** True when ffmpeg decodes the file as an image (the last check on an upload). */
  ffmpegReadsImage(file: string): Promise<boolean>
  /** A small JPEG of an image file, cached under the data folder; null when it cannot be made. */
  thumbnail(source: string, key: string): Promise<string | null>
  /** The JPEG of `frames` of a video side by side, cached under the data folder; null when it cannot be made. */
  filmstrip(source: string, key: string, frames: readonly number[]): Promise<string | null>
}
