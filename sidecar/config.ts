// Command line and environment of the sidecar process (the Python package starts it with exactly
// these flags).
import path from 'node:path'
import { parseArgs } from 'node:util'

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
  return {
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
