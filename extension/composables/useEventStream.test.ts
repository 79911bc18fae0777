import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { ServerEvent } from '../../sidecar/contract'
import { job } from '../testing/fixtures'
import { SilentEventSource } from '../testing/fakeHost'
import { useEventStream } from './useEventStream'

describe('useEventStream', () => {
  beforeEach(() => {
    vi.useFakeTimers()
    vi.stubGlobal('EventSource', SilentEventSource)
    SilentEventSource.instances = []
  })
  afterEach(() => {
    vi.useRealTimers()
    vi.unstubAllGlobals()
  })

  function open(events: ServerEvent[] = [], opened: { n: number } = { n: 0 }) {
    return useEventStream(
      { onEvent: (e) => events.push(e), onOpen: () => opened.n++, onDown: () => undefined },
      'http://comfy.test/api/longvideo/api/events'
    )
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
})
