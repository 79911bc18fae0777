// A user makes a three-segment video in the panel hosted like ComfyUI's sidebar, then plays the result.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeStartImage, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'

describe('the Long Video panel in the browser', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.5)
    await h.page.goto(h.demo.url)
    await h.page.waitForSelector('body[data-ready="true"]')
  })

  afterAll(async () => {
    await h?.close()
  })

  it('registers a sidebar tab that opens the dashboard', async () => {
    const { page } = h
    await page.click('.demo-sidebar button[data-tab="longvideo"]')
    await page.waitForSelector('[data-testid="lv-dashboard"]')
    await page.waitForSelector('[data-testid="queue-card"]')
    expect(await page.textContent('[data-testid="queue-card"]')).toContain('ComfyUI connected')
    await page.waitForSelector('[data-testid="no-jobs"]')
    await setPalette(page, 'dark')
    await shoot(page, 'dashboard-empty-dark')
  })

  it('toggles with Alt+L and keeps one panel with its state when shown again', async () => {
    const { page } = h
    await page.click('[data-testid="new-job"]')
    await page.waitForSelector('[data-testid="new-job-form"]')
    await page.fill('[data-testid="prompt"]', 'typed before hiding the tab')
    // Like ComfyUI, the host ignores keybindings while a text field has the focus.
    await page.locator('[data-testid="prompt"]').blur()
    await page.keyboard.press('Alt+l')
    await page.waitForSelector('[data-testid="lv-panel"]', { state: 'detached' })
    await page.keyboard.press('Alt+l')
    await page.waitForSelector('[data-testid="new-job-form"]')
    expect(await page.locator('.lv-root').count()).toBe(1)
    // Its state: the same view, and what was typed in it.
    expect(await page.inputValue('[data-testid="prompt"]')).toBe('typed before hiding the tab')
  })

  it('creates a job from an uploaded image with two planned prompts and watches three segments finish', async () => {
    const { page } = h
    await page.setInputFiles('[data-testid="image-file"]', makeStartImage())
    await page.waitForSelector('[data-testid="start-image-preview"]')
    expect(await page.textContent('[data-testid="start-image-name"]')).toMatch(/start.*\.png/)
    await page.fill('[data-testid="prompt"]', 'a test pattern slowly drifts to the left')
    await page.click('[data-testid="add-planned"]')
    await page.click('[data-testid="add-planned"]')
    await page.fill('[data-testid="planned-0"]', 'the pattern zooms in')
    await page.fill('[data-testid="planned-1"]', 'the pattern settles')
    await page.fill('[data-testid="width"]', '128')
    await page.fill('[data-testid="height"]', '96')
    await page.fill('[data-testid="seconds"]', '1')
    expect(await page.textContent('[data-testid="frames"]')).toBe('17 frames (1.00 s)')
    await page.fill('[data-testid="name"]', 'Pattern walk')
    await page.locator('[data-testid="loras-high"] .lv-add-lora').click()
    await page.click('[data-testid="loras-high"] [data-testid="lora-select"]')
    await page.click('[data-testid="loras-high"] [data-value="wan22/motion/orbit_high_noise.safetensors"]')
    // The low-noise partner of a high-noise LoRA comes along.
    expect(await page.getAttribute('[data-testid="loras-low"] [data-testid="lora-select"]', 'title')).toBe('wan22/motion/orbit_low_noise.safetensors')
    const scrollPanel = (top: boolean) =>
      page.evaluate((t) => {
        const body = document.querySelector('.lv-body')!
        body.scrollTop = t ? 0 : body.scrollHeight
      }, top)
    await setPalette(page, 'dark')
    await scrollPanel(true)
    await shoot(page, 'new-job-dark')
    await scrollPanel(false)
    await shoot(page, 'new-job-bottom-dark')
    await setPalette(page, 'light')
    await scrollPanel(true)
    await shoot(page, 'new-job-light')
    await scrollPanel(false)
    await shoot(page, 'new-job-bottom-light')
    await page.click('[data-testid="create-job"]')

    await page.waitForSelector('[data-testid="job-view"]')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="segment-card"][data-status="done"]').length === 3,
      undefined,
      { timeout: 150_000 }
    )
    await page.waitForSelector('[data-testid="job-status"][data-status="awaiting_prompt"]')
    const prompts = await page.locator('.lv-segment__prompt').allTextContents()
    expect(prompts).toEqual(['a test pattern slowly drifts to the left', 'the pattern zooms in', 'the pattern settles'])
    expect(await page.textContent('.lv-job')).toContain('3 done (49 frames)')
    expect(await page.locator('.lv-segment').first().textContent()).toContain('high: orbit_high_noise.safetensors 1.00')
    // Toasts came through ComfyUI's toast manager.
    expect(await page.locator('#toasts').textContent()).toMatch(/Segment \d done/)
    await setPalette(page, 'light')
    await shoot(page, 'job-view-light')
    await setPalette(page, 'dark')
    await shoot(page, 'job-view-dark')
  })

  it('finalizes and plays the stitched video', async () => {
    const { page } = h
    await page.click('[data-testid="finalize"]')
    await page.waitForSelector('[data-testid="final-player"]', { timeout: 60_000 })
    expect(await page.textContent('[data-testid="final-video"]')).toContain('49 frames')
    const video = page.locator('[data-testid="final-player"]')
    await video.evaluate((v: HTMLVideoElement) => {
      v.muted = true
      return v.play()
    })
    await page.waitForFunction(() => {
      const v = document.querySelector<HTMLVideoElement>('[data-testid="final-player"]')
      return !!v && v.readyState >= 2 && v.currentTime > 0.3
    }, undefined, { timeout: 30_000 })
    const state = await video.evaluate((v: HTMLVideoElement) => ({ duration: v.duration, readyState: v.readyState, error: v.error?.code ?? null }))
    expect(state.error).toBeNull()
    expect(state.readyState).toBeGreaterThanOrEqual(2)
    // 49 frames at 16 fps.
    expect(state.duration).toBeGreaterThan(2.9)
    expect(state.duration).toBeLessThan(3.3)
    await video.evaluate((v: HTMLVideoElement) => v.pause())
    await shoot(page, 'job-final-dark')
  })

  it('lists the finished job on the dashboard with its thumbnail', async () => {
    const { page } = h
    await page.click('button[aria-label="Jobs"]')
    await page.waitForSelector('[data-testid="job-list"]')
    expect(await page.textContent('[data-testid="count-completed"]')).toContain('1')
    const thumb = page.locator('.lv-jobrow .lv-thumb img')
    await expect.poll(() => thumb.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true)
    await setPalette(page, 'dark')
    await shoot(page, 'dashboard-dark')
    await setPalette(page, 'light')
    await shoot(page, 'dashboard-light')
    // Widened sidebar: the same panel, more room.
    await page.evaluate(() => (document.querySelector<HTMLElement>('#sidebar-panel')!.style.width = '760px'))
    await page.click('.lv-jobrow')
    await page.waitForSelector('[data-testid="final-video"]')
    await shoot(page, 'job-wide-light')
    expect(h.problems).toEqual([])
  })
})

