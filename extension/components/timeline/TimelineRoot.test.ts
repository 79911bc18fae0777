import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobWithSegments } from '../../../sidecar/contract'
import { useNavigationStore } from '../../stores/navigationStore'
import { useTimelineStore } from '../../stores/timelineStore'
import { jobWithSegments, segment } from '../../testing/fixtures'
import { SilentEventSource, installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import TimelineRoot from './TimelineRoot.vue'
import { TIMELINE_KEYS } from '../../domain/timelineKeys'
import { timelinePrimeVue } from './primeVue'

let host: FakeHost

const params = { ...jobWithSegments([]).parameters, frames: 17, fps: 16 }
const walk = (): JobWithSegments =>
  jobWithSegments(
    [
      segment({ idx: 0, frames: 17 }),
      segment({ idx: 1, frames: 16, take: 2, take_count: 3, locked: true, seam: 4.2, seam_warning: true }),
      segment({ idx: 2, frames: 16, stale: true }),
      segment({ idx: 3, status: 'planned', frames: null, video: null, last_frame: null, prompt: 'the fox lies down' }),
    ],
    { status: 'running', parameters: params }
  )

async function mountTimeline(job: JobWithSegments) {
  host.on(`GET /longvideo/api/jobs/${job.id}`, { body: job })
  host.on('GET /longvideo/api/jobs', { body: { jobs: [job], total: 1 } })
  const pinia = createPinia()
  setActivePinia(pinia)
  useNavigationStore().openJob(job.id)
  const view = mount(TimelineRoot, { global: { plugins: [pinia, timelinePrimeVue] }, attachTo: document.body })
  await vi.waitFor(() => expect(view.findAll('[data-testid="timeline-clip"]')).toHaveLength(job.segments.length))
  return view
}

describe('the timeline workspace', () => {
  beforeEach(() => {
    host = installFakeHost()
    vi.stubGlobal('EventSource', SilentEventSource)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('shows one clip per segment with its take, lock, stale mark and a planned clip with its prompt', async () => {
    const view = await mountTimeline(walk())
    const clips = view.findAll('[data-testid="timeline-clip"]')
    expect(clips.map((c) => c.attributes('data-frames'))).toEqual(['17', '16', '16', '16'])
    expect(clips[1]!.text()).toContain('take 2/3')
    expect(clips[1]!.find('.pi-lock').exists()).toBe(true)
    expect(clips[2]!.find('[data-testid="clip-stale"]').exists()).toBe(true)
    expect(clips[3]!.text()).toContain('the fox lies down')
    expect(clips[3]!.classes()).toContain('lv-tl-clip--planned')
    // The join into segment 2 carries its seam meter value, coloured as a warning.
    const join = view.get('[data-testid="timeline-join"][data-after="0"]')
    expect(join.classes()).toContain('lv-tl-join--warn')
    expect(join.attributes('aria-label')).toContain('seam meter 4.2 (above the threshold)')
    // The counter covers the final only: planned segments are not in it yet.
    expect(view.get('[data-testid="timeline-counter"]').attributes('data-total')).toBe('49')
  })

  it('moves the playhead frame by frame and by clip with the keys, and never past the final', async () => {
    const view = await mountTimeline(walk())
    const root = view.get('[data-testid="timeline-view"]')
    const frame = () => Number(view.get('[data-testid="timeline-counter"]').attributes('data-frame'))
    await root.trigger('keydown', { key: 'ArrowRight' })
    await root.trigger('keydown', { key: 'ArrowRight' })
    expect(frame()).toBe(2)
    await root.trigger('keydown', { key: 'ArrowDown' })
    expect(frame()).toBe(17)
    await root.trigger('keydown', { key: 'ArrowRight', shiftKey: true })
    expect(frame()).toBe(33)
    await root.trigger('keydown', { key: 'End' })
    expect(frame()).toBe(48)
    await root.trigger('keydown', { key: 'ArrowRight' })
    expect(frame()).toBe(48)
    await root.trigger('keydown', { key: 'ArrowUp' })
    expect(frame()).toBe(33)
    // Keys with Ctrl/Alt belong to the host.
    await root.trigger('keydown', { key: 'ArrowRight', ctrlKey: true })
    expect(frame()).toBe(33)
  })

  it('stops playing when the view closes and comes back paused at the same frame', async () => {
    const view = await mountTimeline(walk())
    const timeline = useTimelineStore()
    const root = view.get('[data-testid="timeline-view"]')
    await root.trigger('keydown', { key: 'ArrowDown' })
    await root.trigger('keydown', { key: ' ' })
    expect(timeline.rate).toBe(1)
    const at = timeline.frame
    view.unmount()
    expect([timeline.rate, timeline.frame]).toEqual([0, at])
    const again = mount(TimelineRoot, { global: { plugins: [timelinePrimeVue] }, attachTo: document.body })
    await vi.waitFor(() => expect(again.findAll('[data-testid="timeline-clip"]')).toHaveLength(4))
    expect(timeline.rate).toBe(0)
    expect(Number(again.get('[data-testid="timeline-counter"]').attributes('data-frame'))).toBe(at)
  })

  it('follows the finalize options the job view edits: a crossfade shortens the final at once', async () => {
    const view = await mountTimeline(walk())
    const timeline = useTimelineStore()
    timeline.setDraft(1, { ...timeline.draftOf(1), crossfades: { 0: 8 } })
    await flushPromises()
    expect(view.get('[data-testid="timeline-counter"]').attributes('data-total')).toBe('41')
    expect(view.get('[data-testid="timeline-join"][data-after="0"]').attributes('aria-label')).toContain('crossfade 8 frames')
  })

  it('draws drift per segment, the seam meter per join and seconds per segment under the clips, on the track\'s axis', async () => {
    const job = walk()
    job.segments = job.segments.map((seg) => (seg.status === 'done' ? { ...seg, drift: 1 + seg.idx, take_times: [{ take: seg.take, ms: 4000 + seg.idx * 1000 }] } : seg))
    const view = await mountTimeline(job)
    const clip = view.get('[data-testid="timeline-clip"][data-idx="1"]')
    const left = parseFloat(clip.attributes('style')!.match(/left: ([\d.]+)px/)![1]!)
    const width = parseFloat(clip.attributes('style')!.match(/width: ([\d.]+)px/)![1]!) + 2
    const center = (el: { attributes(n: string): string | undefined }) => Number(el.attributes('x')) + Number(el.attributes('width')) / 2
    expect(center(view.get('[data-testid="timeline-drift-bar"][data-idx="1"]'))).toBeCloseTo(left + width / 2, 3)
    // A take's bar leaves a pixel between takes, so it sits within a pixel of the centre.
    expect(Math.abs(center(view.get('[data-testid="timeline-timing-bar"][data-idx="1"]')) - (left + width / 2))).toBeLessThanOrEqual(1)
    // The seam meter of the join into segment 2 stands on that join: where clip 2 begins.
    expect(center(view.get('[data-testid="timeline-seam-bar"][data-after="0"] rect'))).toBeCloseTo(left, 3)
    expect(view.findAll('[data-testid="timeline-drift-bar"]')).toHaveLength(3)
  })

  it('shows a running segment\'s state and progress on its clip', async () => {
    const job = walk()
    const progress = { value: 3, max: 10, node: '57', fraction: 0.42, phase: 'high_noise' as const, started_at: new Date().toISOString(), typical_ms: 60_000 }
    job.segments[3] = { ...job.segments[3]!, status: 'running', progress, prompt_id: 'p-3' }
    const view = await mountTimeline(job)
    const clip = view.get('[data-testid="timeline-clip"][data-idx="3"]')
    expect(clip.classes()).toContain('lv-tl-clip--running')
    expect(clip.get('[data-status="running"]').text()).toBe('Running')
    expect(clip.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('42')
  })

  it('lists every key in the help popover', async () => {
    const view = await mountTimeline(walk())
    await view.get('[data-testid="timeline-view"]').trigger('keydown', { key: '?' })
    // PrimeVue's Popover, appended to body: every key of the table, each with its text, and the focus in it.
    await vi.waitFor(() => expect(document.querySelector('[data-testid="timeline-keys"]')).not.toBeNull())
    const keys = document.querySelector('[data-testid="timeline-keys"]')?.textContent ?? ''
    for (const k of [...TIMELINE_KEYS.map((x) => x.label), 'Run the planned segment that waits', 'Edit the join after the selected segment']) expect(keys).toContain(k)
    await vi.waitFor(() => expect(document.activeElement?.getAttribute('data-testid')).toBe('timeline-keys'))
    await view.get('[data-testid="timeline-view"]').trigger('keydown', { key: '?' })
    await vi.waitFor(() => expect(document.querySelector('[data-testid="timeline-keys"]')).toBeNull())
  })
})
