import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest'
import type { JobWithSegments, PlannedPrompt } from '../../../sidecar/contract'
import { useNavigationStore } from '../../stores/navigationStore'
import { useTimelineStore } from '../../stores/timelineStore'
import { jobWithSegments, segment } from '../../testing/fixtures'
import { SilentEventSource, installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import TimelineRoot from './TimelineRoot.vue'
import { timelinePrimeVue } from './primeVue'

let host: FakeHost
let job: JobWithSegments
let puts: { from: number; segments: PlannedPrompt[] }[]

const params = { ...jobWithSegments([]).parameters, frames: 17, fps: 16 }
const planned = (idx: number, prompt: string) => segment({ idx, status: 'planned', frames: null, video: null, last_frame: null, prompt, seed: 100 + idx })

/** The sidecar's answer to PUT .../segments/planned: the tail from `from` on replaced. */
function answerPlanned(init?: RequestInit) {
  const body = JSON.parse(String(init?.body)) as { from: number; segments: PlannedPrompt[] }
  puts.push(body)
  job = {
    ...job,
    segments: [...job.segments.slice(0, body.from), ...body.segments.map((p, k) => planned(body.from + k, p.prompt))].map((s, k) =>
      k >= body.from ? { ...s, seed: body.segments[k - body.from]?.seed ?? s.seed } : s
    ),
  }
  return { body: job }
}

async function mountTimeline(status: JobWithSegments['status'] = 'running') {
  job = jobWithSegments(
    [segment({ idx: 0, frames: 17 }), segment({ idx: 1, frames: 16 }), planned(2, 'the fox sits'), planned(3, 'the fox sleeps')],
    { status, parameters: params }
  )
  puts = []
  host.on(`GET /longvideo/api/jobs/${job.id}`, () => ({ body: job }))
  host.on('GET /longvideo/api/jobs', () => ({ body: { jobs: [job], total: 1 } }))
  host.on(`PUT /longvideo/api/jobs/${job.id}/segments/planned`, answerPlanned)
  const pinia = createPinia()
  setActivePinia(pinia)
  useNavigationStore().openJob(job.id)
  const view = mount(TimelineRoot, { global: { plugins: [pinia, timelinePrimeVue] }, attachTo: document.body })
  await vi.waitFor(() => expect(view.findAll('[data-testid="timeline-clip"]')).toHaveLength(4))
  return view
}

const prompts = (view: Awaited<ReturnType<typeof mountTimeline>>) =>
  view.findAll('[data-testid="timeline-clip"]').map((c) => c.find('.lv-tl-clip__prompt').exists() ? c.find('.lv-tl-clip__prompt').text() : '')

describe('editing from the track', () => {
  beforeEach(() => {
    host = installFakeHost()
    vi.stubGlobal('EventSource', SilentEventSource)
  })
  afterEach(() => {
    vi.unstubAllGlobals()
    document.body.innerHTML = ''
  })

  it('moves a planned segment earlier with Alt+← and undoes it, each in one request for the planned tail', async () => {
    const view = await mountTimeline()
    await view.get('[data-testid="timeline-clip"][data-idx="3"]').trigger('click')
    expect(view.get('[data-testid="timeline-inspector"]').attributes('data-idx')).toBe('3')
    await view.get('[data-testid="timeline-view"]').trigger('keydown', { key: 'ArrowLeft', altKey: true })
    await vi.waitFor(() => expect(puts).toHaveLength(1))
    // Seeds travel with their prompts, so an undo gives back exactly what was there.
    expect(puts[0]).toEqual({ from: 2, segments: [expect.objectContaining({ prompt: 'the fox sleeps', seed: 103 }), expect.objectContaining({ prompt: 'the fox sits', seed: 102 })] })
    await flushPromises()
    expect(prompts(view).slice(2)).toEqual(['the fox sleeps', 'the fox sits'])
    expect(view.get('[data-testid="timeline-undo"]').attributes('aria-label')).toBe('Undo: Move segment 4 earlier (Ctrl+Z)')
    await view.get('[data-testid="timeline-view"]').trigger('keydown', { key: 'z', ctrlKey: true })
    await vi.waitFor(() => expect(puts).toHaveLength(2))
    await flushPromises()
    expect(puts[1]?.segments.map((s) => [s.prompt, s.seed])).toEqual([['the fox sits', 102], ['the fox sleeps', 103]])
    expect(prompts(view).slice(2)).toEqual(['the fox sits', 'the fox sleeps'])
    expect(view.get('[data-testid="timeline-undo"]').attributes('disabled')).toBeDefined()
  })

  it('inserts a planned segment after the running one and edits a planned prompt', async () => {
    const view = await mountTimeline()
    await view.get('[data-testid="timeline-clip"][data-idx="1"]').trigger('click')
    await view.get('[data-testid="inspector-new-prompt"]').setValue('the fox looks up')
    await view.get('[data-testid="inspector-insert"]').trigger('submit')
    await vi.waitFor(() => expect(puts).toHaveLength(1))
    expect(puts[0]?.from).toBe(2)
    expect(puts[0]?.segments.map((s) => s.prompt)).toEqual(['the fox looks up', 'the fox sits', 'the fox sleeps'])
    await flushPromises()
    expect(view.findAll('[data-testid="timeline-clip"]')).toHaveLength(5)
    // The new segment is selected: rewrite its prompt.
    expect(view.get('[data-testid="timeline-inspector"]').attributes('data-idx')).toBe('2')
    await view.get('[data-testid="inspector-prompt"]').setValue('the fox looks up at the moon')
    await view.get('[data-testid="inspector-save"]').trigger('click')
    await vi.waitFor(() => expect(puts).toHaveLength(2))
    expect(puts[1]?.segments[0]?.prompt).toBe('the fox looks up at the moon')
  })

  it('shows a planned segment the chain waits before as waiting, and runs it on G', async () => {
    const view = await mountTimeline('awaiting_prompt')
    const continued: number[] = []
    host.on(`POST /longvideo/api/jobs/${job.id}/continue`, () => {
      continued.push(job.id)
      job = { ...job, status: 'running' }
      return { body: job }
    })
    await view.get('[data-testid="timeline-clip"][data-idx="2"]').trigger('click')
    expect(view.get('[data-testid="inspector-waits"]').text()).toBe('Waits: nothing runs until you press Run.')
    // Only the first planned one waits for Run; the later ones follow it.
    await view.get('[data-testid="timeline-clip"][data-idx="3"]').trigger('click')
    expect(view.find('[data-testid="inspector-run"]').exists()).toBe(false)
    await view.get('[data-testid="timeline-view"]').trigger('keydown', { key: 'g' })
    await vi.waitFor(() => expect(continued).toEqual([job.id]))
  })

  it('edits a join in place: a crossfade shortens the final and undo brings the cut back', async () => {
    const view = await mountTimeline()
    const total = () => view.get('[data-testid="timeline-counter"]').attributes('data-total')
    expect(total()).toBe('33')
    await view.get('[data-testid="timeline-join"][data-after="0"]').trigger('click')
    const editor = view.get('[data-testid="timeline-join-editor"]')
    await editor.get('[data-testid="join-crossfade"]').trigger('change')
    expect(total()).toBe('25')
    await editor.get('[data-testid="join-fade"]').setValue('4')
    await editor.get('[data-testid="join-fade"]').trigger('change')
    expect(total()).toBe('29')
    expect(useTimelineStore().draftOf(job.id).crossfades).toEqual({ 0: 4 })
    await view.get('[data-testid="timeline-undo"]').trigger('click')
    await flushPromises()
    expect(total()).toBe('25')
    await view.get('[data-testid="timeline-undo"]').trigger('click')
    await flushPromises()
    expect(total()).toBe('33')
  })

  it('opens a clip\'s context menu (PrimeVue) that takes the focus, moves with the arrows and acts, and gives the focus back on Esc', async () => {
    const view = await mountTimeline()
    const menu = () => document.querySelector<HTMLElement>('[data-testid="timeline-menu"]')
    const key = (k: string) => document.activeElement?.dispatchEvent(new KeyboardEvent('keydown', { key: k, code: k, bubbles: true }))
    await view.get('[data-testid="timeline-clip"][data-idx="3"]').trigger('contextmenu', { clientX: 300, clientY: 200 })
    await vi.waitFor(() => expect(menu()).not.toBeNull())
    const list = menu()?.querySelector('ul')
    expect(list?.getAttribute('aria-label')).toBe('Segment 4')
    const items = [...(menu()?.querySelectorAll('[role="menuitem"]') ?? [])]
    expect(items.map((i) => i.querySelector('[data-id]')?.getAttribute('data-id'))).toEqual(['play', 'edit', 'insert', 'earlier', 'later', 'delete', 'new-job'])
    expect(items.map((i) => i.getAttribute('data-p-disabled'))).toEqual(['true', 'false', 'false', 'false', 'false', 'false', 'true'])
    await vi.waitFor(() => expect(document.activeElement).toBe(list))
    // The arrows move over the items that can act (Play needs a finished segment), shown by aria-activedescendant.
    const focused = () => document.getElementById(list?.getAttribute('aria-activedescendant') ?? '')?.querySelector('[data-id]')?.getAttribute('data-id')
    key('ArrowDown')
    await flushPromises()
    expect(focused()).toBe('edit')
    key('ArrowDown')
    key('ArrowDown')
    await flushPromises()
    expect(focused()).toBe('earlier')
    key('Escape')
    await vi.waitFor(() => expect(menu()).toBeNull())
    expect(document.activeElement?.getAttribute('data-idx')).toBe('3')
    // From the keyboard: the Menu key on the selected clip, then "Move earlier".
    await view.get('[data-testid="timeline-view"]').trigger('keydown', { key: 'ContextMenu' })
    await vi.waitFor(() => expect(menu()).not.toBeNull())
    menu()?.querySelector<HTMLElement>('[data-id="earlier"]')?.click()
    await vi.waitFor(() => expect(puts).toHaveLength(1))
    expect(puts[0]?.segments.map((p) => p.prompt)).toEqual(['the fox sleeps', 'the fox sits'])
  })
})
