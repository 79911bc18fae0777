import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobWithSegments } from '../../../sidecar/contract'
import { JobParameters } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { useSettingsStore } from '../../stores/settingsStore'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { jobWithSegments, preset14b, seamCaps, segment, settings } from '../../testing/fixtures'
import JobView from './JobView.vue'
import SeamJoins from './SeamJoins.vue'

let host: FakeHost

const params = (seam?: unknown) => JobParameters.parse({ ...jobWithSegments([]).parameters, ...(seam ? { seam } : {}) })

function mixedJob(seam: unknown = { mode: 'frame', joins: { '1': { mode: 'motion' } } }): JobWithSegments {
  return jobWithSegments(
    [
      segment({ idx: 0, frames: 81 }),
      segment({ idx: 1, frames: 80, seam: 7.04, seam_warning: true }),
      segment({ idx: 2, frames: 76, seam_mode: 'motion', carry: 5, seam: 1.12, locked: true }),
      segment({ idx: 3, status: 'planned', frames: null, carry: 0 }),
    ],
    { status: 'running', parameters: params(seam), seam_threshold: 3 }
  )
}

function mountJoins(job: JobWithSegments, caps = seamCaps()) {
  host.on('GET /longvideo/api/seams', { body: caps })
  const pinia = createPinia()
  setActivePinia(pinia)
  useSettingsStore().presets = [preset14b]
  useSettingsStore().settings = settings
  useJobsStore().current = job
  return mount(SeamJoins, { props: { job }, global: { plugins: [pinia] } })
}

beforeEach(() => {
  host = installFakeHost()
})

