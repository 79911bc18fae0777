// Builds and starts the sidecar in this process: database, ComfyUI client, engine runner, HTTP API.
// main.ts wraps it as a CLI; the demo and tests call startSidecar directly.
import { randomBytes, randomUUID } from 'node:crypto'
import { mkdirSync, readFileSync, rmSync } from 'node:fs'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Duplex } from 'node:stream'
import { serve } from '@hono/node-server'
import type { ServerType } from '@hono/node-server'
import type { ApiContext } from './api/apiContext'
import { createApp } from './api/app'
import { SECRET_HEADER } from './api/trustGuard'
import { FILMSTRIP_FRAME_WIDTH } from './contract'
import type { BackendSetting, FailoverTimeout } from './contract'
import type { BackendSpec } from './engine/backendPool'
import { ComfyClient } from './comfy/comfyClient'
import { closeDatabase, openDatabase, sqliteDriver } from './db/database'
import type { Db } from './db/database'
import { sqliteInspectionStore } from './db/inspectionStore'
import { getKv, setKv } from './db/kvStore'
import { EventBus } from './engine/eventBus'
import { OutputFiles } from './engine/outputFiles'
import { Runner } from './engine/runner'
import { log as defaultLog } from './log'
import type { UrlFetchOptions } from './library/imageByUrl'
import { createThumbnailCache } from './library/thumbnailCache'
import type { Logger } from './log'
import { builtInSettings, effectiveSettings, storedSettings } from './settings/settingsStore'
import { makeFilmstrip, makeThumbnail, resolveFfmpeg, stitch, VideoInspector } from './video'
import { endLeftoverFfmpeg, openFfmpegLedger, removePartialFiles } from './video/ffmpegChildren'
import { DEFAULT_OUTPUT_SUBFOLDER, loadTemplates } from './workflows'

export interface SidecarOptions {
  comfyuiUrl: string
  dataDir: string
  host?: string
  port?: number
  comfyInput?: string | null
  comfyOutput?: string | null
  ffmpeg?: string | null
  /** Folder of workflow templates; the package's workflows/ by default. */
  templatesDir?: string
  /** Fallback poll of ComfyUI for prompts in flight. */
  pollMs?: number
  /** Extra ComfyUI backends from the command line (--backend NAME=URL), besides those in settings. */
  backends?: { id: string; name: string; url: string }[]
  /** --backend-timeout: a backend silent this long has its runs placed on another one; overrides settings' backend_timeout_s. */
  backendTimeoutMs?: number
  /** false: ready work is placed first come, first served (--no-affinity, for comparisons). */
  affinity?: boolean
  /** Tests only: see RunnerOptions.unacceptedGraceMs. */
  unacceptedGraceMs?: number
  heartbeatMs?: number
  log?: Logger
  /**
   * The secret every request must carry in the X-LongVideo-Secret header (unless it comes from the
   * sidecar's own origin); a random one when not given.
   */
  secret?: string
  /** Tests only: how POST /api/upload/url resolves names and which addresses it refuses. */
  urlFetch?: Pick<UrlFetchOptions, 'resolve' | 'refused'>
}

export interface Sidecar {
  url: string
  port: number
  db: Db
  runner: Runner
  /** The secret requests carry, and the headers that carry it (for the proxy in front, and tests). */
  secret: string
  authHeaders: Record<string, string>
  /** Every route of the app with its handlers (validators carry their schema: api/validate.ts), for tests that walk them all. */
  routes: ReadonlyArray<{ method: string; path: string; handler: object }>
  close(): Promise<void>
}

/** A fresh per-start secret: 256 random bits, URL-safe. */
export function newSecret(): string {
  return randomBytes(32).toString('base64url')
}

const here = path.dirname(fileURLToPath(import.meta.url))

function packageVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(path.join(here, '..', 'package.json'), 'utf8')) as { version?: unknown }
    return typeof pkg.version === 'string' ? pkg.version : '0.0.0'
  } catch {
    return '0.0.0'
  }
}

