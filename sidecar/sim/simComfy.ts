// A simulated ComfyUI 0.24.0: real HTTP + WebSocket server on loopback, real validation, a symbolic executor
// that writes real mp4/png files with ffmpeg, configurable GPU time and injected faults.
import { randomUUID } from 'node:crypto'
import { EventEmitter } from 'node:events'
import { existsSync, mkdirSync, readdirSync, rmSync, statSync } from 'node:fs'
import type { Server } from 'node:http'
import path from 'node:path'
import { createAdaptorServer } from '@hono/node-server'
import { z } from 'zod'
import { decodeFrames } from './ffmpegMedia'
import { annotatedFileExists, confinedPath, type SimFolders } from './folderPaths'
import { FrameRenderer, NATURAL_COLOR_DRIFT, type ColorDrift } from './frameRecipes'
import { createSimApp, type SimRouteCore } from './httpRoutes'
import { MODEL_FOLDER_KEYS, resolveModels } from './defaultModels'
import { listFiles, safetensorsMetadata } from './modelFiles'
import { systemStats } from './systemStats'
import { distributedConfig, type SimDistributedWorker } from './distributedConfig'
import { ModelLoadMeter, type ModelLoadStats } from './modelLoads'
import { applyComboSources, loadNodeSchemas, withOptionalNodes, type NodeSchemas } from './nodeSchemas'
import { executePrompt, type ExecutionOutcome, type NodeMeta, type OutputCache, type QueueItem, type StatusMessage } from './promptExecutor'
import type { UiOutput } from './simNodes'
import type { SimFaults } from './simFaults'
import { validatePrompt } from './validatePrompt'
import { WsHub } from './wsHub'

export { DEFAULT_MODELS } from './defaultModels'
export type { SimDistributedWorker } from './distributedConfig'
export type { SimFaults } from './simFaults'
export { NATURAL_COLOR_DRIFT, STRONG_COLOR_DRIFT } from './frameRecipes'

export interface SimOptions {
  root: string // contains input/, output/, temp/ (created if missing)
  port?: number // 0 or undefined = a free port
  host?: string // default 127.0.0.1
  models?: Partial<Record<string, string[]>> // folder key -> file names; defaults: DEFAULT_MODELS
  segmentSeconds?: number // default 0
  ffmpegPath?: string // default 'ffmpeg'
  faults?: SimFaults
  /**
   * Colour offset (0-255 units per channel) each generated clip drifts by from its first to its last
   * frame (not one held to an anchor). Default NATURAL_COLOR_DRIFT, a slight cast; STRONG_COLOR_DRIFT
   * is the drift fault; null: none (the pixels of a pan stay exactly those of its start frame).
   */
  colorDrift?: ColorDrift | null
  /** ComfyUI-KJNodes installed: offers WanImageToVideoSVIPro (SVI 2.0 Pro). Default false. */
  kjnodes?: boolean
  /** A newer core whose WanImageToVideo takes ref_pad_image (0.24.0 has none). Default false. */
  refPadImage?: boolean
  /** Refuse (403) requests whose Origin differs from a loopback Host, as ComfyUI does. Default false (proxies). */
  checkOrigin?: boolean
  /**
   * 'targeted' (default, ComfyUI 0.24): POST /interrupt {prompt_id} stops only that prompt if it runs.
   * 'global' (older builds): the body is ignored and whatever runs is interrupted.
   */
  interrupt?: 'targeted' | 'global'
  /** History entries are written this long after the prompt's last WebSocket message (0: before it, as 0.24 does). */
  historyDelayMs?: number
  /**
   * Seconds an uncached loader node spends loading per GB of its modelled model size (modelLoads.ts):
   * 14B fp8 weights are 14 GB. Default 0: loads are counted but take no time.
   */
  modelLoadSecondsPerGb?: number
  /** ComfyUI-Distributed installed with these workers: GET /distributed/config answers them (404 when absent). */
  distributedWorkers?: SimDistributedWorker[]
}

