// ComfyUI's REST routes for the simulator, each served at /x and /api/x as the real server does.
import { IncomingMessage } from 'node:http'
import { Hono, type Context } from 'hono'
import { uploadImage, viewFile } from './fileRoutes'
import type { SimFolders } from './folderPaths'
import type { ModelLoadStats } from './modelLoads'
import type { NodeSchemas } from './nodeSchemas'

/** What the routes need from the running simulator. */
export interface SimRouteCore {
  folders: SimFolders
  submitPrompt(body: unknown): { status: 200 | 400 | 500; body: unknown }
  /** The validationDelayMs fault (0: none), taken by the POST /prompt that asks: it fires once. */
  validationDelay(): number
  queueRemaining(): number
  queue(): { queue_running: unknown[]; queue_pending: unknown[] }
  editQueue(body: unknown): void
  interrupt(promptId: string | undefined): void
  history(maxItems: number | undefined, offset: number): Record<string, unknown>
  historyEntry(promptId: string): Record<string, unknown>
  editHistory(body: unknown): void
  objectInfo(cls?: string): NodeSchemas
  modelFolders(): string[]
  modelFiles(folder: string): string[] | undefined
  modelMetadata(folder: string, filename: string): Record<string, unknown> | undefined
  free(body: unknown): void
  features(): Record<string, unknown>
  systemStats(): Record<string, unknown>
  /** ComfyUI-Distributed's config when the simulator has the pack; undefined: the route is absent (404). */
  distributedConfig(): Record<string, unknown> | undefined
  /** Simulator only (no ComfyUI route): model loads counted by the loader cost model. */
  modelLoads(): ModelLoadStats
  /** The killOnViewOf fault: true when this /view kills the simulator (its connection is dropped unanswered). */
  viewKills(filename: string): Promise<boolean>
}

/**
 * A request's body as text, read from Node's request itself when it is there: through Hono's
 * Request it goes through web streams, which costs a POST /prompt about a millisecond that
 * ComfyUI's aiohttp, reading its buffer, does not spend (and the hand-off benchmark would count).
 */
function bodyText(c: Context): Promise<string> {
  const incoming = (c.env as { incoming?: unknown } | undefined)?.incoming
  if (!(incoming instanceof IncomingMessage) || incoming.readableDidRead || !incoming.readable) return c.req.text()
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = []
    incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
    incoming.on('end', () => resolve(Buffer.concat(chunks).toString('utf8')))
    incoming.on('error', reject)
  })
}

async function jsonBody(c: Context): Promise<unknown> {
  const text = await bodyText(c)
  if (!text.trim()) return undefined
  return JSON.parse(text) as unknown
}

function optionalInt(value: string | undefined): number | undefined | null {
  if (value === undefined) return undefined
  return /^\s*[+-]?\d+\s*$/.test(value) ? Number(value) : null
}

function badJson(c: Context, field: string): Response {
  return c.json({ error: { type: 'invalid_json', message: `Request body is not valid JSON`, details: field, extra_info: {} } }, 400)
}

