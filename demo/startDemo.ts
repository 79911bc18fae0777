// The demo: a simulated ComfyUI, the sidecar, and a page hosting the panel the way ComfyUI's sidebar does.
import { execFile } from 'node:child_process'
import { readFile, realpath } from 'node:fs/promises'
import { promisify } from 'node:util'
import http from 'node:http'
import type { IncomingMessage, ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { transform } from 'esbuild'
import { startSidecar } from '../sidecar/server'
import { startSimComfy } from '../sidecar/sim/simComfy'
import type { SimComfy } from '../sidecar/sim/simComfy'
import { backendSettings, startBackendSims } from '../sidecar/testing/backendSims'
import type { BackendSim } from '../sidecar/testing/backendSims'
import { resolveFfmpeg } from '../sidecar/video'
import { demoCanvasGraph } from './canvasGraph'
import { forward } from './proxy'

const here = path.dirname(fileURLToPath(import.meta.url))
const repo = path.join(here, '..')
/** ComfyUI serves a package's web/ under /extensions/<folder name>/. */
export const EXTENSION_URL = '/extensions/comfyui-long-video/main.js'

export interface DemoOptions {
  /** Port of the page (0 = a free one). */
  port?: number
  host?: string
  /** Simulated GPU seconds per segment. */
  simSeconds?: number
  /** Simulated ComfyUIs to start (default 1); the extra ones become settings backends gpu2, gpu3, ... */
  backends?: number
  /** Seconds a simulated model load takes per GB (sidecar/sim/modelLoads.ts); default 0. */
  loadSecondsPerGb?: number
  /** Sidecar data folder; a fresh temp folder by default (removed by close()). */
  dataDir?: string
  /**
   * Folder for the simulated ComfyUI's input/output/temp: by default `<dataDir>/simulated-comfyui` when
   * dataDir is given (the kept jobs need their segment files), else a fresh temp folder (removed by close()).
   */
  comfyRoot?: string
  log?: (line: string) => void
}

export interface Demo {
  url: string
  port: number
  comfyUrl: string
  sidecarUrl: string
  inputDir: string
  outputDir: string
  /** The simulated ComfyUI, for tests that inject faults. */
  sim: SimComfy
  /** The extra simulated ComfyUIs (DemoOptions.backends - 1). */
  backends: BackendSim[]
  close(): Promise<void>
}

export class FfmpegMissingError extends Error {}

const TYPES: Record<string, string> = {
  '.js': 'text/javascript; charset=utf-8',
  // The panel's lazily loaded chunks (web/chunks/*.mjs): a browser refuses a module of another type.
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.html': 'text/html; charset=utf-8',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.svg': 'image/svg+xml',
  '.eot': 'application/vnd.ms-fontobject',
}

/** Serves a file below `root`, refusing any path that escapes it. */
async function serveFile(res: ServerResponse, root: string, rel: string): Promise<void> {
  const realRoot = await realpath(root)
  let file: string
  try {
    file = await realpath(path.join(realRoot, path.normalize(decodeURIComponent(rel))))
  } catch {
    file = ''
  }
  if (!file || (file !== realRoot && !file.startsWith(realRoot + path.sep))) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    return
  }
  const body = await readFile(file).catch(() => null)
  if (!body) {
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
    return
  }
  res.writeHead(200, { 'Content-Type': TYPES[path.extname(file)] ?? 'application/octet-stream', 'Cache-Control': 'no-cache' })
  res.end(body)
}

/**
 * ComfyUI's default origin check (server.py, origin_only_middleware): a browser request whose Origin
 * names another host than its Host is refused when the Host is a loopback address.
 */
export function crossOrigin(req: IncomingMessage): boolean {
  const host = req.headers.host?.toLowerCase()
  const origin = req.headers.origin
  if (!host || !origin) return false
  let originHost: string
  try {
    originHost = new URL(origin).host.toLowerCase()
  } catch {
    return true
  }
  const hostname = host.startsWith('[') ? host.slice(1, host.indexOf(']')) : (host.split(':')[0] ?? '')
  const loopback = hostname === 'localhost' || hostname === '::1' || hostname.startsWith('127.')
  return loopback && originHost !== host
}

