import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GalleryMeta } from '../../../sidecar/contract'
import { useHandoffStore } from '../../stores/handoffStore'
import { useJobsStore } from '../../stores/jobsStore'
import { useNavigationStore } from '../../stores/navigationStore'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { job } from '../../testing/fixtures'
import { galleryItem } from '../../testing/libraryFixtures'
import GalleryDetail from './GalleryDetail.vue'

let host: FakeHost

const PROMPTS = ['a fox wakes up in the den', 'it runs out into the snow', 'it stops on a ridge at dusk']

/** What the sidecar answers for a 3-segment final of ours (233 frames, a seed per segment). */
function longVideoMeta(): GalleryMeta {
  return {
    path: 'longvideo/Fox_00001.mp4',
    keys: ['comment', 'description', 'longvideo', 'title'],
    workflow: null,
    prompt: {
      source: 'longvideo', positive: PROMPTS.map((t, i) => `[${i + 1}] ${t}`).join('\n'), negative: 'blurry', steps: 4, cfg: 1, seed: null,
      sampler: null, scheduler: null, width: 832, height: 480, frames: 233, loras: [], models: ['wan_high.gguf'],
    },
    long_video: {
      job: 'Fox', job_id: 2, frames: 233, fps: 16, width: 832, height: 480, drift_threshold: 5, seam_threshold: 3,
      segments: [
        { idx: 0, take: 1, prompt: PROMPTS[0] as string, negative_prompt: null, seed: 101, frames: 81, drift: 0.6, seam: null },
        { idx: 1, take: 2, prompt: PROMPTS[1] as string, negative_prompt: null, seed: 202, frames: 76, drift: 1.4, seam: 1.1 },
        { idx: 2, take: 1, prompt: PROMPTS[2] as string, negative_prompt: null, seed: 303, frames: 76, drift: 6.2, seam: 4.5 },
      ],
    },
  }
}

async function mountDetail(meta: GalleryMeta) {
  host.on('GET /longvideo/api/gallery/meta', { body: meta })
  host.on('GET /longvideo/api/jobs', {
    body: {
      jobs: [
        job({ id: 4, name: 'Harbour at night', status: 'awaiting_prompt' }),
        job({ id: 3, name: 'Finished walk', status: 'completed' }),
        job({ id: 2, name: 'Fox', status: 'running' }),
        job({ id: 1, name: 'Old draft', status: 'draft' }),
      ],
      total: 4,
    },
  })
  const pinia = createPinia()
  setActivePinia(pinia)
  const w = mount(GalleryDetail, { props: { item: galleryItem(meta.path, { long_video: true }) }, global: { plugins: [pinia] } })
  await flushPromises()
  return w
}

beforeEach(() => {
  host = installFakeHost()
})

