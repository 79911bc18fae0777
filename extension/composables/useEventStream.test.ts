import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ServerEvent } from '../../sidecar/contract'
import { job } from '../testing/fixtures'
import { SilentEventSource } from '../testing/fakeHost'
import { useEventStream } from './useEventStream'
import type { EventStream } from './useEventStream'

const URL = 'http://comfy.test/api/longvideo/api/events'

describe('useEventStream', () => {
  const streams: EventStream[] = []

  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('EventSource', SilentEventSource)
    SilentEventSource.instances = []
  })
  afterEach(() => {
    for (const s of streams.splice(0)) s.close()
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  function open(events: ServerEvent[] = [], opened: { n: number } = { n: 0 }) {
    const stream = useEventStream({ onEvent: (e) => events.push(e), onOpen: () => opened.n++, onDown: () => undefined }, URL)
    streams.push(stream)
    return stream
  }

  it('hands valid server events to the panel and drops malformed ones', () => {
    const events: ServerEvent[] = []
    open(events)
    const source = SilentEventSource.instances[0]!
    source.emit('job', { type: 'job', job: job({ id: 3 }) })
    source.emit('job', { type: 'job', job: { id: 'x' } })
    source.dispatchEvent(new MessageEvent('queue', { data: 'not json' }))
    source.emit('job_deleted', { type: 'job_deleted', id: 3 })
    expect(events.map((e) => e.type)).toEqual(['job', 'job_deleted'])
  })

  it('reopens the stream with a growing delay when the browser gives up on it', () => {
    open()
    const first = SilentEventSource.instances[0]!
    first.readyState = SilentEventSource.CLOSED
    first.onerror?.()
    expect(SilentEventSource.instances).toHaveLength(1)
    vi.advanceTimersByTime(1000)
    expect(SilentEventSource.instances).toHaveLength(2)
    const second = SilentEventSource.instances[1]!
    second.readyState = SilentEventSource.CLOSED
    second.onerror?.()
    vi.advanceTimersByTime(1000)
    expect(SilentEventSource.instances).toHaveLength(2)
    vi.advanceTimersByTime(1000)
    expect(SilentEventSource.instances).toHaveLength(3)
  })

  it('leaves reconnecting to the browser while the stream is only interrupted', () => {
    open()
    const first = SilentEventSource.instances[0]!
    first.readyState = SilentEventSource.CONNECTING
    first.onerror?.()
    vi.advanceTimersByTime(60_000)
    expect(SilentEventSource.instances).toHaveLength(1)
  })

  it('re-reads state on every (re)connect and stops for good when closed', () => {
    const opened = { n: 0 }
    const stream = open([], opened)
    SilentEventSource.instances[0]!.onopen?.()
    SilentEventSource.instances[0]!.onopen?.()
    expect(opened.n).toBe(2)
    stream.close()
    expect(SilentEventSource.instances[0]!.readyState).toBe(SilentEventSource.CLOSED)
    vi.advanceTimersByTime(60_000)
    expect(SilentEventSource.instances).toHaveLength(1)
  })

  it('shares one connection between the panel and the badge, and closes it with the last of them', async () => {
    const panel: ServerEvent[] = []
    const badge: ServerEvent[] = []
    const badgeOpened = { n: 0 }
    const first = open(panel)
    SilentEventSource.instances[0]!.onopen?.()
    const second = open(badge, badgeOpened)
    expect(SilentEventSource.instances).toHaveLength(1)
    // The late subscriber still reads the state once, as if it had seen the connection open.
    await Promise.resolve()
    expect(badgeOpened.n).toBe(1)
    SilentEventSource.instances[0]!.emit('job_deleted', { type: 'job_deleted', id: 3 })
    expect([panel.length, badge.length]).toEqual([1, 1])
    first.close()
    expect(SilentEventSource.instances[0]!.readyState).not.toBe(SilentEventSource.CLOSED)
    second.close()
    expect(SilentEventSource.instances[0]!.readyState).toBe(SilentEventSource.CLOSED)
  })
})
