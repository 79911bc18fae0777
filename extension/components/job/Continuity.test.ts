import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobWithSegments, Take } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { take } from '../../testing/continuityFixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { finalVideo, jobWithSegments, segment } from '../../testing/fixtures'
import ContinuitySettings from './ContinuitySettings.vue'
import DriftChart from './DriftChart.vue'
import FinalsList from './FinalsList.vue'
import JobView from './JobView.vue'
import NextPromptForm from './NextPromptForm.vue'
import RedoForm from './RedoForm.vue'
import StaleBanner from './StaleBanner.vue'
import TakesStrip from './TakesStrip.vue'

let host: FakeHost

function global() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { plugins: [pinia] as never }
}

function bodyOf(route: string): unknown {
  const call = host.calls.filter((c) => c.route === route).at(-1)
  return call?.init?.body === undefined ? undefined : JSON.parse(String(call.init.body))
}

const threeDone = (over: Partial<JobWithSegments> = {}) =>
  jobWithSegments(
    [segment({ idx: 0, frames: 17 }), segment({ idx: 1, frames: 16, prompt: 'it jumps' }), segment({ idx: 2, frames: 16, prompt: 'it lands' })],
    { status: 'awaiting_prompt', parameters: { ...jobWithSegments([]).parameters, frames: 17, fps: 16 }, ...over }
  )

beforeEach(() => {
  host = installFakeHost()
})

