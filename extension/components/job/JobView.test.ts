import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobWithSegments } from '../../../sidecar/contract'
import { driftAdvice } from '../../../sidecar/contract'
import { useJobsStore } from '../../stores/jobsStore'
import { useProgressStore } from '../../stores/progressStore'
import { useNavigationStore } from '../../stores/navigationStore'
import { finalVideo, job, jobWithSegments, segment } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import JobView from './JobView.vue'
import SegmentCard from './SegmentCard.vue'

let host: FakeHost

function plugins() {
  const pinia = createPinia()
  setActivePinia(pinia)
  return { pinia, global: { plugins: [pinia] as never } }
}

async function mountJob(job: JobWithSegments) {
  host.on(`GET /longvideo/api/jobs/${job.id}`, { body: job })
  const { global } = plugins()
  const view = mount(JobView, { props: { jobId: job.id }, global })
  await vi.waitFor(() => expect(view.find('[data-testid="timeline"]').exists()).toBe(true))
  return view
}

describe('a segment card', () => {
  beforeEach(() => {
    host = installFakeHost()
  })

  it('shows the phase with its pass\'s steps, the time left and how long it runs, on a bar over the whole prompt', () => {
    const { global } = plugins()
    const started = new Date(Date.now() - 65_000).toISOString()
    const progress = { value: 3, max: 10, node: '57', fraction: 0.65, phase: 'low_noise' as const, started_at: started, typical_ms: 100_000 }
    const card = mount(SegmentCard, { props: { segment: segment({ status: 'running', video: null, progress }), deletable: false }, global })
    const text = card.get('[data-testid="segment-progress"]').text()
    // The second pass: its own 3/10, while the bar is past the first pass (65 %), never back at 30 %.
    expect(text).toContain('Low noise 3/10 · about 35 s left')
    expect(text).toContain('1:05')
    expect(card.get('[role="progressbar"]').attributes('aria-valuenow')).toBe('65')
    expect(card.find('video').exists()).toBe(false)
  })

  it('says so while a redo of a finished segment runs, instead of only "Done"', () => {
    const { global } = plugins()
    useProgressStore().applyEvent({
      type: 'progress', job_id: 1, idx: 0, take: 2, prompt_id: 'redo-1', value: 4, max: 10, node: '57',
      fraction: 0.2, phase: 'high_noise', started_at: new Date().toISOString(), typical_ms: 100_000,
    })
    const card = mount(SegmentCard, { props: { segment: segment({ status: 'done', take: 1, open_takes: 1 }), deletable: false }, global })
    expect(card.get('[data-testid="segment-take-tag"]').text()).toBe('New take running')
    expect(card.get('[data-testid="segment-takes-running"]').text()).toContain('Take 2 running')
    expect(card.get('[data-testid="segment-takes-running"]').text()).toContain('High noise 4/10')
    // The chain's own take is done: its card shows no progress bar of its own.
    expect(card.find('[data-testid="segment-progress"]').exists()).toBe(false)
  })

  it('shows ComfyUI\'s error verbatim with the node that raised it', () => {
    const { global } = plugins()
    const error = {
      message: 'Allocation on device',
      node_id: '57',
      node_type: 'KSamplerAdvanced',
      exception_type: 'torch.OutOfMemoryError',
      exception_message: 'CUDA out of memory. Tried to allocate 2.00 GiB',
    }
    const card = mount(SegmentCard, { props: { segment: segment({ status: 'failed', video: null, error }), deletable: true }, global })
    const text = card.get('[data-testid="segment-error"]').text()
    expect(text).toContain('Allocation on device')
    expect(text).toContain('KSamplerAdvanced #57')
    expect(text).toContain('torch.OutOfMemoryError')
    expect(text).toContain('CUDA out of memory. Tried to allocate 2.00 GiB')
  })

  it('flags colour drift above the threshold, a stale start and the chosen take', () => {
    const { global } = plugins()
    const card = mount(SegmentCard, {
      props: { segment: segment({ take: 2, take_count: 3, stale: true, drift: 7.25, drift_warning: true }), deletable: false },
      global,
    })
    const chips = card.get('[data-testid="segment-continuity"]')
    expect(chips.text()).toContain('take 2/3')
    expect(chips.text()).toContain('stale')
    expect(chips.get('.lv-chip--warn:last-child').text()).toBe('ΔE 7.3')
    const plain = mount(SegmentCard, { props: { segment: segment(), deletable: false }, global })
    expect(plain.find('[data-testid="segment-continuity"]').exists()).toBe(false)
    expect(plain.find('[data-testid="drift-advice"]').exists()).toBe(false)
  })

  it('says under a drift warning what likely caused it and what to do, in words', () => {
    const { global } = plugins()
    const advice = driftAdvice({ idx: 2, guard: undefined, corrected: false, hasStartImage: true })
    const card = mount(SegmentCard, { props: { segment: segment({ idx: 2, drift: 7.25, drift_warning: true, drift_advice: advice }), deletable: false }, global })
    const text = card.get('[data-testid="drift-advice"]').text()
    expect(text).toContain('Colour drift ΔE 7.3.')
    expect(text).toContain('the colour guard is off')
    expect(text).toContain('Turn the colour guard on, then redo this segment.')
    // A measured drift under the threshold is a number, not a warning.
    const calm = mount(SegmentCard, { props: { segment: segment({ drift: 2.1 }), deletable: false }, global })
    expect(calm.get('[data-testid="segment-continuity"]').text()).toContain('ΔE 2.1')
    expect(calm.find('[data-testid="drift-advice"]').exists()).toBe(false)
  })

  it('plays the segment video from the sidecar, with the last frame as poster', () => {
    const { global } = plugins()
    const card = mount(SegmentCard, { props: { segment: segment({ idx: 2 }), deletable: false }, global })
    const video = card.get('video')
    expect(video.attributes('src')).toMatch(/^http:\/\/comfy\.test\/api\/longvideo\/api\/jobs\/1\/segments\/2\/video/)
    expect(video.attributes('poster')).toMatch(/\/segments\/2\/last-frame/)
    expect(card.text()).toContain('12.3 s')
    expect(card.text()).toContain('81 frames')
  })
})

