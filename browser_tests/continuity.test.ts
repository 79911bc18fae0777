// A finished three-segment job: redo segment 2 as a new take, choose it, keep the stale segment 3,
// finalize with a crossfade, and check the final file's frames through the API.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JobWithSegments } from '../sidecar/contract'
import { createJobWithStart, sidecarApi as api, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'


describe('takes, stale segments and crossfades in the browser', () => {
  let h: Harness
  let jobId = 0

  beforeAll(async () => {
    h = await startHarness(0.4)
    // Each segment's colours slide a little, so the drift meter has something to show.
    h.demo.sim.setColorDrift({ r: 10, g: -4, b: -8 })
    const job = await createJobWithStart(h, {
      name: 'Takes walk',
      prompt: 'a test pattern drifts to the left',
      planned_prompts: ['the pattern zooms in', 'the pattern settles'],
      parameters: { width: 128, height: 96, fps: 16, frames: 9, drift_threshold: 3 },
    })
    jobId = job.id
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('redoes segment 2 as a new take and chooses it, which makes segment 3 stale', async () => {
    const { page } = h
    await page.click('.lv-jobrow')
    await page.waitForSelector('[data-testid="job-view"]')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="segment-card"][data-status="done"]').length === 3, undefined, {
      timeout: 90_000,
    })
    await page.waitForSelector('[data-testid="job-status"][data-status="awaiting_prompt"]')
    await page.waitForSelector('[data-testid="drift-chart"]')
    // The drift of a segment is measured just after its hand-off and arrives as its own event.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="drift-bar"]').length === 3, undefined, { timeout: 30_000 })
    expect(await page.locator('[data-testid="drift-bar"]').count()).toBe(3)

    const second = page.locator('[data-testid="segment-card"][data-idx="1"]')
    await second.locator('[data-testid="redo"]').click()
    await second.locator('[data-testid="redo-prompt"]').fill('the pattern zooms out instead')
    await second.locator('[data-testid="send-redo"]').click()
    const strip = second.locator('[data-testid="takes-strip"]')
    await strip.locator('[data-testid="take"][data-take="2"][data-status="done"]').waitFor({ timeout: 60_000 })
    expect(await strip.locator('[data-testid="take"][data-take="1"]').getAttribute('data-chosen')).toBe('true')
    expect(await strip.locator('[data-take="2"]').textContent()).toContain('the pattern zooms out instead')
    await setPalette(page, 'dark')
    await second.scrollIntoViewIfNeeded()
    await shoot(page, 'continuity-takes-dark')

    await strip.locator('[data-take="2"] [data-testid="choose-take"]').click()
    await strip.locator('[data-testid="take"][data-take="2"][data-chosen="true"]').waitFor()
    await page.waitForSelector('[data-testid="segment-card"][data-idx="2"].lv-segment--stale')
    const banner = page.locator('[data-testid="stale-banner"]')
    expect(await banner.textContent()).toContain('Segment 2 changed take, so segment 3 no longer starts')
    expect(await banner.locator('[data-testid="stale-rerun"]').textContent()).toBe('Re-run from 3')
    expect(await second.locator('.lv-segment__prompt').textContent()).toBe('the pattern zooms out instead')
    await page.evaluate(() => (document.querySelector('.lv-body')!.scrollTop = 0))
    await shoot(page, 'continuity-stale-dark')
    await setPalette(page, 'light')
    await shoot(page, 'continuity-stale-light')

    await banner.locator('[data-testid="stale-keep"]').click()
    await banner.waitFor({ state: 'detached' })
    expect(await page.locator('.lv-segment--stale').count()).toBe(0)
  })

  it('switches the colour guard on with a segment\'s frame as anchor', async () => {
    const { page } = h
    await page.click('[data-testid="continuity"] summary')
    await page.check('[data-testid="guard-enabled"]')
    await page.locator('[data-testid="guard-strength"]').fill('0.75')
    await page.selectOption('[data-testid="guard-anchor"]', { label: 'Segment 1, take 1: last frame' })
    await page.fill('[data-testid="drift-threshold-input"]', '4')
    await setPalette(page, 'dark')
    await page.locator('[data-testid="continuity"]').scrollIntoViewIfNeeded()
    await shoot(page, 'continuity-guard-dark')
    await page.click('[data-testid="save-guard"]')
    await page.waitForSelector('[data-testid="guard-state"] >> text=guard on · 75%')
    const job = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
    expect(job.parameters.color_guard).toEqual({ enabled: true, strength: 0.75, anchor: { idx: 0, take: 1 } })
    expect(job.drift_threshold).toBe(4)
    expect(await page.getAttribute('[data-testid="drift-threshold"]', 'data-value')).toBe('4')
  })

  it('finalizes with a crossfade and the file has the frames the panel announced', async () => {
    const { page } = h
    await page.click('[data-testid="finalize-options-toggle"]')
    await page.selectOption('[data-testid="seam"][data-after="1"] [data-testid="seam-type"]', 'crossfade')
    await page.fill('[data-testid="seam"][data-after="1"] [data-testid="seam-frames"]', '4')
    await page.press('[data-testid="seam"][data-after="1"] [data-testid="seam-frames"]', 'Tab')
    // 9 + 8 + 8 frames, 4 of them overlapped.
    expect(await page.getAttribute('[data-testid="final-frames"]', 'data-frames')).toBe('21')
    expect(await page.textContent('[data-testid="finalize"]')).toContain('21 frames')
    await setPalette(page, 'dark')
    await page.locator('[data-testid="finalize-options"]').scrollIntoViewIfNeeded()
    await shoot(page, 'continuity-finalize-options-dark')
    await page.click('[data-testid="finalize"]')
    await page.waitForSelector('[data-testid="final-player"]', { timeout: 60_000 })

    const job = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
    expect(job.final_video?.frames).toBe(21)
    expect(job.final_video?.takes).toEqual([
      { idx: 0, take: 1 },
      { idx: 1, take: 2 },
      { idx: 2, take: 1 },
    ])
    expect(job.final_video?.export?.seams).toEqual([{ after: 1, type: 'crossfade', frames: 4 }])
    expect(await page.textContent('[data-testid="final-video"]')).toContain('21 frames')
    const row = page.locator('[data-testid="final-row"]').first()
    expect(await row.locator('[data-testid="final-take"]').allTextContents()).toEqual(['1·t1', '2·t2', '3·t1'])
    expect(await row.locator('[data-testid="final-export"]').textContent()).toContain('crossfade 2→3 4f')
    // The player agrees: 21 frames at 16 fps.
    const duration = await page.locator('[data-testid="final-player"]').evaluate(
      (v: HTMLVideoElement) =>
        new Promise<number>((resolve) => (v.readyState >= 1 ? resolve(v.duration) : v.addEventListener('loadedmetadata', () => resolve(v.duration))))
    )
    expect(duration).toBeGreaterThan(1.2)
    expect(duration).toBeLessThan(1.45)
    await page.evaluate(() => (document.querySelector('.lv-body')!.scrollTop = 0))
    await shoot(page, 'continuity-final-dark')
    await page.evaluate(() => (document.querySelector<HTMLElement>('#sidebar-panel')!.style.width = '760px'))
    await shoot(page, 'continuity-final-wide-dark')
    await setPalette(page, 'light')
    await shoot(page, 'continuity-final-wide-light')
    expect(h.problems).toEqual([])
  })
})