export interface PromptLogEntry {
  prompt_id: string
  body: unknown
  receivedAt: number
  startedAt?: number
  finishedAt?: number
  status?: 'success' | 'error' | 'interrupted'
  /** HTTP status POST /prompt answered (400 = rejected by validation, never queued). */
  httpStatus?: number
}

export interface SimComfy {
  url: string
  port: number
  inputDir: string
  outputDir: string
  tempDir: string
  /** Stops everything for good (interrupts a running prompt). */
  close(): Promise<void>
  /** Makes the server unreachable (HTTP and WebSocket closed); queued work goes on, like a network outage. */
  stop(): Promise<void>
  /** Listens again on the same port after stop(). */
  start(): Promise<void>
  /** A ComfyUI restart: unreachable, queue, history and caches forgotten, running prompt abandoned; files stay. */
  restart(): Promise<void>
  /**
   * The ComfyUI process dies: unreachable, its queue, history and caches gone, the running prompt stops
   * where it is (logged 'interrupted'). start() brings up a fresh one on the same port; files stay.
   */
  kill(): Promise<void>
  /** Uncached loader runs (model loads) since start or the last reset, per model name. */
  modelLoads(): ModelLoadStats
  resetModelLoads(): void
  setModelLoadSecondsPerGb(s: number): void
  setFaults(f: SimFaults): void
  setSegmentSeconds(s: number): void
  /** Switches how /interrupt behaves (see SimOptions.interrupt). */
  setInterruptMode(mode: 'targeted' | 'global'): void
  /** Sets the history delay (see SimOptions.historyDelayMs). */
  setHistoryDelay(ms: number): void
  /** Sets the colour drift of clips generated from now on (null: none; NATURAL_COLOR_DRIFT is the default). */
  setColorDrift(d: ColorDrift | null): void
  promptLog: PromptLogEntry[]
  /** 'queued' (prompt_id), 'started' (prompt_id), 'finished' ({prompt_id, status}). */
  events: EventEmitter
}

interface HistoryEntry {
  prompt: [number, string, unknown, Record<string, unknown>, string[]]
  outputs: Record<string, UiOutput>
  status: { status_str: 'success' | 'error'; completed: boolean; messages: StatusMessage[] }
  meta: Record<string, NodeMeta>
}

const MAX_HISTORY = 10_000
const SENSITIVE_KEYS = ['auth_token_comfy_org', 'api_key_comfy_org']
const IMAGE_EXT = /\.(png|jpe?g|webp|gif|bmp|tiff?)$/i

const promptBodySchema = z
  .object({
    prompt: z.unknown(),
    prompt_id: z.unknown().optional(),
    client_id: z.unknown().optional(),
    number: z.unknown().optional(),
    front: z.unknown().optional(),
    extra_data: z.record(z.string(), z.unknown()).optional(),
    partial_execution_targets: z.array(z.string()).nullable().optional(),
  })
  .loose()

class SimServer implements SimRouteCore, SimComfy {
  url = ''
  port: number
  readonly inputDir: string
  readonly outputDir: string
  readonly tempDir: string
  readonly folders: SimFolders
  readonly promptLog: PromptLogEntry[] = []
  readonly events = new EventEmitter()

  private readonly host: string
  private readonly modelsRoot: string
  private readonly distributedWorkers: SimDistributedWorker[] | null
  private readonly ffmpegPath: string
  private readonly models: Record<string, string[]>
  private readonly schemas: NodeSchemas
  private readonly hub: WsHub
  private readonly app: ReturnType<typeof createSimApp>
  private server: Server | null = null
  private segmentSeconds: number
  private colorDrift: ColorDrift | null
  private faults: SimFaults = {}
  private startedSinceFaults = 0
  private failedSubmits = 0
  private interruptMode: 'targeted' | 'global'
  private historyDelayMs: number

  private number = 0
  private pending: QueueItem[] = []
  private running: QueueItem | null = null
  private runningDone: Promise<void> | null = null
  private currentNode: string | null = null
  private interruptFlag = false
  private historyEntries = new Map<string, HistoryEntry>()
  private cache: OutputCache = new Map()
  private renderer: FrameRenderer
  private readonly loadMeter: ModelLoadMeter
  /** Bumped by restart(): work of an older epoch is abandoned silently. */
  private epoch = 0
  private closed = false

