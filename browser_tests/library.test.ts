// After a finished job the user browses ComfyUI's outputs in the gallery, marks a favourite, and starts a
// new job from an image in a folder configured as the image repository.
import { copyFileSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeStartImage, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { setSidebarWidth } from './panelAudit'

describe('the library views in the browser', () => {
  let h: Harness
  let api: (route: string, init?: RequestInit) => Promise<unknown>

  beforeAll(async () => {
    h = await startHarness(0.3)
    api = async (route, init) => {
      const res = await fetch(new URL(`longvideo/api${route}`, h.demo.url), init)
      if (!res.ok) throw new Error(`${route}: HTTP ${res.status} ${await res.text()}`)
      return res.status === 204 ? null : res.json()
    }
    // A finished two-segment job with its stitched video, made through the sidecar's API.
    const form = new FormData()
    form.append('image', new File([readFileSync(makeStartImage())], 'gallery_start.png', { type: 'image/png' }))
    const upload = (await api('/upload', { method: 'POST', body: form })) as { name: string }
    const job = (await api('/jobs', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({
        name: 'Gallery walk', input_image: upload.name, prompt: 'a pattern glides', planned_prompts: ['it settles'],
        parameters: { width: 128, height: 96, fps: 16, frames: 9 },
      }),
    })) as { id: number }
    const waitFor = async (ok: () => Promise<boolean>) => {
      for (let i = 0; i < 600 && !(await ok()); i++) await new Promise((r) => setTimeout(r, 100))
    }
    const status = async () => ((await api(`/jobs/${job.id}`)) as { status: string; counts: { done: number } })
    await waitFor(async () => (await status()).status === 'awaiting_prompt' && (await status()).counts.done === 2)
    await api(`/jobs/${job.id}/finalize`, { method: 'POST' })
    await waitFor(async () => (await status()).status === 'completed')
    expect((await status()).status).toBe('completed')

    await h.page.goto(h.demo.url)
    await h.page.waitForSelector('body[data-ready="true"]')
    await h.page.click('.demo-sidebar button[data-tab="longvideo"]')
    await h.page.waitForSelector('[data-testid="lv-dashboard"]')
  }, 120_000)

  afterAll(async () => {
    await h?.close()
  })

  it('shows the outputs newest first, filters them and marks a favourite', async () => {
    const { page } = h
    await page.click('button[aria-label="Gallery"]')
    await page.waitForSelector('[data-testid="gallery-item"]')
    const kinds = await page.locator('[data-testid="gallery-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-kind')))
    expect(kinds).toContain('video')
    // Segment last frames are start images: hidden by default, shown when unticked.
    const hidden = await page.locator('[data-testid="gallery-item"]').count()
    await page.click('[data-testid="hide-start-images"]')
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="gallery-item"]').length > n, hidden)
    await page.click('[data-testid="hide-start-images"]')
    await page.waitForFunction((n) => document.querySelectorAll('[data-testid="gallery-item"]').length === n, hidden)

    await page.click('[data-filter="long_videos"]')
    await page.waitForFunction(() => {
      const items = [...document.querySelectorAll('[data-testid="gallery-item"]')]
      return items.length === 1 && items[0]?.getAttribute('data-kind') === 'video'
    })
    const finalPath = await page.getAttribute('[data-testid="gallery-item"]', 'data-path')
    expect(finalPath).toMatch(/^longvideo\/.*\.mp4$/)
    await page.click('[data-testid="gallery-item"] [data-testid="favourite"]')
    await page.waitForSelector('[data-testid="gallery-item"] [data-testid="favourite"][aria-pressed="true"]')
    await page.click('[data-filter="favourites"]')
    await page.waitForFunction((p) => {
      const items = [...document.querySelectorAll('[data-testid="gallery-item"]')]
      return items.length === 1 && items[0]?.getAttribute('data-path') === p
    }, finalPath)
    await page.click('[data-filter="all"]')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="gallery-item"]').length > 1)
    // Newest first: the tiles in the order of the files' modification times, the final video (written last) on top.
    const listed = (await api('/gallery?filter=all&hide_start_images=1')) as { items: { path: string; modified: string }[] }
    const times = listed.items.map((i) => Date.parse(i.modified))
    expect(times).toEqual([...times].sort((a, b) => b - a))
    const tiles = await page.locator('[data-testid="gallery-item"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-path')))
    expect(tiles).toEqual(listed.items.map((i) => i.path))
    expect(tiles[0]).toBe(finalPath)
    await setPalette(page, 'dark')
    await shoot(page, 'gallery-dark')
    await setPalette(page, 'light')
    await shoot(page, 'gallery-light')
    await page.evaluate(() => (document.querySelector<HTMLElement>('#sidebar-panel')!.style.width = '760px'))
    await shoot(page, 'gallery-wide-light')
    await page.evaluate(() => (document.querySelector<HTMLElement>('#sidebar-panel')!.style.width = ''))

    await page.dblclick(`[data-path="${finalPath}"] .lv-tile__media`)
    await page.waitForSelector('[data-testid="gallery-detail"]')
    // Our own final carries the job's prompts in its metadata: one per segment, with its seed and frames.
    await page.waitForSelector('[data-testid="detail-longvideo"]')
    const segments = await page.locator('[data-testid="detail-segment"] .lv-detail__text').allTextContents()
    expect(segments).toEqual(['a pattern glides', 'it settles'])
    expect(await page.textContent('[data-testid="detail-longvideo-summary"]')).toContain('2 segments · 17 frames')
    expect(await page.locator('[data-testid="detail-segment-seed"]').count()).toBe(2)
    await shoot(page, 'gallery-detail-light')
    await page.click('[data-testid="detail-back"]')
  })

  it('lists prompts found in the outputs', async () => {
    const { page } = h
    await page.click('button[aria-label="Prompts"]')
    await page.waitForSelector('[data-testid="prompt-history"]')
    // The finished job's two prompts, read back from the files ComfyUI and the finalize wrote.
    await page.waitForSelector('[data-testid="history-prompt"]')
    const prompts = page.locator('[data-testid="history-prompt"]')
    const texts = await prompts.allTextContents()
    expect(texts.some((t) => t.includes('a pattern glides'))).toBe(true)
    expect(texts.some((t) => t.includes('it settles'))).toBe(true)
    await setPalette(page, 'dark')
    await shoot(page, 'prompt-history-dark')

    await page.fill('[data-testid="prompt-search"]', 'settles')
    await page.waitForFunction(
      (all) => {
        const shown = [...document.querySelectorAll('[data-testid="history-prompt"]')].map((e) => e.textContent ?? '')
        return shown.length > 0 && shown.length < all && shown.every((t) => t.includes('settles'))
      },
      texts.length
    )
    await page.fill('[data-testid="prompt-search"]', 'no such prompt anywhere')
    await page.waitForSelector('.lv-prompts .lv-empty >> text=No prompt matches.')
    expect(await prompts.count()).toBe(0)
    await page.fill('[data-testid="prompt-search"]', '')
  })

  it('scrolls a history of 5,000 prompts as a virtual list: only the rows in view are in the page', async () => {
    const { page } = h
    // A year of outputs: the sidecar's answer replaced by 5,000 prompts (the page's layout and scrolling are real).
    const many = Array.from({ length: 5000 }, (_, i) => ({
      source: 'comfyui', positive: `prompt number ${i}: a harbour at night, boats coming home under a full moon, slow dolly in`,
      negative: i % 2 ? 'blurry, low quality' : null, steps: 20, cfg: 3.5, seed: i, sampler: 'euler', scheduler: 'simple',
      width: 832, height: 480, frames: 81, loras: [], models: [], path: `video/harbour_${String(i).padStart(5, '0')}_.mp4`,
      modified: '2026-01-02T00:00:00.000Z', uses: 1,
    }))
    await page.route('**/longvideo/api/gallery/prompts*', (route) => route.fulfill({ json: { prompts: many } }))
    const problemsBefore = h.problems.length
    const panelWidth = await page.evaluate(() => Math.round(document.querySelector('.lv-panel')?.getBoundingClientRect().width ?? 0))
    try {
      await page.click('button[aria-label="Jobs"]')
      await page.click('button[aria-label="Prompts"]')
      await page.waitForSelector('[data-testid="history-prompt"] >> text=/prompt number 0:/')
      const rendered = () => page.locator('[data-testid="history-prompt"]').count()
      expect(await rendered()).toBeLessThan(40)
      const scroller = page.locator('[data-testid="history-scroller"]')
      // The scroll range is the whole list's, and a row is never wider than the panel (its buttons stay in view).
      expect(await scroller.evaluate((el) => el.scrollHeight)).toBe(5000 * 150)
      expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      await scroller.evaluate((el) => el.scrollTo({ top: el.scrollHeight }))
      const last = page.locator('[data-testid="history-prompt"]', { hasText: 'prompt number 4999:' })
      await last.waitFor()
      expect(await rendered()).toBeLessThan(40)
      // The last row is in the scroller's view, whole.
      const [box, view] = await Promise.all([last.boundingBox(), scroller.boundingBox()])
      expect(box!.y).toBeGreaterThanOrEqual(view!.y - 1)
      expect(box!.y + box!.height).toBeLessThanOrEqual(view!.y + view!.height + 1)
      await shoot(page, 'prompt-history-5000-end-dark')
      await setPalette(page, 'light')
      await scroller.evaluate((el) => el.scrollTo({ top: 2500 * 150 }))
      await page.locator('[data-testid="history-prompt"]', { hasText: 'prompt number 2500:' }).waitFor()
      await shoot(page, 'prompt-history-5000-middle-light')
      await setSidebarWidth(page, 253)
      expect(await scroller.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true)
      await shoot(page, 'prompt-history-5000-middle-light-253')
      // The keyboard scrolls it too: the list takes the focus.
      await scroller.focus()
      await page.keyboard.press('End')
      await last.waitFor()
      expect(h.problems.slice(problemsBefore)).toEqual([])
    } finally {
      await setSidebarWidth(page, panelWidth)
      await page.unroute('**/longvideo/api/gallery/prompts*')
    }
  })

  it('starts a job from an image of a folder configured in the settings', async () => {
    const { page } = h
    const folder = mkdtempSync(path.join(tmpdir(), 'lv-repo-'))
    copyFileSync(makeStartImage(), path.join(folder, 'beach.png'))
    copyFileSync(makeStartImage(), path.join(folder, 'forest.png'))
    await page.click('button[aria-label="Settings"]')
    await page.fill('[data-testid="image-folders"]', folder)
    await page.click('[data-testid="save-settings"]')
    await page.waitForFunction(() => document.querySelector('#toasts')?.textContent?.includes('settings saved'))

    await page.click('button[aria-label="Library"]')
    await page.waitForSelector('[data-testid="repo-image"]')
    expect(await page.locator('[data-testid="repo-image"]').count()).toBe(2)
    await page.selectOption('[data-testid="repo-sort"]', 'name')
    await page.waitForFunction(() => document.querySelector('[data-testid="repo-image"]')?.getAttribute('data-path') === 'beach.png')
    // Thumbnails are real JPEGs the browser decodes.
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('[data-testid="repo-image"] img')].every((i) => i.complete && i.naturalWidth > 0))
    await page.click('[data-path="forest.png"] [data-star="4"]')
    await page.waitForSelector('[data-path="forest.png"] [data-star="4"][aria-pressed="true"]')
    await page.selectOption('[data-testid="repo-sort"]', 'rating')
    await page.waitForFunction(() => document.querySelector('[data-testid="repo-image"]')?.getAttribute('data-path') === 'forest.png')
    await setPalette(page, 'dark')
    await shoot(page, 'image-repository-dark')
    await setPalette(page, 'light')
    await shoot(page, 'image-repository-light')

    await page.click('[data-path="forest.png"] [data-testid="use-image"]')
    await page.waitForSelector('[data-testid="new-job-form"]')
    expect(await page.textContent('[data-testid="start-image-name"]')).toMatch(/forest.*\.png/)
    await page.waitForSelector('[data-testid="start-image-preview"]')
    await page.fill('[data-testid="prompt"]', 'wind moves the trees')
    await page.fill('[data-testid="width"]', '128')
    await page.fill('[data-testid="height"]', '96')
    await page.fill('[data-testid="seconds"]', '0.5')
    await page.click('[data-testid="create-job"]')
    await page.waitForSelector('[data-testid="job-view"]')
    await page.waitForSelector('[data-testid="segment-card"][data-status="done"]', { timeout: 60_000 })
    expect(await page.textContent('.lv-job')).toContain('wind moves the trees')
  })

  it('edits a LoRA\'s notes in the library and picks it with its trigger words in the new-job form', async () => {
    const { page } = h
    await page.click('button[aria-label="Library"]')
    await page.click('[data-testid="tab-loras"]')
    await page.waitForSelector('[data-testid="loralib-item"]')
    await page.click('[data-name="wan22/motion/orbit_high_noise.safetensors"] .lv-loralib__toggle')
    await page.fill('[data-testid="meta-display-name"]', 'Orbit camera')
    await page.fill('[data-testid="meta-triggers"]', 'orbit shot, circling camera')
    await page.fill('[data-testid="meta-strength"]', '0.75')
    await page.click('[data-testid="meta-save"]')
    await page.waitForFunction(() => document.querySelector('[data-name="wan22/motion/orbit_high_noise.safetensors"] .lv-loralib__name')?.textContent?.includes('Orbit camera'))
    await setPalette(page, 'dark')
    await shoot(page, 'lora-library-dark')

    await page.click('button[aria-label="New job"]')
    await page.fill('[data-testid="prompt"]', 'a cat on a wall')
    await page.locator('[data-testid="loras-high"] .lv-add-lora').click()
    await page.click('[data-testid="loras-high"] [data-testid="lora-select"]')
    await page.fill('[data-testid="lora-filter"]', 'circling')
    await page.click('[data-value="wan22/motion/orbit_high_noise.safetensors"]')
    expect(await page.getAttribute('[data-testid="loras-low"] [data-testid="lora-select"]', 'title')).toBe('wan22/motion/orbit_low_noise.safetensors')
    expect(await page.textContent('[data-testid="loras-high"] .lv-lora__value')).toBe('0.75')
    await page.click('[data-testid="append-triggers"]')
    expect(await page.inputValue('[data-testid="prompt"]')).toBe('a cat on a wall, orbit shot, circling camera')
    await page.click('[data-testid="loras-low"] .lv-add-lora')
    await page.click('[data-testid="loras-low"] [data-testid="lora-select"] >> nth=1')
    await shoot(page, 'lora-picker-dark')
    await setPalette(page, 'light')
    await shoot(page, 'lora-picker-light')
    expect(h.problems.filter((p) => !p.includes('HTTP 404'))).toEqual([])
  })
})
