// The panel in ComfyUI's language (Comfy.Locale): each language's dashboard and new-job form at 312 px
// (screenshots test-output/screenshots/i18n-<code>-*.png, CJK text needs the CJK font CI installs), no
// English panel text left in Dutch and Japanese, and a change of language while the panel is open.
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createJobWithStart, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'
import { auditPanel, setSidebarWidth } from './panelAudit'

type Tree = { [key: string]: string | Tree }
const read = (code: string) => (JSON.parse(readFileSync(path.join('locales', code, 'main.json'), 'utf8')) as { longVideo: Tree }).longVideo

function flat(tree: Tree, prefix = ''): Map<string, string> {
  const out = new Map<string, string>()
  for (const [k, v] of Object.entries(tree)) {
    const at = prefix ? `${prefix}.${k}` : k
    if (typeof v === 'string') out.set(at, v)
    else for (const [kk, vv] of flat(v, at)) out.set(kk, vv)
  }
  return out
}

/**
 * English texts that must not show in `code`: the literal runs (between placeholders and plural bars) of
 * every English message the language writes differently, long enough to be words rather than symbols.
 */
function englishRuns(code: string): string[] {
  const en = flat(read('en'))
  const other = flat(read(code))
  const runs = new Set<string>()
  for (const [key, text] of en) {
    if (other.get(key) === text) continue
    for (const run of text.split(/\{\w+\}|\|/)) {
      const t = run.trim()
      if (t.length >= 8 && /[a-z]{3}/.test(t) && !(other.get(key) ?? '').includes(t)) runs.add(t)
    }
  }
  return [...runs]
}

async function openIn(h: Harness, code: string): Promise<void> {
  const { page } = h
  await page.goto(h.demo.url)
  await page.evaluate((c) => localStorage.setItem('demo.setting.Comfy.Locale', JSON.stringify(c)), code)
  await page.goto(`${h.demo.url}?tab=longvideo`)
  await page.waitForSelector('[data-testid="lv-dashboard"]')
  await page.waitForFunction((c) => document.querySelector('.lv-panel')?.getAttribute('lang') === c, code)
  await setSidebarWidth(page, 312)
}

/** The panel's visible text and the texts people read in its titles, labels and placeholders. */
async function panelText(h: Harness): Promise<string> {
  return h.page.evaluate(() => {
    const panel = document.querySelector<HTMLElement>('.lv-panel')
    if (!panel) return ''
    const attrs = [...panel.querySelectorAll('[title],[aria-label],[placeholder]')].flatMap((el) =>
      ['title', 'aria-label', 'placeholder'].map((a) => el.getAttribute(a) ?? '')
    )
    return [panel.innerText, ...attrs].join('\n')
  })
}

describe("the panel in ComfyUI's language", () => {
  let h: Harness

  beforeAll(async () => {
    h = await startHarness(0.3)
    await createJobWithStart(h, { name: 'harbour', prompt: 'boats come home', parameters: { width: 128, height: 96, fps: 16, frames: 9 } })
  })

  afterAll(async () => {
    await h?.close()
  })

  for (const code of ['nl', 'zh', 'ja', 'ko', 'ru'] as const) {
    it(`shows the dashboard and the new-job form in ${code} at 312 px`, async () => {
      await openIn(h, code)
      const problems: string[] = []
      await h.page.waitForSelector('[data-testid="job-list"]')
      await shoot(h.page, `i18n-${code}-dashboard-312`)
      for (const f of await auditPanel(h.page)) problems.push(`dashboard: ${f.kind}: ${f.what}: ${f.detail}`)
      await h.page.click('[data-testid="new-job"]')
      await h.page.waitForSelector('[data-testid="new-job-form"]')
      await shoot(h.page, `i18n-${code}-new-job-312`)
      for (const f of await auditPanel(h.page)) problems.push(`new job: ${f.kind}: ${f.what}: ${f.detail}`)
      const nav = await h.page.getAttribute('.lv-nav button:first-child', 'aria-label')
      expect(nav).toBe(flat(read(code)).get('nav.jobs'))
      expect(problems).toEqual([])
      expect(h.problems).toEqual([])
    })
  }

  for (const code of ['nl', 'ja'] as const) {
    it(`leaves no English panel text in ${code} on the dashboard and the new-job form`, async () => {
      await openIn(h, code)
      const runs = englishRuns(code)
      expect(runs.length).toBeGreaterThan(200)
      await h.page.waitForSelector('[data-testid="job-list"]')
      const dashboard = await panelText(h)
      await h.page.click('[data-testid="new-job"]')
      await h.page.waitForSelector('[data-testid="new-job-form"]')
      const form = await panelText(h)
      expect(runs.filter((r) => dashboard.includes(r) || form.includes(r))).toEqual([])
      // Numbers in the language's own way: Dutch writes the decimal comma.
      if (code === 'nl') expect(form).toMatch(/\d,\d{2} s/)
    })
  }

  it('follows a change of Comfy.Locale while the panel is open, the sidebar tab too', async () => {
    await openIn(h, 'en')
    expect(await h.page.getAttribute('.lv-nav button:first-child', 'aria-label')).toBe('Jobs')
    await h.page.evaluate(() => window.comfyAPI?.app?.app?.extensionManager.setting.set('Comfy.Locale', 'ja'))
    await h.page.waitForFunction(() => document.querySelector('.lv-panel')?.getAttribute('lang') === 'ja')
    expect(await h.page.getAttribute('.lv-nav button:first-child', 'aria-label')).toBe('ジョブ')
    expect(await h.page.textContent('[data-testid="lv-dashboard"] .lv-h3')).toContain('ジョブ')
    await h.page.evaluate(() => window.comfyAPI?.app?.app?.extensionManager.setting.set('Comfy.Locale', 'en'))
    await h.page.waitForFunction(() => document.querySelector('.lv-panel')?.getAttribute('lang') === 'en')
    expect(h.problems).toEqual([])
  })
})