  constructor(opts: SimOptions) {
    const root = path.resolve(opts.root)
    this.inputDir = path.join(root, 'input')
    this.outputDir = path.join(root, 'output')
    this.tempDir = path.join(root, 'temp')
    this.folders = { input: this.inputDir, output: this.outputDir, temp: this.tempDir }
    this.modelsRoot = path.join(root, 'models')
    this.host = opts.host ?? '127.0.0.1'
    this.port = opts.port ?? 0
    this.ffmpegPath = opts.ffmpegPath ?? 'ffmpeg'
    this.models = resolveModels(opts.models)
    this.segmentSeconds = opts.segmentSeconds ?? 0
    this.colorDrift = opts.colorDrift === undefined ? NATURAL_COLOR_DRIFT : opts.colorDrift
    this.schemas = withOptionalNodes(loadNodeSchemas(), { kjnodes: opts.kjnodes, refPadImage: opts.refPadImage })
    this.interruptMode = opts.interrupt ?? 'targeted'
    this.historyDelayMs = opts.historyDelayMs ?? 0
    this.loadMeter = new ModelLoadMeter(Math.max(0, opts.modelLoadSecondsPerGb ?? 0))
    this.distributedWorkers = opts.distributedWorkers ?? null
    if (opts.faults) this.setFaults(opts.faults)
    this.renderer = new FrameRenderer((file) => decodeFrames(this.ffmpegPath, file))
    this.hub = new WsHub((sid) => this.onConnect(sid), () => this.features())
    this.app = createSimApp(this, { checkOrigin: opts.checkOrigin ?? false })
    for (const dir of [this.inputDir, this.outputDir, this.tempDir]) mkdirSync(dir, { recursive: true })
    this.wipeTemp()
  }

  private wipeTemp(): void {
    for (const f of readdirSync(this.tempDir)) rmSync(path.join(this.tempDir, f), { recursive: true, force: true })
  }

  // ---------- lifecycle ----------

  async start(): Promise<void> {
    if (this.server || this.closed) return
    const server = createAdaptorServer({ fetch: this.app.fetch, hostname: this.host }) as Server
    server.on('upgrade', (req, socket, head) => this.hub.handleUpgrade(req, socket, head))
    await new Promise<void>((resolve, reject) => {
      server.once('error', reject)
      server.listen(this.port, this.host, () => {
        server.off('error', reject)
        resolve()
      })
    })
    const address = server.address()
    if (address && typeof address === 'object') this.port = address.port
    this.url = `http://${this.host}:${this.port}`
    this.server = server
  }

  async stop(): Promise<void> {
    const server = this.server
    this.server = null
    this.hub.closeAll()
    if (!server) return
    await new Promise<void>((resolve) => {
      server.close(() => resolve())
      server.closeAllConnections()
    })
  }

  async restart(): Promise<void> {
    await this.kill()
    await this.start()
  }

  async kill(): Promise<void> {
    await this.stop()
    const dying = this.running
    this.epoch++
    this.pending = []
    this.historyEntries.clear()
    this.cache.clear()
    this.interruptFlag = true
    await this.runningDone
    this.running = null
    this.currentNode = null
    this.interruptFlag = false
    this.wipeTemp()
    const log = dying ? this.promptLog.find((l) => l.prompt_id === dying.promptId && l.finishedAt === undefined) : undefined
    if (log) {
      log.finishedAt = Date.now()
      log.status = 'interrupted'
    }
  }

  modelLoads(): ModelLoadStats {
    return this.loadMeter.stats()
  }

  resetModelLoads(): void {
    this.loadMeter.reset()
  }

  setModelLoadSecondsPerGb(s: number): void {
    this.loadMeter.setSecondsPerGb(s)
  }

  async close(): Promise<void> {
    this.closed = true
    this.pending = []
    this.interruptFlag = true
    await this.stop()
    await this.runningDone
  }