describe('the takes strip', () => {
  async function mountStrip(takes: Take[], locked = false) {
    const seg = segment({ idx: 1, take: 1, take_count: takes.length, locked })
    host.on('GET /longvideo/api/jobs/1/segments/1/takes', { body: { segment: seg, takes } })
    host.on('GET /longvideo/api/jobs/1', { body: threeDone() })
    const g = global()
    useJobsStore().current = threeDone()
    const strip = mount(TakesStrip, { props: { jobId: 1, segment: seg, jobStatus: 'awaiting_prompt' }, global: g })
    await vi.waitFor(() => expect(strip.findAll('[data-testid="take"]')).toHaveLength(takes.length))
    return strip
  }

  it('lays the takes side by side with their seed, prompt and the one that counts', async () => {
    const strip = await mountStrip([
      take({ idx: 1, take: 1 }),
      take({ idx: 1, take: 2, chosen: false, prompt: 'it leaps higher', drift: 6.2, drift_warning: true }),
    ])
    const [first, second] = strip.findAll('[data-testid="take"]')
    expect(first?.attributes('data-chosen')).toBe('true')
    expect(first?.text()).toContain('counts')
    expect(second?.text()).toContain('seed 42')
    expect(second?.text()).toContain('it leaps higher')
    expect(second?.get('.lv-warn-text').text()).toBe('ΔE 6.2')
    expect(first?.find('.lv-warn-text').exists()).toBe(false)
    expect(second?.get('video').attributes('src')).toMatch(/\/longvideo\/api\/jobs\/1\/segments\/1\/takes\/2\/video\?v=/)
    expect(second?.get('video').attributes('poster')).toMatch(/\/takes\/2\/last-frame\?v=/)
    // Only a finished take that does not count yet can be chosen.
    expect(first?.find('[data-testid="choose-take"]').exists()).toBe(false)
    expect(second?.find('[data-testid="choose-take"]').exists()).toBe(true)
  })

  it('chooses a take and applies the job the sidecar answers, without reading it again', async () => {
    const strip = await mountStrip([take({ idx: 1, take: 1 }), take({ idx: 1, take: 2, chosen: false })])
    const chosen = threeDone()
    chosen.segments[1] = segment({ idx: 1, frames: 16, prompt: 'it jumps', take: 2, take_count: 2 })
    host.on('POST /longvideo/api/jobs/1/segments/1/takes/2/choose', { body: chosen })
    await strip.get('[data-take="2"] [data-testid="choose-take"]').trigger('click')
    await vi.waitFor(() => expect(useJobsStore().current?.segments[1]?.take).toBe(2))
    expect(host.calls.some((c) => c.route.endsWith('/takes/2/choose') && c.init?.method === 'POST')).toBe(true)
    expect(host.calls.filter((c) => c.route === '/longvideo/api/jobs/1')).toHaveLength(0)
  })

  it('says why a take could not be chosen', async () => {
    const strip = await mountStrip([take({ idx: 1, take: 1 }), take({ idx: 1, take: 2, chosen: false })])
    host.on('POST /longvideo/api/jobs/1/segments/1/takes/2/choose', {
      status: 409,
      body: { error: { code: 'conflict', message: 'segment 1 is locked', field: 'take' } },
    })
    await strip.get('[data-take="2"] [data-testid="choose-take"]').trigger('click')
    await vi.waitFor(() => expect(host.toasts).toHaveLength(1))
    expect(host.toasts[0]).toMatchObject({ severity: 'error', summary: 'Could not choose the take', detail: 'segment 1 is locked' })
    expect(useJobsStore().current?.segments[1]?.take).toBe(1)
  })

  it('locks the segment, and a locked one offers no other take', async () => {
    const strip = await mountStrip([take({ idx: 1, take: 1 }), take({ idx: 1, take: 2, chosen: false })])
    host.on('PUT /longvideo/api/jobs/1/segments/1/lock', { body: threeDone() })
    expect(strip.get('[data-testid="lock-take"]').text()).toBe('Lock')
    await strip.get('[data-testid="lock-take"]').trigger('click')
    await vi.waitFor(() => expect(bodyOf('/longvideo/api/jobs/1/segments/1/lock')).toEqual({ locked: true }))

    const locked = await mountStrip([take({ idx: 1, take: 1 }), take({ idx: 1, take: 2, chosen: false })], true)
    expect(locked.get('[data-testid="lock-take"]').text()).toBe('Unlock')
    expect(locked.find('[data-testid="choose-take"]').exists()).toBe(false)
  })

  it('shows a candidate still running without a video or a choice', async () => {
    const strip = await mountStrip([take({ idx: 1, take: 1 }), take({ idx: 1, take: 2, chosen: false, status: 'running', video_url: null, last_frame_url: null })])
    const running = strip.get('[data-take="2"]')
    expect(running.attributes('data-status')).toBe('running')
    expect(running.find('video').exists()).toBe(false)
    expect(running.find('[data-testid="choose-take"]').exists()).toBe(false)
    strip.unmount()
  })
})

