// A user turns the workflow on the canvas into a template, runs a three-segment job with it, opens a
// segment's workflow in the canvas, and sends a canvas image to a new job.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { makeStartImage, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'

type Graph = Record<string, { class_type: string; inputs: Record<string, unknown> }>

describe('your own workflow and the canvas as a partner', () => {
  let h: Harness
  let jobId = 0

  beforeAll(async () => {
    h = await startHarness(0.3)
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('"Use current workflow" shows the roles found in the canvas graph and saves it as a template', async () => {
    const { page } = h
    await page.click('[data-testid="nav-templates"]')
    await page.waitForSelector('[data-testid="no-templates"]')
    await page.click('[data-testid="use-canvas"]')
    await page.waitForSelector('[data-testid="role"][data-role="start_image"]')
    expect(await page.textContent('[data-testid="role"][data-role="start_image"] [data-testid="role-site"]')).toBe('#45 Start image (LoadImage).image')
    expect(await page.textContent('[data-testid="role"][data-role="video_output"] [data-testid="role-site"]')).toContain('#55')
    expect(await page.getAttribute('[data-testid="role"][data-role="last_frame_output"]', 'data-origin')).toBe('added')
    expect(await page.textContent('[data-testid="template-summary"]')).toContain('128x96 · 17 frames at 16 fps')
    expect(await page.textContent('[data-testid="template-changes"]')).toMatch(/#100/)
    expect(await page.locator('[data-testid="role-problems"]').count()).toBe(0)
    await page.fill('[data-testid="template-name"]', 'Demo canvas graph')
    await setPalette(page, 'dark')
    await page.evaluate(() => (document.querySelector('.lv-body')!.scrollTop = 0))
    await shoot(page, 'templates-role-editor-top-dark')
    await page.evaluate(() => (document.querySelector('.lv-body')!.scrollTop = 1e6))
    await shoot(page, 'templates-role-editor-dark')
    await setPalette(page, 'light')
    await shoot(page, 'templates-role-editor-light')
    await page.click('[data-testid="save-template"]')
    await page.waitForSelector('[data-testid="template-saved"]')
    expect(await page.textContent('[data-testid="saved-changes"]')).toMatch(/#100/)
    expect(await page.textContent('[data-testid="template-row"]')).toContain('Demo canvas graph')
    await shoot(page, 'templates-saved-light')
    await setPalette(page, 'dark')
    await page.evaluate(() => (document.querySelector<HTMLElement>('#sidebar-panel')!.style.width = '640px'))
    await shoot(page, 'templates-saved-wide-dark')
    await page.evaluate(() => (document.querySelector<HTMLElement>('#sidebar-panel')!.style.width = ''))
  })

  it('runs a three-segment job with the template to completion', async () => {
    const { page } = h
    await page.click('[data-testid="new-job-with-template"]')
    await page.waitForSelector('[data-testid="new-job-form"]')
    expect(await page.locator('[data-testid="user-presets"] option').allTextContents()).toEqual(['Demo canvas graph'])
    // "New job with it" selects the template just saved.
    expect(await page.inputValue('[data-testid="preset"]')).toBe('user_demo_canvas_graph')
    await page.setInputFiles('[data-testid="image-file"]', makeStartImage())
    await page.waitForSelector('[data-testid="start-image-preview"]')
    await page.fill('[data-testid="prompt"]', 'the test pattern drifts left')
    await page.click('[data-testid="add-planned"]')
    await page.click('[data-testid="add-planned"]')
    await page.fill('[data-testid="planned-0"]', 'the test pattern zooms in')
    await page.fill('[data-testid="planned-1"]', 'the test pattern settles')
    await page.fill('[data-testid="width"]', '128')
    await page.fill('[data-testid="height"]', '96')
    await page.fill('[data-testid="seconds"]', '1')
    await page.fill('[data-testid="name"]', 'Own graph walk')
    await page.click('[data-testid="create-job"]')
    await page.waitForSelector('[data-testid="job-view"]')
    await page.waitForFunction(
      () => document.querySelectorAll('[data-testid="segment-card"][data-status="done"]').length === 3,
      undefined,
      { timeout: 120_000 }
    )
    const jobs = (await (await fetch(new URL('longvideo/api/jobs', h.demo.url))).json()) as { jobs: { id: number; name: string; preset: string; counts: { done: number } }[] }
    const job = jobs.jobs.find((j) => j.name === 'Own graph walk')
    expect(job).toMatchObject({ preset: 'user_demo_canvas_graph', counts: { done: 3 } })
    jobId = job!.id
    // Every segment ComfyUI ran came from the template: no preview node, our added last-frame save.
    const sent = h.demo.sim.promptLog.filter((l) => l.httpStatus === 200).map((l) => (l.body as { prompt: Graph }).prompt)
    expect(sent).toHaveLength(3)
    for (const p of sent) {
      expect(Object.values(p).some((n) => n.class_type === 'PreviewImage')).toBe(false)
      expect(Object.values(p).filter((n) => n.class_type === 'SaveImage')).toHaveLength(1)
    }
  })

  it("\"Open in canvas\" puts the segment's exact prompt on the canvas", async () => {
    const { page } = h
    await page.click('[data-testid="segment-card"][data-idx="1"] [data-testid="open-in-canvas"]')
    await page.waitForFunction(() => document.querySelector('#graph-name')?.textContent?.includes('segment 2'))
    expect(await page.textContent('#graph-name')).toBe('Own graph walk segment 2')
    const onCanvas = JSON.parse((await page.textContent('#graph')) ?? '{}') as Graph
    const segments = (await (await fetch(new URL(`longvideo/api/jobs/${jobId}`, h.demo.url))).json()) as { segments: { prompt_id: string; start_image: string }[] }
    const ran = h.demo.sim.promptLog.find((l) => l.prompt_id === segments.segments[1]?.prompt_id && l.httpStatus === 200)
    expect(onCanvas).toEqual((ran?.body as { prompt: Graph }).prompt)
    const texts = Object.values(onCanvas).filter((n) => n.class_type === 'CLIPTextEncode').map((n) => n.inputs.text)
    expect(texts).toContain('the test pattern zooms in')
    expect(Object.values(onCanvas).find((n) => n.class_type === 'LoadImage')?.inputs.image).toBe(segments.segments[1]?.start_image)
    await shoot(page, 'open-in-canvas-dark')
  })

  it('"Send to Long Video" on a Save Image node starts a new job from a copy of that image', async () => {
    const { page } = h
    await page.click('.demo-node[data-node="9"]', { button: 'right' })
    await page.click('.demo-menu button:has-text("Send to Long Video")')
    await page.waitForSelector('[data-testid="new-job-form"] [data-testid="start-image-preview"]')
    const name = (await page.textContent('[data-testid="start-image-name"]')) ?? ''
    expect(name).toMatch(/ComfyUI_00001_.*\.png/)
    // The output image was copied to ComfyUI's input folder, where jobs start from.
    const { existsSync } = await import('node:fs')
    const path = await import('node:path')
    expect(existsSync(path.join(h.demo.inputDir, name))).toBe(true)
    await shoot(page, 'send-to-long-video-dark')
    expect(h.problems).toEqual([])
  })
})
