// `npm run demo`: the panel in a ComfyUI stand-in page, on a simulated ComfyUI and the real sidecar.
import { parseDemoArgs, USAGE } from './demoArgs'
import { FfmpegMissingError, startDemo } from './startDemo'
import type { Demo } from './startDemo'

const parsed = parseDemoArgs(process.argv.slice(2), process.env)
if ('error' in parsed) {
  console.error(`${parsed.error}\n\n${USAGE}`)
  process.exit(2)
}
const { args } = parsed
if (args.help) {
  console.log(USAGE)
  process.exit(0)
}

// Handlers first: a Ctrl+C during start-up (or right after the ready line) must also remove the temp folders.
let demo: Demo | undefined
let stopping = false
const closeAndExit = (d: Demo) =>
  d.close().then(
    () => process.exit(0),
    (err: unknown) => {
      console.error(`The demo did not stop cleanly: ${err instanceof Error ? err.message : String(err)}`)
      process.exit(1)
    }
  )
const stop = () => {
  // A second Ctrl+C while the first one cleans up leaves at once.
  if (stopping) process.exit(130)
  stopping = true
  if (demo) void closeAndExit(demo)
}
process.on('SIGINT', stop)
process.on('SIGTERM', stop)

try {
  demo = await startDemo({
    port: args.port,
    host: args.host,
    simSeconds: args.simSeconds,
    backends: args.backends,
    loadSecondsPerGb: args.loadSecondsPerGb,
    dataDir: args.dataDir,
  })
  if (stopping) await closeAndExit(demo)
  console.log(`Open ${demo.url} and click "Long Video" in the left bar (or press Alt+L). Ctrl+C stops.`)
} catch (e) {
  if (e instanceof FfmpegMissingError) {
    console.error(`The demo needs ffmpeg. ${e.message}`)
    process.exit(1)
  }
  // A system error (port in use, folder not writable) says what is wrong in its message; others keep their stack.
  if (e instanceof Error && 'code' in e) {
    console.error(`The demo could not start: ${e.message}`)
    process.exit(1)
  }
  throw e
}