describe('a redo', () => {
  it('keeps the segment\'s prompt unless it was rewritten, and asks for N seeds as N takes', async () => {
    host.on('POST /longvideo/api/jobs/1/segments/1/takes', { status: 201, body: { segment: segment({ idx: 1 }), takes: [take({ idx: 1 })], job: threeDone() } })
    const g = global()
    let sent = 0
    const onSent = () => void sent++
    const same = mount(RedoForm, { props: { jobId: 1, segment: segment({ idx: 1, prompt: 'it jumps', seed: 7 }), onSent }, global: g })
    expect(same.get('[data-testid="send-redo"]').text()).toBe('Redo as a new take')
    await same.get('[data-testid="redo-form"]').trigger('submit')
    await vi.waitFor(() => expect(sent).toBe(1))
    expect(bodyOf('/longvideo/api/jobs/1/segments/1/takes')).toEqual({})

    await same.get('[data-testid="redo-prompt"]').setValue('it jumps higher')
    await same.get('[data-testid="redo-fixed-seed"]').setValue(true)
    await same.get('[data-testid="redo-form"]').trigger('submit')
    await vi.waitFor(() => expect(sent).toBe(2))
    expect(bodyOf('/longvideo/api/jobs/1/segments/1/takes')).toEqual({ prompt: 'it jumps higher', seed: 7 })

    const seeds = mount(RedoForm, { props: { jobId: 1, segment: segment({ idx: 1 }), initialCount: 3, onSent }, global: g })
    expect(seeds.get('[data-testid="send-redo"]').text()).toBe('Run 3 seeds')
    // A fixed seed makes no sense for several candidates.
    expect((seeds.get('[data-testid="redo-fixed-seed"]').element as HTMLInputElement).disabled).toBe(true)
    await seeds.get('[data-testid="redo-form"]').trigger('submit')
    await vi.waitFor(() => expect(sent).toBe(3))
    expect(bodyOf('/longvideo/api/jobs/1/segments/1/takes')).toEqual({ count: 3 })
  })

  it('sends neither form without a prompt, and says what is missing', async () => {
    const next = mount(NextPromptForm, { props: { jobId: 1, idx: 3, planning: false, inheritLoras: { high: [], low: [] } }, global: global() })
    await next.get('[data-testid="next-prompt"]').trigger('submit')
    expect(next.get('[data-testid="next-prompt-error"]').text()).toBe('Write what happens next')
    const redo = mount(RedoForm, { props: { jobId: 1, segment: segment({ idx: 1 }) }, global: global() })
    await redo.get('[data-testid="redo-prompt"]').setValue('  ')
    await redo.get('[data-testid="redo-form"]').trigger('submit')
    expect(redo.get('[data-testid="redo-error"]').text()).toBe('Write the prompt of the new take')
    expect(host.calls.filter((c) => c.init?.method === 'POST')).toEqual([])
  })

  it('runs N seeds of the next segment as candidates from the next-prompt form', async () => {
    const withFourth = threeDone({ status: 'running' })
    withFourth.segments.push(segment({ idx: 3, status: 'queued', video: null, prompt: 'the cat sleeps' }))
    host.on('POST /longvideo/api/jobs/1/segments/3/takes', { status: 201, body: { segment: withFourth.segments[3], takes: [take({ idx: 3 })], job: withFourth } })
    const form = mount(NextPromptForm, {
      props: { jobId: 1, idx: 3, planning: false, inheritLoras: { high: [], low: [] } },
      global: global(),
    })
    await form.get('[data-testid="next-prompt-text"]').setValue('the cat sleeps')
    await form.get('[data-testid="next-seeds"]').setValue('4')
    expect(form.get('[data-testid="send-next"]').text()).toBe('Run 4 seeds of segment 4')
    await form.get('[data-testid="next-prompt"]').trigger('submit')
    await vi.waitFor(() => expect(bodyOf('/longvideo/api/jobs/1/segments/3/takes')).toEqual({ prompt: 'the cat sleeps', count: 4 }))
    expect(host.calls.some((c) => c.route.endsWith('/prompt'))).toBe(false)
    // The job it answers, with the new segment, goes to the store.
    await vi.waitFor(() => expect(useJobsStore().jobs[0]?.status).toBe('running'))
  })
})

