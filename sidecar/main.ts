// The sidecar process: parse the CLI, take the data folder's lock, start, print the LISTENING line.
import { readFileSync, rmSync, writeFileSync } from 'node:fs'
import { mkdirSync } from 'node:fs'
import path from 'node:path'
import { ConfigError, parseConfig, USAGE } from './config'
import { log } from './log'
import { startSidecar } from './server'

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

async function main(): Promise<void> {
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
  }).catch((err: unknown) => {
    rmSync(lock, { force: true })
    log.error(`could not start: ${(err as Error).message}`)
    process.exit(1)
  })
  process.stdout.write(`LONGVIDEO_SIDECAR_LISTENING ${JSON.stringify({ port: sidecar.port, pid: process.pid })}\n`)

  let stopping = false
  const shutdown = async (why: string) => {
    if (stopping) return
    stopping = true
    log.info(`stopping: ${why}`)
    const force = setTimeout(() => process.exit(0), 5_000)
    force.unref()
    await sidecar.close().catch(() => undefined)
    rmSync(lock, { force: true })
    process.exit(0)
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
