// The ComfyUI backends work is placed on: the one the package runs in ('main', always first) and
// the extra ones from the command line and the settings, each with its own HTTP client, WebSocket
// and health. Nothing assumes a shared disk: a backend other than main is reached only over HTTP/WS.
import { ComfyClient, ComfyUnreachable } from '../comfy/comfyClient'
import type { QueueSnapshot } from '../comfy/comfyClient'
import type { WsMessage } from '../comfy/comfySchemas'
import { ComfySocket } from '../comfy/comfySocket'
import type { BackendSource, PresetCapability, SegmentLoras } from '../contract'
import { MAIN_BACKEND_ID, MAIN_BACKEND_NAME } from '../contract'
import type { Logger } from '../log'
import type { Template } from '../workflows'
import type { LiveInfo } from '../workflows'
import { backendCapabilities, presetCapability, requiredClasses } from '../workflows'
import { liveNodeSchemas } from './admission'

export const MAIN_BACKEND = MAIN_BACKEND_ID

export interface BackendSpec {
  id: string
  name: string
  url: string
  enabled: boolean
  from: BackendSource
}

/** The files a run loads besides its preset's nodes: the job's models (empty: the preset's own) and the run's LoRAs; `key` is its affinity key. */
export interface RunFiles {
  key: string
  models: { high?: string; low?: string }
  loras: SegmentLoras
}

export interface PoolEvents {
  message(backend: string, msg: WsMessage): void
  /** The backend's socket (re)connected: what we have there must be looked at again. */
  open(backend: string): void
  /** Something a status shows changed (reachability, error, configuration). */
  changed(): void
  /** A call to the backend was answered, or found it unreachable (each time, changed or not). */
  health(backend: string): void
}

export class Backend {
  reachable = false
  lastError: string | null = null
  lastSeen: string | null = null
  /** When it stopped answering (ms since the epoch); null while it answers. */
  downSince: number | null = null
  queue: QueueSnapshot = { running: [], pending: [] }
  /** No longer in the configuration (removed): finishes what runs there, takes nothing new. */
  removed = false
  /** Which presets it can run (its node classes), once read; null before. */
  presets: PresetCapability[] | null = null
  /** Its node schemas (with its model and LoRA lists), once read; null before. */
  private live: LiveInfo | null = null
  /** What a job's own models and LoRAs need here, by affinity key (cleared when the schemas are read again). */
  private readonly ownRuns = new Map<string, PresetCapability>()
  private listening = false

  constructor(
    public spec: BackendSpec,
    readonly comfy: ComfyClient,
    readonly socket: ComfySocket | null
  ) {}

  get id(): string {
    return this.spec.id
  }

  /** Starts its socket once (a second start would open a second connection and deliver every message twice). */
  listen(): void {
    if (this.listening) return
    this.listening = true
    this.socket?.start()
  }

  hangUp(): void {
    this.listening = false
    this.socket?.stop()
  }

  /** It may be given new work: configured, turned on and answering. */
  get open(): boolean {
    return this.spec.enabled && !this.removed && this.reachable
  }

  state(): 'online' | 'offline' | 'draining' | 'disabled' {
    if (this.removed) return 'draining'
    if (!this.spec.enabled) return 'disabled'
    return this.reachable ? 'online' : 'offline'
  }

  /**
   * The backend can run the preset: its nodes and models are there. Before they are read, main counts
   * as able (as the one ComfyUI always did: pre-flight checks each prompt) and another backend as not.
   * A preset added later (a user template) counts as able (pre-flight checks it).
   */
  canRun(preset: string): boolean {
    if (!this.presets) return this.id === MAIN_BACKEND
    return this.presets.find((p) => p.id === preset)?.ok ?? true
  }

  /**
   * Whether a run whose job names its own models or LoRAs can run here: the preset's nodes with those
   * files (not the preset's default models, which the run does not load). Runs that name none, and
   * a backend not read yet, are judged by `canRun`.
   */
  capabilityFor(template: Template | undefined, run: RunFiles): PresetCapability | null {
    const own = run.models.high || run.models.low || run.loras.high.length > 0 || run.loras.low.length > 0
    if (!own || !template || !this.live) return null
    let known = this.ownRuns.get(run.key)
    if (!known) {
      known = presetCapability(template, this.live, run.models, run.loras)
      this.ownRuns.set(run.key, known)
    }
    return known
  }

  /** Its node schemas and model lists as last read (null before). */
  get liveInfo(): LiveInfo | null {
    return this.live
  }

  /** Stores what was read of its nodes: the presets it can run. */
  setLive(live: LiveInfo, presets: PresetCapability[]): void {
    this.live = live
    this.presets = presets
    this.ownRuns.clear()
  }
}

export class BackendPool {
  private readonly backends = new Map<string, Backend>()
  private started = false

  constructor(
    main: ComfyClient,
    private readonly clientId: string,
    private readonly events: PoolEvents,
    private readonly log: Pick<Logger, 'info' | 'warn'>
  ) {
    this.add({ id: MAIN_BACKEND, name: MAIN_BACKEND_NAME, url: main.url, enabled: true, from: 'main' }, main)
  }

