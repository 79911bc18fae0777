// The panel in headless Chromium against the demo: from the tab's first render to the job list on
// screen, against mounting an empty Vue app (Vue's own runtime build) in the same page right after.
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { startDemo } from '../demo/startDemo'
import { findChromium, missingPrerequisitesMessage } from '../scripts/prerequisites'
import { call, tinyJob } from './httpApi'
import { writeStartImage } from './benchWorld'
import { round, summarize } from './stats'
import type { Summary } from './stats'

const repo = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const vueRuntime = path.join(repo, 'node_modules', 'vue', 'dist', 'vue.runtime.global.prod.js')

export interface PanelTiming {
  rounds: number
  jobs_listed: number
  /** The panel's root element attached (tab render) -> the job list's first row attached. */
  render_to_list_ms: Summary
  /** Click on the sidebar button -> the job list's first row attached. */
  click_to_list_ms: Summary
  /** createApp(one div).mount() in the same page, the first in that page (cold, like the panel's). */
  empty_vue_mount_ms: Summary
  /** Medians: render -> list over the empty mount. */
  ratio: number
}

// Runs in the page before its scripts: stamps the moments the panel and the list's first row appear.
const OBSERVER = `
  window.__lv = {}
  new MutationObserver(() => {
    const t = performance.now()
    if (window.__lv.panel === undefined && document.querySelector('[data-testid="lv-panel"]')) window.__lv.panel = t
    if (window.__lv.list === undefined && document.querySelector('[data-testid="job-list"] li')) window.__lv.list = t
  }).observe(document, { childList: true, subtree: true })
`

// A string, not a function: the TypeScript runner would wrap a function's inner names in helpers the
// page does not have.
const EMPTY_MOUNT = `(() => {
  const el = document.createElement('div')
  document.body.appendChild(el)
  const t = performance.now()
  const app = Vue.createApp({ render: () => Vue.h('div', 'empty') })
  app.mount(el)
  const ms = performance.now() - t
  app.unmount()
  el.remove()
  return ms
})()`

export async function measurePanel(rounds = 7, jobs = 5): Promise<PanelTiming> {
  const found = findChromium()
  if (!found.path) throw new Error(missingPrerequisitesMessage([found]))
  const demo = await startDemo({ port: 0, simSeconds: 0, log: () => undefined })
  const browser = await chromium.launch({
    executablePath: found.path,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  })
  try {
    writeStartImage(demo.inputDir)
    for (let i = 0; i < jobs; i++) {
      const r = await call(`${demo.url}longvideo`, 'POST', '/api/jobs', tinyJob(`panel ${i + 1}`, 1))
      if (r.status !== 201) throw new Error(`create job: ${r.status}`)
    }
    const renderToList: number[] = []
    const clickToList: number[] = []
    const emptyMount: number[] = []
    for (let r = 0; r < rounds; r++) {
      const page = await browser.newPage()
      await page.addInitScript(OBSERVER)
      await page.goto(demo.url)
      await page.waitForSelector('body[data-ready="true"]')
      const button = page.locator('.demo-sidebar button[data-tab]').first()
      await button.waitFor()
      const clickedAt = await page.evaluate(() => performance.now())
      await button.click()
      await page.waitForSelector('[data-testid="job-list"] li', { timeout: 15_000 })
      const stamps = await page.evaluate(() => (window as unknown as { __lv: { panel?: number; list?: number } }).__lv)
      if (stamps.panel === undefined || stamps.list === undefined) throw new Error('the panel or the list was never seen')
      // The first round warms the browser's caches; it is reported in max but is still a sample.
      renderToList.push(stamps.list - stamps.panel)
      clickToList.push(stamps.list - clickedAt)
      // The anchor: an empty Vue app in the same page, once the panel is on screen.
      await page.addScriptTag({ path: vueRuntime })
      emptyMount.push(await page.evaluate<number>(EMPTY_MOUNT))
      await page.close()
    }
    const render = summarize(renderToList.map((v) => round(v, 1)))
    const empty = summarize(emptyMount.map((v) => round(v, 2)))
    return {
      rounds,
      jobs_listed: jobs,
      render_to_list_ms: render,
      click_to_list_ms: summarize(clickToList.map((v) => round(v, 1))),
      empty_vue_mount_ms: empty,
      ratio: round(render.p50 / empty.p50, 0),
    }
  } finally {
    await browser.close()
    await demo.close()
  }
}