function routes(core: SimRouteCore): Hono {
  const app = new Hono()

  app.get('/prompt', (c) => c.json({ exec_info: { queue_remaining: core.queueRemaining() } }))
  app.post('/prompt', async (c) => {
    let body: unknown
    try {
      body = await jsonBody(c)
    } catch {
      return badJson(c, 'body')
    }
    const delay = core.validationDelay()
    if (delay > 0) await new Promise((resolve) => setTimeout(resolve, delay))
    const result = core.submitPrompt(body)
    // A 500 is aiohttp's plain text, not JSON.
    if (result.status === 500) return c.text(String(result.body), 500)
    return c.json(result.body as object, result.status)
  })

  app.get('/queue', (c) => c.json(core.queue()))
  app.post('/queue', async (c) => {
    try {
      core.editQueue(await jsonBody(c))
    } catch {
      return badJson(c, 'body')
    }
    return c.body(null, 200)
  })

  app.post('/interrupt', async (c) => {
    let body: unknown
    try {
      body = await jsonBody(c)
    } catch {
      body = undefined
    }
    const id = body && typeof body === 'object' ? (body as { prompt_id?: unknown }).prompt_id : undefined
    core.interrupt(typeof id === 'string' ? id : undefined)
    return c.body(null, 200)
  })

  app.get('/history', (c) => {
    const maxItems = optionalInt(c.req.query('max_items'))
    const offset = optionalInt(c.req.query('offset'))
    if (maxItems === null) return c.json({ error: { type: 'invalid_query', message: 'max_items must be an integer', details: 'max_items', extra_info: {} } }, 400)
    if (offset === null) return c.json({ error: { type: 'invalid_query', message: 'offset must be an integer', details: 'offset', extra_info: {} } }, 400)
    return c.json(core.history(maxItems, offset ?? -1))
  })
  app.get('/history/:id', (c) => c.json(core.historyEntry(c.req.param('id'))))
  app.post('/history', async (c) => {
    try {
      core.editHistory(await jsonBody(c))
    } catch {
      return badJson(c, 'body')
    }
    return c.body(null, 200)
  })

  app.get('/object_info', (c) => c.json(core.objectInfo()))
  app.get('/object_info/:cls', (c) => {
    const cls = c.req.param('cls')
    const info = core.objectInfo(cls)[cls]
    return c.json(info ? { [cls]: info } : {})
  })

  app.get('/models', (c) => c.json(core.modelFolders()))
  app.get('/models/:folder', (c) => {
    const files = core.modelFiles(c.req.param('folder'))
    return files ? c.json(files) : c.body(null, 404)
  })
  app.get('/view_metadata/:folder', (c) => {
    const filename = c.req.query('filename')
    if (!filename || !filename.endsWith('.safetensors')) return c.body(null, 404)
    const meta = core.modelMetadata(c.req.param('folder'), filename)
    return meta ? c.json(meta) : c.body(null, 404)
  })
  app.get('/embeddings', (c) => c.json((core.modelFiles('embeddings') ?? []).map((f) => f.replace(/\.[^.]+$/, ''))))
  app.get('/extensions', (c) => c.json([]))
  app.get('/system_stats', (c) => c.json(core.systemStats()))
  app.get('/features', (c) => c.json(core.features()))
  app.get('/distributed/config', (c) => {
    const config = core.distributedConfig()
    return config ? c.json(config) : c.body(null, 404)
  })

  app.post('/upload/image', (c) => uploadImage(c, core.folders))
  app.get('/view', async (c) => ((await core.viewKills(c.req.query('filename') ?? '')) ? c.body(null, 500) : viewFile(c, core.folders)))

  app.post('/free', async (c) => {
    try {
      core.free(await jsonBody(c))
    } catch {
      return badJson(c, 'body')
    }
    return c.body(null, 200)
  })
  return app
}

/** ComfyUI's origin_only_middleware: a loopback Host with a different Origin (host:port) gets 403. */
export function originRefused(host: string | undefined, origin: string | undefined): boolean {
  if (!host || !origin) return false
  let hostUrl: URL
  let originUrl: URL
  try {
    hostUrl = new URL(`http://${host.toLowerCase()}`)
    originUrl = new URL(origin.toLowerCase())
  } catch {
    return false
  }
  const loopback = ['localhost', '127.0.0.1', '[::1]'].includes(hostUrl.hostname) || hostUrl.hostname.startsWith('127.')
  if (!loopback) return false
  const hostSide = originUrl.port ? hostUrl.host : hostUrl.hostname
  const originSide = hostUrl.port ? originUrl.host : originUrl.hostname
  return hostSide !== originSide
}

export function createSimApp(core: SimRouteCore, opts: { checkOrigin?: boolean } = {}): Hono {
  const app = new Hono()
  if (opts.checkOrigin) {
    app.use('*', async (c, next) => {
      if (originRefused(c.req.header('host'), c.req.header('origin'))) return c.body(null, 403)
      await next()
    })
  }
  const api = routes(core)
  app.route('/api', api)
  app.route('/', api)
  // Not a ComfyUI route: the load counter, for the demo and benches that run the sims in another process.
  app.get('/sim/model_loads', (c) => c.json(core.modelLoads()))
  return app
}