describe('the stale banner', () => {
  const staleJob = (): JobWithSegments => ({
    ...threeDone({ stale_segments: 2 }),
    segments: [segment({ idx: 0 }), segment({ idx: 1, take: 2, take_count: 2 }), segment({ idx: 2, stale: true }), segment({ idx: 3, stale: true, locked: true })],
  })

  it('names the stale segments and says locked ones stay', () => {
    const banner = mount(StaleBanner, { props: { job: staleJob() }, global: global() })
    expect(banner.text()).toContain('Segment 2 changed take, so segments 3, 4 no longer start where the one before ends.')
    expect(banner.text()).toContain('Locked segments stay as they are')
    expect(banner.get('[data-testid="stale-rerun"]').text()).toBe('Re-run from 3')
    const none = mount(StaleBanner, { props: { job: threeDone() }, global: global() })
    expect(none.find('[data-testid="stale-banner"]').exists()).toBe(false)
  })

  it('re-runs them, or keeps them, and applies the job the sidecar answers', async () => {
    host.on('POST /longvideo/api/jobs/1/stale/rerun', { body: threeDone() })
    host.on('POST /longvideo/api/jobs/1/stale/keep', { body: threeDone() })
    const g = global()
    useJobsStore().current = staleJob()
    const banner = mount(StaleBanner, { props: { job: staleJob() }, global: g })
    await banner.get('[data-testid="stale-rerun"]').trigger('click')
    await vi.waitFor(() => expect(useJobsStore().current?.stale_segments).toBe(0))
    expect(host.calls.map((c) => `${c.init?.method ?? 'GET'} ${c.route}`)).toEqual(['POST /longvideo/api/jobs/1/stale/rerun'])
    await banner.get('[data-testid="stale-keep"]').trigger('click')
    await vi.waitFor(() => expect(host.calls.some((c) => c.route.endsWith('/stale/keep'))).toBe(true))
  })
})

describe('the drift meter', () => {
  it('draws a bar per measured segment, the threshold line, and a warning mark over bars above it', () => {
    const chart = mount(DriftChart, {
      props: {
        threshold: 5,
        segments: [
          { idx: 0, drift: 1.5, warning: false },
          { idx: 1, drift: 8, warning: true },
          { idx: 2, drift: null, warning: false },
          { idx: 3, drift: 4.9, warning: false },
        ],
      },
    })
    const line = chart.get('[data-testid="drift-threshold"]')
    const lineY = Number(line.attributes('y1'))
    const bars = chart.findAll('[data-testid="drift-bar"]')
    expect(bars.map((b) => b.attributes('data-idx'))).toEqual(['0', '1', '3'])
    const top = (idx: string) => Number(chart.get(`[data-testid="drift-bar"][data-idx="${idx}"] rect`).attributes('y'))
    // SVG y grows downwards: above the threshold is a smaller y.
    expect(top('1')).toBeLessThan(lineY)
    expect(top('0')).toBeGreaterThan(lineY)
    expect(top('3')).toBeGreaterThan(lineY)
    // Bar heights are proportional to delta E.
    const height = (idx: string) => Number(chart.get(`[data-testid="drift-bar"][data-idx="${idx}"] rect`).attributes('height'))
    expect(height('1') / height('0')).toBeCloseTo(8 / 1.5, 5)
    const marks = chart.findAll('[data-testid="drift-warning"]')
    expect(marks).toHaveLength(1)
    expect(marks[0]?.element.parentElement?.getAttribute('data-idx')).toBe('1')
    expect(chart.text()).toContain('Highest ΔE 8.0 at segment 2; 1 above 5')
  })
})

