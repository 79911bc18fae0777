// The caps on queued work in the Settings view, at the narrowest and a wide sidebar in both palettes:
// the fields fit, read well (contrast, nothing sticking out), refuse a value out of bounds by its label,
// and a saved cap is what the sidecar then holds. Screenshots: test-output/screenshots/settings-limits-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { sidecarApi as api, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

describe('the caps on queued work in Settings', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.3)
    await openPanel(h)
    await h.page.click('.lv-nav [aria-label="Settings"]')
    await h.page.waitForSelector('[data-testid="limit-max_takes_per_segment"]')
  })

  afterAll(async () => {
    await h?.close()
  })

  for (const width of [253, 480] as const) {
    for (const palette of ['dark', 'light'] as const) {
      it(`fit and read well at ${width} px in the ${palette} palette`, async () => {
        const { page } = h
        await setSidebarWidth(page, width)
        await setPalette(page, palette)
        await page.locator('[data-testid="limit-max_segments_per_job"]').scrollIntoViewIfNeeded()
        await shoot(page, `settings-limits-${width}-${palette}`)
        expect(await auditPanel(page)).toEqual([])
      })
    }
  }

  it('refuse a cap out of bounds by its label, and save one in bounds to the sidecar', async () => {
    const { page } = h
    await page.fill('[data-testid="limit-max_takes_per_segment"]', '65')
    await page.click('[data-testid="save-settings"]')
    await page.waitForSelector('[data-testid="settings-error"]')
    expect(await page.textContent('[data-testid="settings-error"]')).toBe('Takes waiting per segment: a whole number from 1 to 64 (limits.max_takes_per_segment)')
    await page.fill('[data-testid="limit-max_takes_per_segment"]', '24')
    await page.click('[data-testid="save-settings"]')
    await page.waitForSelector('[data-testid="settings-error"]', { state: 'detached' })
    await expect.poll(async () => ((await api(h, '/settings')) as { limits: { max_takes_per_segment: number } }).limits.max_takes_per_segment).toBe(24)
    expect(h.problems).toEqual([])
  })
})
