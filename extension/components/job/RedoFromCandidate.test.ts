import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { StartCandidate, StartImageSet } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { take } from '../../testing/continuityFixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { jobWithSegments, segment } from '../../testing/fixtures'
import RedoForm from './RedoForm.vue'

let host: FakeHost

const cand = (seed: number, chosen = false): StartCandidate => ({
  id: seed, set_id: 2, seed, status: 'done', error: null, created_at: '', finished_at: 'x',
  image: { filename: `set2_c${seed}_00001_.png`, subfolder: 'longvideo/start', type: 'output' },
  input_image: chosen ? `longvideo_start_set2_c${seed}.png` : null,
})
const kept: StartImageSet = { id: 2, job_id: 1, maker: 'wan22_14b_t2v', prompt: 'a lighthouse', negative_prompt: '', width: 832, height: 480, chosen: 5, candidates: [cand(5, true), cand(6), cand(7)], created_at: '' }

describe('a redo of segment 1 from another picture made from text', () => {
  beforeEach(() => {
    host = installFakeHost()
    host.on('GET /longvideo/api/start-images', { body: { sets: [kept] } })
  })

  it('lists the job\'s candidates with the current one marked, moves the start image to the one picked, then asks for the take', async () => {
    const order: string[] = []
    host.on('PUT /longvideo/api/jobs/1/start-image', () => {
      order.push('start-image')
      return { body: jobWithSegments([segment({ idx: 0 })], { id: 1, input_image: 'longvideo_start_set2_c7.png' }) }
    })
    host.on('POST /longvideo/api/jobs/1/segments/0/takes', () => {
      order.push('takes')
      // As the sidecar answers: the job already has its new start image.
      return { status: 201, body: { segment: segment({ idx: 0 }), takes: [take({ idx: 0 })], job: jobWithSegments([segment({ idx: 0 })], { id: 1, input_image: 'longvideo_start_set2_c7.png' }) } }
    })
    const pinia = createPinia()
    setActivePinia(pinia)
    const onSent = vi.fn()
    const form = mount(RedoForm, { props: { jobId: 1, segment: segment({ idx: 0 }), onSent }, global: { plugins: [pinia] } })
    await flushPromises()
    expect(form.findAll('[data-testid="redo-start-candidates"] .lv-cand__seed').map((s) => s.text())).toEqual(['seed 5 (now)', 'seed 6', 'seed 7'])
    expect(form.get('[data-testid="redo-candidate-5"]').attributes('aria-selected')).toBe('true')
    await form.get('[data-testid="redo-candidate-7"]').trigger('click')
    expect(form.get('[data-testid="redo-candidate-7"]').attributes('aria-selected')).toBe('true')
    await form.get('[data-testid="redo-form"]').trigger('submit')
    await vi.waitFor(() => expect(onSent).toHaveBeenCalled())
    expect(order).toEqual(['start-image', 'takes'])
    const put = host.calls.find((c) => c.route === '/longvideo/api/jobs/1/start-image')
    expect(JSON.parse(String(put?.init?.body))).toEqual({ candidate: 7 })
    expect(useJobsStore().jobs.find((j) => j.id === 1)?.input_image).toBe('longvideo_start_set2_c7.png')
  })

  it('keeps the start image when the current one stays picked, and shows nothing for later segments', async () => {
    host.on('POST /longvideo/api/jobs/1/segments/0/takes', { status: 201, body: { segment: segment({ idx: 0 }), takes: [take({ idx: 0 })], job: jobWithSegments([segment({ idx: 0 })], { id: 1 }) } })
    const pinia = createPinia()
    setActivePinia(pinia)
    const form = mount(RedoForm, { props: { jobId: 1, segment: segment({ idx: 0 }) }, global: { plugins: [pinia] } })
    await flushPromises()
    await form.get('[data-testid="redo-form"]').trigger('submit')
    await flushPromises()
    expect(host.calls.some((c) => c.route.endsWith('/start-image'))).toBe(false)
    const later = mount(RedoForm, { props: { jobId: 1, segment: segment({ idx: 1 }) }, global: { plugins: [pinia] } })
    await flushPromises()
    expect(later.find('[data-testid="redo-start-candidates"]').exists()).toBe(false)
  })
})