describe('steering a job by hand in the browser', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.5)
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('waits for a prompt after each segment, runs the one written next, and deletes the last one after confirming', async () => {
    const { page } = h
    await page.click('[data-testid="new-job"]')
    await page.setInputFiles('[data-testid="image-file"]', makeStartImage())
    await page.waitForSelector('[data-testid="start-image-preview"]')
    await page.fill('[data-testid="prompt"]', 'a slow pan to the right')
    await page.fill('[data-testid="width"]', '128')
    await page.fill('[data-testid="height"]', '96')
    await page.fill('[data-testid="seconds"]', '0.5')
    await page.fill('[data-testid="name"]', 'By hand')
    await page.click('[data-testid="create-job"]')
    await page.waitForSelector('[data-testid="job-status"][data-status="awaiting_prompt"]', { timeout: 60_000 })
    expect(await page.locator('[data-testid="segment-card"]').count()).toBe(1)
    expect(await page.textContent('[data-testid="send-next"]')).toBe('Run segment 2')

    await page.fill('[data-testid="next-prompt-text"]', 'the camera tilts up')
    await page.click('[data-testid="send-next"]')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="segment-card"][data-status="done"]').length === 2, undefined, {
      timeout: 60_000,
    })
    await page.waitForSelector('[data-testid="job-status"][data-status="awaiting_prompt"]')
    expect(await page.locator('.lv-segment__prompt').nth(1).textContent()).toBe('the camera tilts up')
    await shoot(page, 'job-awaiting-prompt-dark')

    // Only the last segment can be deleted, after ComfyUI's (here: the stand-in's) confirm dialog.
    const deleteButtons = page.locator('[data-testid="delete-segment"]')
    expect(await deleteButtons.count()).toBe(1)
    await deleteButtons.click()
    await page.waitForSelector('dialog[open]')
    expect(await page.textContent('#dialog-title')).toBe('Delete segment')
    await page.click('[data-testid="dialog-ok"]')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="segment-card"]').length === 1)
  })

  it('shows the sidecar settings and saves a change', async () => {
    const { page } = h
    await page.click('button[aria-label="Settings"]')
    await page.waitForSelector('[data-testid="settings-view"]')
    expect(await page.textContent('[data-testid="comfyui-url"]')).toContain(h.demo.comfyUrl)
    await page.fill('[data-testid="output-subfolder"]', 'bad folder!')
    await page.click('[data-testid="save-settings"]')
    expect(await page.textContent('[data-testid="settings-error"]')).toContain('letters, digits, _ and - only')
    await page.fill('[data-testid="output-subfolder"]', 'longvideo_demo')
    await page.click('[data-testid="save-settings"]')
    await page.waitForSelector('.demo-toast >> text=Long Video settings saved')
    // Saved in the sidecar, not only shown as saved.
    const settings = (await (await fetch(new URL('longvideo/api/settings', h.demo.url))).json()) as { output_subfolder: string }
    expect(settings.output_subfolder).toBe('longvideo_demo')
    await setPalette(page, 'dark')
    await shoot(page, 'settings-dark')
    await setPalette(page, 'light')
    await shoot(page, 'settings-light')
  })

  it('deletes the job after confirming', async () => {
    const { page } = h
    await page.click('button[aria-label="Jobs"]')
    await page.click('.lv-jobrow')
    await page.waitForSelector('[data-testid="job-view"]')
    await page.click('[data-testid="delete-job"]')
    await page.click('[data-testid="dialog-ok"]')
    await page.waitForSelector('[data-testid="no-jobs"]')
    expect(h.problems).toEqual([])
  })
})

