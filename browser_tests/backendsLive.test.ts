// Two simulated ComfyUIs (the demo's --backends 2) as two GPUs: the Backends view shows both online with
// what runs on each, from the sidecar's own GET /api/backends and its live `backends` events, and a running
// segment card names the backend it runs on. No fixture: this is the engine's real status.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { BackendList } from '../sidecar/contract'
import { createJobWithStart, openPanel, setPalette, shoot, sidecarApi, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

describe('the backends view with two simulated GPUs', () => {
  let h: Harness
  const jobs: number[] = []

  beforeAll(async () => {
    h = await startHarness(3, { backends: 2 })
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('lists both backends online, each running a job, live', async () => {
    const { page } = h
    await setSidebarWidth(page, 312)
    await setPalette(page, 'dark')
    await page.click('[data-testid="nav-backends"]')
    await page.waitForSelector('[data-testid="backend-card"][data-id="gpu2"]')
    expect(await page.locator('[data-testid="backend-name"]').allInnerTexts()).toEqual(['This ComfyUI', 'Simulated GPU 2'])
    // The jobs start once the view is open (made before it, they could end before it is shown): six
    // segments of 3 s each, long enough for this test and the next to see them run.
    for (const name of ['Left walk', 'Right walk']) {
      const job = await createJobWithStart(h, {
        name,
        prompt: 'a test pattern drifts left',
        planned_prompts: ['it keeps drifting', 'it drifts on', 'it slows', 'it slows more', 'it settles'],
        parameters: { width: 128, height: 96, fps: 16, frames: 9 },
      })
      jobs.push(job.id)
    }
    // Both GPUs take a job: the view follows the sidecar's events without being reloaded.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="backend-running"]').length === 2, undefined, { timeout: 60_000 })
    const states = await page.locator('[data-testid="backend-state"]').allInnerTexts()
    expect(states).toEqual(['online', 'online'])
    const status = BackendList.parse(await sidecarApi(h, '/backends'))
    expect(status.backends.every((b) => b.presets.length > 0)).toBe(true)
    await shoot(page, 'backends-live-312-dark')
    expect((await auditPanel(page)).map((f) => `${f.kind}: ${f.what}: ${f.detail}`)).toEqual([])
  })

  it('names the backend on the running segment of a job', async () => {
    const { page } = h
    await page.locator('[data-testid="backend-card"][data-id="gpu2"] [data-testid="backend-running"]').click()
    await page.waitForSelector('[data-testid="job-view"]')
    const label = page.locator('[data-testid="segment-backend"]').first()
    await label.waitFor({ timeout: 60_000 })
    expect(await label.innerText()).toMatch(/^on (This ComfyUI|Simulated GPU 2)$/)
    await label.scrollIntoViewIfNeeded()
    await setPalette(page, 'light')
    await shoot(page, 'backends-live-job-312-light')
    expect(h.problems).toEqual([])
  })
})
