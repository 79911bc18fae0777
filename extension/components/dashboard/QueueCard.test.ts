import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { QueueStatus } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { useProgressStore } from '../../stores/progressStore'
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
    running_jobs: 2,
    ours: [
      { prompt_id: 'a', job_id: 1, idx: 2, state: 'running' },
      { prompt_id: 'b', job_id: 2, idx: 0, state: 'pending' },
    ],
    current: {
      job_id: 1, idx: 2, take: 1, prompt_id: 'a', node: '57', value: 5, max: 10, started_at: new Date(Date.now() - 60_000).toISOString(), eta_ms: 95_000,
      fraction: 0.25, phase: 'high_noise', typical_ms: 240_000,
    },
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

  it('shows the running segment with its phase, steps, time left and a bar over the whole prompt', () => {
    const card = mountCard(status())
    const current = card.get('[data-testid="queue-current"]').text()
    expect(current).toContain('Harbour at night · segment 3')
    // A minute into a usual four-minute segment, a quarter done: three minutes to go.
    expect(current).toContain('High noise 5/10 · about 3 min left')
    expect(card.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('25')
    expect(card.text()).toContain('1 more of ours waiting')
  })

  it('says when ComfyUI cannot be reached', () => {
    const card = mountCard(status({ comfyui: { url: 'x', reachable: false, error: 'ECONNREFUSED', queue_running: 0, queue_pending: 0 }, current: null, ours: [] }))
    expect(card.text()).toContain('ComfyUI unreachable')
  })

  it('follows progress events of the running prompt, past the first pass', async () => {
    const card = mountCard(status())
    const q = status().current!
    useProgressStore().applyEvent({ type: 'progress', job_id: 1, idx: 2, take: 1, prompt_id: 'a', value: 2, max: 10, node: '58', fraction: 0.6, phase: 'low_noise', started_at: q.started_at, typical_ms: 240_000 })
    await card.vm.$nextTick()
    expect(card.get('[data-testid="queue-current"]').text()).toContain('Low noise 2/10')
    expect(card.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('60')
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