export async function startSidecar(opts: SidecarOptions): Promise<Sidecar> {
  const log = opts.log ?? defaultLog
  mkdirSync(opts.dataDir, { recursive: true })
  const sqlite = sqliteDriver()
  if (sqlite.fallbackReason) log.warn(`${sqlite.fallbackReason}; using Node.js's built-in node:sqlite instead (run \`python install.py\` to build better-sqlite3)`)
  const db = openDatabase(path.join(opts.dataDir, 'longvideo.sqlite'), sqlite)
  const templates = loadTemplates(opts.templatesDir ?? path.join(here, '..', 'workflows'))
  const ffmpeg = resolveFfmpeg(opts.ffmpeg ?? undefined)
  if (!ffmpeg.path) log.warn(ffmpeg.error ?? 'ffmpeg not found')

  // A stable clientId: ComfyUI routes our prompts' events to the socket that uses it.
  const storedClientId = getKv(db, 'client_id')
  const clientId = typeof storedClientId === 'string' ? storedClientId : `longvideo-${randomUUID()}`
  if (clientId !== storedClientId) setKv(db, 'client_id', clientId)
  const settingsBase = builtInSettings(templates)
  const settings = () => effectiveSettings(db, settingsBase)
  const cliTimeoutMs = opts.backendTimeoutMs
  const failoverTimeout = (): FailoverTimeout =>
    cliTimeoutMs !== undefined ? { seconds: cliTimeoutMs / 1000, from: 'cli' } : { seconds: settings().backend_timeout_s, from: 'settings' }
  const comfy = new ComfyClient(opts.comfyuiUrl, clientId)
  const files = new OutputFiles(comfy, opts.comfyOutput ?? null, opts.comfyInput ?? null, opts.dataDir)
  const bus = new EventBus()
  // Segment inspections live in SQLite: a finalize after a restart does not inspect every segment again.
  const inspector = new VideoInspector(sqliteInspectionStore(db))
  const storedAccepting = getKv(db, 'accepting')
  const runner = new Runner({
    db,
    comfy,
    templates,
    bus,
    log,
    files,
    video: { stitch: (req) => stitch({ ...req, inspect: inspector.inspectMany }), inspect: inspector.inspect },
    ffmpegPath: ffmpeg.path,
    outputSubfolder: () => settings().output_subfolder,
    accepting: typeof storedAccepting === 'boolean' ? storedAccepting : settings().auto_start_queue,
    ...(opts.pollMs !== undefined ? { pollMs: opts.pollMs } : {}),
    backendTimeoutMs: () => failoverTimeout().seconds * 1000,
    affinity: opts.affinity ?? true,
    ...(opts.unacceptedGraceMs !== undefined ? { unacceptedGraceMs: opts.unacceptedGraceMs } : {}),
    backends: () => configuredBackends(opts.backends ?? [], settings().backends, settings().main_backend_enabled),
  })
  // Before anything runs: what a killed predecessor left behind (its ffmpeg children, their partial files).
  const ledgerFile = path.join(opts.dataDir, 'ffmpeg-children.json')
  const ended = await endLeftoverFfmpeg(ledgerFile)
  if (ended.length > 0) log.warn(`ended ${ended.length} ffmpeg process(es) a previous sidecar left running (${ended.map((e) => `pid ${e.pid} writing ${path.basename(e.output)}`).join(', ')})`)
  const finalsRoot = opts.comfyOutput ?? path.join(opts.dataDir, 'finals')
  const removed = removePartialFiles([path.join(finalsRoot, settings().output_subfolder), path.join(finalsRoot, DEFAULT_OUTPUT_SUBFOLDER)])
  if (removed.length > 0) log.info(`removed ${removed.length} unfinished video file(s) of an interrupted finalize: ${removed.map((f) => path.basename(f)).join(', ')}`)
  const ffmpegLedger = openFfmpegLedger(ledgerFile, [finalsRoot, opts.dataDir])
  const thumbnails = createThumbnailCache({ dir: path.join(opts.dataDir, 'thumbs'), ffmpegPath: ffmpeg.path })
  // Filmstrips (about 10x a thumbnail) in their own folder with a smaller bound; one ffmpeg at a time.
  const filmstrips = createThumbnailCache({ dir: path.join(opts.dataDir, 'filmstrips'), ffmpegPath: ffmpeg.path, parallel: 1, maxFiles: 4000 })
  const ctx: ApiContext = {
    db,
    runner,
    templates,
    comfy,
    files,
    bus,
    stored: () => storedSettings(db),
    defaultPreset: () => settings().defaults.preset,
    outputSubfolder: () => settings().output_subfolder,
    limits: () => settings().limits,
    settingsBase,
    cliBackendCount: opts.backends?.length ?? 0,
    failoverTimeout,
    settings,
    ffmpegPath: ffmpeg.path,
    dataDir: opts.dataDir,
    version: packageVersion(),
    log,
    maxUploadBytes: 50 * 1024 * 1024,
    urlFetch: { maxBytes: 50 * 1024 * 1024, timeoutMs: 20_000, ...opts.urlFetch },
    async ffmpegReadsImage(file) {
      if (!ffmpeg.path) return true
      const out = path.join(tmpdir(), `lv-check-${randomUUID()}.png`)
      try {
        await makeThumbnail(file, out, 16, ffmpeg.path)
        return true
      } catch {
        return false
      } finally {
        rmSync(out, { force: true })
      }
    },
    thumbnail: thumbnails.get,
    filmstrip: (source, key, frames) => filmstrips.get(source, key, (src, out, ff) => makeFilmstrip(src, out, frames, FILMSTRIP_FRAME_WIDTH, ff)),
  }
  const secret = opts.secret ?? newSecret()
  const host = opts.host ?? '127.0.0.1'
  let port = 0
  const app = createApp(ctx, {
    ...(opts.heartbeatMs !== undefined ? { heartbeatMs: opts.heartbeatMs } : {}),
    trust: { secret, listening: () => ({ host, port }) },
  })
  const server = await new Promise<ServerType>((resolve, reject) => {
    const s = serve({ fetch: app.fetch, hostname: opts.host ?? '127.0.0.1', port: opts.port ?? 0 }, () => resolve(s))
    s.once('error', reject)
  })
  server.on('clientError', answerClientError)
  port = (server.address() as AddressInfo).port
  runner.start()
  log.info(`sidecar listening on http://${host}:${port}, ComfyUI at ${opts.comfyuiUrl}, data in ${opts.dataDir}`)
  let closing: Promise<void> | null = null
  const closeOnce = async () => {
    // The poll under way reads the database after each answer: it ends before the database closes.
    const stopped = runner.stop()
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      const s = server as { closeAllConnections?: () => void }
      s.closeAllConnections?.()
    })
    await stopped
    closeDatabase(db)
    // After the database: a killed finalize must not be recorded as a failed one (the next start redoes it).
    ffmpegLedger.close()
  }
  return {
    url: `http://${host.includes(':') ? `[${host}]` : host}:${port}`,
    port,
    db,
    runner,
    secret,
    authHeaders: { [SECRET_HEADER]: secret },
    routes: app.routes,
    /** Stops the engine and the server, then closes the database; a second call waits for the first. */
    close() {
      closing ??= closeOnce()
      return closing
    },
  }
}

