import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { QueueStatus } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { useQueueStore } from '../../stores/queueStore'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { job } from '../../testing/fixtures'
import QueueCard from './QueueCard.vue'

let host: FakeHost

function status(over: Partial<QueueStatus> = {}): QueueStatus {
  return {
    comfyui: { url: 'http://127.0.0.1:8188', reachable: true, error: null, queue_running: 1, queue_pending: 1 },
    accepting: true,
    ours: [
      { prompt_id: 'a', job_id: 1, idx: 2, state: 'running' },
      { prompt_id: 'b', job_id: 2, idx: 0, state: 'pending' },
    ],
    current: { job_id: 1, idx: 2, prompt_id: 'a', node: '57', value: 5, max: 20, started_at: '', eta_ms: 95_000 },
    ...over,
  }
}

function mountCard(q: QueueStatus) {
  const pinia = createPinia()
  setActivePinia(pinia)
  useQueueStore().status = q
  useJobsStore().jobs = [job({ id: 1, name: 'Harbour at night' })]
  return mount(QueueCard, { global: { plugins: [pinia] } })
}

describe('the queue card', () => {
  beforeEach(() => {
    host = installFakeHost()
  })

  it('shows the running segment with its steps and ETA, and what waits behind it', () => {
    const card = mountCard(status())
    const current = card.get('[data-testid="queue-current"]').text()
    expect(current).toContain('Harbour at night · segment 3')
    expect(current).toContain('5/20 steps · ETA 1m 35s')
    expect(card.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('25')
    expect(card.text()).toContain('1 more of ours waiting')
  })

  it('says when ComfyUI cannot be reached', () => {
    const card = mountCard(status({ comfyui: { url: 'x', reachable: false, error: 'ECONNREFUSED', queue_running: 0, queue_pending: 0 }, current: null, ours: [] }))
    expect(card.text()).toContain('ComfyUI unreachable')
  })

  it('follows progress events of the running prompt', async () => {
    const card = mountCard(status())
    useQueueStore().applyEvent({ type: 'progress', job_id: 1, idx: 2, prompt_id: 'a', value: 15, max: 20, node: '57' })
    await card.vm.$nextTick()
    expect(card.get('[data-testid="queue-current"]').text()).toContain('15/20 steps')
  })

  it('pauses our queue and shows the status the sidecar answers', async () => {
    host.on('POST /longvideo/api/queue/stop', { body: status({ accepting: false, current: null, ours: [] }) })
    const card = mountCard(status())
    expect(card.get('[data-testid="queue-toggle"]').text()).toBe('Pause queue')
    await card.get('[data-testid="queue-toggle"]').trigger('click')
    await vi.waitFor(() => expect(card.get('[data-testid="queue-toggle"]').text()).toBe('Start queue'))
    expect(card.text()).toContain('Paused: no new segments are sent to ComfyUI')
    expect(host.calls.map((c) => `${c.init?.method ?? 'GET'} ${c.route}`)).toEqual(['POST /longvideo/api/queue/stop'])
  })

  it('says why the queue could not be paused', async () => {
    host.on('POST /longvideo/api/queue/stop', { status: 503, body: { error: { code: 'comfyui_unreachable', message: 'ComfyUI does not answer' } } })
    const card = mountCard(status())
    await card.get('[data-testid="queue-toggle"]').trigger('click')
    await vi.waitFor(() => expect(host.toasts).toHaveLength(1))
    expect(host.toasts[0]).toMatchObject({ severity: 'error', summary: 'Queue', detail: 'ComfyUI does not answer' })
    expect(card.get('[data-testid="queue-toggle"]').text()).toBe('Pause queue')
    expect(card.get('[data-testid="queue-toggle"]').attributes('aria-busy')).toBe('false')
  })
})