describe('the gallery detail of one of our long videos', () => {
  it('shows the file\'s frames and each segment\'s prompt, seed, frames and meters, not one segment\'s 81 frames and one seed', async () => {
    const w = await mountDetail(longVideoMeta())
    expect(w.get('[data-testid="detail-longvideo-summary"]').text()).toBe('3 segments · 233 frames (14.6 s at 16 fps) · 832×480')
    const rows = w.findAll('[data-testid="detail-segment"]')
    expect(rows.map((r) => r.get('.lv-detail__text').text())).toEqual(PROMPTS)
    expect(rows.map((r) => r.get('[data-testid="detail-segment-seed"]').text())).toEqual(['seed 101', 'seed 202', 'seed 303'])
    expect(rows[1]?.text()).toContain('Segment 2 · take 2')
    expect(rows[1]?.text()).toContain('76 frames')
    expect(rows[2]?.get('.lv-warn-text').text()).toBe('ΔE 6.2')
    // The settings list has no single seed, and its size names the whole file's frames.
    const dl = w.get('[data-testid="detail-facts"]')
    const terms = dl.findAll('dt').map((d) => d.text())
    expect(terms).not.toContain('Seed')
    expect(dl.text()).toContain('832×480, 233 frames')
    expect(dl.text()).not.toContain('81 frames')
  })

  it('asks which prompt and which job (those that can take a segment, by name) before filling a next-prompt form', async () => {
    const w = await mountDetail(longVideoMeta())
    useNavigationStore().openJob(4)
    await w.get('[data-testid="detail-use-prompt"]').trigger('click')
    await flushPromises()
    const picker = w.get('[data-testid="use-picker"]')
    const promptChoices = picker.findAll('[data-testid="use-picker-prompt"]')
    expect(promptChoices.map((c) => c.text())).toEqual(PROMPTS.map((t, i) => `Segment ${i + 1} ${t}`))
    // The last segment's prompt is the one offered first (a new segment goes on from there).
    expect((promptChoices[2]?.get('input').element as HTMLInputElement).checked).toBe(true)
    const jobChoices = picker.findAll('[data-testid="use-picker-job"]')
    // A completed job takes no segment; the job that made the file comes first when it can.
    expect(jobChoices.map((c) => c.attributes('data-job'))).toEqual(['4', '2', '1', 'new'])
    expect(jobChoices.map((c) => c.get('.lv-usepicker__text').text())).toEqual(['Harbour at night', 'Fox', 'Old draft', 'A new job'])
    expect(jobChoices[0]?.text()).toContain('Awaiting prompt')
    expect((picker.get('[data-job="2"] input').element as HTMLInputElement).checked).toBe(true)
    // Nothing is sent anywhere until the user says where.
    const handoff = useHandoffStore()
    expect(handoff.nextPrompt).toBeNull()

    await promptChoices[1]?.get('input').setValue(true)
    await picker.get('[data-job="4"] input').setValue(true)
    await picker.get('[data-testid="use-picker-confirm"]').trigger('click')
    expect(handoff.nextPrompt).toEqual({ jobId: 4, prompt: PROMPTS[1] })
    expect(useNavigationStore().jobId).toBe(4)
    expect(w.find('[data-testid="use-picker"]').exists()).toBe(false)
  })

  it('starts from a segment\'s own row, and a new job gets that one prompt', async () => {
    const w = await mountDetail(longVideoMeta())
    await w.findAll('[data-testid="detail-segment-use"]')[0]?.trigger('click')
    await flushPromises()
    const picker = w.get('[data-testid="use-picker"]')
    expect((picker.findAll('[data-testid="use-picker-prompt"]')[0]?.get('input').element as HTMLInputElement).checked).toBe(true)
    await picker.get('[data-job="new"] input').setValue(true)
    await picker.get('[data-testid="use-picker-confirm"]').trigger('click')
    expect(useHandoffStore().newJob).toMatchObject({ prompt: { positive: PROMPTS[0], negative: 'blurry' }, source: 'Fox_00001.mp4' })
    expect(useNavigationStore().view).toBe('new')
    expect(useJobsStore().loaded).toBe(true)
  })

  it('asks only for the job for a file with one prompt', async () => {
    const meta: GalleryMeta = {
      path: 'ComfyUI_00007_.png', keys: ['prompt'], workflow: null, long_video: null,
      prompt: { source: 'comfyui', positive: 'a red fox in snow', negative: null, steps: 20, cfg: 3.5, seed: 77, sampler: null, scheduler: null, width: 832, height: 480, frames: null, loras: [], models: [] },
    }
    const w = await mountDetail(meta)
    expect(w.find('[data-testid="detail-longvideo"]').exists()).toBe(false)
    expect(w.get('[data-testid="detail-facts"]').text()).toContain('77')
    await w.get('[data-testid="detail-use-prompt"]').trigger('click')
    await flushPromises()
    expect(w.findAll('[data-testid="use-picker-prompt"]')).toHaveLength(0)
    await w.get('[data-job="1"] input').setValue(true)
    await w.get('[data-testid="use-picker-confirm"]').trigger('click')
    expect(useHandoffStore().nextPrompt).toEqual({ jobId: 1, prompt: 'a red fox in snow' })
  })
})