/** The extra backends: the command line's (read-only) first, then the settings' (an id or url the command line has is left out). */
export function configuredBackends(cli: { id: string; name: string; url: string }[], stored: BackendSetting[], mainEnabled = true): { extra: BackendSpec[]; mainEnabled: boolean } {
  const extra: BackendSpec[] = cli.map((b) => ({ ...b, enabled: true, from: 'cli' as const }))
  for (const b of stored) {
    if (extra.some((e) => e.id === b.id || e.url.toLowerCase() === b.url.toLowerCase())) continue
    extra.push({ ...b, from: 'settings' })
  }
  // main is turned off only while another backend is on (the settings refuse otherwise; a CLI one counts).
  return { extra, mainEnabled: mainEnabled || !extra.some((b) => b.enabled) }
}

/**
 * Requests Node refuses before they reach the app (a URL or headers over its 16 KB limit, malformed
 * HTTP) still get the API's JSON error shape, naming what was wrong.
 */
function answerClientError(err: NodeJS.ErrnoException, socket: Duplex): void {
  if (!socket.writable) {
    socket.destroy()
    return
  }
  const tooLarge = err.code === 'HPE_HEADER_OVERFLOW'
  const body = JSON.stringify({
    error: tooLarge
      ? { code: 'request_too_large', message: 'url: the URL or the headers are over 16 KB', field: 'url' }
      : { code: 'bad_request', message: 'request: not a valid HTTP request', field: 'request' },
  })
  const status = tooLarge ? '431 Request Header Fields Too Large' : '400 Bad Request'
  socket.end(`HTTP/1.1 ${status}\r\nContent-Type: application/json\r\nContent-Length: ${Buffer.byteLength(body)}\r\nConnection: close\r\n\r\n${body}`)
}
