import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { useHandoffStore } from '../../stores/handoffStore'
import { useJobsStore } from '../../stores/jobsStore'
import { useNavigationStore } from '../../stores/navigationStore'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { jobWithSegments } from '../../testing/fixtures'
import { nextTick } from 'vue'
import PromptHistory from './PromptHistory.vue'

let host: FakeHost

const entry = (positive: string, negative: string | null, path: string) => ({
  source: 'comfyui', positive, negative, steps: 20, cfg: 3.5, seed: 1, sampler: 'euler', scheduler: 'simple',
  width: 832, height: 480, frames: 81, loras: [], models: [], path, modified: '2026-01-02T00:00:00.000Z', uses: 2,
})

/**
 * happy-dom lays nothing out: the list's scroller (PrimeVue's VirtualScroller measures it) gets the size it
 * has in a 600 px tall sidebar, every other element stays 0 as before.
 */
const LAYOUT_KEYS = ['offsetParent', 'offsetHeight', 'offsetWidth'] as const
const saved = LAYOUT_KEYS.map((k) => [k, Object.getOwnPropertyDescriptor(HTMLElement.prototype, k)] as const)
function layOutScroller(): void {
  // The list measures its content's padding too (a browser computes 0px where happy-dom gives '').
  const style = document.createElement('style')
  style.textContent = '.lv-vscroll__content { padding: 0; }'
  document.head.appendChild(style)
  const sized = (el: HTMLElement) => el.classList.contains('lv-vscroll')
  Object.defineProperty(HTMLElement.prototype, 'offsetParent', { configurable: true, get() { return sized(this) ? document.body : null } })
  Object.defineProperty(HTMLElement.prototype, 'offsetHeight', { configurable: true, get() { return sized(this) ? 600 : 0 } })
  Object.defineProperty(HTMLElement.prototype, 'offsetWidth', { configurable: true, get() { return sized(this) ? 300 : 0 } })
}
function restoreLayout(): void {
  document.head.innerHTML = ''
  for (const [k, d] of saved) {
    if (d) Object.defineProperty(HTMLElement.prototype, k, d)
    else delete (HTMLElement.prototype as unknown as Record<string, unknown>)[k]
  }
}

async function mountHistory() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(PromptHistory, { global: { plugins: [pinia] }, attachTo: document.body })
  await flushPromises()
  // The virtual list measures its viewport once mounted, then renders its rows.
  await nextTick()
  return { wrapper, pinia }
}

describe('the prompt history', () => {
  afterEach(() => {
    restoreLayout()
    document.body.innerHTML = ''
  })
  beforeEach(() => {
    layOutScroller()
    host = installFakeHost()
    host.on('GET /longvideo/api/gallery/prompts', {
      body: { prompts: [entry('a fox jumps', 'blurry', 'fox_00002_.png'), entry('rain on a window', null, 'video/rain_00001.mp4')] },
    })
  })

  it('lists prompts newest first and searches them', async () => {
    const { wrapper } = await mountHistory()
    expect(wrapper.findAll('[data-testid="history-prompt"]').map((p) => p.find('p').text())).toEqual(['a fox jumps', 'rain on a window'])
    await wrapper.get('[data-testid="prompt-search"]').setValue('RAIN')
    expect(wrapper.findAll('[data-testid="history-prompt"]').map((p) => p.find('p').text())).toEqual(['rain on a window'])
  })

  it('fills the next segment of the open job that takes prompts', async () => {
    const { wrapper } = await mountHistory()
    const jobs = useJobsStore()
    const nav = useNavigationStore()
    jobs.current = jobWithSegments([], { id: 5, name: 'walk', status: 'awaiting_prompt' })
    nav.openJob(5)
    nav.show('prompts')
    await flushPromises()
    expect(wrapper.text()).toContain('fills the next segment of job “walk”')
    await wrapper.findAll('[data-testid="use-history-prompt"]')[1]!.trigger('click')
    expect(nav.view).toBe('job')
    expect(useHandoffStore().takeNextPrompt(5)).toBe('rain on a window')
  })

  it('starts a new job with prompt and negative when no open job takes prompts', async () => {
    const { wrapper } = await mountHistory()
    useJobsStore().current = jobWithSegments([], { id: 6, status: 'completed' })
    useNavigationStore().openJob(6)
    await wrapper.findAll('[data-testid="use-history-prompt"]')[0]!.trigger('click')
    expect(useNavigationStore().view).toBe('new')
    expect(useHandoffStore().takeNewJob()).toEqual({ prompt: expect.objectContaining({ positive: 'a fox jumps', negative: 'blurry' }), source: 'fox_00002_.png' })
  })

  it('renders only a window of rows out of 5,000 (a virtual list) and the rows under the scroll position', async () => {
    const many = Array.from({ length: 5000 }, (_, i) => entry(`prompt number ${i}`, null, `out/p_${String(i).padStart(5, '0')}_.png`))
    host.on('GET /longvideo/api/gallery/prompts', { body: { prompts: many } })
    const { wrapper } = await mountHistory()
    const rows = () => wrapper.findAll('[data-testid="history-prompt"]').map((p) => p.find('p').text())
    const first = rows()
    expect(first[0]).toBe('prompt number 0')
    // 600 px of 150 px rows: the four in view and a few more, never the 5,000.
    expect(first.length).toBeGreaterThanOrEqual(4)
    expect(first.length).toBeLessThan(20)
    // The scroller is as tall as all the rows, so the scroll bar says how long the list is.
    const spacer = wrapper.get('.lv-vscroll__spacer').element as HTMLElement
    expect(spacer.style.height).toBe(`${5000 * 150}px`)
    const scroller = wrapper.get('[data-testid="history-scroller"]').element as HTMLElement
    Object.defineProperty(scroller, 'scrollTop', { configurable: true, value: 2500 * 150 })
    scroller.dispatchEvent(new Event('scroll'))
    await flushPromises()
    const later = rows()
    expect(later).toContain('prompt number 2500')
    expect(later).not.toContain('prompt number 0')
    expect(later.length).toBeLessThan(20)
    // A search narrows the list the scroller holds.
    await wrapper.get('[data-testid="prompt-search"]').setValue('number 4999')
    expect(rows()).toEqual(['prompt number 4999'])
  })
})
