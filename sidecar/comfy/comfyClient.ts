// The one door to ComfyUI's HTTP API. Network failures become ComfyUnreachable so callers can
// wait instead of failing work; every answer is validated with zod.
import http from 'node:http'
import https from 'node:https'
import { z } from 'zod'
import type { SegmentError } from '../contract'
import { rejectionError } from './comfyErrors'
import { DistributedConfig } from './distributedWorkers'
import { History, PromptAccepted, PromptRejected, Queue, UploadAnswer } from './comfySchemas'
import type { HistoryEntry } from './comfySchemas'

export class ComfyUnreachable extends Error {
  constructor(url: string, cause: unknown) {
    super(`ComfyUI at ${url} is not reachable: ${cause instanceof Error ? cause.message : String(cause)}`)
  }
}

export class ComfyBadAnswer extends Error {}

/**
 * POST /prompt answered with a server error (5xx) or a body that is not ComfyUI's JSON: nothing was
 * queued, and asking again may work. `answer` quotes what came back, for the segment's error.
 */
export class ComfyServerError extends ComfyBadAnswer {
  constructor(
    readonly status: number,
    readonly answer: string
  ) {
    super(`ComfyUI answered HTTP ${status} to POST /prompt${answer ? `: ${answer}` : ''}`)
  }
}

/** At most this much of an answer is quoted in an error. */
const QUOTED_ANSWER = 500

function quoted(text: string): string {
  const oneLine = text.replace(/\s+/g, ' ').trim()
  return oneLine.length > QUOTED_ANSWER ? `${oneLine.slice(0, QUOTED_ANSWER)}…` : oneLine
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text) as unknown
  } catch {
    return undefined
  }
}

export type SubmitResult = { ok: true } | { ok: false; error: SegmentError }

export interface QueueSnapshot {
  running: string[]
  pending: string[]
}

const StringList = z.array(z.string())
const MetadataAnswer = z.record(z.string(), z.unknown())

const OBJECT_INFO_TTL_MS = 60_000
const TIMEOUT_MS = 15_000

/** An answer of ComfyUI read whole. */
interface PlainAnswer {
  status: number
  text: string
}

export class ComfyClient {
  private readonly schemaCache = new Map<string, { at: number; value: unknown }>()
  /** Classes whose expired schema is being fetched again (objectInfo). */
  private readonly schemaRefreshes = new Map<string, Promise<unknown>>()
  /** Kept-alive connections for POST /prompt (see postJson). */
  private readonly agent: http.Agent

  constructor(
    readonly url: string,
    readonly clientId: string
  ) {
    this.agent = new URL(url).protocol === 'https:' ? new https.Agent({ keepAlive: true }) : new http.Agent({ keepAlive: true })
  }