  private add(spec: BackendSpec, comfy?: ComfyClient): Backend {
    const client = comfy ?? new ComfyClient(spec.url, this.clientId)
    const socket = new ComfySocket(client.url, this.clientId, {
      message: (m) => this.events.message(spec.id, m),
      open: () => {
        this.sawAnswer(spec.id)
        this.events.open(spec.id)
      },
      close: () => this.log.warn(`ComfyUI socket of backend ${spec.id} closed; reconnecting`),
    })
    const backend = new Backend(spec, client, socket)
    this.backends.set(spec.id, backend)
    if (this.started && spec.enabled) backend.listen()
    return backend
  }

  /**
   * Applies the configuration: `extra` are the backends besides main (CLI and settings), `mainEnabled`
   * main's switch. A new or moved backend gets a new client and socket; one no longer listed is
   * marked removed (it drains; `forget` drops it once nothing of ours is there). True when anything
   * a status shows changed.
   */
  configure(extra: BackendSpec[], mainEnabled = true): boolean {
    const before = this.fingerprint()
    const main = this.backends.get(MAIN_BACKEND)
    if (main && main.spec.enabled !== mainEnabled) main.spec = { ...main.spec, enabled: mainEnabled }
    const listed = new Set(extra.map((s) => s.id))
    for (const spec of extra) {
      if (spec.id === MAIN_BACKEND) continue
      const known = this.backends.get(spec.id)
      if (known && known.spec.url === spec.url) {
        known.spec = spec
        known.removed = false
        if (spec.enabled && this.started) known.listen()
        continue
      }
      if (known) known.hangUp()
      this.add(spec)
    }
    for (const b of this.backends.values()) {
      if (b.id !== MAIN_BACKEND && !listed.has(b.id)) b.removed = true
    }
    const changed = this.fingerprint() !== before
    if (changed) this.events.changed()
    return changed
  }

  private fingerprint(): string {
    return JSON.stringify([...this.backends.values()].map((b) => [b.spec, b.removed]))
  }

  /** Drops a removed backend that has nothing of ours left. */
  forget(id: string): void {
    const b = this.backends.get(id)
    if (!b || !b.removed) return
    b.hangUp()
    this.backends.delete(id)
    this.events.changed()
  }

  all(): Backend[] {
    return [...this.backends.values()]
  }

  /** The backend of a run (null: recorded before backends were, i.e. main). */
  get(id: string | null | undefined): Backend | undefined {
    return this.backends.get(id ?? MAIN_BACKEND)
  }

  /** The client of a run's backend; main's when that backend is no longer known. */
  client(id: string | null | undefined): ComfyClient {
    return (this.get(id) ?? (this.backends.get(MAIN_BACKEND) as Backend)).comfy
  }

  start(): void {
    this.started = true
    for (const b of this.backends.values()) if (b.spec.enabled || b.id === MAIN_BACKEND) b.listen()
  }

  stop(): void {
    this.started = false
    for (const b of this.backends.values()) b.hangUp()
  }

  sawAnswer(id: string, queue?: QueueSnapshot): void {
    const b = this.backends.get(id)
    if (!b) return
    if (queue) b.queue = queue
    b.lastSeen = new Date().toISOString()
    const changed = !b.reachable || b.lastError !== null
    if (!b.reachable && b.id !== MAIN_BACKEND) this.log.info(`backend ${b.id} (${b.spec.url}) is reachable`)
    b.reachable = true
    b.downSince = null
    b.lastError = null
    if (changed) this.events.changed()
    this.events.health(id)
  }

  /** Notes a failed call; true when it failed because the backend is not reachable. */
  noteFailure(id: string, err: unknown): boolean {
    const b = this.backends.get(id)
    if (!(err instanceof ComfyUnreachable)) {
      if (b && err instanceof Error) b.lastError = err.message
      return false
    }
    if (!b) return true
    const changed = b.reachable || b.lastError !== err.message
    if (b.reachable && b.id !== MAIN_BACKEND) this.log.warn(`backend ${b.id} (${b.spec.url}) stopped answering: ${err.message}`)
    b.reachable = false
    b.downSince ??= Date.now()
    b.lastError = err.message
    if (changed) this.events.changed()
    this.events.health(id)
    return true
  }

  /** Reads which presets a backend can run (workflows/capability.ts, over its node schemas and model lists). */
  async readPresets(id: string, templates: Template[]): Promise<void> {
    const b = this.backends.get(id)
    if (!b) return
    const nodeSchemas = await liveNodeSchemas(b.comfy, templates.flatMap((t) => requiredClasses(t)))
    if (!nodeSchemas) throw new Error(`ComfyUI at ${b.spec.url} did not answer for its node schemas`)
    b.setLive({ nodeSchemas }, backendCapabilities(templates, { nodeSchemas }))
    this.events.changed()
  }
}