describe('a failure in ComfyUI, in the browser', () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.5)
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('shows ComfyUI\'s out-of-memory error on the segment, and a retry finishes the job', async () => {
    const { page } = h
    // Fault counts start again at each setFaults: 1 is the next prompt ComfyUI runs.
    h.demo.sim.setFaults({ oomOnPrompt: 1 })
    await page.click('[data-testid="new-job"]')
    // The form is ready once the sidecar's presets are in.
    await page.waitForFunction(() => (document.querySelector('[data-testid="preset"]') as HTMLSelectElement | null)?.value)
    await page.check('[data-testid="text-only"]')
    await page.fill('[data-testid="prompt"]', 'waves roll onto a beach')
    await page.fill('[data-testid="width"]', '128')
    await page.fill('[data-testid="height"]', '96')
    await page.fill('[data-testid="seconds"]', '0.5')
    await page.click('[data-testid="create-job"]')
    await page.waitForSelector('[data-testid="job-view"]')
    await page.waitForSelector('[data-testid="segment-card"][data-status="failed"]', { timeout: 60_000 }).catch(async (err: Error) => {
      const log = h.demo.sim.promptLog.map((p) => `${p.prompt_id} http ${p.httpStatus ?? '-'} ${p.status ?? 'pending'}`)
      const jobs = await fetch(new URL('longvideo/api/jobs', h.demo.url)).then((r) => r.text())
      const cards = await page.locator('[data-testid="segment-card"]').evaluateAll((els) => els.map((e) => e.getAttribute('data-status')))
      throw new Error(`${err.message}\nprompts ComfyUI saw: ${log.join('; ') || 'none'}\nsidecar jobs: ${jobs.slice(0, 600)}\ncards: ${cards.join(',')}`)
    })
    const error = await page.textContent('[data-testid="segment-error"]')
    expect(error).toMatch(/OutOfMemoryError/)
    expect(await page.locator('#toasts').textContent()).toContain('Segment 1 failed')
    await setPalette(page, 'dark')
    await shoot(page, 'job-failed-dark')

    h.demo.sim.setFaults({})
    await page.click('[data-testid="retry"]')
    await page.waitForSelector('[data-testid="segment-card"][data-status="done"]', { timeout: 60_000 })
    expect(await page.locator('[data-testid="segment-error"]').count()).toBe(0)
    expect(h.problems).toEqual([])
  })
})
