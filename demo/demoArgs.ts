// The flags of `npm run demo`, parsed strictly: a bad flag gets the usage and exit code 2, never a stack.
import { parseArgs } from 'node:util'

export const USAGE = `Usage: npm run demo -- [--port N] [--host ADDR] [--sim-seconds N] [--backends N] [--load-seconds-per-gb S] [--data DIR]
  --port N          port of the demo page (default 8190; 0 picks a free one)
  --host ADDR       address the page listens on (default 127.0.0.1)
  --sim-seconds N   seconds the simulated ComfyUI takes per segment (default 3)
  --backends N      simulated ComfyUIs (GPUs) to start, 1 to 8 (default 1); the extra ones are added to
                    the settings as backends gpu2, gpu3, ...
  --load-seconds-per-gb S
                    seconds a simulated model load takes per GB of weights (default 0.05: the 14B
                    pair with its text encoder, about 34 GB, loads in 1.7 s)
  --data DIR        keep the jobs and the simulated ComfyUI's files in DIR (default: temporary
                    folders, removed when the demo stops)
  --help            show this text
The flags go after \`--\`: npm keeps the ones before it for itself.`

export interface DemoArgs {
  port: number
  host: string
  simSeconds: number
  backends: number
  loadSecondsPerGb: number
  dataDir: string | undefined
  help: boolean
}

const FLAGS = ['port', 'host', 'sim-seconds', 'backends', 'load-seconds-per-gb', 'data'] as const
export const MAX_DEMO_BACKENDS = 8

/** Parses argv (without node and the script); `env` is only read to spot flags npm kept for itself. */
export function parseDemoArgs(argv: string[], env: NodeJS.ProcessEnv = {}): { args: DemoArgs } | { error: string } {
  let values
  try {
    values = parseArgs({
      args: argv,
      strict: true,
      allowPositionals: false,
      options: {
        port: { type: 'string', default: '8190' },
        host: { type: 'string', default: '127.0.0.1' },
        'sim-seconds': { type: 'string', default: '3' },
        backends: { type: 'string', default: '1' },
        'load-seconds-per-gb': { type: 'string', default: '0.05' },
        data: { type: 'string' },
        help: { type: 'boolean', default: false },
      },
    }).values
  } catch (e) {
    const message = e instanceof Error ? e.message : String(e)
    // `npm run demo --port 8199` hands npm the flag and us only "8199".
    const keptByNpm = FLAGS.filter((flag) => env[`npm_config_${flag.replaceAll('-', '_')}`] !== undefined)
    const hint = keptByNpm.length
      ? `\nnpm took ${keptByNpm.map((f) => `--${f}`).join(', ')} for itself: write \`npm run demo -- --${keptByNpm[0]} ...\`.`
      : ''
    return { error: `${message}${hint}` }
  }
  const port = Number(values.port)
  if (!/^\d+$/.test(values.port) || port > 65535) return { error: `--port: expected a port number (0-65535), got "${values.port}"` }
  const simSeconds = Number(values['sim-seconds'])
  if (values['sim-seconds'].trim() === '' || !Number.isFinite(simSeconds) || simSeconds < 0) {
    return { error: `--sim-seconds: expected a number of seconds (0 or more), got "${values['sim-seconds']}"` }
  }
  const backends = Number(values.backends)
  if (!/^\d+$/.test(values.backends) || backends < 1 || backends > MAX_DEMO_BACKENDS) {
    return { error: `--backends: expected a number of simulated ComfyUIs (1-${MAX_DEMO_BACKENDS}), got "${values.backends}"` }
  }
  const loadSecondsPerGb = Number(values['load-seconds-per-gb'])
  if (values['load-seconds-per-gb'].trim() === '' || !Number.isFinite(loadSecondsPerGb) || loadSecondsPerGb < 0) {
    return { error: `--load-seconds-per-gb: expected a number of seconds (0 or more), got "${values['load-seconds-per-gb']}"` }
  }
  return { args: { port, host: values.host, simSeconds, backends, loadSecondsPerGb, dataDir: values.data, help: values.help } }
}
