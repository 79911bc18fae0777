// What runs where across the backends: the configuration applied to the pool, which backends may
// take new work, failover (a backend silent for longer than the timeout has its runs placed again
// elsewhere, the old prompts recorded as abandoned and taken out of it when it is back), draining
// (a backend removed or turned off hands back what waits there and finishes what runs), and each
// backend's status as GET /api/backends and the 'backends' event show it; and runs waiting in a busy
// backend's queue taken back for an idle one (reclaim).
import type { BackendStatus, RunRef } from '../contract'
import { abandonedOn, forgetAbandoned, inFlightPrompts, recordAbandoned } from '../db/jobQueries'
import type { InFlightPrompt } from '../db/jobQueries'
import type { Backend, BackendPool, BackendSpec } from './backendPool'
import { MAIN_BACKEND } from './backendPool'
import { now } from './clock'
import type { BackendMemory, Reclaim } from './placement'
import type { Feed, RunnerOptions } from './runnerDeps'
import type { Template } from '../workflows'

/** A backend silent this long has its runs placed on another one (RunnerOptions.backendTimeoutMs). */
export const BACKEND_TIMEOUT_MS = 90_000
/** At most this often a 'backends' event (statuses change with every prompt). */
const EMIT_EVERY_MS = 1_000

export interface WorkEngine {
  feed: Feed
  pump(): void
  stopped(): boolean
}

export class BackendWork {
  /** What placement remembers of each backend (its last affinity key, the streak of it). */
  readonly memory = new Map<string, BackendMemory>()
  private emitTimer: NodeJS.Timeout | null = null
  private lastEmit = 0
  /** Backends whose abandoned prompts are being taken out (one pass at a time). */
  private readonly cleaning = new Set<string>()
  /** Backends handing back their waiting prompts (one pass at a time). */
  private readonly handingBack = new Set<string>()
  /** Idle backends a waiting run is being taken back for, and those runs' prompts (one at a time each). */
  private readonly reclaiming = new Set<string>()

  constructor(
    private readonly o: Pick<RunnerOptions, 'db' | 'bus' | 'log' | 'templates' | 'backends' | 'backendTimeoutMs'>,
    private readonly pool: BackendPool,
    private readonly engine: WorkEngine
  ) {}

  /** Applies the configured backends (command line and settings) to the pool; drains what left. */
  configure(): void {
    const conf = this.o.backends?.() ?? { extra: [], mainEnabled: true }
    const changed = this.pool.configure(conf.extra, conf.mainEnabled)
    // Also while a drain is unfinished (a backend that did not answer the first time; the poll tries it again too).
    if (changed || this.pool.all().some((b) => b.removed || !b.spec.enabled)) this.drain()
  }

  /**
   * The backends placement may use: those that answer (main also before its first answer, as the
   * sidecar often starts before ComfyUI listens). When none answers, work waits on the enabled ones
   * as it did with one ComfyUI (submits postponed until one answers).
   */
  openBackends(): { id: string; open: boolean }[] {
    const candidates = this.pool.all().filter((b) => b.spec.enabled && !b.removed)
    const answering = candidates.filter((b) => b.reachable || (b.id === MAIN_BACKEND && b.downSince === null))
    const usable = new Set((answering.length > 0 ? answering : candidates).map((b) => b.id))
    return this.pool.all().map((b) => ({ id: b.id, open: usable.has(b.id) }))
  }

  /** A backend answered again: its abandoned prompts are taken out; its presets are read again. */
  async backOnline(id: string): Promise<void> {
    const b = this.pool.get(id)
    if (!b) return
    void this.pool.readPresets(id, this.o.templates).catch((err: unknown) => this.o.log.warn(`backend ${id}: could not read its nodes: ${(err as Error).message}`))
    await this.takeOutAbandoned(b)
  }

