// `npm run demo`: the panel in a ComfyUI stand-in page, on a simulated ComfyUI and the real sidecar.
import { parseArgs } from 'node:util'
import { FfmpegMissingError, startDemo } from './startDemo'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8190' },
    host: { type: 'string', default: '127.0.0.1' },
    'sim-seconds': { type: 'string', default: '3' },
    data: { type: 'string' },
    help: { type: 'boolean', default: false },
  },
})

if (values.help) {
  console.log('npm run demo -- [--port 8190] [--host 127.0.0.1] [--sim-seconds 3] [--data DIR]')
  process.exit(0)
}

const port = Number(values.port)
const simSeconds = Number(values['sim-seconds'])
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port: expected a port number, got "${values.port}"`)
  process.exit(2)
}
if (!Number.isFinite(simSeconds) || simSeconds < 0) {
  console.error(`--sim-seconds: expected a number of seconds, got "${values['sim-seconds']}"`)
  process.exit(2)
}

try {
  const demo = await startDemo({ port, host: values.host, simSeconds, dataDir: values.data })
  console.log(`Open ${demo.url} and click "Long Video" in the left bar (or press Alt+L). Ctrl+C stops.`)
  const stop = () => {
    void demo.close().finally(() => process.exit(0))
  }
  process.on('SIGINT', stop)
  process.on('SIGTERM', stop)
} catch (e) {
  if (e instanceof FfmpegMissingError) {
    console.error(`The demo needs ffmpeg. ${e.message}`)
    process.exit(1)
  }
  throw e
}
