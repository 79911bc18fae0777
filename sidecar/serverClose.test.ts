// Closing the sidecar while its poll waits for ComfyUI: the poll ends before the database closes, so
// nothing it does after ComfyUI's answer reads a closed database ("WARN poll: The database connection
// is not open" before).
import { mkdtempSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { Logger } from './log'
import { startSidecar } from './server'

const servers: http.Server[] = []
afterEach(async () => {
  for (const s of servers.splice(0)) await new Promise<void>((resolve) => s.close(() => resolve()))
})

/** A ComfyUI that answers GET /queue (empty) only after `delayMs`, and nothing else; `asked` resolves at the first /queue, `answered` says whether one was answered. */
async function slowQueueComfy(delayMs: number): Promise<{ url: string; asked: Promise<void>; answered: () => boolean }> {
  let answers = 0
  let noteAsked = () => {}
  const asked = new Promise<void>((resolve) => (noteAsked = resolve))
  const server = http.createServer((req, res) => {
    if (req.url !== '/queue') {
      res.writeHead(404).end()
      return
    }
    noteAsked()
    setTimeout(() => {
      answers++
      res.writeHead(200, { 'content-type': 'application/json' }).end('{"queue_running":[],"queue_pending":[]}')
    }, delayMs)
  })
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, asked, answered: () => answers > 0 }
}

describe('closing the sidecar', () => {
  it('waits for the poll under way, which then leaves the closed database alone', async () => {
    const comfy = await slowQueueComfy(400)
    const lines: string[] = []
    const log: Logger = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`), error: (m) => lines.push(`ERROR ${m}`) }
    const sidecar = await startSidecar({ comfyuiUrl: comfy.url, dataDir: mkdtempSync(path.join(tmpdir(), 'lv-close-')), log, pollMs: 60_000 })
    await comfy.asked
    expect(comfy.answered()).toBe(false)
    await sidecar.close()
    // close() waited for ComfyUI's answer to the poll (the first poll's request, sent at start).
    expect(comfy.answered()).toBe(true)
    // (Without that wait the answer comes after close(): give what follows it a moment to run.)
    while (!comfy.answered()) await new Promise((resolve) => setTimeout(resolve, 20))
    await new Promise((resolve) => setTimeout(resolve, 200))
    expect(lines.filter((l) => /database|poll/i.test(l))).toEqual([])
  })
})