  /**
   * A JSON POST through node:http rather than fetch: POST /prompt is on the path from one segment's
   * end to the next one's start, and fetch's request and body streams cost a few loopback round
   * trips more. A kept-alive connection that the server had just closed is tried once more on a
   * fresh one (the server never read the request), as Node's documentation advises.
   */
  private postJson(path: string, body: string, timeoutMs = TIMEOUT_MS, retried = false): Promise<PlainAnswer> {
    const url = new URL(path, this.url)
    const request = url.protocol === 'https:' ? https.request : http.request
    return new Promise<PlainAnswer>((resolve, reject) => {
      const req = request(url, { method: 'POST', agent: this.agent, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = []
        res.on('data', (chunk: Buffer) => chunks.push(chunk))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }))
        res.on('error', (err) => reject(new ComfyUnreachable(this.url, err)))
      })
      const timer = setTimeout(() => req.destroy(new Error(`no answer in ${timeoutMs} ms`)), timeoutMs)
      req.on('close', () => clearTimeout(timer))
      req.on('error', (err: NodeJS.ErrnoException) => {
        clearTimeout(timer)
        if (req.reusedSocket && err.code === 'ECONNRESET' && !retried) resolve(this.postJson(path, body, timeoutMs, true))
        else reject(new ComfyUnreachable(this.url, err))
      })
      req.end(body)
    })
  }

  private async request(path: string, init: RequestInit = {}, timeoutMs = TIMEOUT_MS): Promise<Response> {
    try {
      return await fetch(new URL(path, this.url), { ...init, signal: AbortSignal.timeout(timeoutMs) })
    } catch (err) {
      throw new ComfyUnreachable(this.url, err)
    }
  }

  private async json<T extends z.ZodType>(path: string, schema: T, init?: RequestInit): Promise<z.infer<T>> {
    const res = await this.request(path, init)
    if (!res.ok) throw new ComfyBadAnswer(`ComfyUI answered ${res.status} to ${path}`)
    const parsed = schema.safeParse(await res.json().catch(() => null))
    if (!parsed.success) throw new ComfyBadAnswer(`unexpected answer from ComfyUI ${path}: ${parsed.error.message}`)
    return parsed.data
  }

  /** POST /prompt with our own prompt_id. A 400 or non-empty node_errors is a refusal, quoted verbatim. */
  async submit(prompt: unknown, promptId: string, extraData: Record<string, unknown> = {}): Promise<SubmitResult> {
    const res = await this.postJson('/prompt', JSON.stringify({ prompt, prompt_id: promptId, client_id: this.clientId, extra_data: extraData }))
    const text = res.text
    const body = parseJson(text)
    // The real server answers some failures with 500 and aiohttp's plain text (protocol notes §7).
    if (res.status >= 500) throw new ComfyServerError(res.status, quoted(text))
    if (res.status >= 200 && res.status < 300) {
      const accepted = PromptAccepted.safeParse(body)
      if (!accepted.success) throw new ComfyServerError(res.status, quoted(text) || 'an empty answer')
      if (Object.keys(accepted.data.node_errors).length === 0) return { ok: true }
      // Queued with only the valid outputs: take it back and report the invalid part.
      await this.deleteQueued([promptId]).catch(() => undefined)
    }
    const rejected = PromptRejected.safeParse(body)
    if (rejected.success) return { ok: false, error: rejectionError(rejected.data, res.status) }
    // A refusal that is not ComfyUI's JSON (a proxy's 413, an HTML page): quote it.
    const error = rejectionError({ node_errors: {} }, res.status)
    return { ok: false, error: text.trim() ? { ...error, message: `${error.message}: ${quoted(text)}` } : error }
  }

  /** The history entry of one prompt, or null when ComfyUI does not know it. */
  async history(promptId: string): Promise<HistoryEntry | null> {
    const all = await this.json(`/history/${encodeURIComponent(promptId)}`, History)
    return all[promptId] ?? null
  }

  async queue(): Promise<QueueSnapshot> {
    const q = await this.json('/queue', Queue)
    const pending = [...q.queue_pending].sort((a, b) => a[0] - b[0])
    return { running: q.queue_running.map((i) => i[1]), pending: pending.map((i) => i[1]) }
  }

  async deleteQueued(promptIds: string[]): Promise<void> {
    await this.request('/queue', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ delete: promptIds }),
    })
  }

  async interrupt(promptId: string): Promise<void> {
    await this.request('/interrupt', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt_id: promptId }),
    })
  }

  /**
   * GET /object_info/{class}; null when the class is not installed. Cached per class: an answer
   * older than a minute is still served while a fresh one is fetched behind it, so the hand-off
   * that falls on the expiry (one a minute) does not wait for ComfyUI's answer before its POST.
   */
  async objectInfo(classType: string): Promise<unknown> {
    const hit = this.cachedObjectInfo(classType)
    return hit ? hit.value : this.fetchObjectInfo(classType)
  }

  /**
   * objectInfo's kept answer without waiting (an expired one is served while it is read again, as
   * objectInfo does); undefined when none was read yet.
   */
  cachedObjectInfo(classType: string): { value: unknown } | undefined {
    const hit = this.schemaCache.get(classType)
    if (hit && Date.now() - hit.at >= OBJECT_INFO_TTL_MS && !this.schemaRefreshes.has(classType)) {
      const refresh = this.fetchObjectInfo(classType)
        .catch(() => undefined) // the last good answer stays; the next call tries again
        .finally(() => this.schemaRefreshes.delete(classType))
      this.schemaRefreshes.set(classType, refresh)
    }
    return hit
  }

  private async fetchObjectInfo(classType: string): Promise<unknown> {
    const res = await this.request(`/object_info/${encodeURIComponent(classType)}`)
    if (!res.ok) throw new ComfyBadAnswer(`ComfyUI answered ${res.status} to /object_info/${classType}`)
    const body = (await res.json().catch(() => ({}))) as Record<string, unknown>
    const value = body[classType] ?? null
    this.schemaCache.set(classType, { at: Date.now(), value })
    return value
  }

  async upload(bytes: Uint8Array, filename: string, mime: string): Promise<z.infer<typeof UploadAnswer>> {
    const form = new FormData()
    form.append('image', new Blob([new Uint8Array(bytes)], { type: mime }), filename)
    form.append('type', 'input')
    const res = await this.request('/upload/image', { method: 'POST', body: form })
    if (!res.ok) throw new ComfyBadAnswer(`ComfyUI refused the upload (HTTP ${res.status}): ${await res.text().catch(() => '')}`)
    const parsed = UploadAnswer.safeParse(await res.json().catch(() => null))
    if (!parsed.success) throw new ComfyBadAnswer(`unexpected answer from ComfyUI /upload/image: ${parsed.error.message}`)
    return parsed.data
  }

  /** GET /view, streamed back as ComfyUI answered it. */
  async view(params: URLSearchParams, headers: Record<string, string> = {}): Promise<Response> {
    return this.request(`/view?${params.toString()}`, { headers }, 120_000)
  }

  /** GET /models: the model folder keys ComfyUI knows (unet_gguf appears with ComfyUI-GGUF). */
  async modelFolders(): Promise<string[]> {
    return this.json('/models', StringList)
  }

  /** GET /models/{folder}: file names with '/' subfolders; null when ComfyUI has no such folder. */
  async modelFiles(folder: string): Promise<string[] | null> {
    const res = await this.request(`/models/${encodeURIComponent(folder)}`)
    if (res.status === 404) return null
    if (!res.ok) throw new ComfyBadAnswer(`ComfyUI answered ${res.status} to /models/${folder}`)
    const parsed = StringList.safeParse(await res.json().catch(() => null))
    if (!parsed.success) throw new ComfyBadAnswer(`unexpected answer from ComfyUI /models/${folder}: ${parsed.error.message}`)
    return parsed.data
  }

  /** GET /view_metadata/{folder}?filename=: a safetensors file's __metadata__, or null when it has none. */
  async viewMetadata(folder: string, filename: string): Promise<Record<string, unknown> | null> {
    const params = new URLSearchParams({ filename })
    const res = await this.request(`/view_metadata/${encodeURIComponent(folder)}?${params.toString()}`)
    if (!res.ok) return null
    const parsed = MetadataAnswer.safeParse(await res.json().catch(() => null))
    return parsed.success ? parsed.data : null
  }

  /** GET /distributed/config (the ComfyUI-Distributed pack's settings); null when the pack is not installed (404). */
  async distributedConfig(): Promise<DistributedConfig | null> {
    const res = await this.request('/distributed/config', {}, 5_000)
    if (res.status === 404) return null
    if (!res.ok) throw new ComfyBadAnswer(`ComfyUI answered ${res.status} to /distributed/config`)
    const parsed = DistributedConfig.safeParse(await res.json().catch(() => null))
    if (!parsed.success) throw new ComfyBadAnswer(`unexpected answer from ComfyUI /distributed/config: ${parsed.error.message}`)
    return parsed.data
  }

  /** Cheap liveness probe: GET /prompt answers the queue size. */
  async probe(): Promise<{ queue_remaining: number }> {
    const res = await this.request('/prompt', {}, 5_000)
    if (!res.ok) throw new ComfyBadAnswer(`ComfyUI answered ${res.status} to /prompt`)
    const body = (await res.json().catch(() => ({}))) as { exec_info?: { queue_remaining?: number } }
    return { queue_remaining: body.exec_info?.queue_remaining ?? 0 }
  }
}
