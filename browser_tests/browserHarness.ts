// Starts the demo in-process and a headless Chromium for the browser tests.
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { chromium } from 'playwright-core'
import { JobWithSegments } from '../sidecar/contract'
import type { Browser, Page } from 'playwright-core'
import { startDemo } from '../demo/startDemo'
import { findChromium, missingPrerequisitesMessage } from '../scripts/prerequisites'
import type { Demo, DemoOptions } from '../demo/startDemo'

export const SCREENSHOTS = path.join(process.cwd(), 'test-output', 'screenshots')

const ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
]

export interface Harness {
  demo: Demo
  browser: Browser
  page: Page
  /** Browser console errors and failed page loads seen so far. */
  problems: string[]
  close(): Promise<void>
}

export async function startHarness(simSeconds: number, demoOptions: Partial<DemoOptions> = {}): Promise<Harness> {
  // A missing Chromium fails every browser test with the install line; skipping would hide them.
  const found = findChromium()
  if (!found.path) throw new Error(missingPrerequisitesMessage([found]))
  const demo = await startDemo({ port: 0, simSeconds, log: () => undefined, ...demoOptions })
  const browser = await chromium.launch({ executablePath: found.path, args: ARGS, headless: true })
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } })
  const problems: string[] = []
  page.on('pageerror', (e) => problems.push(`pageerror: ${e.message}`))
  page.on('console', (m) => {
    if (m.type() === 'error' && !m.text().startsWith('Failed to load resource')) problems.push(`console: ${m.text()}`)
  })
  page.on('response', (r) => {
    if (r.status() >= 400) problems.push(`HTTP ${r.status()} ${r.request().method()} ${new URL(r.url()).pathname}`)
  })
  mkdirSync(SCREENSHOTS, { recursive: true })
  return {
    demo,
    browser,
    page,
    problems,
    async close() {
      await browser.close()
      await demo.close()
    },
  }
}

/** A small real PNG made by ffmpeg (a test pattern), for the start image. */
export function makeStartImage(): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'lv-browser-')), 'start.png')
  execFileSync('ffmpeg', ['-v', 'error', '-f', 'lavfi', '-i', 'testsrc=size=128x96:rate=1', '-frames:v', '1', '-y', file])
  return file
}

export async function setPalette(page: Page, palette: 'dark' | 'light'): Promise<void> {
  if ((await page.getAttribute('body', 'data-palette')) !== palette) await page.click('#palette')
  await page.waitForFunction((p) => document.body.dataset.palette === p, palette)
  // Screenshots should show the palette, not a colour transition halfway to it.
  await page.waitForFunction(() => document.getAnimations().every((a) => !(a instanceof CSSTransition) || a.playState !== 'running'))
}

export async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: path.join(SCREENSHOTS, `${name}.png`) })
}

/** Opens the demo page with the Long Video tab showing its dashboard. */
export async function openPanel(h: Harness): Promise<void> {
  await h.page.goto(`${h.demo.url}?tab=longvideo`)
  await h.page.waitForSelector('[data-testid="lv-dashboard"]')
}

/** A sidecar route called through the demo's ComfyUI stand-in, as the panel does (it adds the sidecar's secret). */
export async function sidecarApi(h: Harness, route: string, init?: RequestInit): Promise<unknown> {
  const res = await fetch(new URL(`longvideo/api${route}`, h.demo.url), init)
  if (!res.ok) throw new Error(`${init?.method ?? 'GET'} ${route}: ${res.status} ${await res.text()}`)
  return res.json()
}

/** Uploads a fresh start image and creates a job from it through the API: `job` is the body without input_image. */
export async function createJobWithStart(h: Harness, job: Record<string, unknown>): Promise<JobWithSegments> {
  const form = new FormData()
  form.append('image', new Blob([readFileSync(makeStartImage())], { type: 'image/png' }), 'start.png')
  const upload = (await sidecarApi(h, '/upload', { method: 'POST', body: form })) as { name: string }
  const body = JSON.stringify({ ...job, input_image: upload.name })
  return JobWithSegments.parse(await sidecarApi(h, '/jobs', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body }))
}
