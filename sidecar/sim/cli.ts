// Runs the simulated ComfyUI standalone: npx tsx sidecar/sim/cli.ts --port 8188 --root DIR --seconds N
// [--load-seconds-per-gb S] (model load time, modelLoads.ts) [--kjnodes] [--ref-pad-image] (KJNodes' SVI
// node; a newer core's WanImageToVideo.ref_pad_image)
import { parseArgs } from 'node:util'
import { startSimComfy } from './simComfy'

const { values } = parseArgs({
  options: {
    port: { type: 'string', default: '8188' },
    host: { type: 'string', default: '127.0.0.1' },
    root: { type: 'string', default: './sim-comfy' },
    seconds: { type: 'string', default: '0' },
    'load-seconds-per-gb': { type: 'string', default: '0' },
    ffmpeg: { type: 'string', default: 'ffmpeg' },
    kjnodes: { type: 'boolean', default: false },
    'ref-pad-image': { type: 'boolean', default: false },
  },
})

const port = Number(values.port)
const seconds = Number(values.seconds)
const loadSecondsPerGb = Number(values['load-seconds-per-gb'])
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`--port must be an integer 0..65535, got ${values.port}`)
  process.exit(2)
}
if (!Number.isFinite(seconds) || seconds < 0) {
  console.error(`--seconds must be a number >= 0, got ${values.seconds}`)
  process.exit(2)
}
if (!Number.isFinite(loadSecondsPerGb) || loadSecondsPerGb < 0) {
  console.error(`--load-seconds-per-gb must be a number >= 0, got ${values['load-seconds-per-gb']}`)
  process.exit(2)
}

const sim = await startSimComfy({
  root: values.root,
  port,
  host: values.host,
  segmentSeconds: seconds,
  modelLoadSecondsPerGb: loadSecondsPerGb,
  ffmpegPath: values.ffmpeg,
  kjnodes: values.kjnodes,
  refPadImage: values['ref-pad-image'],
})
console.log(`simulated ComfyUI 0.24.0 listening on ${sim.url} (root ${values.root}, ${seconds}s per segment)`)

const shutdown = (): void => {
  void sim.close().then(() => process.exit(0))
}
process.on('SIGINT', shutdown)
process.on('SIGTERM', shutdown)