  async viewKills(filename: string): Promise<boolean> {
    if (this.faults.killOnViewOf === undefined || !filename.startsWith(this.faults.killOnViewOf)) return false
    delete this.faults.killOnViewOf
    return this.kill().then(() => true)
  }

  validationDelay(): number {
    const ms = this.faults.validationDelayMs ?? 0
    delete this.faults.validationDelayMs
    return ms
  }

  setFaults(f: SimFaults): void {
    this.faults = { ...f }
    this.startedSinceFaults = 0
    this.failedSubmits = 0
  }

  setInterruptMode(mode: 'targeted' | 'global'): void {
    this.interruptMode = mode
  }

  setHistoryDelay(ms: number): void {
    this.historyDelayMs = Math.max(0, ms)
  }

  setColorDrift(d: ColorDrift | null): void {
    this.colorDrift = d
  }

  setSegmentSeconds(s: number): void {
    this.segmentSeconds = Math.max(0, s)
  }

  // ---------- WebSocket ----------

  private queueRemainingStatus(): Record<string, unknown> {
    return { status: { exec_info: { queue_remaining: this.queueRemaining() } } }
  }

  private broadcastStatus(): void {
    this.hub.send('status', this.queueRemainingStatus(), null)
  }

  private onConnect(sid: string): void {
    this.hub.send('status', { ...this.queueRemainingStatus(), sid }, sid)
    const running = this.running
    if (running && running.extraData.client_id === sid && this.currentNode) {
      this.hub.send('executing', { node: this.currentNode, display_node: this.currentNode, prompt_id: running.promptId }, sid)
    }
  }

  // ---------- queue ----------

  queueRemaining(): number {
    return this.pending.length + (this.running ? 1 : 0)
  }

  private static asArray(item: QueueItem): unknown[] {
    return [item.number, item.promptId, item.prompt, item.extraData, item.outputs]
  }

  queue(): { queue_running: unknown[]; queue_pending: unknown[] } {
    return {
      queue_running: this.running ? [SimServer.asArray(this.running)] : [],
      queue_pending: this.sortedPending().map(SimServer.asArray),
    }
  }

  private sortedPending(): QueueItem[] {
    return [...this.pending].sort((a, b) => a.number - b.number || (a.promptId < b.promptId ? -1 : a.promptId > b.promptId ? 1 : 0))
  }

  submitPrompt(body: unknown): { status: 200 | 400 | 500; body: unknown } {
    const receivedAt = Date.now()
    if (this.failedSubmits < (this.faults.serverErrorOnSubmit ?? 0)) {
      this.failedSubmits++
      const promptId = typeof body === 'object' && body !== null && 'prompt_id' in body ? String(body.prompt_id) : ''
      this.promptLog.push({ prompt_id: promptId, body, receivedAt, httpStatus: 500 })
      // aiohttp's plain-text answer to an exception in a handler.
      return { status: 500, body: '500 Internal Server Error\n\nServer got itself in trouble' }
    }
    const parsed = promptBodySchema.safeParse(body)
    if (!parsed.success || parsed.data.prompt === undefined) {
      return {
        status: 400,
        body: { error: { type: 'no_prompt', message: 'No prompt provided', details: 'No prompt provided', extra_info: {} }, node_errors: {} },
      }
    }
    const data = parsed.data
    let number: number
    if (data.number !== undefined) {
      number = Number(data.number)
      if (typeof data.number === 'boolean' || data.number === null || !Number.isFinite(number)) {
        return {
          status: 400,
          body: { error: { type: 'invalid_number', message: 'number must be a number', details: 'number', extra_info: {} }, node_errors: {} },
        }
      }
    } else {
      number = data.front ? -this.number : this.number
      this.number++
    }
    const promptId = data.prompt_id !== undefined && data.prompt_id !== null ? String(data.prompt_id) : randomUUID()
    const result = validatePrompt({
      prompt: data.prompt,
      schemas: this.schemas,
      models: this.models,
      fileExists: (name) => annotatedFileExists(this.folders, name),
      partialExecutionTargets: data.partial_execution_targets ?? null,
    })
    const log: PromptLogEntry = { prompt_id: promptId, body, receivedAt, httpStatus: result.error ? 400 : 200 }
    this.promptLog.push(log)
    if (result.error) return { status: 400, body: { error: result.error, node_errors: result.node_errors } }

    const extraData: Record<string, unknown> = { ...(data.extra_data ?? {}) }
    if ('client_id' in data) extraData.client_id = data.client_id
    for (const k of SENSITIVE_KEYS) delete extraData[k]
    extraData.create_time = Date.now()
    this.pending.push({ number, promptId, prompt: result.prompt, extraData, outputs: result.outputs_to_execute })
    this.broadcastStatus()
    this.events.emit('queued', promptId)
    setImmediate(() => this.pump())
    return { status: 200, body: { prompt_id: promptId, number, node_errors: result.node_errors } }
  }

