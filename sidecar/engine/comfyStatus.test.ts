// What the log says about ComfyUI's reachability: nothing while it starts after us, one line when it
// answers, one warning per outage.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ComfyClient, ComfyUnreachable } from '../comfy/comfyClient'
import type { QueueSnapshot } from '../comfy/comfyClient'
import { openDatabase } from '../db/database'
import type { Logger } from '../log'
import { BackendPool, MAIN_BACKEND } from './backendPool'
import { ComfyStatus, STARTUP_GRACE_MS } from './comfyStatus'
import { EventBus } from './eventBus'

const URL = 'http://127.0.0.1:8188'

function status() {
  const lines: string[] = []
  const log: Logger = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`), error: (m) => lines.push(`ERROR ${m}`) }
  const bus = new EventBus()
  // Wired as the runner wires them: the pool holds main's reachability, ComfyStatus is told of each answer.
  let s: ComfyStatus | null = null
  const pool = new BackendPool(new ComfyClient(URL, 'test'), 'test', { message: () => {}, open: () => {}, changed: () => {}, health: (id) => id === MAIN_BACKEND && s?.mainHealth() }, log)
  s = new ComfyStatus({ db: openDatabase(':memory:'), bus, log, templates: [], outputSubfolder: () => 'longvideo' }, pool, () => true)
  const down = (why = 'connect ECONNREFUSED') => pool.noteFailure(MAIN_BACKEND, new ComfyUnreachable(URL, new Error(why)))
  const up = (queue: QueueSnapshot = { running: [], pending: [] }) => pool.sawAnswer(MAIN_BACKEND, queue)
  return { s, lines, down, up, bus }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('reachability in the log', () => {
  it('says nothing while ComfyUI is still starting, then once that it is reachable', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { s, lines, down, up } = status()
    for (let i = 0; i < 10; i++) {
      down(i % 2 ? 'connect ECONNREFUSED' : 'socket hang up')
      vi.setSystemTime(Date.now() + 3_000)
    }
    expect(lines).toEqual([])
    up()
    up()
    expect(lines).toEqual([`INFO ComfyUI at ${URL} is reachable`])
    expect(s.reachable).toBe(true)
  })

  it('warns once when ComfyUI never comes up within the grace period', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { lines, down } = status()
    down()
    vi.setSystemTime(Date.now() + STARTUP_GRACE_MS + 1)
    down()
    down('another error')
    expect(lines).toHaveLength(1)
    expect(lines[0]).toMatch(/^WARN ComfyUI at .* is not reachable: connect ECONNREFUSED \(for 60 s since the sidecar started\); retrying$/)
  })

  it('warns once per outage and says when it is back', () => {
    const { lines, down, up } = status()
    up()
    down('a')
    down('b')
    up()
    down('c')
    expect(lines).toEqual([
      `INFO ComfyUI at ${URL} is reachable`,
      `WARN ComfyUI at ${URL} is not reachable: a; retrying`,
      `INFO ComfyUI at ${URL} is reachable again`,
      `WARN ComfyUI at ${URL} is not reachable: c; retrying`,
    ])
  })
})

describe('reachability in the queue status', () => {
  it('is the pool\'s record of main: a failure any part notes shows, and one answer clears it', () => {
    const { s, down, up, bus } = status()
    const sent: unknown[] = []
    bus.subscribe((e) => sent.push(e))
    up({ running: ['a'], pending: ['b', 'c'] })
    expect(s.queueStatus().comfyui).toMatchObject({ url: URL, reachable: true, error: null, queue_running: 1, queue_pending: 2 })
    down('connect ECONNREFUSED')
    const failed = s.queueStatus().comfyui
    expect(failed.reachable).toBe(false)
    expect(failed.error).toMatch(/connect ECONNREFUSED/)
    up()
    expect(s.queueStatus().comfyui).toMatchObject({ reachable: true, error: null, queue_running: 0, queue_pending: 0 })
    // One queue event per change the status shows: up, down, up again.
    expect(sent.filter((e) => (e as { type: string }).type === 'queue')).toHaveLength(3)
  })
})
