// What the log says about ComfyUI's reachability: nothing while it starts after us, one line when it
// answers, one warning per outage.
import { afterEach, describe, expect, it, vi } from 'vitest'
import { ComfyClient, ComfyUnreachable } from '../comfy/comfyClient'
import { openDatabase } from '../db/database'
import type { Logger } from '../log'
import { ComfyStatus, STARTUP_GRACE_MS } from './comfyStatus'
import { EventBus } from './eventBus'

const URL = 'http://127.0.0.1:8188'

function status() {
  const lines: string[] = []
  const log: Logger = { info: (m) => lines.push(`INFO ${m}`), warn: (m) => lines.push(`WARN ${m}`), error: (m) => lines.push(`ERROR ${m}`) }
  const s = new ComfyStatus({ db: openDatabase(':memory:'), comfy: new ComfyClient(URL, 'test'), bus: new EventBus(), log, templates: [], outputSubfolder: () => 'longvideo' }, () => true)
  const down = (why = 'connect ECONNREFUSED') => s.noteFailure(new ComfyUnreachable(URL, new Error(why)))
  return { s, lines, down }
}

afterEach(() => {
  vi.useRealTimers()
})

describe('reachability in the log', () => {
  it('says nothing while ComfyUI is still starting, then once that it is reachable', () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    const { s, lines, down } = status()
    for (let i = 0; i < 10; i++) {
      down(i % 2 ? 'connect ECONNREFUSED' : 'socket hang up')
      vi.setSystemTime(Date.now() + 3_000)
    }
    expect(lines).toEqual([])
    s.sawQueue({ running: [], pending: [] })
    s.sawQueue({ running: [], pending: [] })
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
    const { s, lines, down } = status()
    s.sawQueue({ running: [], pending: [] })
    down('a')
    down('b')
    s.sawQueue({ running: [], pending: [] })
    down('c')
    expect(lines).toEqual([
      `INFO ComfyUI at ${URL} is reachable`,
      `WARN ComfyUI at ${URL} is not reachable: a; retrying`,
      `INFO ComfyUI at ${URL} is reachable again`,
      `WARN ComfyUI at ${URL} is not reachable: c; retrying`,
    ])
  })
})
