import { flushPromises, mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import { beforeEach, describe, expect, it } from 'vitest'
import type { GalleryItem } from '../../../sidecar/contract'
import { installFakeHost } from '../../testing/fakeHost'
import type { FakeHost } from '../../testing/fakeHost'
import { galleryItem } from '../../testing/libraryFixtures'
import GalleryView from './GalleryView.vue'

let host: FakeHost
let files: GalleryItem[]

/** Answers /api/gallery like the sidecar: the filter and hide_start_images of the request applied to `files`. */
function serveGallery(): void {
  host.on('GET /longvideo/api/gallery', () => {
    const q = new URL(host.calls.at(-1)?.route ?? '', 'http://x').searchParams
    const keep: Record<string, (i: GalleryItem) => boolean> = {
      all: () => true,
      images: (i) => i.kind === 'image',
      videos: (i) => i.kind === 'video',
      favourites: (i) => i.favourite,
      long_videos: (i) => i.long_video,
    }
    const items = files.filter(keep[q.get('filter') ?? 'all'] ?? (() => true)).filter((i) => q.get('hide_start_images') !== '1' || !i.start_image)
    return { body: { items, total: items.length } }
  })
  host.on('PUT /longvideo/api/gallery/favourite', (init) => {
    const body = JSON.parse(String(init?.body)) as { path: string; favourite: boolean }
    files = files.map((f) => (f.path === body.path ? { ...f, favourite: body.favourite } : f))
    return { body }
  })
}

async function mountGallery() {
  const wrapper = mount(GalleryView, { global: { plugins: [createPinia()] }, attachTo: document.body })
  await flushPromises()
  return wrapper
}

const shown = (w: Awaited<ReturnType<typeof mountGallery>>) => w.findAll('[data-testid="gallery-item"]').map((i) => i.attributes('data-path'))

describe('the media gallery', () => {
  beforeEach(() => {
    setActivePinia(createPinia())
    localStorage.clear()
    document.body.innerHTML = ''
    host = installFakeHost()
    files = [
      galleryItem('longvideo/walk_00001.mp4', { long_video: true }),
      galleryItem('longvideo/walk_seg2_last_00001_.png', { start_image: true }),
      galleryItem('ComfyUI_00007_.png', { favourite: true }),
      galleryItem('video/clip_00003.mp4'),
    ]
    serveGallery()
  })

  it('shows outputs with start images hidden by default, and all of them when unticked', async () => {
    const w = await mountGallery()
    expect(shown(w)).toEqual(['longvideo/walk_00001.mp4', 'ComfyUI_00007_.png', 'video/clip_00003.mp4'])
    expect(host.calls[0]?.route).toContain('hide_start_images=1')
    await w.get('[data-testid="hide-start-images"]').setValue(false)
    await flushPromises()
    expect(shown(w)).toHaveLength(4)
    expect(w.get('[data-testid="gallery-total"]').text()).toBe('4 files')
  })

  it('asks the sidecar for each filter and shows what it answers', async () => {
    const w = await mountGallery()
    const pick = async (id: string) => {
      await w.get(`[data-filter="${id}"]`).trigger('click')
      await flushPromises()
      return shown(w)
    }
    expect(await pick('videos')).toEqual(['longvideo/walk_00001.mp4', 'video/clip_00003.mp4'])
    expect(w.get('[data-filter="videos"]').attributes('aria-pressed')).toBe('true')
    expect(await pick('images')).toEqual(['ComfyUI_00007_.png'])
    expect(await pick('long_videos')).toEqual(['longvideo/walk_00001.mp4'])
    expect(await pick('favourites')).toEqual(['ComfyUI_00007_.png'])
    expect(host.calls.map((c) => new URL(c.route, 'http://x').searchParams.get('filter'))).toEqual(['all', 'videos', 'images', 'long_videos', 'favourites'])
  })

  it('marks a favourite, and an un-favourited file leaves the favourites list', async () => {
    const w = await mountGallery()
    const clip = () => w.get('[data-path="video/clip_00003.mp4"] [data-testid="favourite"]')
    await clip().trigger('click')
    await flushPromises()
    expect(clip().attributes('aria-pressed')).toBe('true')
    await w.get('[data-filter="favourites"]').trigger('click')
    await flushPromises()
    expect(shown(w)).toEqual(['ComfyUI_00007_.png', 'video/clip_00003.mp4'])
    await w.get('[data-path="ComfyUI_00007_.png"] [data-testid="favourite"]').trigger('click')
    await flushPromises()
    expect(shown(w)).toEqual(['video/clip_00003.mp4'])
    expect(files.find((f) => f.path === 'ComfyUI_00007_.png')?.favourite).toBe(false)
  })

  it('opens a file with the prompt and settings read from it', async () => {
    host.on('GET /longvideo/api/gallery/meta', {
      body: {
        path: 'ComfyUI_00007_.png',
        keys: ['prompt', 'workflow'],
        workflow: null,
        prompt: {
          source: 'comfyui', positive: 'a red fox in snow', negative: 'blurry', steps: 20, cfg: 3.5, seed: 77, sampler: 'euler', scheduler: 'simple',
          width: 832, height: 480, frames: 81, loras: [{ name: 'orbit_high_noise.safetensors', strength: 0.8 }], models: ['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors'],
        },
      },
    })
    const w = await mountGallery()
    // A click selects (multi-select); a double-click opens.
    await w.get('[data-path="ComfyUI_00007_.png"] .lv-tile__media').trigger('dblclick')
    await flushPromises()
    expect(w.get('[data-testid="detail-prompt"]').text()).toBe('a red fox in snow')
    expect(w.get('[data-testid="detail-negative"]').text()).toBe('blurry')
    const dl = w.get('[data-testid="detail-facts"]')
    const terms = dl.findAll('dt').map((d) => d.text())
    const facts = Object.fromEntries(dl.findAll('dd').map((d, i) => [terms[i], d.text()]))
    expect(facts).toEqual({
      Steps: '20',
      CFG: '3.5',
      Seed: '77',
      Sampler: 'euler / simple',
      Size: '832×480, 81 frames',
      LoRAs: 'orbit_high_noise.safetensors 0.8',
      Models: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
    })
  })
})
