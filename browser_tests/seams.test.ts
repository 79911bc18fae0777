// Seams in the browser: the new-job form's seam control (SVI disabled, naming what the demo's ComfyUI
// lacks; motion with K chosen, the chain preview) and the job view's joins with their seam meter on a
// job whose first join restarts the motion and whose second carries it, then a join changed for its
// redo. At 253, 312 and 480 px in both palettes, checked for overflow and contrast; screenshots go to
// test-output/screenshots/seams-*.png.
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JobWithSegments } from '../sidecar/contract'
import { createJobWithStart, sidecarApi as api, openPanel, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

const WIDTHS = [253, 312, 480] as const
const PALETTES = ['dark', 'light'] as const

describe('seams in the browser', () => {
  let h: Harness
  let jobId = 0

  beforeAll(async () => {
    h = await startHarness(0.3)
    const job = await createJobWithStart(h, {
      name: 'Harbour pan',
      prompt: 'the camera pans along the harbour',
      planned_prompts: ['the pan goes on past the boats', 'the pan reaches the lighthouse'],
      parameters: { width: 128, height: 96, fps: 16, frames: 17, seed: 3, seed_mode: 'increment', seam: { mode: 'frame', joins: { '1': { mode: 'motion', frames: 5 } } } },
    })
    jobId = job.id
    for (let i = 0; i < 400; i++) {
      const j = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
      if (j.segments.every((s) => s.status === 'done') && j.segments.slice(1).every((s) => s.seam !== null)) break
      await new Promise((r) => setTimeout(r, 300))
    }
    await openPanel(h)
  }, 180_000)

  afterAll(async () => {
    await h?.close()
  })

  for (const width of WIDTHS) {
    for (const palette of PALETTES) {
      it(`shows the seam control and the joins at ${width} px in the ${palette} palette`, async () => {
        const { page } = h
        await setSidebarWidth(page, width)
        await setPalette(page, palette)
        const problems: string[] = []
        const audit = async (name: string) => {
          for (const f of await auditPanel(page)) problems.push(`${name}: ${f.kind}: ${f.what}: ${f.detail}`)
        }

        await page.click('.lv-nav [aria-label="New job"]')
        await page.waitForSelector('[data-testid="svi-missing"]')
        expect(await page.isDisabled('[data-testid="seam-option"][data-option="svi"]')).toBe(true)
        expect((await page.textContent('[data-testid="svi-missing"]'))?.trim()).toBe("SVI 2.0 Pro needs KJNodes' WanImageToVideoSVIPro and the SVI LoRA pair")
        expect(await page.getAttribute('[data-testid="svi-missing"]', 'title')).toContain('WanImageToVideoSVIPro (install ComfyUI-KJNodes)')
        await page.click('[data-testid="seam-option"][data-option="motion:9"]')
        await page.click('[data-testid="add-planned"]')
        await page.fill('[data-testid="planned-0"]', 'the pan goes on')
        expect((await page.textContent('[data-testid="chain-preview"]'))?.trim()).toBe('2 segments: 153 frames (9.5 s) · each later segment adds 72')
        await page.selectOption('[data-testid="seed-mode"]', 'fixed')
        await page.locator('[data-testid="seam-control"]').scrollIntoViewIfNeeded()
        // No button left under the pointer: a hovered button is not what the audit is about.
        await page.mouse.move(1, 1)
        await shoot(page, `seams-new-job-${width}-${palette}`)
        await audit('new-job')
        // Leave the form as it was for the next width.
        await page.selectOption('[data-testid="seed-mode"]', 'random')
        await page.click('[data-testid="seam-option"][data-option="frame"]')
        await page.click('[data-testid="planned-0"] ~ button')

        await page.click('.lv-nav [aria-label="Jobs"]')
        await page.click(`.lv-jobrow[data-job-id="${jobId}"]`)
        await page.waitForSelector('[data-testid="seam-joins"] [data-testid="join"]')
        const joins = page.locator('[data-testid="join"]')
        expect(await joins.count()).toBe(2)
        expect(await joins.nth(0).getAttribute('data-warning')).toBe('true')
        expect(await joins.nth(1).getAttribute('data-warning')).toBe('false')
        expect(await joins.nth(0).locator('[data-testid="seam-advice"]').textContent()).toContain('try motion mode (carry 5 or 9 frames)')
        await page.locator('[data-testid="seam-joins"]').scrollIntoViewIfNeeded()
        await page.mouse.move(1, 1)
        await shoot(page, `seams-joins-${width}-${palette}`)
        await audit('job')
        expect(problems).toEqual([])
      })
    }
  }

  it('changes the first join to motion for the redo of segment 2, through the API', async () => {
    const { page } = h
    await page.selectOption('[data-testid="join"][data-after="0"] [data-testid="join-mode"]', 'motion:9')
    await page.waitForSelector('[data-testid="join"][data-after="0"] [data-testid="join-made-with"]')
    expect(await page.textContent('[data-testid="join-made-with"]')).toBe('Made with Last frame; a redo of segment 2 uses Motion · 9 frames')
    const job = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
    expect(job.parameters.seam?.joins['0']).toEqual({ mode: 'motion', frames: 9 })
    await page.locator('[data-testid="seam-joins"]').scrollIntoViewIfNeeded()
    await shoot(page, 'seams-join-changed-312-light')
  })
})
