// Command line and environment of the sidecar process (the Python package starts it with exactly
// these flags).
import path from 'node:path'
import { parseArgs } from 'node:util'
import { BACKEND_ID_PATTERN, backendUrlProblem, MAIN_BACKEND_ID } from './contract'

/** An extra ComfyUI backend named on the command line (not stored in settings; read-only in the panel). */
export interface CliBackend {
  id: string
  name: string
  url: string
}

export interface SidecarConfig {
  comfyuiUrl: string
  host: string
  port: number
  dataDir: string
  comfyInput: string | null
  comfyOutput: string | null
  ffmpeg: string | null
  exitWithStdin: boolean
  /** The secret requests must carry (env LONGVIDEO_SECRET only: arguments are visible in `ps`); null = make one. */
  secret: string | null
  /** --backend NAME=URL (repeatable) or LONGVIDEO_BACKENDS="name=url,name=url". */
  backends: CliBackend[]
  /** --backend-timeout SECONDS: a backend silent this long has its runs placed on another one. */
  backendTimeoutMs: number | null
  /** --no-affinity: place work first come, first served (for measuring what affinity saves). */
  affinity: boolean
}

/** Shorter secrets are refused: they could be guessed. */
export const MIN_SECRET_LENGTH = 16

export const USAGE = `Usage: node dist/sidecar.mjs --comfyui URL --data DIR [options]

  --comfyui URL         ComfyUI address (env LONGVIDEO_COMFYUI_URL; default http://127.0.0.1:8188)
  --host HOST           address to listen on (env LONGVIDEO_HOST; default 127.0.0.1, loopback only)
  --port N              port, 0 picks a free one (env LONGVIDEO_PORT; default 0)
  --data DIR            folder for the database and files (env LONGVIDEO_DATA_DIR; default ./longvideo-data)
  --comfy-input DIR     ComfyUI's input folder when on this machine (env LONGVIDEO_COMFY_INPUT)
  --comfy-output DIR    ComfyUI's output folder when on this machine (env LONGVIDEO_COMFY_OUTPUT);
                        without it, segment files are fetched through /view into DIR
  --ffmpeg PATH         ffmpeg binary (env LONGVIDEO_FFMPEG; default: ffmpeg on PATH)
  --backend NAME=URL    one more ComfyUI to run segments on (repeatable; env LONGVIDEO_BACKENDS=
                        "name=url,name=url"); NAME becomes its id (lower-case letters, digits, -)
  --backend-timeout S   seconds a backend may stay silent before its runs go to another one
                        (env LONGVIDEO_BACKEND_TIMEOUT; default 90)
  --no-affinity         place ready work first come, first served, ignoring which models each
                        backend has loaded (for comparisons)
  --exit-with-stdin     exit when stdin closes (the parent process went away)
  --help                show this text

Every request must carry the header X-LongVideo-Secret (only GET /api/health and pages of the
sidecar's own origin need none). The secret is read from the environment variable LONGVIDEO_SECRET
(at least 16 characters); without it the sidecar makes a new one and prints it on stderr.

When listening, prints one line to stdout: LONGVIDEO_SIDECAR_LISTENING {"port":N,"pid":N}
`

export class ConfigError extends Error {}

export function parseConfig(argv: string[], env: NodeJS.ProcessEnv = process.env): SidecarConfig | 'help' {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      options: {
        comfyui: { type: 'string' },
        host: { type: 'string' },
        port: { type: 'string' },
        data: { type: 'string' },
        'comfy-input': { type: 'string' },
        'comfy-output': { type: 'string' },
        ffmpeg: { type: 'string' },
        'exit-with-stdin': { type: 'boolean' },
        backend: { type: 'string', multiple: true },
        'backend-timeout': { type: 'string' },
        'no-affinity': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
      },
    }).values
  } catch (err) {
    throw new ConfigError((err as Error).message)
  }
  if (values.help) return 'help'
  const comfyuiUrl = values.comfyui ?? env.LONGVIDEO_COMFYUI_URL ?? 'http://127.0.0.1:8188'
  try {
    const u = new URL(comfyuiUrl)
    if (u.protocol !== 'http:' && u.protocol !== 'https:') throw new Error('not http')
  } catch {
    throw new ConfigError(`--comfyui must be an http(s) URL, got "${comfyuiUrl}"`)
  }
  const portText = values.port ?? env.LONGVIDEO_PORT ?? '0'
  const port = Number(portText)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new ConfigError(`--port must be 0..65535, got "${portText}"`)
  const dir = (v: string | undefined) => (v ? path.resolve(v) : null)
  const secret = env.LONGVIDEO_SECRET || null
  if (secret !== null && secret.length < MIN_SECRET_LENGTH) throw new ConfigError(`LONGVIDEO_SECRET must be at least ${MIN_SECRET_LENGTH} characters`)
  const timeoutText = values['backend-timeout'] ?? env.LONGVIDEO_BACKEND_TIMEOUT
  const timeout = timeoutText === undefined ? null : Number(timeoutText)
  if (timeout !== null && (!Number.isFinite(timeout) || timeout <= 0)) throw new ConfigError(`--backend-timeout must be a number of seconds above 0, got "${timeoutText}"`)
  const backendTexts = values.backend ?? (env.LONGVIDEO_BACKENDS ? env.LONGVIDEO_BACKENDS.split(',').filter((t) => t.trim() !== '') : [])
  return {
    backends: parseBackends(backendTexts),
    backendTimeoutMs: timeout === null ? null : Math.round(timeout * 1000),
    affinity: !(values['no-affinity'] ?? false),
    comfyuiUrl: comfyuiUrl.replace(/\/+$/, ''),
    host: values.host ?? env.LONGVIDEO_HOST ?? '127.0.0.1',
    port,
    dataDir: path.resolve(values.data ?? env.LONGVIDEO_DATA_DIR ?? 'longvideo-data'),
    comfyInput: dir(values['comfy-input'] ?? env.LONGVIDEO_COMFY_INPUT),
    comfyOutput: dir(values['comfy-output'] ?? env.LONGVIDEO_COMFY_OUTPUT),
    ffmpeg: values.ffmpeg ?? null,
    exitWithStdin: values['exit-with-stdin'] ?? false,
    secret,
  }
}

/** NAME=URL texts as backends: the id is the name in lower case with other characters as '-'; ids and urls unique. */
export function parseBackends(texts: string[]): CliBackend[] {
  const out: CliBackend[] = []
  for (const text of texts) {
    const eq = text.indexOf('=')
    if (eq <= 0) throw new ConfigError(`--backend must be NAME=URL, got "${text}"`)
    const name = text.slice(0, eq).trim()
    const url = text.slice(eq + 1).trim().replace(/\/+$/, '')
    const id = name.toLowerCase().replace(/[^a-z0-9-]+/g, '-').replace(/^-+/, '').slice(0, 32)
    if (!BACKEND_ID_PATTERN.test(id) || id === MAIN_BACKEND_ID) throw new ConfigError(`--backend ${text}: "${name}" does not make a backend id (letters or digits first; "main" is taken)`)
    const problem = backendUrlProblem(url)
    if (problem) throw new ConfigError(`--backend ${text}: the URL ${problem}`)
    if (out.some((b) => b.id === id)) throw new ConfigError(`--backend ${text}: the id "${id}" is given twice`)
    if (out.some((b) => b.url.toLowerCase() === url.toLowerCase())) throw new ConfigError(`--backend ${text}: ${url} is given twice`)
    out.push({ id, name: name.slice(0, 64), url })
  }
  return out
}