describe('the colour guard settings', () => {
  it('switches the guard on with a strength and a segment\'s frame as anchor, and off again', async () => {
    host.on('PUT /longvideo/api/jobs/1/continuity', { body: threeDone() })
    const g = global()
    useJobsStore().current = threeDone()
    const settings = mount(ContinuitySettings, { props: { job: threeDone() }, global: g })
    expect(settings.get('[data-testid="guard-state"]').text()).toBe('guard off')
    expect((settings.get('[data-testid="save-guard"]').element as HTMLButtonElement).disabled).toBe(true)
    await settings.get('[data-testid="guard-enabled"]').setValue(true)
    await settings.get('[data-testid="guard-strength"]').setValue('0.6')
    const anchors = settings.findAll('[data-testid="guard-anchor"] option').map((o) => o.text())
    expect(anchors).toEqual(['The start image', 'Segment 1, take 1: last frame', 'Segment 2, take 1: last frame', 'Segment 3, take 1: last frame'])
    await settings.get('[data-testid="guard-anchor"]').setValue('1:1')
    await settings.get('[data-testid="drift-threshold-input"]').setValue('4.5')
    await settings.get('[data-testid="guard-form"]').trigger('submit')
    await vi.waitFor(() =>
      expect(bodyOf('/longvideo/api/jobs/1/continuity')).toEqual({
        color_guard: { enabled: true, strength: 0.6, anchor: { idx: 1, take: 1 } },
        drift_threshold: 4.5,
      })
    )

    const guarded = threeDone({ parameters: { ...threeDone().parameters, color_guard: { enabled: true, strength: 0.5, anchor: 'start_image' } } })
    const on = mount(ContinuitySettings, { props: { job: guarded }, global: g })
    expect(on.get('[data-testid="guard-state"]').text()).toBe('guard on · 50%')
    await on.get('[data-testid="guard-enabled"]').setValue(false)
    await on.get('[data-testid="guard-form"]').trigger('submit')
    await vi.waitFor(() => expect(bodyOf('/longvideo/api/jobs/1/continuity')).toEqual({ color_guard: null, drift_threshold: 5 }))
  })

  it('keeps unsaved changes when a job update with the same saved settings arrives, and takes new saved ones', async () => {
    const g = global()
    const settings = mount(ContinuitySettings, { props: { job: threeDone() }, global: g })
    await settings.get('[data-testid="guard-enabled"]').setValue(true)
    await settings.get('[data-testid="drift-threshold-input"]').setValue('4')
    // A segment or drift event brings a new job object whose colour settings did not change.
    await settings.setProps({ job: threeDone({ updated_at: '2026-01-02T00:00:00.000Z' }) })
    expect((settings.get('[data-testid="guard-enabled"]').element as HTMLInputElement).checked).toBe(true)
    expect((settings.get('[data-testid="drift-threshold-input"]').element as HTMLInputElement).value).toBe('4')
    // Saved elsewhere (another tab): the form shows what is now saved.
    const saved = { enabled: true, strength: 0.5, anchor: 'start_image' as const }
    await settings.setProps({ job: threeDone({ parameters: { ...threeDone().parameters, color_guard: saved }, drift_threshold: 6 }) })
    expect(settings.get('[data-testid="guard-state"]').text()).toBe('guard on · 50%')
    expect((settings.get('[data-testid="drift-threshold-input"]').element as HTMLInputElement).value).toBe('6')
  })
})

