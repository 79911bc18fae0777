import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { BackendSetting } from '../../../sidecar/contract'
import { emptyDraft } from '../../domain/finalizePlan'
import { timelineLayout } from '../../domain/timeline'
import { useBackendsStore } from '../../stores/backendsStore'
import { useProgressStore } from '../../stores/progressStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { backendStatuses } from '../../testing/backendFixtures'
import { installFakeHost } from '../../testing/fakeHost'
import { jobWithSegments, segment, settings } from '../../testing/fixtures'
import TimelineInspector from '../timeline/TimelineInspector.vue'
import TimelineTrack from '../timeline/TimelineTrack.vue'
import { timelinePrimeVue } from '../timeline/primeVue'
import SegmentCard from './SegmentCard.vue'

const gpu2: BackendSetting = { id: 'second-gpu', name: 'Second GPU', url: 'http://127.0.0.1:8189', enabled: true }

function pinia(backends: BackendSetting[]) {
  const p = createPinia()
  setActivePinia(p)
  useSettingsStore().settings = { ...settings, backends }
  return p
}

const card = (p: ReturnType<typeof pinia>, over: Parameters<typeof segment>[0]) =>
  mount(SegmentCard, { props: { segment: segment({ video: null, ...over }), deletable: false }, global: { plugins: [p] } })

describe('the backend a segment runs on', () => {
  beforeEach(() => {
    installFakeHost()
  })

  it('shows on a running or queued card when there are several backends', () => {
    const p = pinia([gpu2])
    expect(card(p, { status: 'running', backend: 'second-gpu' }).get('[data-testid="segment-backend"]').text()).toBe('on Second GPU')
    expect(card(p, { status: 'queued', backend: 'main' }).get('[data-testid="segment-backend"]').text()).toBe('on This ComfyUI')
    expect(card(p, { status: 'done', backend: 'second-gpu' }).find('[data-testid="segment-backend"]').exists()).toBe(false)
    // A backend only the status list knows (from the command line) is named from it.
    useBackendsStore().backends = backendStatuses()
    expect(card(p, { status: 'running', backend: 'laptop' }).get('[data-testid="segment-backend"]').text()).toBe('on Laptop')
  })

  it('is not shown with one backend, nor for an answer without the field', () => {
    expect(card(pinia([]), { status: 'running', backend: 'main' }).find('[data-testid="segment-backend"]').exists()).toBe(false)
    const p = pinia([gpu2])
    const { backend: _none, ...old } = segment({ status: 'running', video: null })
    expect(mount(SegmentCard, { props: { segment: old, deletable: false }, global: { plugins: [p] } }).find('[data-testid="segment-backend"]').exists()).toBe(false)
  })

  it('shows on a running timeline clip', () => {
    const p = pinia([gpu2])
    const job = jobWithSegments([segment({ idx: 0, status: 'done' }), segment({ idx: 1, status: 'running', video: null, backend: 'second-gpu' })])
    const track = mount(TimelineTrack, { props: { layout: timelineLayout(job, emptyDraft()), frame: 0, selected: null, pxPerFrame: 2 }, global: { plugins: [p] } })
    const clips = track.findAll('[data-testid="timeline-clip"]')
    expect(clips.map((c) => c.find('[data-testid="clip-backend"]').exists())).toEqual([false, true])
    expect(clips[1]!.get('[data-testid="clip-backend"]').text()).toBe('Second GPU')
  })

  it('shows in the timeline inspector of a running or queued segment', () => {
    const p = pinia([gpu2])
    const job = jobWithSegments([segment({ idx: 0, status: 'running', video: null, backend: 'second-gpu' }), segment({ idx: 1, status: 'planned', video: null, backend: null })])
    const inspect = (idx: number) => mount(TimelineInspector, { props: { job, idx }, global: { plugins: [p, timelinePrimeVue] } })
    expect(inspect(0).get('[data-testid="inspector-backend"]').text()).toBe('on Second GPU')
    expect(inspect(1).find('[data-testid="inspector-backend"]').exists()).toBe(false)
  })

  it('names the backend of each new take running beside the segment, from the backends statuses', () => {
    const p = pinia([gpu2])
    // The fixture's second GPU runs job 9's segment 4, take 2 (prompt p-gpu2-1).
    useBackendsStore().backends = backendStatuses(7)
    useProgressStore().applyEvent({
      type: 'progress', job_id: 9, idx: 3, take: 2, prompt_id: 'p-gpu2-1', value: 4, max: 10, node: '57',
      fraction: 0.2, phase: 'high_noise', started_at: new Date().toISOString(), typical_ms: 100_000,
    })
    const view = card(p, { job_id: 9, idx: 3, status: 'done', take: 1, open_takes: 1, backend: 'main' })
    expect(view.get('[data-testid="segment-takes-running"]').text()).toContain('Take 2 running')
    expect(view.get('[data-testid="take-run-backend"]').text()).toBe('on Second GPU')
    // A run no backend lists (its status not read yet) says nothing rather than guess.
    useBackendsStore().backends = []
    expect(card(p, { job_id: 9, idx: 3, status: 'done', take: 1, open_takes: 1 }).find('[data-testid="take-run-backend"]').exists()).toBe(false)
  })
})