describe('the joins of the job view', () => {
  it('shows each join with its seam meter coloured against the threshold and what to try when it warns', async () => {
    const view = mountJoins(mixedJob())
    await flushPromises()
    const joins = view.findAll('[data-testid="join"]')
    expect(joins.map((j) => j.get('.lv-join__name').text())).toEqual(['1 → 2', '2 → 3', '3 → 4'])
    expect(joins.map((j) => j.get('[data-testid="seam-value"]').text())).toEqual(['7.0', '1.1', '–'])
    expect(joins.map((j) => j.attributes('data-warning'))).toEqual(['true', 'false', 'false'])
    expect(joins[0]?.get('[data-testid="seam-meter"]').classes()).toContain('lv-meter--warn')
    expect(joins[1]?.get('[data-testid="seam-meter"]').classes()).not.toContain('lv-meter--warn')
    expect(joins[2]?.get('[data-testid="seam-meter"]').classes()).toContain('lv-meter--none')
    expect(joins[0]?.get('[data-testid="seam-advice"]').text()).toBe(
      'The motion or picture jumps at this join; try motion mode (carry 5 or 9 frames), another seed for the segment after the join or a crossfade at finalize.'
    )
    expect(joins[1]?.find('[data-testid="seam-advice"]').exists()).toBe(false)
    expect(view.text()).toContain('warn above 3')
    // The meter's bar: 7.04 of a scale to twice the threshold is full; 1.12 is under the tick at 50 %.
    expect(joins[0]?.get('.lv-meter__fill').attributes('style')).toContain('width: 100%')
    expect(joins[1]?.get('.lv-meter__fill').attributes('style')).toContain('width: 18.6')
  })

  it('shows the mode of each join; a locked segment keeps its join; SVI stays disabled without KJNodes', async () => {
    const view = mountJoins(mixedJob())
    await flushPromises()
    const selects = view.findAll('[data-testid="join-mode"]')
    expect(selects.map((s) => (s.element as HTMLSelectElement).value)).toEqual(['frame', 'motion:5', 'frame'])
    expect(selects[1]?.attributes('disabled')).toBeDefined()
    expect(selects[0]?.attributes('title')).toBe('Applies when segment 2 is redone')
    expect(selects[2]?.attributes('title')).toBe('Applies when the segment after it runs')
    const svi = selects[0]?.get('option[value="svi"]')
    expect(svi?.attributes('disabled')).toBeDefined()
    expect(svi?.attributes('title')).toMatch(/WanImageToVideoSVIPro/)
  })

  it('changes one join for its redo and applies the job the sidecar answers', async () => {
    const job = mixedJob()
    const view = mountJoins(job, seamCaps({ svi: true }))
    await flushPromises()
    const answered = mixedJob({ mode: 'frame', joins: { '0': { mode: 'motion', frames: 9 }, '1': { mode: 'motion' } } })
    host.on('PUT /longvideo/api/jobs/1/seams', { body: answered })
    await view.findAll('[data-testid="join-mode"]')[0]?.setValue('motion:9')
    await vi.waitFor(() => expect(useJobsStore().current?.parameters.seam?.joins['0']).toEqual({ mode: 'motion', frames: 9 }))
    const put = host.calls.find((c) => c.init?.method === 'PUT')
    expect(JSON.parse(String(put?.init?.body))).toEqual({ joins: [{ after: 0, mode: 'motion', frames: 9 }] })
    expect(host.toasts.at(-1)).toMatchObject({ summary: 'Join 1 → 2: Motion · 9 frames', detail: 'Applies when segment 2 is redone' })
    await view.setProps({ job: answered })
    expect(view.get('[data-testid="join-made-with"]').text()).toBe('Made with Last frame; a redo of segment 2 uses Motion · 9 frames')
  })

  it('shows the join as it is when the sidecar refuses the change, with its reason', async () => {
    const view = mountJoins(mixedJob())
    await flushPromises()
    host.on('PUT /longvideo/api/jobs/1/seams', {
      status: 400,
      body: { error: { code: 'bad_request', message: 'seam.mode: SVI 2.0 Pro needs the SVI LoRA pair', field: 'seam.mode' } },
    })
    const select = view.findAll('[data-testid="join-mode"]')[0]
    await select?.setValue('motion:9')
    await vi.waitFor(() => expect(host.toasts.at(-1)?.summary).toBe('Could not change the join'))
    expect(host.toasts.at(-1)?.detail).toContain('SVI 2.0 Pro needs the SVI LoRA pair')
    await vi.waitFor(() => expect((select?.element as HTMLSelectElement).value).toBe('frame'))
  })

  it('sets the mode of joins without their own', async () => {
    const view = mountJoins(mixedJob())
    await flushPromises()
    host.on('PUT /longvideo/api/jobs/1/seams', { body: mixedJob({ mode: 'motion', motion_frames: 5 }) })
    await view.get('[data-testid="seam-default"]').setValue('motion:5')
    await vi.waitFor(() => expect(host.calls.some((c) => c.init?.method === 'PUT')).toBe(true))
    expect(JSON.parse(String(host.calls.find((c) => c.init?.method === 'PUT')?.init?.body))).toEqual({ mode: 'motion', motion_frames: 5 })
  })
})

describe('the job view header', () => {
  it('counts the chain with the carries made and the modes planned', async () => {
    host.on('GET /longvideo/api/seams', { body: seamCaps() })
    const job = mixedJob({ mode: 'frame', joins: { '1': { mode: 'motion' }, '2': { mode: 'motion', frames: 9 } } })
    host.on('GET /longvideo/api/jobs/1', { body: job })
    const pinia = createPinia()
    setActivePinia(pinia)
    useSettingsStore().presets = [preset14b]
    const view = mount(JobView, { props: { jobId: 1 }, global: { plugins: [pinia] } })
    await vi.waitFor(() => expect(view.find('[data-testid="planned-frames"]').exists()).toBe(true))
    expect(view.text()).toContain('3 done (237 frames)')
    expect(view.get('[data-testid="planned-frames"]').text()).toBe('· 309 frames when all 4 are made')
    expect(view.find('[data-testid="seam-joins"]').exists()).toBe(true)
  })
})