describe('finalize options in the job view', () => {
  // A form changed in one test is saved a moment later: into that test's host, not the next one's.
  const mounted: Array<{ unmount(): void }> = []
  afterEach(async () => {
    for (const v of mounted.splice(0)) v.unmount()
    await new Promise((r) => setTimeout(r, 450))
  })

  async function mountJob(job: JobWithSegments) {
    host.on(`GET /longvideo/api/jobs/${job.id}`, { body: job })
    host.on(`PUT /longvideo/api/jobs/${job.id}/finalize-options`, (init) => ({ body: { ...job, finalize_options: JSON.parse(String(init?.body)) } }))
    for (const s of job.segments) host.on(`GET /longvideo/api/jobs/1/segments/${s.idx}/takes`, { body: { segment: s, takes: [take({ idx: s.idx })] } })
    const view = mount(JobView, { props: { jobId: job.id }, global: global() })
    mounted.push(view)
    await vi.waitFor(() => expect(view.find('[data-testid="timeline"]').exists()).toBe(true))
    return view
  }

  it('shows the frame count the joins, trims and export lead to, and sends them', async () => {
    const view = await mountJob(threeDone())
    expect(view.get('[data-testid="finalize"]').text()).toBe('Finalize · 49 frames')
    await view.get('[data-testid="finalize-options-toggle"]').trigger('click')
    const seams = view.findAll('[data-testid="seam"]')
    expect(seams.map((s) => s.get('.lv-finalize__what').text())).toEqual(['1 → 2', '2 → 3'])
    await seams[0]!.get('[data-testid="seam-type"]').setValue('crossfade')
    expect(view.get('[data-testid="final-frames"]').text()).toContain('Result: 41 frames')
    await view.get('[data-testid="seam"][data-after="0"] [data-testid="seam-frames"]').setValue('4')
    await view.get('[data-testid="trim"][data-idx="2"] [data-testid="trim-frames"]').setValue('2')
    // 17 + 16 + 16 - 2 trimmed - 4 crossfaded
    expect(view.get('[data-testid="final-frames"]').attributes('data-frames')).toBe('43')
    expect(view.get('[data-testid="final-frames"]').text()).toContain('43 frames (2.69 s at 16 fps)')
    expect((view.get('[data-testid="export-mode"]').element as HTMLSelectElement).disabled).toBe(true)
    await view.get('[data-testid="export-crf"]').setValue('23')
    await view.get('[data-testid="export-preset"]').setValue('fast')
    host.on('POST /longvideo/api/jobs/1/finalize', { body: threeDone({ status: 'finalizing' }) })
    await view.get('[data-testid="finalize"]').trigger('click')
    await vi.waitFor(() =>
      expect(bodyOf('/longvideo/api/jobs/1/finalize')).toEqual({
        mode: 'reencode',
        crf: 23,
        preset: 'fast',
        seams: [{ after: 0, type: 'crossfade', frames: 4 }],
        trim_first: [{ idx: 2, frames: 2 }],
      })
    )
  })

  it('refuses crossfades longer than a segment keeps, naming it', async () => {
    const view = await mountJob(threeDone())
    await view.get('[data-testid="finalize-options-toggle"]').trigger('click')
    await view.get('[data-testid="seam"][data-after="0"] [data-testid="seam-type"]').setValue('crossfade')
    await view.get('[data-testid="seam"][data-after="1"] [data-testid="seam-type"]').setValue('crossfade')
    await view.get('[data-testid="seam"][data-after="1"] [data-testid="seam-frames"]').setValue('9')
    expect(view.get('[data-testid="finalize-problems"]').text()).toBe('Segment 2 keeps 16 frames but its crossfades use 17')
    expect((view.get('[data-testid="finalize"]').element as HTMLButtonElement).disabled).toBe(true)
  })

  it('keeps the form with the job: saved as it changes, shown again as it was after a reload of the panel', async () => {
    // The sidecar of this test keeps what it is sent and answers it with the job, like the real one.
    let kept: unknown = null
    const serve = () => {
      host.on('GET /longvideo/api/jobs/1', () => ({ body: threeDone({ finalize_options: kept as JobWithSegments['finalize_options'] }) }))
      host.on('PUT /longvideo/api/jobs/1/finalize-options', (init) => {
        kept = JSON.parse(String(init?.body))
        return { body: threeDone({ finalize_options: kept as JobWithSegments['finalize_options'] }) }
      })
    }
    serve()
    for (const s of threeDone().segments) host.on(`GET /longvideo/api/jobs/1/segments/${s.idx}/takes`, { body: { segment: s, takes: [take({ idx: s.idx })] } })
    const first = mount(JobView, { props: { jobId: 1 }, global: global() })
    await vi.waitFor(() => expect(first.find('[data-testid="timeline"]').exists()).toBe(true))
    // Nothing kept yet: the options stay closed and nothing is sent for an untouched form.
    expect(first.find('[data-testid="finalize-options"]').exists()).toBe(false)
    await first.get('[data-testid="finalize-options-toggle"]').trigger('click')
    await new Promise((r) => setTimeout(r, 500))
    expect(host.calls.filter((c) => c.route.endsWith('/finalize-options'))).toHaveLength(0)
    await first.get('[data-testid="seam"][data-after="1"] [data-testid="seam-type"]').setValue('crossfade')
    await first.get('[data-testid="seam"][data-after="1"] [data-testid="seam-frames"]').setValue('5')
    await first.get('[data-testid="trim"][data-idx="0"] [data-testid="trim-frames"]').setValue('3')
    await first.get('[data-testid="export-crf"]').setValue('26')
    await first.get('[data-testid="export-preset"]').setValue('slow')
    await vi.waitFor(() =>
      expect(kept).toEqual({ mode: 'copy', crf: 26, preset: 'slow', seams: [{ after: 1, type: 'crossfade', frames: 5 }], trim_first: [{ idx: 0, frames: 3 }] })
    )
    // Several quick changes go out as one save (or a few), not one per keystroke.
    expect(host.calls.filter((c) => c.route.endsWith('/finalize-options')).length).toBeLessThanOrEqual(2)
    first.unmount()

    // A reload: a new page (new stores) reads the job again and shows the form as it was left, opened.
    host.calls.length = 0
    const again = mount(JobView, { props: { jobId: 1 }, global: global() })
    mounted.push(again)
    await vi.waitFor(() => expect(again.find('[data-testid="finalize-options"]').exists()).toBe(true))
    const value = (sel: string) => (again.get(sel).element as HTMLInputElement | HTMLSelectElement).value
    expect(value('[data-testid="seam"][data-after="0"] [data-testid="seam-type"]')).toBe('cut')
    expect(value('[data-testid="seam"][data-after="1"] [data-testid="seam-type"]')).toBe('crossfade')
    expect(value('[data-testid="seam"][data-after="1"] [data-testid="seam-frames"]')).toBe('5')
    expect(value('[data-testid="trim"][data-idx="0"] [data-testid="trim-frames"]')).toBe('3')
    expect(value('[data-testid="export-crf"]')).toBe('26')
    expect(value('[data-testid="export-preset"]')).toBe('slow')
    // 17 + 16 + 16 - 3 trimmed - 5 crossfaded
    expect(again.get('[data-testid="finalize"]').text()).toBe('Finalize · 41 frames')
    await new Promise((r) => setTimeout(r, 500))
    expect(host.calls.filter((c) => c.route.endsWith('/finalize-options'))).toHaveLength(0)
    expect(host.toasts).toEqual([])
  })

  it('finalizes as a plain stream copy without a body', async () => {
    const view = await mountJob(threeDone())
    host.on('POST /longvideo/api/jobs/1/finalize', { body: threeDone({ status: 'finalizing' }) })
    await view.get('[data-testid="finalize"]').trigger('click')
    await vi.waitFor(() => expect(host.calls.some((c) => c.route.endsWith('/finalize'))).toBe(true))
    expect(bodyOf('/longvideo/api/jobs/1/finalize')).toBeUndefined()
  })
})