  /** Deletes our abandoned prompts from a backend's queue, interrupting one that runs; their results are never read. */
  private async takeOutAbandoned(b: Backend): Promise<void> {
    if (this.cleaning.has(b.id) || this.engine.stopped()) return
    const abandoned = abandonedOn(this.o.db, b.id)
    if (abandoned.length === 0) return
    this.cleaning.add(b.id)
    try {
      const ids = abandoned.map((a) => a.prompt_id)
      await b.comfy.deleteQueued(ids)
      const queue = await b.comfy.queue()
      for (const id of ids) if (queue.running.includes(id)) await b.comfy.interrupt(id)
      for (const id of ids) forgetAbandoned(this.o.db, id)
      this.o.log.info(`backend ${b.id} is back: took out ${ids.length} prompt(s) that had been placed elsewhere`)
    } catch (err) {
      this.pool.noteFailure(b.id, err)
    } finally {
      this.cleaning.delete(b.id)
    }
  }

  /**
   * After each poll: a backend silent past the timeout has its runs placed again (new prompt ids,
   * the old ones abandoned), and a removed or turned-off one hands back what waits there.
   */
  async afterPoll(): Promise<void> {
    // Read (from the settings) only when a backend with runs of ours is silent.
    let timeout: number | undefined
    const timeoutMs = () => (timeout ??= this.o.backendTimeoutMs?.() ?? BACKEND_TIMEOUT_MS)
    const ours = inFlightPrompts(this.o.db)
    for (const b of this.pool.all()) {
      const mine = ours.filter((p) => (p.backend ?? MAIN_BACKEND) === b.id)
      if (b.reachable && abandonedOn(this.o.db, b.id).length > 0) await this.takeOutAbandoned(b)
      const elsewhere = this.pool.all().some((o) => o.id !== b.id && o.open)
      if (!b.reachable && b.downSince !== null && mine.length > 0 && elsewhere && Date.now() - b.downSince >= timeoutMs()) {
        this.o.log.warn(`backend ${b.id} has not answered for ${Math.round((Date.now() - b.downSince) / 1000)} s: placing its ${mine.length} run(s) on another backend`)
        for (const p of mine) this.abandon(p, b.id)
      }
      if (b.removed && mine.length === 0) this.pool.forget(b.id)
    }
    this.engine.pump()
  }

  /** Hands back the prompts waiting on backends removed or turned off (a running one finishes). */
  drain(): void {
    const leaving = this.pool.all().filter((b) => b.removed || !b.spec.enabled)
    if (leaving.length === 0) return
    const ours = inFlightPrompts(this.o.db)
    for (const b of leaving) {
      const waiting = ours.filter((p) => (p.backend ?? MAIN_BACKEND) === b.id && p.status === 'queued')
      if (waiting.length === 0) continue
      void this.handBack(b, waiting)
    }
  }

  private async handBack(b: Backend, waiting: InFlightPrompt[]): Promise<void> {
    if (this.handingBack.has(b.id)) return
    this.handingBack.add(b.id)
    let left = new Map<string, Whereabouts>()
    try {
      left = await deleteFromQueue(b, waiting.map((p) => p.prompt_id))
    } catch (err) {
      // It does not answer: the prompts are recorded as abandoned and taken out when it does.
      this.pool.noteFailure(b.id, err)
    }
    this.handingBack.delete(b.id)
    // One running finishes there, one that ended meanwhile is completed from its history.
    for (const p of waiting) if (!stays(left.get(p.prompt_id))) this.abandon(p, b.id)
    this.engine.pump()
  }

  /**
   * Takes runs waiting in one backend's queue back, for idle backends to run them now
   * (placement.reclaims). A run that started meanwhile, or that the backend would not give back,
   * stays where it is; one taken out is placed again at once (on the idle backend, the least busy).
   */
  reclaim(list: Reclaim[]): void {
    for (const r of list) {
      if (this.reclaiming.has(r.to) || this.reclaiming.has(r.prompt_id) || !this.pool.get(r.to)?.reachable) continue
      void this.takeBack(r)
    }
  }

  private async takeBack(r: Reclaim): Promise<void> {
    const from = this.pool.get(r.from)
    if (!from) return
    this.reclaiming.add(r.to)
    this.reclaiming.add(r.prompt_id)
    let out = false
    try {
      if ((await from.comfy.queue()).pending.includes(r.prompt_id)) {
        out = (await deleteFromQueue(from, [r.prompt_id])).get(r.prompt_id) === 'gone'
      }
    } catch (err) {
      this.pool.noteFailure(r.from, err)
    } finally {
      this.reclaiming.delete(r.to)
      this.reclaiming.delete(r.prompt_id)
    }
    if (!out || this.engine.stopped()) return
    this.o.log.info(`backend ${r.to} had nothing to run: took job ${r.job_id}'s prompt ${r.prompt_id} back from the queue of ${r.from} to run it there`)
    this.engine.feed(r.job_id, { type: 'unplaced', prompt_id: r.prompt_id, at: now() })
    this.engine.pump()
  }

