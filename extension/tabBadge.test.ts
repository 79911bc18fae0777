import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { QueueStatus } from '../sidecar/contract'
import type { ComfySidebarTab } from './comfy-host'
import { startTabBadge } from './tabBadge'
import { SilentEventSource, installFakeHost } from './testing/fakeHost'

function queue(runningJobs: number): QueueStatus {
  return {
    comfyui: { url: 'http://127.0.0.1:8188', reachable: true, error: null, queue_running: 0, queue_pending: 0 },
    accepting: true,
    running_jobs: runningJobs,
    ours: [],
    current: null,
  }
}

describe('the sidebar icon badge', () => {
  beforeEach(() => {
    vi.stubGlobal('EventSource', SilentEventSource)
    SilentEventSource.instances = []
  })
  afterEach(() => vi.unstubAllGlobals())

  it('shows how many jobs run, through the copy of the tab the host renders, and nothing when none runs', () => {
    const host = installFakeHost()
    // ComfyUI's store hands out its own (reactive) copies of the registered tabs.
    const rendered: ComfySidebarTab = { id: 'longvideo', title: 'Long Video', type: 'custom', render: () => undefined }
    window.comfyAPI!.app!.app!.extensionManager.sidebarTab = { sidebarTabs: [rendered] }
    const stream = startTabBadge('longvideo')!
    const source = SilentEventSource.instances[0]!
    source.emit('queue', { type: 'queue', queue: queue(2) })
    expect(rendered.iconBadge).toBe('2')
    source.emit('queue', { type: 'queue', queue: queue(0) })
    expect(rendered.iconBadge).toBe('')
    source.emit('queue', { type: 'queue', queue: queue(1) })
    source.onerror?.()
    expect(rendered.iconBadge).toBe('')
    stream.close()
    expect(host.tabs).toHaveLength(0)
  })

  it('keeps no connection open when the host has no store of tabs to show a badge from', () => {
    installFakeHost()
    expect(startTabBadge('longvideo')).toBeNull()
    expect(SilentEventSource.instances).toHaveLength(0)
  })
})
