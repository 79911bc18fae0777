// A lazily loaded view whose chunk (web/chunks/*.mjs) does not come, as a user sees it at 253 px in both
// palettes: the network drops the gallery's chunk, then lets it through for "Try again"; the server answers
// 404 for the prompt history's chunk, as after ComfyUI restarted with a new build, and the panel says to reload.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

const chunk = (name: string) => (url: URL) => url.pathname.startsWith(`/extensions/comfyui-long-video/chunks/${name}-`)

describe('a view whose code does not load', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.3)
    await openPanel(h)
    await setSidebarWidth(h.page, 253)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('says so with "Try again" when the network drops its chunk, and shows the view once it comes', async () => {
    const { page } = h
    const galleryChunk = chunk('gallery')
    await page.route(galleryChunk, (route) => route.abort('connectionfailed'))
    await page.click('.lv-nav button[aria-label="Gallery"]')
    const failed = page.locator('[data-testid="view-load-failed"]')
    await failed.waitFor()
    expect(await failed.getAttribute('data-gone')).toBe('false')
    expect(await failed.textContent()).toContain('This view did not load')
    expect(await page.locator('[data-testid="view-load-advice"]').textContent()).toContain('Check that ComfyUI is running')
    expect(await page.locator('[data-testid="view-load-reload"]').count()).toBe(0)
    for (const palette of ['dark', 'light'] as const) {
      await setPalette(page, palette)
      await shoot(page, `view-load-failed-253-${palette}`)
      expect(await auditPanel(page)).toEqual([])
    }

    await page.unroute(galleryChunk)
    await page.click('[data-testid="view-load-retry"]')
    await page.waitForSelector('[data-testid="gallery-view"]')
    expect(await failed.count()).toBe(0)
  })

  it('says to reload the page when the server no longer has the chunk (a new build since the page opened)', async () => {
    const { page } = h
    await page.route(chunk('prompts'), (route) => route.fulfill({ status: 404, contentType: 'text/plain', body: 'not found' }))
    await page.click('.lv-nav button[aria-label="Prompts"]')
    const failed = page.locator('[data-testid="view-load-failed"]')
    await failed.waitFor()
    expect(await failed.getAttribute('data-gone')).toBe('true')
    expect(await page.locator('[data-testid="view-load-advice"]').textContent()).toContain('Reload the page')
    expect(await page.locator('[data-testid="view-load-reload"]').textContent()).toBe('Reload page')
    for (const palette of ['dark', 'light'] as const) {
      await setPalette(page, palette)
      await shoot(page, `view-load-gone-253-${palette}`)
      expect(await auditPanel(page)).toEqual([])
    }
  })
})
