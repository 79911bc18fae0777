// The sidecar process: parse the CLI, take the data folder's lock, start, print the LISTENING line.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, parseConfig, USAGE } from './config'
import { log } from './log'
import { newSecret, startSidecar } from './server'

const EXIT_LOCKED = 3

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/** One sidecar per database: a lock file holding our pid; a stale one (dead pid) is cleared. */
function takeLock(file: string): boolean {
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      writeFileSync(file, String(process.pid), { flag: 'wx' })
      return true
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err
      const pid = Number(readFileSync(file, 'utf8').trim())
      if (Number.isInteger(pid) && pid > 0 && pid !== process.pid && pidAlive(pid)) return false
      log.warn(`removing stale lock ${file} (pid ${pid} is gone)`)
      rmSync(file, { force: true })
    }
  }
  return false
}

/**
 * When ComfyUI exits, the pipes it read our stdout and stderr from close with it: a log line then
 * fails with EPIPE, and an unhandled stream error would end the process before it closes its database
 * and removes its lock. Nobody is left to read the line, so it is dropped.
 */
function survivePipesClosing(): void {
  for (const stream of [process.stdout, process.stderr]) stream.on('error', () => undefined)
}

async function main(): Promise<void> {
  survivePipesClosing()
  let config
  try {
    config = parseConfig(process.argv.slice(2))
  } catch (err) {
    if (err instanceof ConfigError) {
      process.stderr.write(`${err.message}\n\n${USAGE}`)
      process.exit(2)
    }
    throw err
  }
  if (config === 'help') {
    process.stdout.write(USAGE)
    return
  }
  // Read once, then out of the environment: ffmpeg and anything else we start has no use for it.
  const secret = config.secret ?? newSecret()
  delete process.env.LONGVIDEO_SECRET
  mkdirSync(config.dataDir, { recursive: true })
  const lock = path.join(config.dataDir, 'sidecar.lock')
  if (!takeLock(lock)) {
    log.error(`another sidecar (pid ${readFileSync(lock, 'utf8').trim()}) is using ${config.dataDir}; stop it first`)
    process.exit(EXIT_LOCKED)
  }
  const sidecar = await startSidecar({
    comfyuiUrl: config.comfyuiUrl,
    dataDir: config.dataDir,
    host: config.host,
    port: config.port,
    comfyInput: config.comfyInput,
    comfyOutput: config.comfyOutput,
    ffmpeg: config.ffmpeg,
    secret,
    backends: config.backends,
    ...(config.backendTimeoutMs !== null ? { backendTimeoutMs: config.backendTimeoutMs } : {}),
    affinity: config.affinity,
  }).catch((err: unknown) => {
    rmSync(lock, { force: true })
    log.error(`could not start: ${(err as Error).message}`)
    process.exit(1)
  })
  if (config.secret) {
    log.info('requests must carry the header X-LongVideo-Secret with the secret given in LONGVIDEO_SECRET')
  } else {
    // Started by hand: say how to reach it (the Python package always passes a secret).
    log.info(
      `requests must carry the header "X-LongVideo-Secret: ${secret}" (a new secret each start; set LONGVIDEO_SECRET to choose one). ` +
        `To use this sidecar from ComfyUI, start ComfyUI with LONGVIDEO_SIDECAR_URL=${sidecar.url} LONGVIDEO_SIDECAR_SECRET=${secret}`
    )
  }
  process.stdout.write(`LONGVIDEO_SIDECAR_LISTENING ${JSON.stringify({ port: sidecar.port, pid: process.pid })}\n`)

  let stopping = false
  const shutdown = async (why: string) => {
    if (stopping) return
    stopping = true
    log.info(`stopping: ${why}`)
    const finish = () => {
      rmSync(lock, { force: true })
      process.exit(0)
    }
    // A close that hangs (a stuck connection) must not keep the lock: the next ComfyUI start waits on it.
    const force = setTimeout(finish, 5_000)
    force.unref()
    await sidecar.close().catch((err: unknown) => log.error(`closing: ${(err as Error).message}`))
    finish()
  }
  process.on('SIGINT', () => void shutdown('SIGINT'))
  process.on('SIGTERM', () => void shutdown('SIGTERM'))
  if (config.exitWithStdin) {
    process.stdin.on('end', () => void shutdown('stdin closed'))
    process.stdin.on('close', () => void shutdown('stdin closed'))
    process.stdin.resume()
  }
}

void main()
