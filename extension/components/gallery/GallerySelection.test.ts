// The gallery's multi-select as a person uses it: mouse with modifiers, the keyboard, bulk actions,
// sorting and the views remembered across visits.
import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it, vi } from 'vitest'
import type { CreateJobBody, GalleryItem } from '../../../sidecar/contract'
import { useHandoffStore } from '../../stores/handoffStore'
import { useNavigationStore } from '../../stores/navigationStore'
import { jobWithSegments } from '../../testing/fixtures'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { galleryItem } from '../../testing/libraryFixtures'
import GalleryView from './GalleryView.vue'

let host: FakeHost
let files: GalleryItem[]
let pinia = createPinia()

function serve(): void {
  host.on('GET /longvideo/api/gallery', () => {
    const q = new URL(host.calls.at(-1)?.route ?? '', 'http://x').searchParams
    let items = files.filter((i) => (q.get('filter') === 'hidden' ? i.hidden : !i.hidden))
    if (q.get('sort') === 'name') items = [...items].sort((a, b) => a.file.filename.localeCompare(b.file.filename))
    return { body: { items, total: items.length } }
  })
  const mark = (flag: 'favourite' | 'hidden') => (init?: RequestInit) => {
    const body = JSON.parse(String(init?.body)) as { paths: string[] } & Record<string, boolean>
    files = files.map((f) => (body.paths.includes(f.path) ? { ...f, [flag]: body[flag] } : f))
    return { body: { changed: body.paths, skipped: [] } }
  }
  host.on('PUT /longvideo/api/gallery/favourites', mark('favourite'))
  host.on('PUT /longvideo/api/gallery/hidden', mark('hidden'))
}

