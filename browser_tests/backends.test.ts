// The Backends view (issue 16) as a user sees it, at the sidebar widths ComfyUI gives a tab (253, 312 and
// 480 px) in the dark and the light palette: each backend's state, queue, runs, loaded models, last error
// and presets, and adding one (a real settings PUT to the demo's sidecar). The statuses and the
// Distributed workers are the contract's shapes served from a fixture (extension/testing/backendFixtures.ts):
// the demo runs one ComfyUI, and an offline backend with an error is what the view must show well.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Settings } from '../sidecar/contract'
import { backendList, backendStatuses } from '../extension/testing/backendFixtures'
import { createJobWithStart, sidecarApi, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

const WIDTHS = [253, 312, 480] as const
const PALETTES = ['dark', 'light'] as const

describe('the backends view', () => {
  let h: Harness
  let jobId = 0

  beforeAll(async () => {
    h = await startHarness(0.3)
    const job = await createJobWithStart(h, { name: 'Backends walk', prompt: 'a test pattern drifts left', parameters: { width: 128, height: 96, fps: 16, frames: 9 } })
    jobId = job.id
    const json = (body: unknown) => ({ status: 200, contentType: 'application/json', body: JSON.stringify(body) })
    await h.page.route((url) => url.pathname.endsWith('/longvideo/api/backends'), (route) => route.fulfill(json(backendList(backendStatuses(jobId)))))
    await h.page.route((url) => url.pathname.endsWith('/longvideo/api/backends/discovered'), (route) =>
      route.fulfill(json({ source: 'comfyui-distributed', workers: [{ name: 'GPU 3 (ComfyUI-Distributed)', url: 'http://127.0.0.1:8190', enabled: true }] }))
    )
    // The statuses are the fixture's: the demo sidecar's own `backends` events (its one ComfyUI, sent
    // whenever a prompt starts or ends) would replace them in the view, so the page does not listen for them.
    await h.page.addInitScript(() => {
      const listen = EventSource.prototype.addEventListener
      EventSource.prototype.addEventListener = function (this: EventSource, type: string, ...rest: unknown[]) {
        if (type !== 'backends') (listen as (...args: unknown[]) => void).call(this, type, ...rest)
      } as typeof listen
    })
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  for (const width of WIDTHS) {
    for (const palette of PALETTES) {
      it(`fits and reads well at ${width} px in the ${palette} palette`, async () => {
        const { page } = h
        await setSidebarWidth(page, width)
        await setPalette(page, palette)
        await page.click('[data-testid="nav-backends"]')
        await page.waitForSelector('[data-testid="backend-card"][data-id="rented"]')
        const problems: string[] = []
        const title = await page.locator('.lv-title').boundingBox()
        if ((title?.height ?? 99) >= 24) problems.push(`the header title wraps (${title?.height} px high)`)
        // Why the offline backend cannot run two presets, opened.
        await page.evaluate(() => document.querySelectorAll<HTMLDetailsElement>('[data-testid="backend-presets"]').forEach((d) => (d.open = true)))
        await shoot(page, `backends-${width}-${palette}`)
        for (const f of await auditPanel(page)) problems.push(`${f.kind}: ${f.what}: ${f.detail}`)
        await page.evaluate(() => {
          const body = document.querySelector('.lv-body')!
          body.scrollTop = body.scrollHeight
        })
        await shoot(page, `backends-bottom-${width}-${palette}`)
        for (const f of await auditPanel(page)) problems.push(`bottom: ${f.kind}: ${f.what}: ${f.detail}`)
        expect(problems).toEqual([])
      })
    }
  }

  for (const width of WIDTHS) {
    for (const palette of PALETTES) {
      it(`says on the new-job form which backends can run the chosen preset, at ${width} px in the ${palette} palette`, async () => {
        const { page } = h
        await setSidebarWidth(page, width)
        await setPalette(page, palette)
        await page.click('.lv-nav button[aria-label="New job"]')
        const note = page.locator('[data-testid="preset-backends"]')
        await note.waitFor()
        await page.selectOption('[data-testid="preset"]', 'wan22_14b_i2v')
        expect((await note.locator('[data-testid="preset-runs-on"]').innerText()).trim()).toBe('Runs on This ComfyUI and Second GPU.')
        expect(await note.locator('[data-testid="preset-not-on"]').getAttribute('data-name')).toBe('Rented 4090')
        expect(await note.innerText()).toContain('Model file not installed: wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors')
        await note.scrollIntoViewIfNeeded()
        await shoot(page, `newjob-backends-${width}-${palette}`)
        const problems = (await auditPanel(page)).map((f) => `${f.kind}: ${f.what}: ${f.detail}`)
        expect(problems).toEqual([])
        await page.click('[data-testid="nav-backends"]')
      })
    }
  }

  it('shows what runs where and why a backend cannot run a preset', async () => {
    const { page } = h
    const card = (id: string) => page.locator(`[data-testid="backend-card"][data-id="${id}"]`)
    expect(await card('main').locator('[data-testid="backend-state"]').innerText()).toBe('online')
    expect(await card('rented').locator('[data-testid="backend-state"]').innerText()).toBe('offline')
    expect(await card('rented').locator('[data-testid="backend-error"]').innerText()).toContain('ECONNREFUSED')
    expect(await card('rented').locator('[data-testid="preset-missing"]').count()).toBe(2)
    expect(await card('main').locator('[data-testid="backend-running"]').innerText()).toBe(`Job ${jobId}, segment 2`)
    await card('main').locator('[data-testid="backend-running"]').click()
    await page.waitForSelector('[data-testid="job-view"]')
    await page.click('[data-testid="nav-backends"]')
    await page.waitForSelector('[data-testid="backend-card"]')
  })

  it('names the backend a running segment is on when there are several', async () => {
    const { page } = h
    // The backends (from the view's status list) are four. The demo's one ComfyUI finishes the segment at
    // once: its answer is shown running on the second GPU.
    const jobRoute = (url: URL) => url.pathname.endsWith(`/longvideo/api/jobs/${jobId}`)
    await page.route(jobRoute, async (route) => {
      const job = (await (await route.fetch()).json()) as { segments: Record<string, unknown>[] }
      job.segments[0] = { ...job.segments[0], status: 'running', backend: 'second-gpu', video: null, progress: null, execution_ms: null, frames: null, finished_at: null }
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(job) })
    })
    await setSidebarWidth(page, 312)
    await setPalette(page, 'dark')
    await page.click('[data-testid="nav-backends"]')
    await page.click(`[data-testid="backend-card"][data-id="main"] [data-testid="backend-running"]`)
    await page.waitForSelector('[data-testid="segment-backend"]')
    expect(await page.textContent('[data-testid="segment-backend"]')).toBe('on Second GPU')
    await page.locator('[data-testid="segment-card"]').first().scrollIntoViewIfNeeded()
    await shoot(page, 'backends-segment-card-312-dark')
    await setPalette(page, 'light')
    await shoot(page, 'backends-segment-card-312-light')
    await page.unroute(jobRoute)
    await page.click('[data-testid="nav-backends"]')
  })

  it('keeps a segment card head readable at 253 px with a second tag: the time on one line inside the card', async () => {
    const { page } = h
    // A finished segment with new takes waiting and a third attempt: "New take queued" and a long time line.
    const jobRoute = (url: URL) => url.pathname.endsWith(`/longvideo/api/jobs/${jobId}`)
    await page.route(jobRoute, async (route) => {
      const job = (await (await route.fetch()).json()) as { segments: Record<string, unknown>[] }
      job.segments[0] = { ...job.segments[0], open_takes: 2, attempts: 3 }
      await route.fulfill({ status: 200, contentType: 'application/json', body: JSON.stringify(job) })
    })
    await setSidebarWidth(page, 253)
    await setPalette(page, 'dark')
    await page.click(`[data-testid="backend-card"][data-id="main"] [data-testid="backend-running"]`)
    const card = page.locator('[data-testid="segment-card"]').first()
    await card.locator('[data-testid="segment-take-tag"]').waitFor()
    await card.scrollIntoViewIfNeeded()
    const box = (await card.boundingBox())!
    const time = (await card.locator('[data-testid="segment-time"]').boundingBox())!
    expect(await card.locator('[data-testid="segment-time"]').innerText()).toMatch(/frames · attempt 3$/)
    // One line (it was squeezed into a column of single words, past the card's right edge).
    expect(time.height).toBeLessThan(22)
    expect(time.x + time.width).toBeLessThanOrEqual(box.x + box.width)
    await shoot(page, 'segment-card-head-253-dark')
    await page.unroute(jobRoute)
    await page.click('[data-testid="nav-backends"]')
  })

  it('adds a Distributed worker and a typed-in backend through the sidecar settings', async () => {
    const { page } = h
    await page.click('[data-testid="add-discovered"]')
    await expect.poll(async () => ((await sidecarApi(h, '/settings')) as Settings).backends.map((b) => b.url)).toEqual(['http://127.0.0.1:8190'])
    await page.fill('[data-testid="backend-new-name"]', 'Desk box')
    await page.fill('[data-testid="backend-new-url"]', 'http://192.168.1.40:8188/')
    await page.click('[data-testid="backend-add-submit"]')
    await expect.poll(async () => ((await sidecarApi(h, '/settings')) as Settings).backends.map((b) => [b.id, b.url])).toEqual([
      ['gpu-3-comfyui-distributed', 'http://127.0.0.1:8190'],
      ['desk-box', 'http://192.168.1.40:8188'],
    ])
    await shoot(page, 'backends-added')
    // Put the demo back to one backend.
    await sidecarApi(h, '/settings', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ backends: [] }) })
    expect(h.problems).toEqual([])
  })
})
