// Start from text in the new-job form, against the demo's simulated ComfyUI: 4 candidate start images
// made by Wan2.2 T2V at length 1 appear with their seeds, fit and read well at the narrowest and a wide
// sidebar in both palettes, and the one picked becomes the created job's start image, kept with its set.
// Screenshots: test-output/screenshots/start-from-text-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { JobWithSegments, StartImageSet } from '../sidecar/contract'
import { sidecarApi as api, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

describe('start from text', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.3)
    await openPanel(h)
    await h.page.click('[data-testid="new-job"]')
    await h.page.waitForSelector('[data-testid="new-job-form"]')
  })

  afterAll(async () => {
    await h?.close()
  })

  it('makes 4 candidates from the prompt, with their seeds', async () => {
    const { page } = h
    await setSidebarWidth(page, 253)
    await page.check('[data-testid="start-mode-text"]')
    await page.waitForSelector('[data-testid="start-from-text"]')
    await page.fill('[data-testid="prompt"]', 'a lighthouse on a cliff at dusk, waves below')
    await expect.poll(() => page.inputValue('[data-testid="fromtext-maker"]')).toBe('wan22_14b_t2v')
    await page.click('[data-testid="fromtext-make"]')
    await page.waitForSelector('.lv-cand')
    await expect.poll(() => page.textContent('[data-testid="fromtext-progress"]'), { timeout: 60_000 }).toBe('4 of 4 ready; pick one')
    await page.waitForFunction(() => [...document.querySelectorAll<HTMLImageElement>('.lv-cand__img')].filter((i) => i.complete && i.naturalWidth > 0).length === 4)
    const seeds = await page.locator('.lv-cand__seed').allTextContents()
    expect(seeds).toHaveLength(4)
    expect(seeds.every((s) => /^seed \d+$/.test(s))).toBe(true)
  }, 90_000)

  for (const width of [253, 480] as const) {
    for (const palette of ['dark', 'light'] as const) {
      it(`fits and reads well at ${width} px in the ${palette} palette`, async () => {
        const { page } = h
        await setSidebarWidth(page, width)
        await setPalette(page, palette)
        await page.locator('[data-testid="start-from-text"]').scrollIntoViewIfNeeded()
        await shoot(page, `start-from-text-${width}-${palette}`)
        expect(await auditPanel(page)).toEqual([])
      })
    }
  }

  it('picks one, and the created job starts from it and keeps the set', async () => {
    const { page } = h
    const third = page.locator('.lv-cand').nth(2)
    const seed = Number(((await third.locator('.lv-cand__seed').textContent()) ?? '').replace('seed ', ''))
    await third.click()
    await page.waitForSelector('.lv-cand--on')
    await shoot(page, 'start-from-text-picked-253-light')
    await page.click('[data-testid="create-job"]')
    await page.waitForSelector('[data-testid="new-job-form"]', { state: 'detached' })
    const jobs = (await api(h, '/jobs')) as { jobs: JobWithSegments[] }
    const job = jobs.jobs[0]
    expect(job?.input_image).toMatch(new RegExp(`seed${seed}`))
    const kept = (await api(h, `/start-images?job=${job?.id}`)) as { sets: StartImageSet[] }
    expect(kept.sets).toHaveLength(1)
    expect(kept.sets[0]?.candidates.find((c) => c.id === kept.sets[0]?.chosen)?.seed).toBe(seed)
    expect(h.problems).toEqual([])
  }, 60_000)

  it('redoes segment 1 from another of the job\'s candidates', async () => {
    const { page } = h
    const jobs = (await api(h, '/jobs')) as { jobs: JobWithSegments[] }
    const job = jobs.jobs[0] as JobWithSegments
    if (!(await page.locator('[data-testid="job-view"]').count())) await page.click('.lv-jobrow')
    await page.waitForSelector('[data-testid="job-status"][data-status="awaiting_prompt"]', { timeout: 60_000 })
    const first = page.locator('[data-testid="segment-card"][data-idx="0"]')
    await first.locator('[data-testid="redo"]').click()
    const picks = first.locator('[data-testid="redo-start-candidates"] .lv-cand')
    await picks.first().waitFor()
    expect(await picks.count()).toBe(4)
    const seed = Number(((await picks.nth(0).locator('.lv-cand__seed').textContent()) ?? '').replace('seed ', ''))
    await picks.nth(0).click()
    for (const palette of ['light', 'dark'] as const) {
      await setSidebarWidth(page, 253)
      await setPalette(page, palette)
      await first.locator('[data-testid="redo-start-candidates"]').scrollIntoViewIfNeeded()
      await shoot(page, `start-from-text-redo-253-${palette}`)
      expect(await auditPanel(page)).toEqual([])
    }
    await first.locator('[data-testid="send-redo"]').click()
    await first.locator('[data-testid="takes-strip"] [data-testid="take"][data-take="2"][data-status="done"]').waitFor({ timeout: 60_000 })
    const moved = (await api(h, `/jobs/${job.id}`)) as JobWithSegments
    expect(moved.input_image).toMatch(new RegExp(`seed${seed}`))
    const takes = (await api(h, `/jobs/${job.id}/segments/0/takes`)) as { takes: Array<{ take: number; start_image: string | null }> }
    expect(takes.takes.map((t) => t.start_image)).toEqual([job.input_image, moved.input_image])
    expect(h.problems).toEqual([])
  }, 120_000)
})
