import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import { useHandoffStore } from '../../stores/handoffStore'
import { useJobsStore } from '../../stores/jobsStore'
import { useNavigationStore } from '../../stores/navigationStore'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { jobWithSegments } from '../../testing/fixtures'
import PromptHistory from './PromptHistory.vue'

let host: FakeHost

const entry = (positive: string, negative: string | null, path: string) => ({
  source: 'comfyui', positive, negative, steps: 20, cfg: 3.5, seed: 1, sampler: 'euler', scheduler: 'simple',
  width: 832, height: 480, frames: 81, loras: [], models: [], path, modified: '2026-01-02T00:00:00.000Z', uses: 2,
})

async function mountHistory() {
  const pinia = createPinia()
  setActivePinia(pinia)
  const wrapper = mount(PromptHistory, { global: { plugins: [pinia] } })
  await flushPromises()
  return { wrapper, pinia }
}

describe('the prompt history', () => {
  beforeEach(() => {
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
})