  editQueue(body: unknown): void {
    const b = z.object({ clear: z.unknown().optional(), delete: z.array(z.unknown()).optional() }).loose().parse(body ?? {})
    if (b.clear) {
      this.pending = []
      this.broadcastStatus()
    }
    if (b.delete) {
      for (const id of b.delete) {
        const before = this.pending.length
        this.pending = this.pending.filter((p) => p.promptId !== id)
        if (this.pending.length !== before) this.broadcastStatus()
      }
    }
  }

  interrupt(promptId: string | undefined): void {
    if (!this.running) return
    // Older builds ignore the body: whatever runs is interrupted, whoever asked.
    if (this.interruptMode === 'global' || promptId === undefined || this.running.promptId === promptId) this.interruptFlag = true
  }

  private pump(): void {
    if (this.running || this.closed || this.pending.length === 0) return
    const next = this.sortedPending()[0] as QueueItem
    this.pending = this.pending.filter((p) => p !== next)
    this.running = next
    this.broadcastStatus()
    this.runningDone = this.run(next, this.epoch).finally(() => {
      this.runningDone = null
      setImmediate(() => this.pump())
    })
  }

  private async run(item: QueueItem, epoch: number): Promise<void> {
    const log = [...this.promptLog].reverse().find((l) => l.prompt_id === item.promptId && l.startedAt === undefined)
    if (log) log.startedAt = Date.now()
    this.events.emit('started', item.promptId)
    const n = ++this.startedSinceFaults
    const fault = this.faults.errorOnPrompt === n ? 'error' : this.faults.oomOnPrompt === n ? 'oom' : null
    const drop = this.faults.dropSocketOnPrompt === n
    this.interruptFlag = false
    const alive = (): boolean => epoch === this.epoch
    let outcome: ExecutionOutcome
    try {
      outcome = await executePrompt(item, {
        schemas: this.schemas,
        folders: this.folders,
        ffmpegPath: this.ffmpegPath,
        renderer: this.renderer,
        cache: this.cache,
        send: (event, data, sid) => {
          if (alive()) this.hub.send(event, data, sid)
        },
        isInterrupted: () => this.interruptFlag || !alive(),
        segmentSeconds: this.segmentSeconds,
        colorDrift: this.colorDrift ?? undefined,
        fault,
        dropSockets: drop ? () => this.hub.closeAll() : null,
        onNodeStart: (id) => {
          if (alive()) this.currentNode = id
        },
        loadMs: (nodeId, classType, inputs) => this.loadMeter.charge(item.promptId, nodeId, classType, inputs),
      })
    } catch (e) {
      // The executor reports node failures itself; reaching here is a simulator bug, surfaced as an error prompt.
      outcome = { status: 'error', outputs: {}, meta: {}, messages: [['execution_error', { prompt_id: item.promptId, exception_message: String(e) }]] }
    }
    if (!alive()) return
    const writeHistory = () => {
      if (!alive()) return
      this.historyEntries.set(item.promptId, {
        prompt: [item.number, item.promptId, item.prompt, item.extraData, item.outputs],
        outputs: outcome.outputs,
        status: { status_str: outcome.status === 'success' ? 'success' : 'error', completed: outcome.status === 'success', messages: outcome.messages },
        meta: outcome.meta,
      })
      while (this.historyEntries.size > MAX_HISTORY) this.historyEntries.delete(this.historyEntries.keys().next().value as string)
    }
    // 0.24 writes history before its last message; a lagging history is written after it.
    if (this.historyDelayMs > 0) setTimeout(writeHistory, this.historyDelayMs)
    else writeHistory()
    this.running = null
    this.currentNode = null
    if (log) {
      log.finishedAt = Date.now()
      log.status = outcome.status
    }
    this.broadcastStatus()
    const clientId = item.extraData.client_id
    if (typeof clientId === 'string') this.hub.send('executing', { node: null, prompt_id: item.promptId }, clientId)
    this.events.emit('finished', { prompt_id: item.promptId, status: outcome.status })
  }

