// Every view at the widths ComfyUI gives a sidebar tab (253 px in 1.27, 312 px in 1.44, 480 px dragged
// wider), in the dark and the light palette: nothing sticks out, names cut short keep their full text on
// hover, chart labels stay readable, and every text meets WCAG AA contrast against its real background.
// Screenshots of each go to test-output/screenshots/layout-*.png.
import { execFileSync } from 'node:child_process'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JobWithSegments } from '../sidecar/contract'
import { createJobWithStart, sidecarApi as api, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

const WIDTHS = [253, 312, 480] as const
const PALETTES = ['dark', 'light'] as const
const LONG_NAME = 'Harbour at night with fishing boats coming home under a full moon, take two'

const VIEWS: { name: string; nav: string; ready: string }[] = [
  { name: 'dashboard', nav: 'Jobs', ready: '[data-testid="job-list"]' },
  { name: 'new-job', nav: 'New job', ready: '[data-testid="new-job-form"]' },
  { name: 'templates', nav: 'Workflow templates', ready: '[data-testid="templates-view"]' },
  { name: 'library', nav: 'Library', ready: '[data-testid="library-view"]' },
  { name: 'gallery', nav: 'Gallery', ready: '[data-testid="gallery-view"]' },
  { name: 'prompts', nav: 'Prompts', ready: '[data-testid="prompt-history"]' },
  { name: 'settings', nav: 'Settings', ready: '[data-testid="settings-view"]' },
  { name: 'backends', nav: 'Backends', ready: '[data-testid="backend-card"]' },
]


describe('the panel at real sidebar widths', () => {
  let h: Harness
  let jobId = 0
  let finalPath = ''

  beforeAll(async () => {
    h = await startHarness(0.3)
    const job = await createJobWithStart(h, {
      name: LONG_NAME,
      prompt: 'a test pattern drifts slowly to the left while the light fades',
      planned_prompts: ['the pattern zooms in', 'the pattern settles'],
      parameters: { width: 128, height: 96, fps: 16, frames: 9 },
    })
    jobId = job.id
    for (let i = 0; i < 300; i++) {
      const j = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
      if (j.segments.every((s) => s.status === 'done' && s.drift !== null)) break
      await new Promise((r) => setTimeout(r, 300))
    }
    // A drift warning to read (a threshold under the simulator's slight cast), a final of ours for the
    // gallery's detail, and finalize options the reopened job keeps for its next finalize.
    const json = (method: string, body: unknown) => ({ method, headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
    await api(h, `/jobs/${jobId}/continuity`, json('PUT', { drift_threshold: 0.2 }))
    await api(h, `/jobs/${jobId}/finalize`, json('POST', { seams: [{ after: 0, type: 'crossfade', frames: 3 }], trim_first: [{ idx: 2, frames: 1 }] }))
    for (let i = 0; i < 300; i++) {
      const j = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
      if (j.final_video) {
        finalPath = `${j.final_video.file.subfolder}/${j.final_video.file.filename}`
        break
      }
      await new Promise((r) => setTimeout(r, 300))
    }
    await api(h, `/jobs/${jobId}/reopen`, { method: 'POST' })
    await openPanel(h)
  })

  afterAll(async () => {
    await h?.close()
  })

  it('names the tab with its shortcut once, as ComfyUI completes the tooltip', async () => {
    const title = (await h.page.getAttribute('.demo-sidebar button[data-tab="longvideo"]', 'title')) ?? ''
    expect(title).toMatch(/\(Alt \+ l\)$/)
    expect(title.match(/alt/gi)).toHaveLength(1)
  })

  for (const width of WIDTHS) {
    for (const palette of PALETTES) {
      it(`fits and reads well at ${width} px in the ${palette} palette`, async () => {
        const { page } = h
        await setSidebarWidth(page, width)
        await setPalette(page, palette)
        const problems: string[] = []
        const check = async (name: string) => {
          await shoot(page, `layout-${name}-${width}-${palette}`)
          for (const f of await auditPanel(page)) problems.push(`${name}: ${f.kind}: ${f.what}: ${f.detail}`)
        }
        for (const view of VIEWS) {
          await page.click(`.lv-nav [aria-label="${view.nav}"]`)
          await page.waitForSelector(view.ready)
          // The header keeps its title on one line and every view button inside the panel.
          const title = await page.locator('.lv-title').boundingBox()
          if ((title?.height ?? 99) >= 24) problems.push(`${view.name}: the header title wraps (${title?.height} px high)`)
          const dot = await page.locator('.lv-stream').boundingBox()
          if ((dot?.width ?? 0) < 6) problems.push(`${view.name}: the live-updates dot is ${dot?.width} px wide`)
          await check(view.name)
        }
        await page.click('.lv-nav [aria-label="Jobs"]')
        await page.click(`.lv-jobrow[data-job-id="${jobId}"]`)
        await page.waitForSelector('[data-testid="drift-chart"]')
        await check('job')
        await page.evaluate(() => {
          const body = document.querySelector('.lv-body')!
          body.scrollTop = body.scrollHeight
        })
        await check('job-bottom')
        // The options kept with the job show open as left; a drift warning says its cause and action.
        if (!(await page.locator('[data-testid="finalize-options"]').count())) problems.push('job: the kept finalize options are not shown')
        const advice = page.locator('[data-testid="drift-advice"]').last()
        await advice.scrollIntoViewIfNeeded()
        if (!/Turn the colour guard on/.test(await advice.innerText())) problems.push('job: the drift warning names no action')
        await check('job-drift')
        // The gallery's detail of the long video, and the question of which prompt and which job.
        await page.click('.lv-nav [aria-label="Gallery"]')
        await page.waitForSelector('[data-testid="gallery-view"]')
        await page.click('[data-filter="long_videos"]')
        await page.dblclick(`[data-path="${finalPath}"] .lv-tile__media`)
        await page.waitForSelector('[data-testid="detail-longvideo"]')
        await check('gallery-detail')
        await page.click('[data-testid="detail-use-prompt"]')
        const picker = page.locator('[data-testid="use-picker"]')
        await picker.waitFor()
        await picker.scrollIntoViewIfNeeded()
        if ((await picker.locator('[data-testid="use-picker-prompt"]').count()) !== 3) problems.push('gallery: the picker does not list the 3 prompts')
        await check('use-picker')
        await page.click('[data-testid="use-picker-cancel"]')
        await page.click('[data-testid="detail-back"]')
        expect(problems).toEqual([])
      })
    }
  }

  it('opens the LoRA list where it can be seen, even at the bottom of the panel', async () => {
    const { page } = h
    await setSidebarWidth(page, 253)
    await page.setViewportSize({ width: 1280, height: 560 })
    await page.click('.lv-nav [aria-label="New job"]')
    await page.waitForSelector('[data-testid="new-job-form"]')
    const add = page.locator('[data-testid="loras-low"] .lv-add-lora')
    await add.scrollIntoViewIfNeeded()
    await add.click()
    await page.locator('[data-testid="loras-low"] [data-testid="lora-select"]').last().click()
    const list = page.locator('[data-testid="lora-options"]')
    await list.waitFor()
    const box = (await list.boundingBox())!
    const body = (await page.locator('.lv-body').boundingBox())!
    expect(box.y + box.height).toBeLessThanOrEqual(body.y + body.height + 1)
    expect(box.y).toBeGreaterThanOrEqual(body.y - 1)
    await shoot(page, 'layout-lora-list-253')
    await page.setViewportSize({ width: 1280, height: 900 })
  })

  it('shows what a portrait start image loses to a 16:9 video before the run, and uses its own shape on request', async () => {
    const { page } = h
    await setSidebarWidth(page, 312)
    await setPalette(page, 'dark')
    await page.click('.lv-nav [aria-label="New job"]')
    await page.waitForSelector('[data-testid="new-job-form"]')
    const portrait = path.join(mkdtempSync(path.join(tmpdir(), 'lv-portrait-')), 'portrait.png')
    execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=96x128:rate=1', '-frames:v', '1', '-y', portrait])
    await page.setInputFiles('[data-testid="image-file"]', portrait)
    await page.waitForSelector('[data-testid="start-image-crop"]')
    expect(await page.textContent('[data-testid="crop-notice"]')).toContain('cuts 57 % of this portrait image off (its top and bottom)')
    await page.locator('[data-testid="start-image"]').scrollIntoViewIfNeeded()
    await shoot(page, 'layout-portrait-crop-312-dark')
    await page.locator('[data-testid="crop-notice"]').scrollIntoViewIfNeeded()
    await shoot(page, 'layout-portrait-notice-312-dark')
    await page.click('[data-testid="use-image-shape"]')
    expect([await page.inputValue('[data-testid="width"]'), await page.inputValue('[data-testid="height"]')]).toEqual(['544', '736'])
    await page.waitForSelector('[data-testid="start-image-crop"]', { state: 'detached' })
    expect(await auditPanel(page)).toEqual([])
  })
})