async function mountGallery() {
  const wrapper = mount(GalleryView, { global: { plugins: [pinia] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}
type W = Awaited<ReturnType<typeof mountGallery>>

const selected = (w: W) => w.findAll('[data-testid="gallery-item"][aria-selected="true"]').map((i) => i.attributes('data-path'))
const focused = (w: W) => w.find('.lv-tile--focus').attributes('data-path')
const tile = (w: W, path: string) => w.get(`[data-path="${path}"] .lv-tile__media`)
const key = async (w: W, k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => {
  await w.get('[data-testid="gallery-grid"]').trigger('keydown', { key: k, ...mods })
  await flushPromises()
}
const sent = (route: string) => host.calls.filter((c) => c.route.startsWith(route) && c.init?.method === 'PUT').map((c) => JSON.parse(String(c.init?.body)) as unknown)

describe('gallery multi-select', () => {
  beforeEach(() => {
    pinia = createPinia()
    setActivePinia(pinia)
    localStorage.clear()
    document.body.innerHTML = ''
    host = installFakeHost()
    files = ['f0.png', 'f1.png', 'f2.mp4', 'f3.png', 'lv/w_seg1_last_00001_.png', 'f5.png'].map((p) =>
      galleryItem(p, p.includes('_last_') ? { start_image: true } : {})
    )
    serve()
  })

  it('selects with click, Shift-click ranges and Ctrl/Cmd-click toggles', async () => {
    const w = await mountGallery()
    await tile(w, 'f1.png').trigger('click')
    expect(selected(w)).toEqual(['f1.png'])
    await tile(w, 'f3.png').trigger('click', { shiftKey: true })
    expect(selected(w)).toEqual(['f1.png', 'f2.mp4', 'f3.png'])
    await tile(w, 'f0.png').trigger('click', { shiftKey: true })
    expect(selected(w)).toEqual(['f0.png', 'f1.png'])
    await tile(w, 'f5.png').trigger('click', { ctrlKey: true })
    await tile(w, 'f0.png').trigger('click', { metaKey: true })
    expect(selected(w)).toEqual(['f1.png', 'f5.png'])
    expect(w.get('[data-testid="gallery-selected"]').text()).toBe('2 selected of 6')
  })

  it('moves with the arrows, extends with Shift, selects all with Ctrl/Cmd-A, clears with Escape, previews with Space', async () => {
    const w = await mountGallery()
    await key(w, 'ArrowRight')
    expect([focused(w), selected(w)]).toEqual(['f0.png', ['f0.png']])
    await key(w, 'ArrowRight')
    await key(w, 'ArrowRight', { shiftKey: true })
    expect([focused(w), selected(w)]).toEqual(['f2.mp4', ['f1.png', 'f2.mp4']])
    await key(w, 'ArrowLeft', { ctrlKey: true })
    expect([focused(w), selected(w)]).toEqual(['f1.png', ['f1.png', 'f2.mp4']])
    await key(w, 'a', { ctrlKey: true })
    expect(selected(w)).toHaveLength(6)
    await key(w, 'Escape')
    expect(selected(w)).toEqual([])
    await key(w, ' ')
    expect(w.get('[data-testid="gallery-preview"]').attributes('aria-label')).toBe('f1.png')
    await w.get('[data-testid="gallery-preview"]').trigger('keydown', { key: ' ' })
    expect(w.find('[data-testid="gallery-preview"]').exists()).toBe(false)
    // Enter opens the detail of the focused file.
    host.on('GET /longvideo/api/gallery/meta', { body: { path: 'f1.png', keys: [], prompt: null, workflow: null } })
    await key(w, 'Enter')
    expect(w.find('[data-testid="gallery-detail"]').exists()).toBe(true)
  })

  it('favourites, unfavourites and hides the start images of the selection in one request each', async () => {
    const w = await mountGallery()
    await key(w, 'a', { metaKey: true })
    await w.get('[data-testid="bulk-favourite"]').trigger('click')
    await flushPromises()
    expect(sent('/longvideo/api/gallery/favourites')).toEqual([{ paths: files.map((f) => f.path), favourite: true }])
    expect(w.findAll('[data-testid="favourite"][aria-pressed="true"]')).toHaveLength(6)
    expect(w.find('[data-testid="bulk-favourite"]').exists()).toBe(false)
    await w.get('[data-testid="bulk-unfavourite"]').trigger('click')
    await flushPromises()
    expect(w.findAll('[data-testid="favourite"][aria-pressed="true"]')).toHaveLength(0)
    expect(w.get('[data-testid="bulk-hide"]').text()).toBe('Hide 1 start image')
    await w.get('[data-testid="bulk-hide"]').trigger('click')
    await flushPromises()
    expect(sent('/longvideo/api/gallery/hidden')).toEqual([{ paths: ['lv/w_seg1_last_00001_.png'], hidden: true }])
    expect(w.find('[data-path="lv/w_seg1_last_00001_.png"]').exists()).toBe(false)
    expect(w.get('[data-testid="gallery-selected"]').text()).toBe('5 selected of 5')
  })

  it('keeps each view with its own sort and "hide start images", across visits', async () => {
    const w = await mountGallery()
    await w.get('[data-testid="gallery-sort"]').setValue('name')
    await flushPromises()
    await w.get('[data-filter="videos"]').trigger('click')
    await flushPromises()
    expect((w.get('[data-testid="gallery-sort"]').element as HTMLSelectElement).value).toBe('date')
    await w.get('[data-testid="hide-start-images"]').setValue(false)
    await flushPromises()
    w.unmount()
    pinia = createPinia()
    setActivePinia(pinia)
    const again = await mountGallery()
    expect(again.get('[data-filter="videos"]').attributes('aria-pressed')).toBe('true')
    expect((again.get('[data-testid="hide-start-images"]').element as HTMLInputElement).checked).toBe(false)
    await again.get('[data-filter="all"]').trigger('click')
    await flushPromises()
    expect((again.get('[data-testid="gallery-sort"]').element as HTMLSelectElement).value).toBe('name')
    const last = new URL(host.calls.filter((c) => c.route.startsWith('/longvideo/api/gallery?')).at(-1)?.route ?? '', 'http://x').searchParams
    expect([last.get('filter'), last.get('sort'), last.get('hide_start_images')]).toEqual(['all', 'name', '1'])
  })

  it('starts one job in the new-job form, or several as drafts, from the selected images', async () => {
    const used = (paths: string[]) => ({
      items: paths.map((p, i) => ({ path: p, input_image: `in_${i}.png`, prompt: i === 0 ? 'a fox' : null, negative_prompt: null })),
      skipped: [],
    })
    host.on('POST /longvideo/api/gallery/use', (init) => ({ body: used((JSON.parse(String(init?.body)) as { paths: string[] }).paths) }))
    const created: CreateJobBody[] = []
    host.on('POST /longvideo/api/jobs', (init) => {
      created.push(JSON.parse(String(init?.body)) as CreateJobBody)
      return { status: 201, body: jobWithSegments([], { id: created.length }) }
    })
    const w = await mountGallery()
    await tile(w, 'f0.png').trigger('click')
    expect(w.get('[data-testid="bulk-use"]').text()).toBe('Start a job from it')
    await w.get('[data-testid="bulk-use"]').trigger('click')
    await flushPromises()
    expect(useHandoffStore().newJob).toEqual({ inputImage: 'in_0.png', prompt: { positive: 'a fox', negative: null }, source: 'f0.png' })
    expect(useNavigationStore().view).toBe('new')
    useNavigationStore().show('gallery')
    // Three selected, one a video: two images become two drafts; the video is not sent.
    await tile(w, 'f1.png').trigger('click')
    await tile(w, 'f3.png').trigger('click', { shiftKey: true })
    expect(w.get('[data-testid="bulk-use"]').text()).toBe('Start 2 jobs')
    await w.get('[data-testid="bulk-use"]').trigger('click')
    await flushPromises()
    const sentUse = host.calls.filter((c) => c.route.endsWith('/gallery/use')).map((c) => JSON.parse(String(c.init?.body)) as unknown)
    expect(sentUse.at(-1)).toEqual({ paths: ['f1.png', 'f3.png'] })
    expect(created.map((c) => [c.name, c.input_image, c.prompt, c.start])).toEqual([
      ['f1', 'in_0.png', 'a fox', false],
      ['f3', 'in_1.png', 'f3', false],
    ])
  })

  it('copies the prompts of the selection, each once, in the order of the grid', async () => {
    const prompts: Record<string, string | null> = { 'f0.png': 'a fox', 'f1.png': 'a fox', 'f2.mp4': 'waves', 'f3.png': null }
    host.on('GET /longvideo/api/gallery/meta', () => {
      const p = new URL(host.calls.at(-1)?.route ?? '', 'http://x').searchParams.get('path') ?? ''
      const positive = prompts[p] ?? null
      return { body: { path: p, keys: [], workflow: null, prompt: positive === null ? null : { source: 'comfyui', positive, negative: null, steps: null, cfg: null, seed: null, sampler: null, scheduler: null, width: null, height: null, frames: null, loras: [], models: [] } } }
    })
    const writeText = vi.fn(async () => undefined)
    Object.defineProperty(navigator, 'clipboard', { value: { writeText }, configurable: true })
    const w = await mountGallery()
    await tile(w, 'f0.png').trigger('click')
    await tile(w, 'f3.png').trigger('click', { shiftKey: true })
    await w.get('[data-testid="bulk-copy"]').trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith('a fox\n\nwaves')
  })
})