  // ---------- history ----------

  history(maxItems: number | undefined, offset: number): Record<string, unknown> {
    const out: Record<string, unknown> = {}
    const keys = [...this.historyEntries.keys()]
    let start = offset
    if (start < 0 && maxItems !== undefined) start = keys.length - maxItems
    let i = 0
    for (const k of keys) {
      if (i >= start) {
        out[k] = this.historyEntries.get(k)
        if (maxItems !== undefined && Object.keys(out).length >= maxItems) break
      }
      i++
    }
    return out
  }

  historyEntry(promptId: string): Record<string, unknown> {
    const entry = this.historyEntries.get(promptId)
    return entry ? { [promptId]: entry } : {}
  }

  editHistory(body: unknown): void {
    const b = z.object({ clear: z.unknown().optional(), delete: z.array(z.unknown()).optional() }).loose().parse(body ?? {})
    if (b.clear) this.historyEntries.clear()
    for (const id of b.delete ?? []) if (typeof id === 'string') this.historyEntries.delete(id)
  }

  // ---------- models and schemas ----------

  /** All classes, or only `cls` (ComfyUI's /object_info/{class} also builds just that one). */
  objectInfo(cls?: string): NodeSchemas {
    const inputFiles = listFiles(this.inputDir, false).filter((f) => IMAGE_EXT.test(f))
    const schemas = cls === undefined ? this.schemas : this.schemas[cls] ? { [cls]: this.schemas[cls] } : {}
    return applyComboSources(schemas, { models: this.allModels(), inputFiles })
  }

  private allModels(): Record<string, string[]> {
    const out: Record<string, string[]> = {}
    for (const folder of this.modelFolders()) out[folder] = this.modelFiles(folder) ?? []
    return out
  }

  modelFolders(): string[] {
    return [...new Set([...MODEL_FOLDER_KEYS, ...Object.keys(this.models)])]
  }

  modelFiles(folder: string): string[] | undefined {
    if (!this.modelFolders().includes(folder)) return undefined
    const onDisk = listFiles(path.join(this.modelsRoot, folder), true).filter((f) => !f.endsWith('.partial'))
    return [...new Set([...(this.models[folder] ?? []), ...onDisk])].sort()
  }

  modelMetadata(folder: string, filename: string): Record<string, unknown> | undefined {
    if (!this.modelFolders().includes(folder)) return undefined
    const file = confinedPath(path.join(this.modelsRoot, folder), filename)
    if (!file || !existsSync(file) || !statSync(file).isFile()) return undefined
    return safetensorsMetadata(file)
  }

  free(body: unknown): void {
    const b = z.object({ free_memory: z.unknown().optional() }).loose().safeParse(body ?? {})
    if (b.success && b.data.free_memory) this.cache.clear()
  }

  features(): Record<string, unknown> {
    return { supports_preview_metadata: true, max_upload_size: 100 * 1024 * 1024, extension: { manager: { supports_v4: true } } }
  }

  distributedConfig(): Record<string, unknown> | undefined {
    return this.distributedWorkers ? distributedConfig(this.distributedWorkers) : undefined
  }

  systemStats(): Record<string, unknown> {
    return systemStats(this.host, this.port)
  }
}

export async function startSimComfy(opts: SimOptions): Promise<SimComfy> {
  const sim = new SimServer(opts)
  await sim.start()
  return sim
}