describe('the finals list', () => {
  it('shows which takes made each final and how it was exported, newest first', () => {
    const list = mount(FinalsList, {
      props: {
        finals: [
          finalVideo({ takes: [{ idx: 0, take: 1 }, { idx: 1, take: 1 }] }),
          finalVideo({
            file: { filename: 'cat_00002.mp4', subfolder: 'longvideo', type: 'output' },
            created_at: '2026-01-01T00:05:00.000Z',
            frames: 45,
            mode: 'reencode',
            takes: [{ idx: 0, take: 1 }, { idx: 1, take: 2 }],
            export: { mode: 'reencode', crf: 18, preset: 'medium', seams: [{ after: 0, type: 'crossfade', frames: 4 }] },
          }),
        ],
      },
    })
    const rows = list.findAll('[data-testid="final-row"]')
    expect(rows[0]?.text()).toContain('cat_00002.mp4')
    expect(rows[0]?.findAll('[data-testid="final-take"]').map((t) => t.text())).toEqual(['1·t1', '2·t2'])
    expect(rows[0]?.get('[data-testid="final-export"]').text()).toBe('x264 crf 18 medium · crossfade 1→2 4f')
    expect(rows[1]?.get('[data-testid="final-export"]').text()).toBe('stream copy')
  })
})
