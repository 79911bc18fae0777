// The gallery over an output folder of a few hundred files, driven as a person would: thumbnails from
// the sidecar, pages loading as the grid scrolls, Shift-click ranges, Ctrl-click, Ctrl-A and a bulk
// favourite; screenshots with a selection at the three sidebar widths in both palettes.
import { execFileSync } from 'node:child_process'
import { copyFileSync, mkdirSync, mkdtempSync, utimesSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { GalleryList } from '../sidecar/contract'
import { openPanel, setPalette, shoot, sidecarApi, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

const FILES = 150

describe('the gallery at scale in the browser', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.3)
    // A few real pictures, copied many times with spread dates (the sidecar lists by date, newest first).
    const src = mkdtempSync(path.join(tmpdir(), 'lv-gallery-src-'))
    const patterns = ['testsrc', 'smptebars', 'rgbtestsrc', 'mandelbrot']
    patterns.forEach((p, i) => execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', `${p}=size=320x180`, '-frames:v', '1', '-y', path.join(src, `${i}.png`)]))
    const day = path.join(h.demo.outputDir, 'batch')
    mkdirSync(day, { recursive: true })
    mkdirSync(path.join(h.demo.outputDir, 'longvideo'), { recursive: true })
    for (let i = 0; i < FILES; i++) {
      const target = i % 25 === 0 ? path.join(h.demo.outputDir, 'longvideo', `Walk_seg${i}_last_00001_.png`) : path.join(day, `ComfyUI_${String(i).padStart(5, '0')}_.png`)
      copyFileSync(path.join(src, `${i % patterns.length}.png`), target)
      const t = Date.UTC(2026, 0, 1) / 1000 + i * 60
      utimesSync(target, t, t)
    }
    await openPanel(h)
  }, 120_000)

  afterAll(async () => {
    await h?.close()
  })

  const selectedCount = () => h.page.locator('[data-testid="gallery-item"][aria-selected="true"]').count()
  const tilePath = (i: number) => h.page.locator('[data-testid="gallery-item"]').nth(i).getAttribute('data-path')

  it('selects with Shift ranges, Ctrl-click and Ctrl-A, favourites the selection in one go, and pages as it scrolls', async () => {
    const { page } = h
    await page.click('.lv-nav [aria-label="Gallery"]')
    await page.waitForSelector('[data-testid="gallery-item"]')
    expect(await page.locator('[data-testid="gallery-item"]').count()).toBe(48)
    // Thumbnails come from the sidecar, small, and really decode.
    await page.waitForFunction(() => {
      const img = document.querySelector<HTMLImageElement>('[data-testid="gallery-item"] img')
      return !!img && img.complete && img.naturalWidth > 0
    })
    const first = await page.locator('[data-testid="gallery-item"] img').first().evaluate((img: HTMLImageElement) => ({ src: img.src, w: img.naturalWidth }))
    expect(first.src).toContain('/gallery/thumb?path=')
    expect(first.w).toBe(256)

    await page.locator('[data-testid="gallery-item"] .lv-tile__media').nth(1).click()
    await page.locator('[data-testid="gallery-item"] .lv-tile__media').nth(4).click({ modifiers: ['Shift'] })
    expect(await selectedCount()).toBe(4)
    await page.locator('[data-testid="gallery-item"] .lv-tile__media').nth(2).click({ modifiers: ['Control'] })
    expect(await selectedCount()).toBe(3)
    expect(await page.textContent('[data-testid="gallery-selected"]')).toContain('3 selected')
    // Arrow keys move the focus and the selection with it.
    await page.keyboard.press('ArrowRight')
    expect(await selectedCount()).toBe(1)
    expect(await page.locator('.lv-tile--focus').getAttribute('data-path')).toBe(await tilePath(3))

    await page.keyboard.press('Control+a')
    expect(await selectedCount()).toBe(48)
    await page.click('[data-testid="bulk-favourite"]')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="gallery-item"] [data-testid="favourite"][aria-pressed="true"]').length === 48)
    const favourites = (await sidecarApi(h, '/gallery?filter=favourites&limit=1')) as GalleryList
    expect(favourites.total).toBe(48)

    // Space: a quick look at the focused file over the page, and Space again closes it (the bulk action
    // handed the keyboard back to the grid).
    expect(await page.evaluate(() => document.activeElement?.closest('.lv-tile--focus') !== null)).toBe(true)
    await page.keyboard.press('Space')
    await page.waitForSelector('[data-testid="gallery-preview"]')
    await page.waitForFunction(() => (document.querySelector<HTMLImageElement>('.lv-preview__media')?.naturalWidth ?? 0) > 0)
    expect(await page.getAttribute('[data-testid="gallery-preview"]', 'aria-label')).toBe((await tilePath(3))?.split('/').pop())
    await shoot(page, 'gallery-preview')
    await page.keyboard.press('Space')
    await page.waitForSelector('[data-testid="gallery-preview"]', { state: 'detached' })
    expect(await selectedCount()).toBe(48)

    // The next page loads when the end of the grid scrolls into view.
    await page.locator('.lv-gallery__sentinel').scrollIntoViewIfNeeded()
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="gallery-item"]').length > 48)
    await page.evaluate(() => (document.querySelector('.lv-body')!.scrollTop = 0))
    expect(h.problems.filter((p) => !p.includes('/view'))).toEqual([])
  })

  for (const width of [253, 312, 480] as const) {
    it(`shows the grid and the selection bar whole at ${width} px, dark and light`, async () => {
      const { page } = h
      await setSidebarWidth(page, width)
      const problems: string[] = []
      for (const palette of ['dark', 'light'] as const) {
        await setPalette(page, palette)
        await page.locator('[data-testid="gallery-item"] .lv-tile__media').nth(0).click()
        await page.locator('[data-testid="gallery-item"] .lv-tile__media').nth(2).click({ modifiers: ['Shift'] })
        await page.waitForSelector('[data-testid="bulk-copy"]')
        await page.evaluate(() => (document.querySelector('.lv-body')!.scrollTop = 0))
        await shoot(page, `gallery-select-${width}-${palette}`)
        for (const f of await auditPanel(page)) problems.push(`${palette}: ${f.kind}: ${f.what}: ${f.detail}`)
        // The bulk buttons stay inside the panel.
        const panel = await page.locator('.lv-panel').boundingBox()
        for (const b of await page.locator('.lv-selbar__actions .lv-btn').all()) {
          const box = await b.boundingBox()
          if (box && panel && box.x + box.width > panel.x + panel.width + 0.5) problems.push(`${palette}: ${await b.textContent()} sticks out`)
        }
      }
      expect(problems).toEqual([])
    })
  }
})