describe('the job view', () => {
  beforeEach(() => {
    host = installFakeHost()
  })

  it('lays out the segments in order with their states', async () => {
    const view = await mountJob(
      jobWithSegments(
        [segment({ idx: 0 }), segment({ idx: 1, prompt: 'turns around' }), segment({ idx: 2, status: 'running', video: null, prompt: 'jumps' })],
        { status: 'running' }
      )
    )
    const cards = view.findAll('[data-testid="segment-card"]')
    expect(cards.map((c) => c.attributes('data-status'))).toEqual(['done', 'done', 'running'])
    expect(cards[1]?.text()).toContain('turns around')
    expect(view.text()).toContain('2 done (161 frames)')
    // Only the last segment may be deleted, and not while it runs.
    expect(view.findAll('[data-testid="delete-segment"]')).toHaveLength(0)
    expect(view.get('[data-testid="next-prompt"]').text()).toContain('Plan the next segment')
  })

  it('updates a running segment and the job\'s bar from progress events', async () => {
    const counts = { total: 2, planned: 1, queued: 0, running: 1, done: 0, failed: 0, cancelled: 0 }
    const view = await mountJob(
      jobWithSegments([segment({ idx: 0, status: 'running', video: null }), segment({ idx: 1, status: 'planned', video: null })], { status: 'running', counts })
    )
    const event = {
      type: 'progress' as const, job_id: 1, idx: 0, take: 1, prompt_id: 'p-0', value: 7, max: 10, node: '57',
      fraction: 0.4, phase: 'high_noise' as const, started_at: new Date(Date.now() - 40_000).toISOString(), typical_ms: 100_000,
    }
    useJobsStore().applyEvent(event)
    useProgressStore().applyEvent(event)
    await view.vm.$nextTick()
    expect(view.get('[data-testid="segment-progress"]').text()).toContain('High noise 7/10 · about 1 min left')
    // The job: 0.4 of 2 segments, this one's minute and one more usual segment to come.
    expect(view.get('[data-testid="job-progress"]').text()).toBe('Segment 1 of 2 · about 3 min left')
    expect(view.get('[data-testid="job-progress"] [role="progressbar"]').attributes('aria-valuenow')).toBe('20')
  })

  it('says in its header that new takes are being made while every segment of the chain is done', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0 }), segment({ idx: 1, open_takes: 3 })], { status: 'running' }))
    expect(view.get('[data-testid="job-status"]').text()).toBe('Takes running')
    expect(view.get('[data-testid="job-activity"]').text()).toBe('Making 3 new takes of segment 2')
    expect(view.find('[data-testid="job-progress"]').exists()).toBe(false)
  })

  it('sends the next prompt for the segment after the last one and shows the job it answers', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0 }), segment({ idx: 1 })], { status: 'awaiting_prompt' }))
    let body: unknown = null
    host.on('POST /longvideo/api/jobs/1/segments/2/prompt', (init) => {
      body = JSON.parse(String(init?.body))
      return {
        body: jobWithSegments([segment({ idx: 0 }), segment({ idx: 1 }), segment({ idx: 2, status: 'queued', video: null, prompt: 'the cat jumps down' })], {
          status: 'running',
        }),
      }
    })
    expect(view.get('[data-testid="send-next"]').text()).toBe('Run segment 3')
    await view.get('[data-testid="next-prompt-text"]').setValue('the cat jumps down')
    await view.get('[data-testid="next-prompt"]').trigger('submit')
    await vi.waitFor(() => expect(body).toEqual({ prompt: 'the cat jumps down' }))
    await vi.waitFor(() => expect(view.findAll('[data-testid="segment-card"]').map((c) => c.attributes('data-status'))).toEqual(['done', 'done', 'queued']))
    expect(view.get('[data-testid="job-status"]').text()).toBe('Running')
    expect(host.calls.filter((c) => c.route === '/longvideo/api/jobs/1')).toHaveLength(1)
  })

  it('cancels the job and shows the job the sidecar answers, without reading it again', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0, status: 'running', video: null })], { status: 'running' }))
    host.on('POST /longvideo/api/jobs/1/cancel', {
      body: jobWithSegments([segment({ idx: 0, status: 'cancelled', video: null })], { status: 'cancelled' }),
    })
    await view.get('[data-testid="cancel"]').trigger('click')
    await vi.waitFor(() => expect(view.find('[data-testid="retry"]').exists()).toBe(true))
    expect(view.get('[data-testid="segment-card"]').attributes('data-status')).toBe('cancelled')
    expect(host.toasts.map((t) => t.summary)).toEqual(['Cancelled'])
    expect(host.calls.filter((c) => c.route === '/longvideo/api/jobs/1')).toHaveLength(1)
  })

  it('says why a command was refused and keeps the job as it was', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0, status: 'failed', video: null })], { status: 'failed' }))
    host.on('POST /longvideo/api/jobs/1/retry', { status: 503, body: { error: { code: 'comfyui_unreachable', message: 'ComfyUI does not answer' } } })
    await view.get('[data-testid="retry"]').trigger('click')
    await vi.waitFor(() => expect(host.toasts).toHaveLength(1))
    expect(host.toasts[0]).toMatchObject({ severity: 'error', summary: 'Could not retry', detail: 'ComfyUI does not answer' })
    expect(view.get('[data-testid="retry"]').attributes('aria-busy')).toBe('false')
    expect(view.get('[data-testid="job-status"]').text()).toBe('Failed')
  })

  it('deletes the job and goes back to the dashboard', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0 })], { status: 'awaiting_prompt' }))
    useJobsStore().jobs = [job({ id: 1 }), job({ id: 2, name: 'other' })]
    // The panel shows the job (the dashboard is where it starts), so the wait below waits for the delete.
    useNavigationStore().openJob(1)
    host.on('DELETE /longvideo/api/jobs/1', { status: 204, body: null })
    await view.get('[data-testid="delete-job"]').trigger('click')
    await vi.waitFor(() => expect(useNavigationStore().view).toBe('dashboard'))
    expect(useJobsStore().jobs.map((j) => j.id)).toEqual([2])
    expect(useJobsStore().current).toBeNull()
  })

  it('asks before deleting the last segment and keeps it when the user says no', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0 }), segment({ idx: 1 })], { status: 'awaiting_prompt' }))
    const buttons = view.findAll('[data-testid="delete-segment"]')
    expect(buttons).toHaveLength(1)
    host.confirmAnswer = false
    await buttons[0]?.trigger('click')
    await new Promise((r) => setTimeout(r, 0))
    expect(host.calls.some((c) => c.init?.method === 'DELETE')).toBe(false)
    host.confirmAnswer = true
    host.on('DELETE /longvideo/api/jobs/1/segments/1', { body: jobWithSegments([segment({ idx: 0 })], { status: 'awaiting_prompt' }) })
    await buttons[0]?.trigger('click')
    await vi.waitFor(() => expect(host.calls.some((c) => c.init?.method === 'DELETE' && c.route.endsWith('/segments/1'))).toBe(true))
    await vi.waitFor(() => expect(view.findAll('[data-testid="segment-card"]')).toHaveLength(1))
  })

  it('offers finalize while the job waits for a prompt', async () => {
    const view = await mountJob(jobWithSegments([segment({ idx: 0 })], { status: 'awaiting_prompt' }))
    let finalized = false
    host.on('POST /longvideo/api/jobs/1/finalize', () => {
      finalized = true
      return { body: jobWithSegments([segment({ idx: 0 })], { status: 'finalizing' }) }
    })
    await view.get('[data-testid="finalize"]').trigger('click')
    await vi.waitFor(() => expect(finalized).toBe(true))
    await vi.waitFor(() => expect(view.text()).toContain('Stitching the segments…'))
  })

  it('runs a planned segment the chain waits before (inserted from the timeline) on the user\'s Run', async () => {
    const planned = segment({ idx: 1, status: 'planned', video: null, last_frame: null, frames: null, prompt: 'inserted' })
    const view = await mountJob(jobWithSegments([segment({ idx: 0 }), planned], { status: 'awaiting_prompt' }))
    host.on('POST /longvideo/api/jobs/1/continue', { body: jobWithSegments([segment({ idx: 0 }), { ...planned, status: 'queued' }], { status: 'running' }) })
    const run = view.get('[data-testid="run-waiting"]')
    expect(run.text()).toBe('Run segment 2')
    await run.trigger('click')
    await vi.waitFor(() => expect(view.get('[data-testid="job-status"]').attributes('data-status')).toBe('running'))
    expect(host.calls.filter((c) => c.route.endsWith('/continue'))).toHaveLength(1)
    expect(view.find('[data-testid="run-waiting"]').exists()).toBe(false)
  })

  it('plays the stitched video of a completed job and offers to reopen it', async () => {
    const done = jobWithSegments([segment({ idx: 0 })], {
      status: 'completed',
      final_video: finalVideo(),
    })
    const view = await mountJob(done)
    expect(view.find('[data-testid="finalize"]').exists()).toBe(false)
    expect(view.find('[data-testid="reopen"]').exists()).toBe(true)
    expect(view.get('[data-testid="final-player"]').attributes('src')).toMatch(/\/api\/longvideo\/api\/jobs\/1\/video\?v=/)
    expect(view.get('[data-testid="download"]').attributes('download')).toBe('cat_00001.mp4')
    expect(view.find('[data-testid="next-prompt"]').exists()).toBe(false)
  })

  it('offers retry for a failed job and shows why it failed', async () => {
    const view = await mountJob(
      jobWithSegments([segment({ idx: 0, status: 'failed', video: null })], { status: 'failed', error: 'Segment 1 failed: Value not in list' })
    )
    expect(view.find('[data-testid="retry"]').exists()).toBe(true)
    expect(view.get('[data-testid="job-error"]').text()).toBe('Segment 1 failed: Value not in list')
  })

  it('rewrites a planned segment\'s prompt in place', async () => {
    const view = await mountJob(
      jobWithSegments(
        [segment({ idx: 0, status: 'running', video: null }), segment({ idx: 1, status: 'planned', video: null, prompt: 'turns left' })],
        { status: 'running' }
      )
    )
    let body: unknown = null
    host.on('POST /longvideo/api/jobs/1/segments/1/prompt', (init) => {
      body = JSON.parse(String(init?.body))
      return {
        body: jobWithSegments(
          [segment({ idx: 0, status: 'running', video: null }), segment({ idx: 1, status: 'planned', video: null, prompt: 'turns right' })],
          { status: 'running' }
        ),
      }
    })
    const edits = view.findAll('[data-testid="edit-segment"]')
    expect(edits).toHaveLength(1)
    await edits[0]!.trigger('click')
    const forms = view.findAll('[data-testid="next-prompt"]')
    expect(forms).toHaveLength(2)
    const editor = forms[0]!
    expect((editor.get('textarea').element as HTMLTextAreaElement).value).toBe('turns left')
    expect(editor.get('[data-testid="send-next"]').text()).toBe('Save segment 2')
    await editor.get('textarea').setValue('turns right')
    await editor.trigger('submit')
    await vi.waitFor(() => expect(body).toEqual({ prompt: 'turns right' }))
    // The editor closes and the card shows the rewritten prompt from the answer.
    await vi.waitFor(() => expect(view.findAll('[data-testid="next-prompt"]')).toHaveLength(1))
    expect(view.findAll('[data-testid="segment-card"]')[1]?.text()).toContain('turns right')
  })
})

