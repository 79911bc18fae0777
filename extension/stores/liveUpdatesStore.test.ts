import { createPinia, setActivePinia } from 'pinia'
import { flushPromises } from '@vue/test-utils'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { QueueStatus } from '../../sidecar/contract'
import { SilentEventSource, installFakeHost } from '../testing/fakeHost'
import type { FakeHost } from '../testing/fakeHost'
import { job, jobWithSegments, preset14b, segment, settings } from '../testing/fixtures'
import { useJobsStore } from './jobsStore'
import { useLiveUpdatesStore } from './liveUpdatesStore'
import { useNavigationStore } from './navigationStore'
import { useQueueStore } from './queueStore'

let host: FakeHost

const queueStatus: QueueStatus = {
  comfyui: { url: 'http://127.0.0.1:8188', reachable: true, error: null, queue_running: 0, queue_pending: 0 },
  accepting: true,
    running_jobs: 0,
  ours: [],
  current: null,
}

function answerEverything(): void {
  host.on('GET /longvideo/api/health', {
    body: { ok: true, version: '0.1.0', ffmpeg: { path: 'ffmpeg', ok: true, error: null }, comfyui: { url: 'x', reachable: true, error: null }, data_dir: '/tmp' },
  })
  host.on('GET /longvideo/api/queue/status', { body: queueStatus })
  host.on('GET /longvideo/api/jobs', { body: { jobs: [job({ id: 1, name: 'Harbour' })], total: 1 } })
  host.on('GET /longvideo/api/jobs/1', { body: jobWithSegments([segment({ idx: 0, status: 'running', video: null })], { name: 'Harbour' }) })
  host.on('GET /longvideo/api/settings', { body: settings })
  host.on('GET /longvideo/api/presets', { body: { presets: [preset14b] } })
}

const reads = () => host.calls.filter((c) => (c.init?.method ?? 'GET') === 'GET').map((c) => c.route.split('?')[0])

describe('live updates', () => {
  beforeEach(() => {
    host = installFakeHost()
    vi.stubGlobal('EventSource', SilentEventSource)
    SilentEventSource.instances = []
    setActivePinia(createPinia())
    answerEverything()
  })
  afterEach(() => {
    useLiveUpdatesStore().disconnect()
    vi.unstubAllGlobals()
  })

  it('opens one stream and reads everything, the open job included', async () => {
    useNavigationStore().openJob(1)
    useJobsStore().current = jobWithSegments([], { name: 'Harbour' })
    const live = useLiveUpdatesStore()
    live.connect()
    live.connect()
    expect(SilentEventSource.instances).toHaveLength(1)
    expect(live.stream).toBe('connecting')
    await flushPromises()
    expect(reads()).toEqual(expect.arrayContaining(['/longvideo/api/health', '/longvideo/api/queue/status', '/longvideo/api/jobs', '/longvideo/api/jobs/1']))
    expect(useJobsStore().jobs.map((j) => j.name)).toEqual(['Harbour'])
    expect(useJobsStore().current?.segments).toHaveLength(1)
  })

  it('folds events into the stores and toasts a segment that failed', async () => {
    const live = useLiveUpdatesStore()
    live.connect()
    await flushPromises()
    useJobsStore().current = jobWithSegments([segment({ idx: 0, status: 'running', video: null })], { name: 'Harbour' })
    const source = SilentEventSource.instances[0]!
    source.emit('segment', { type: 'segment', segment: segment({ idx: 0, status: 'failed', video: null, error: { message: 'Out of memory', node_id: null, node_type: null, exception_type: null, exception_message: null } }) })
    source.emit('queue', { type: 'queue', queue: { ...queueStatus, accepting: false } })
    expect(useJobsStore().current?.segments[0]?.status).toBe('failed')
    expect(useQueueStore().status?.accepting).toBe(false)
    expect(host.toasts).toMatchObject([{ severity: 'error', summary: 'Segment 1 failed', detail: 'Harbour: Out of memory' }])
  })

  it('reads everything again when the stream opens again, and says when it is down', async () => {
    const live = useLiveUpdatesStore()
    live.connect()
    await flushPromises()
    const source = SilentEventSource.instances[0]!
    source.onerror?.()
    expect(live.stream).toBe('reconnecting')
    await flushPromises()
    const before = reads().filter((r) => r === '/longvideo/api/jobs').length
    source.onopen?.()
    expect(live.stream).toBe('open')
    await flushPromises()
    expect(reads().filter((r) => r === '/longvideo/api/jobs').length).toBe(before + 1)
  })

  it('closes the stream when disconnected', async () => {
    const live = useLiveUpdatesStore()
    live.connect()
    await flushPromises()
    live.disconnect()
    expect(SilentEventSource.instances[0]!.readyState).toBe(SilentEventSource.CLOSED)
    expect(live.stream).toBe('idle')
  })
})