  /** The run goes back to be placed again; its old prompt is remembered so it is taken out of `backend`. */
  private abandon(p: InFlightPrompt, backend: string): void {
    recordAbandoned(this.o.db, { prompt_id: p.prompt_id, backend, job_id: p.job_id, abandoned_at: now() })
    this.engine.feed(p.job_id, { type: 'unplaced', prompt_id: p.prompt_id, at: now() })
  }

  statuses(): BackendStatus[] {
    const ours = inFlightPrompts(this.o.db)
    return this.pool.all().map((b) => {
      const mine = ours.filter((p) => (p.backend ?? MAIN_BACKEND) === b.id)
      const ref = (p: InFlightPrompt): RunRef => ({ job_id: p.job_id, idx: p.idx, take: p.run === 'take' ? p.take : null, prompt_id: p.prompt_id })
      const running = mine.find((p) => p.status === 'running')
      return {
        id: b.id,
        name: b.spec.name,
        url: b.spec.url,
        enabled: b.spec.enabled,
        from: b.spec.from,
        state: b.removed || (!b.spec.enabled && mine.length > 0) ? 'draining' : b.state(),
        queue_remaining: b.reachable ? b.queue.running.length + b.queue.pending.length : null,
        running: running ? ref(running) : null,
        queued: mine.filter((p) => p.status === 'queued').map(ref),
        loaded: loadedOf(this.memory.get(b.id)?.lastKey ?? null, this.o.templates),
        last_error: b.lastError,
        last_seen: b.lastSeen,
        presets: b.presets ?? [],
      }
    })
  }

  /** Sends the statuses on the event bus, at most once a second. */
  emitSoon(): void {
    if (this.emitTimer || this.engine.stopped()) return
    const wait = Math.max(0, this.lastEmit + EMIT_EVERY_MS - Date.now())
    this.emitTimer = setTimeout(() => {
      this.emitTimer = null
      if (this.engine.stopped()) return
      this.lastEmit = Date.now()
      this.o.bus.emit({ type: 'backends', backends: this.statuses() })
    }, wait)
  }

  stop(): void {
    if (this.emitTimer) clearTimeout(this.emitTimer)
    this.emitTimer = null
  }
}

/** The affinity key in words: the models (the preset's own when the job names none) and LoRAs the backend's last prompt of ours loaded. */
export function loadedOf(key: string | null, templates: readonly Template[] = []): BackendStatus['loaded'] {
  if (!key) return null
  try {
    const [preset, high, low, lorasHigh, lorasLow] = JSON.parse(key) as [string, string, string, string[], string[]]
    const own = templates.find((t) => t.id === preset)?.models
    const models = [high || own?.high || '', low || own?.low || ''].filter((m) => m !== '')
    return { models, loras: [...new Set([...lorasHigh, ...lorasLow])] }
  } catch {
    return null
  }
}

export type { BackendSpec }

/** Where a prompt is after deleteFromQueue: still waiting, running, ended (it has a history entry), or taken out unstarted. */
type Whereabouts = 'pending' | 'running' | 'ended' | 'gone'

const stays = (w: Whereabouts | undefined): boolean => w === 'running' || w === 'ended'

/**
 * Deletes prompts from a backend's queue and says where each is afterwards. Gone from both lists
 * may also mean it ran and ended in between (a prompt whose nodes are all cached ends in
 * milliseconds): only one without a history entry was taken out unstarted.
 */
async function deleteFromQueue(b: Backend, ids: string[]): Promise<Map<string, Whereabouts>> {
  await b.comfy.deleteQueued(ids)
  const after = await b.comfy.queue()
  const where = new Map<string, Whereabouts>()
  for (const id of ids) {
    if (after.running.includes(id)) where.set(id, 'running')
    else if (after.pending.includes(id)) where.set(id, 'pending')
    else where.set(id, (await b.comfy.history(id)) === null ? 'gone' : 'ended')
  }
  return where
}
