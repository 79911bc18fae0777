// Watching a job run: the sidebar icon counts running jobs, the job list and the job header carry a bar
// and the time left, and the segment's bar only moves forward through both sampler passes, naming them.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJobWithStart, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'


describe('progress in the browser', () => {
  let h: Harness
  let jobId = 0

  beforeAll(async () => {
    // Slow enough to watch: 8 s per segment over 2 x 10 steps.
    h = await startHarness(8)
    await openPanel(h)
    const job = await createJobWithStart(h, {
      name: 'Slow walk',
      prompt: 'a test pattern drifts to the left',
      planned_prompts: ['the pattern settles'],
      parameters: { width: 128, height: 96, fps: 16, frames: 9, steps: 20 },
    })
    jobId = job.id
  })

  afterAll(async () => {
    await h?.close()
  })

  it('counts the running job on the sidebar icon and shows its bar in the job list', async () => {
    const { page } = h
    await page.waitForSelector('.demo-sidebar button[data-tab="longvideo"] [data-testid="tab-badge"]:not([hidden])')
    expect(await page.textContent('[data-testid="tab-badge"]')).toBe('1')
    const row = page.locator(`.lv-jobrow[data-job-id="${jobId}"] [data-testid="job-row-progress"]`)
    await row.waitFor()
    await page.waitForFunction(() => /Segment 1 of 2/.test(document.querySelector('[data-testid="job-row-progress"]')?.textContent ?? ''))
  })

  it('moves one bar forward through the high- and low-noise passes, with the time left', async () => {
    const { page } = h
    await page.click(`.lv-jobrow[data-job-id="${jobId}"]`)
    const card = page.locator('[data-testid="segment-card"][data-idx="0"]')
    await card.locator('[data-testid="run-phase"]').waitFor()
    const seen: { phase: string; text: string; value: number }[] = []
    let shot = false
    for (let i = 0; i < 200; i++) {
      // One reading of the card as it stands: the phase, its words and the bar read in separate round trips
      // could mix two renders (a value from "High noise 9/10" with the phase that replaced it).
      const now = await card.evaluate((el) => ({
        status: el.getAttribute('data-status'),
        text: el.querySelector('[data-testid="run-phase"]')?.textContent ?? '',
        value: Number(el.querySelector('[role="progressbar"]')?.getAttribute('aria-valuenow') ?? -1),
        phase: el.querySelector('[data-testid="run-progress"]')?.getAttribute('data-phase') ?? '',
      }))
      if (now.status === 'done') break
      const { phase, text, value } = now
      if (value >= 0) seen.push({ phase, text, value })
      if (!shot && phase === 'low_noise') {
        shot = true
        await setSidebarWidth(page, 312)
        for (const palette of ['dark', 'light'] as const) {
          await setPalette(page, palette)
          await shoot(page, `progress-running-312-${palette}`)
          expect(await auditPanel(page)).toEqual([])
        }
      }
      await page.waitForTimeout(150)
    }
    const values = seen.map((s) => s.value)
    expect(values).toEqual([...values].sort((a, b) => a - b))
    expect(seen.some((s) => /^High noise \d+\/10/.test(s.text))).toBe(true)
    expect(seen.some((s) => /^Low noise \d+\/10/.test(s.text))).toBe(true)
    // The second pass starts at its own step 1 while the bar stands past the first pass.
    const lowStart = seen.find((s) => s.phase === 'low_noise')!
    expect(lowStart.value).toBeGreaterThan(40)
    expect(seen.some((s) => / · about \d+ s left| · almost done/.test(s.text))).toBe(true)
    expect(shot).toBe(true)
  })

  it('shows the job\'s bar in its header, and clears the badge when the job stops running', async () => {
    const { page } = h
    await page.waitForFunction(() => /Segment 2 of 2/.test(document.querySelector('[data-testid="job-progress"]')?.textContent ?? ''), undefined, {
      timeout: 30_000,
    })
    await page.waitForSelector('[data-testid="job-status"][data-status="awaiting_prompt"]', { timeout: 60_000 })
    await page.waitForSelector('[data-testid="tab-badge"][hidden]', { state: 'attached' })
    expect(await page.locator('[data-testid="job-progress"]').count()).toBe(0)
  })
})