describe('stopping and cancelling', () => {
  beforeEach(() => {
    host = installFakeHost()
  })

  const running = () =>
    jobWithSegments([segment({ idx: 0 }), segment({ idx: 1, status: 'running', video: null, prompt_id: 'p-1' })], { status: 'running' })

  it('stops only the running segment, without asking', async () => {
    const view = await mountJob(running())
    const after = jobWithSegments([segment({ idx: 0 }), segment({ idx: 1, status: 'cancelled', video: null })], { status: 'awaiting_prompt' })
    host.on('POST /longvideo/api/jobs/1/segments/1/takes/1/stop', { body: after })
    await view.get('[data-testid="segment-card"][data-idx="1"] [data-testid="stop-segment"]').trigger('click')
    await vi.waitFor(() => expect(view.get('[data-testid="segment-card"][data-idx="1"]').attributes('data-status')).toBe('cancelled'))
    expect(host.calls.some((c) => c.route.endsWith('/cancel'))).toBe(false)
    // The stopped segment can run again or be rewritten; the finished one can already be finalized.
    expect(view.find('[data-testid="segment-card"][data-idx="1"] [data-testid="rerun-segment"]').exists()).toBe(true)
    expect(view.find('[data-testid="segment-card"][data-idx="1"] [data-testid="edit-segment"]').exists()).toBe(true)
    expect(view.find('[data-testid="finalize"]').exists()).toBe(true)
  })

  it('cancels the whole job only after the user confirms', async () => {
    const view = await mountJob(running())
    host.on('POST /longvideo/api/jobs/1/cancel', {
      body: jobWithSegments([segment({ idx: 0 }), segment({ idx: 1, status: 'cancelled', video: null })], { status: 'cancelled' }),
    })
    host.confirmAnswer = false
    await view.get('[data-testid="cancel"]').trigger('click')
    await flushPromises()
    expect(host.calls.some((c) => c.route.endsWith('/cancel'))).toBe(false)
    host.confirmAnswer = true
    await view.get('[data-testid="cancel"]').trigger('click')
    await vi.waitFor(() => expect(view.get('[data-testid="job-status"]').attributes('data-status')).toBe('cancelled'))
    // A cancelled job keeps its finished segment: it can be finalized, or continued.
    expect(view.find('[data-testid="finalize"]').exists()).toBe(true)
    expect(view.get('[data-testid="retry"]').text()).toBe('Continue')
  })
})