let standInCache: string | null = null
async function standInScript(): Promise<string> {
  if (standInCache) return standInCache
  const source = await readFile(path.join(here, 'page', 'comfyStandIn.ts'), 'utf8')
  standInCache = (await transform(source, { loader: 'ts', format: 'esm', target: 'es2022' })).code
  return standInCache
}

/** A test-pattern PNG, for the stand-in canvas's image nodes (a LoadImage input, a SaveImage output). */
async function writeExampleImage(ffmpeg: string, file: string): Promise<void> {
  await promisify(execFile)(ffmpeg, ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=128x96:rate=1', '-frames:v', '1', '-y', file])
}

/**
 * Puts the demo's extra sims in the sidecar's settings (PUT /api/settings, as the panel does). Backends
 * named like the demo's own (gpu2, gpu3, ... from an earlier run on the same --data) are replaced;
 * any other a user added is kept.
 */
async function useDemoBackends(sidecarUrl: string, auth: Record<string, string>, backends: BackendSim[]): Promise<void> {
  const get = await fetch(`${sidecarUrl}/api/settings`, { headers: auth })
  const current = ((await get.json()) as { backends?: Array<{ id: string }> }).backends ?? []
  const kept = current.filter((b) => !/^gpu\d+$/.test(b.id))
  if (backends.length === 0 && kept.length === current.length) return
  const res = await fetch(`${sidecarUrl}/api/settings`, {
    method: 'PUT',
    headers: { ...auth, 'content-type': 'application/json' },
    body: JSON.stringify({ backends: [...kept, ...backendSettings(backends)] }),
  })
  if (!res.ok) throw new Error(`the sidecar refused the simulated backends: ${res.status} ${await res.text()}`)
}

export async function startDemo(opts: DemoOptions = {}): Promise<Demo> {
  const log = opts.log ?? ((line: string) => console.log(line))
  const ffmpeg = resolveFfmpeg()
  if (!ffmpeg.path) {
    throw new FfmpegMissingError(
      `${ffmpeg.error ?? 'ffmpeg not found on PATH'}\nInstall it: apt-get install ffmpeg (Debian/Ubuntu), brew install ffmpeg (macOS), winget install ffmpeg (Windows).`
    )
  }
  const ffmpegPath = ffmpeg.path
  // Folders made here are removed by close(); folders the caller named are kept.
  const ownFolders: string[] = []
  const tempFolder = (label: string) => {
    const dir = mkdtempSync(path.join(tmpdir(), `longvideo-demo-${label}-`))
    ownFolders.push(dir)
    return dir
  }
  const comfyRoot = opts.comfyRoot ?? (opts.dataDir ? path.join(opts.dataDir, 'simulated-comfyui') : tempFolder('comfy'))
  mkdirSync(comfyRoot, { recursive: true })
  const dataDir = opts.dataDir ?? tempFolder('data')
  const removeOwnFolders = () => {
    for (const dir of ownFolders) rmSync(dir, { recursive: true, force: true, maxRetries: 3 })
  }
  // What has started so far, stopped in reverse if a later step fails (a port in use, say).
  const started: Array<{ close(): Promise<void> }> = []
  const undoStart = async (err: unknown): Promise<never> => {
    for (const s of started.reverse()) await s.close().catch(() => undefined)
    removeOwnFolders()
    throw err
  }
  const simOptions = { segmentSeconds: opts.simSeconds ?? 3, ffmpegPath, modelLoadSecondsPerGb: opts.loadSecondsPerGb ?? 0 }
  const sim = await startSimComfy({ root: comfyRoot, ...simOptions }).catch(undoStart)
  started.push(sim)
  const extraCount = Math.max(0, (opts.backends ?? 1) - 1)
  const backendsRoot = extraCount === 0 ? '' : opts.dataDir ? path.join(opts.dataDir, 'simulated-backends') : tempFolder('gpus')
  const backends = await startBackendSims(backendsRoot, extraCount, simOptions).catch(undoStart)
  started.push(...backends.map((b) => b.sim))
  const sidecar = await (async () => {
    await writeExampleImage(ffmpegPath, path.join(sim.inputDir, 'example.png'))
    await writeExampleImage(ffmpegPath, path.join(sim.outputDir, 'ComfyUI_00001_.png'))
    return startSidecar({
      comfyuiUrl: sim.url,
      dataDir,
      host: '127.0.0.1',
      port: 0,
      comfyInput: sim.inputDir,
      comfyOutput: sim.outputDir,
      ffmpeg: ffmpegPath,
    })
  })().catch(undoStart)
  started.push(sidecar)
  await useDemoBackends(sidecar.url, sidecar.authHeaders, backends).catch(undoStart)
  const sidecarBase = new URL(sidecar.url)
  const comfyBase = new URL(sim.url)
  // As ComfyUI's proxy (longvideo/proxy.py): the sidecar's secret added, the browser's origin and
  // credentials kept at this server, which checks the origin the way ComfyUI does.
  const toSidecar = { add: sidecar.authHeaders, drop: ['origin', 'referer', 'cookie', 'authorization'] }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://demo')
    const p = url.pathname
    const rest = p + url.search
    if (crossOrigin(req)) {
      res.writeHead(403, { 'Content-Type': 'text/plain' }).end('cross-origin request refused')
      return
    }
    // ComfyUI answers a custom route both as /longvideo/... and /api/longvideo/...; the proxy strips the prefix.
    if (p.startsWith('/api/longvideo/')) return forward(req, res, sidecarBase, rest.slice('/api/longvideo'.length), toSidecar)
    if (p.startsWith('/longvideo/')) return forward(req, res, sidecarBase, rest.slice('/longvideo'.length), toSidecar)
    if (p === '/api/extensions' || p === '/extensions') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify([EXTENSION_URL]))
      return
    }
    if (p.startsWith('/extensions/comfyui-long-video/')) return serveFile(res, path.join(repo, 'web'), p.slice('/extensions/comfyui-long-video/'.length))
    if (p.startsWith('/primeicons/')) return serveFile(res, path.join(repo, 'node_modules', 'primeicons'), p.slice('/primeicons/'.length))
    if (p === '/demo/canvas-graph.json') {
      res.writeHead(200, { 'Content-Type': 'application/json' }).end(JSON.stringify(demoCanvasGraph()))
      return
    }
    if (p === '/demo/standin.js') {
      res.writeHead(200, { 'Content-Type': TYPES['.js'] ?? 'text/javascript' }).end(await standInScript())
      return
    }
    // Everything else under /api is ComfyUI's own API (view, upload/image, models, object_info, ...).
    if (p.startsWith('/api/')) return forward(req, res, comfyBase, rest.slice('/api'.length))
    if (p === '/favicon.ico') {
      res.writeHead(204).end()
      return
    }
    if (p === '/' || p === '/index.html') return serveFile(res, path.join(here, 'page'), 'index.html')
    res.writeHead(404, { 'Content-Type': 'text/plain' }).end('not found')
  }

  const server = http.createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      log(`demo: ${req.method} ${req.url}: ${err instanceof Error ? err.message : String(err)}`)
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' })
      res.end()
    })
  })
  const host = opts.host ?? '127.0.0.1'
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject)
    server.listen(opts.port ?? 8190, host, resolve)
  }).catch(undoStart)
  const port = (server.address() as AddressInfo).port
  const url = `http://${host === '0.0.0.0' ? '127.0.0.1' : host}:${port}/`
  log(`Long Video demo: ${url}  (simulated ComfyUI ${sim.url} in ${comfyRoot}, sidecar ${sidecar.url}, data ${dataDir})`)
  for (const b of backends) log(`  backend ${b.id}: simulated ComfyUI ${b.sim.url} in ${path.dirname(b.sim.inputDir)}`)
  return {
    url,
    port,
    comfyUrl: sim.url,
    sidecarUrl: sidecar.url,
    inputDir: sim.inputDir,
    outputDir: sim.outputDir,
    sim,
    backends,
    async close() {
      server.closeAllConnections()
      await new Promise((r) => server.close(r))
      try {
        await sidecar.close()
        for (const s of [sim, ...backends.map((b) => b.sim)]) await s.close()
      } finally {
        removeOwnFolders()
      }
    },
  }
}
