// The timeline workspace on a finished three-segment job: opened from the job
// view into the host's bottom panel, its clips as wide as their frames, playback and scrubbing that show
// each segment's own frame as the final will, and the overlay on a host without a bottom panel.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { JobWithSegments } from '../sidecar/contract'
import { makeStartImage, sidecarApi as api, setPalette, shoot, startHarness } from './browserHarness'
import type { Harness } from './browserHarness'

/** What the preview shows: the segment and its own frame the top video is placed on. */
const shown = (h: Harness) =>
  h.page.evaluate(() => {
    const v = document.querySelector<HTMLVideoElement>('[data-testid="timeline-video"]')!
    return { idx: Number(v.dataset.idx), local: Number(v.dataset.local), time: v.currentTime }
  })

/**
 * The panel's lazily loaded chunks the page fetches from now on (web/chunks/*.mjs), with their types: the
 * timeline's code comes only when it opens.
 */
function chunkRequests(h: Harness): { name: string; type: string }[] {
  const seen: { name: string; type: string }[] = []
  h.page.on('response', (r) => {
    const url = new URL(r.url())
    if (url.pathname.startsWith('/extensions/comfyui-long-video/chunks/')) {
      seen.push({ name: url.pathname.slice('/extensions/comfyui-long-video/chunks/'.length), type: r.headers()['content-type'] ?? '' })
    }
  })
  return seen
}
const timelineChunks = (seen: { name: string }[]) => seen.filter((c) => c.name.startsWith('timeline-'))

const counter = async (h: Harness) => {
  const el = h.page.locator('[data-testid="timeline-counter"]')
  return { frame: Number(await el.getAttribute('data-frame')), total: Number(await el.getAttribute('data-total')) }
}

describe('the timeline workspace in the browser', () => {
  let h: Harness
  let jobId = 0
  let startImage = ''

  beforeAll(async () => {
    h = await startHarness(0.4)
    const form = new FormData()
    form.append('image', new Blob([readFileSync(makeStartImage())], { type: 'image/png' }), 'start.png')
    const upload = (await api(h, '/upload', { method: 'POST', body: form })) as { name: string }
    startImage = upload.name
    const job = JobWithSegments.parse(
      await api(h, '/jobs', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: 'Timeline walk',
          input_image: upload.name,
          prompt: 'a test pattern drifts to the left',
          planned_prompts: ['the pattern zooms in', 'the pattern settles'],
          parameters: { width: 128, height: 96, fps: 16, frames: 17 },
        }),
      })
    )
    jobId = job.id
    for (let i = 0; i < 180; i++) {
      const now = JobWithSegments.parse(await api(h, `/jobs/${jobId}`))
      if (now.status === 'awaiting_prompt') break
      await new Promise((r) => setTimeout(r, 500))
    }
  })

  afterAll(async () => {
    await h?.close()
  })

  it('opens from the job view into the bottom panel with one clip per segment as wide as its frames', async () => {
    const { page } = h
    await page.setViewportSize({ width: 1280, height: 720 })
    const chunks = chunkRequests(h)
    await page.goto(`${h.demo.url}?tab=longvideo`)
    await page.waitForSelector('[data-testid="lv-dashboard"]')
    await page.click('.lv-jobrow')
    await page.waitForSelector('[data-testid="job-view"]')
    // The sidebar loaded its own chunk (main.js's static import), not the timeline's.
    expect(chunks.filter((c) => c.name.startsWith('panel-')).length).toBe(1)
    expect(timelineChunks(chunks)).toEqual([])
    await page.click('[data-testid="open-timeline"]')
    await page.waitForSelector('[data-testid="bottom-panel"] [data-testid="timeline-view"]')
    expect(timelineChunks(chunks)).toEqual([{ name: expect.stringMatching(/^timeline-[\w-]+\.mjs$/), type: expect.stringMatching(/^text\/javascript/) }])
    expect(chunks.every((c) => c.type.startsWith('text/javascript'))).toBe(true)
    await page.waitForSelector('[data-testid="timeline-clip"][data-idx="2"]')
    const clips = page.locator('[data-testid="timeline-clip"]')
    const widths = await clips.evaluateAll((els) => els.map((e) => ({ idx: e.getAttribute('data-idx'), frames: Number(e.getAttribute('data-frames')), width: e.getBoundingClientRect().width })))
    // 17 frames, then 16 of their own (the hand-off frame is not shown twice).
    expect(widths.slice(0, 3).map((w) => w.frames)).toEqual([17, 16, 16])
    const perFrame = (widths[0]!.width + 2) / 17
    expect(Math.abs((widths[1]!.width + 2) / 16 - perFrame)).toBeLessThan(0.2)
    expect(await counter(h)).toEqual({ frame: 0, total: 49 })
    expect(await page.locator('[data-testid="timeline-join"]').count()).toBeGreaterThanOrEqual(2)
    // The charts under the track: a seam meter bar at each join, a timing bar per segment.
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-seam-bar"]').length === 2, undefined, { timeout: 30_000 })
    expect(await page.locator('[data-testid="timeline-timing-bar"]').count()).toBe(3)
    await setPalette(page, 'dark')
    await shoot(page, 'timeline-bottom-1280-dark')
  })

  it('scrubs to a frame with the keys and shows that segment frame, as the final will', async () => {
    const { page } = h
    await page.locator('[data-testid="timeline-view"]').focus()
    await page.keyboard.press('End')
    expect(await counter(h)).toMatchObject({ frame: 48 })
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('[data-testid="timeline-video"]')?.dataset.idx === '2')
    expect(await shown(h)).toMatchObject({ idx: 2, local: 15 })
    await page.keyboard.press('Home')
    for (let i = 0; i < 17; i++) await page.keyboard.press('ArrowRight')
    expect(await counter(h)).toMatchObject({ frame: 17 })
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('[data-testid="timeline-video"]')?.dataset.idx === '1')
    expect(await shown(h)).toMatchObject({ idx: 1, local: 0 })
    await page.keyboard.press('ArrowLeft')
    expect(await shown(h)).toMatchObject({ idx: 0, local: 16 })
    // The video element really is at that frame once it seeked: its time is within the frame.
    await page.waitForFunction(() => {
      const v = document.querySelector<HTMLVideoElement>('[data-testid="timeline-video"]')!
      return v.readyState >= 2 && !v.seeking && Math.floor(v.currentTime * 16) === 16
    })
  })

  it('scrubs by clicking the ruler', async () => {
    const { page } = h
    const clip = page.locator('[data-testid="timeline-clip"][data-idx="1"]')
    const box = (await clip.boundingBox())!
    const ruler = (await page.locator('[data-testid="timeline-ruler"]').boundingBox())!
    await page.mouse.click(box.x + box.width / 2, ruler.y + ruler.height / 2)
    const { frame } = await counter(h)
    expect(frame).toBeGreaterThan(17 + 4)
    expect(frame).toBeLessThan(33 - 4)
    expect((await shown(h)).idx).toBe(1)
  })

  it('plays across the joins to the last frame', async () => {
    const { page } = h
    await page.keyboard.press('Home')
    await page.keyboard.press('Space')
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="timeline-counter"]')?.getAttribute('data-frame')) > 20)
    await page.waitForFunction(() => document.querySelector<HTMLVideoElement>('[data-testid="timeline-video"]')?.dataset.idx === '2', undefined, { timeout: 10_000 })
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-play"] .pi-play') !== null, undefined, { timeout: 10_000 })
    expect(await counter(h)).toMatchObject({ frame: 48 })
  })

  it('shows the same finalize options as the job view: a crossfade shortens the timeline at once', async () => {
    const { page } = h
    await page.click('[data-testid="finalize-options-toggle"]')
    await page.selectOption('[data-testid="seam"][data-after="0"] [data-testid="seam-type"]', 'crossfade')
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-counter"]')?.getAttribute('data-total') === '41')
    expect(await page.textContent('[data-testid="finalize"]')).toContain('41 frames')
    expect(await page.getAttribute('[data-testid="timeline-join"][data-after="0"]', 'aria-label')).toContain('crossfade 8 frames')
  })

  it('edits a join from the track: a crossfade there shortens the final, undo gives the cut back', async () => {
    const { page } = h
    await page.click('[data-testid="timeline-join"][data-after="1"]')
    const editor = page.locator('[data-testid="timeline-join-editor"]')
    await editor.waitFor()
    await editor.locator('[data-testid="join-crossfade"]').check()
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-counter"]')?.getAttribute('data-total') === '33')
    // The job view's finalize button follows at once: the same options.
    expect(await page.textContent('[data-testid="finalize"]')).toContain('33 frames')
    // PrimeVue's Slider from the keyboard: four steps down, one undo step.
    const handle = editor.locator('[data-testid="join-fade-slider"] [role="slider"]')
    await handle.focus()
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowLeft')
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-counter"]')?.getAttribute('data-total') === '37')
    expect(await handle.getAttribute('aria-valuenow')).toBe('4')
    expect(await editor.locator('[data-testid="join-fade"]').inputValue()).toBe('4')
    // PrimeVue's Select for the hand-off: opens from the keyboard, picks "motion (9 frames)" for runs to come.
    await setPalette(page, 'light')
    await editor.locator('[data-testid="join-mode"] [role="combobox"]').focus()
    await page.keyboard.press('Enter')
    const options = page.locator('.lv-pv-select__overlay [role="option"]')
    await options.first().waitFor()
    expect(await options.count()).toBe(5)
    await shoot(page, 'timeline-join-select-1280-light')
    const motion9 = (await options.nth(3).textContent()) ?? ''
    await options.nth(3).click()
    // Segment 3 already ran: the choice is the job's for redos (stored), the marker keeps what ran.
    const modeOf = async () => JobWithSegments.parse(await api(h, `/jobs/${jobId}`)).parameters.seam?.joins?.['1']
    await page.waitForFunction((text) => document.querySelector('[data-testid="join-mode"] [role="combobox"]')?.textContent === text, motion9)
    expect(await modeOf()).toMatchObject({ mode: 'motion', frames: 9 })
    await shoot(page, 'timeline-join-1280-light')
    // Back to the job's default with the mouse (a choice for a join whose segment ran is not an undo step).
    await editor.locator('[data-testid="join-mode"]').click()
    await options.first().click()
    await page.waitForFunction((text) => document.querySelector('[data-testid="join-mode"] [role="combobox"]')?.textContent !== text, motion9)
    expect(await modeOf()).toBeUndefined()
    // The four slider steps undo as one.
    await page.click('[data-testid="timeline-undo"]')
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-counter"]')?.getAttribute('data-total') === '33')
    await page.click('[data-testid="timeline-undo"]')
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-counter"]')?.getAttribute('data-total') === '41')
  })

  it('redoes a segment from the track as a new take', async () => {
    const { page } = h
    await page.click('[data-testid="timeline-clip"][data-idx="1"]')
    const inspector = page.locator('[data-testid="timeline-inspector"]')
    await inspector.waitFor()
    // R presses the inspector's Redo.
    await page.locator('[data-testid="timeline-view"]').focus()
    await page.keyboard.press('r')
    await inspector.locator('[data-testid="redo-prompt"]').fill('the pattern zooms out instead')
    await inspector.locator('[data-testid="send-redo"]').click()
    await page.waitForSelector('[data-testid="timeline-clip"][data-idx="1"] >> text=take 1/2', { timeout: 60_000 })
    await inspector.locator('[data-testid="take"][data-take="2"][data-status="done"]').waitFor({ timeout: 60_000 })
    // At 1280 px the side column is narrow: every take card is whole inside it (they wrap, not cut off at its edge).
    const side = (await inspector.boundingBox())!
    const cards = await inspector.locator('[data-testid="take"]').evaluateAll((els) => els.map((e) => e.getBoundingClientRect().toJSON() as DOMRect))
    expect(cards).toHaveLength(2)
    for (const c of cards) {
      expect(c.left).toBeGreaterThanOrEqual(side.x)
      expect(c.right).toBeLessThanOrEqual(side.x + side.width)
    }
    // Its title keeps one line beside the take chip, and the close button stays on the title's row.
    const title = (await inspector.locator('header b').boundingBox())!
    expect(title.height).toBeLessThan(22)
    const close = (await inspector.locator('header [aria-label^="Close"]').boundingBox())!
    expect(Math.abs(close.y + close.height / 2 - (title.y + title.height / 2))).toBeLessThan(8)
    await shoot(page, 'timeline-takes-1280-light')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await setPalette(page, 'dark')
    await shoot(page, 'timeline-redo-1920-dark')
    await page.setViewportSize({ width: 1280, height: 720 })
  })

  it('has a context menu on each clip, for the mouse and the keyboard', async () => {
    const { page } = h
    const clip = page.locator('[data-testid="timeline-clip"][data-idx="2"]')
    await setPalette(page, 'light')
    // Hovering shows the clip's filmstrip (a sprite ffmpeg drew), scrubbed by the mouse: near the left edge an
    // early frame, near the right edge a late one (the edges themselves are the joins' markers).
    const box = (await clip.boundingBox())!
    await page.mouse.move(box.x + 14, box.y + box.height - 6)
    const strip = page.locator('[data-testid="timeline-clip"][data-idx="2"] [data-testid="clip-filmstrip"]')
    await strip.waitFor()
    expect(Number(await strip.getAttribute('data-frame'))).toBeLessThanOrEqual(3)
    await page.mouse.move(box.x + box.width - 14, box.y + box.height - 6, { steps: 4 })
    await page.waitForFunction(() => Number(document.querySelector('[data-testid="clip-filmstrip"]')?.getAttribute('data-cell')) > 0)
    const frames = Number(await clip.getAttribute('data-frames'))
    const lastShown = Number(await strip.getAttribute('data-frame'))
    expect(lastShown).toBeGreaterThan(frames / 2)
    // The sprite really loads: an image of (cells x 160) px.
    const sprite = await strip.evaluate(async (el) => {
      const url = /url\("?(.*?)"?\)/.exec(getComputedStyle(el).backgroundImage)?.[1] ?? ''
      const img = new Image()
      img.src = url
      await img.decode()
      return { width: img.naturalWidth, height: img.naturalHeight }
    })
    expect(sprite.width % 160).toBe(0)
    expect(sprite.width / 160).toBeGreaterThanOrEqual(2)
    await shoot(page, 'timeline-filmstrip-1280-light')
    // PrimeVue's overlays close when the window resizes: the size and palette first.
    await setPalette(page, 'dark')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await clip.click({ button: 'right' })
    const menu = page.locator('[data-testid="timeline-menu"]')
    await menu.waitFor()
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="timeline-menu"]') !== null)
    // PrimeVue's ContextMenu: its list has the focus, the item the keys are on is aria-activedescendant.
    const onItem = () => page.evaluate(() => document.getElementById(document.activeElement?.getAttribute('aria-activedescendant') ?? '')?.querySelector('[data-id]')?.getAttribute('data-id'))
    await page.keyboard.press('ArrowDown')
    expect(await onItem()).toBe('play')
    await page.keyboard.press('ArrowDown')
    expect(await onItem()).toBe('edit')
    await shoot(page, 'timeline-menu-1920-dark')
    await page.keyboard.press('Escape')
    await menu.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-idx'))).toBe('2')
    // "Play from here" from the keyboard's Menu key: the playhead jumps to the clip and plays.
    await page.keyboard.press('Shift+F10')
    await menu.waitFor()
    await page.waitForFunction(() => document.activeElement?.closest('[data-testid="timeline-menu"]') !== null)
    await page.keyboard.press('ArrowDown')
    await page.keyboard.press('Enter')
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-play"] .pi-pause') !== null)
    await page.waitForFunction(() => document.querySelector('[data-testid="timeline-play"] .pi-play') !== null, undefined, { timeout: 10_000 })
    // '?' opens the keys in PrimeVue's Popover with the focus in it; every key of the table is listed; Esc gives the focus back.
    await page.locator('[data-testid="timeline-view"]').focus()
    await page.keyboard.press('?')
    const keys = page.locator('[data-testid="timeline-keys"]')
    await keys.waitFor()
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'timeline-keys')
    expect(await keys.locator('tr').count()).toBeGreaterThanOrEqual(30)
    expect(await keys.textContent()).toContain('Run the planned segment that waits')
    await shoot(page, 'timeline-keys-1920-dark')
    await page.keyboard.press('Escape')
    await keys.waitFor({ state: 'detached' })
    expect(await page.evaluate(() => document.activeElement?.getAttribute('data-testid'))).toBe('timeline-help')
    await page.setViewportSize({ width: 1280, height: 720 })
  })

  it('starts a new job from the frame under the playhead', async () => {
    const { page } = h
    await page.locator('[data-testid="timeline-view"]').focus()
    await page.keyboard.press('Home')
    await page.keyboard.press('ArrowDown')
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight')
    // Frame 12 of the final (1-based 13) is segment 2's own frame 4 with the 8-frame crossfade before it.
    expect(await shown(h)).toMatchObject({ idx: 1 })
    const local = (await shown(h)).local
    await page.keyboard.press('n')
    await page.waitForSelector('[data-testid="new-job-form"]')
    await page.waitForFunction((name) => document.querySelector('[data-testid="start-image-name"]')?.textContent?.includes(name), `seg2_frame${local + 1}`)
    await page.click('[data-testid="timeline-clip"][data-idx="0"]')
  })

  it('inserts a planned segment into a job not started yet, moves it and undoes the move', async () => {
    const { page } = h
    const draft = JobWithSegments.parse(
      await api(h, '/jobs', {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({
          name: 'Planned walk', input_image: startImage, prompt: 'first', planned_prompts: ['second', 'third'], start: false,
          parameters: { width: 128, height: 96, fps: 16, frames: 17 },
        }),
      })
    )
    // The job picker is PrimeVue's Select.
    await page.click('[data-testid="timeline-job"]')
    await page.locator('.lv-pv-select__overlay [role="option"]', { hasText: 'Planned walk' }).click()
    await page.waitForSelector('[data-testid="timeline-clip"][data-idx="2"].lv-tl-clip--planned')
    await page.click('[data-testid="timeline-clip"][data-idx="0"]')
    await page.fill('[data-testid="inspector-new-prompt"]', 'inserted after the first')
    await page.click('[data-testid="inspector-insert-send"]')
    await page.waitForSelector('[data-testid="timeline-clip"][data-idx="3"]')
    const texts = () => page.locator('[data-testid="timeline-clip"] .lv-tl-clip__prompt').allTextContents()
    expect(await texts()).toEqual(['first', 'inserted after the first', 'second', 'third'])
    await page.locator('[data-testid="timeline-view"]').focus()
    await page.keyboard.press('Alt+ArrowRight')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-clip"] .lv-tl-clip__prompt')[2]?.textContent === 'inserted after the first')
    await page.keyboard.press('Control+z')
    await page.waitForFunction(() => document.querySelectorAll('[data-testid="timeline-clip"] .lv-tl-clip__prompt')[1]?.textContent === 'inserted after the first')
    const stored = JobWithSegments.parse(await api(h, `/jobs/${draft.id}`))
    expect(stored.segments.map((s) => s.prompt)).toEqual(['first', 'inserted after the first', 'second', 'third'])
    await setPalette(page, 'dark')
    await shoot(page, 'timeline-planned-1280-dark')
  })

  it('falls back to an overlay where the host has no bottom panel', async () => {
    const { page } = h
    const chunks = chunkRequests(h)
    await page.goto(`${h.demo.url}?tab=longvideo&bottompanel=0`)
    await page.waitForSelector('[data-testid="lv-dashboard"]')
    await setPalette(page, 'light')
    await page.locator('.lv-jobrow', { hasText: 'Timeline walk' }).click()
    await page.waitForSelector('[data-testid="job-view"]')
    expect(timelineChunks(chunks)).toEqual([])
    await page.click('[data-testid="open-timeline"]')
    await page.waitForSelector('#lv-timeline-overlay [data-testid="timeline-clip"][data-idx="2"]')
    expect(timelineChunks(chunks)).toHaveLength(1)
    // Focus lands in the timeline once its code has arrived, so its keys work at once.
    await page.waitForFunction(() => document.activeElement?.closest('#lv-timeline-overlay [data-testid="timeline-view"]') !== null)
    expect(await page.locator('[data-testid="bottom-panel"]').isHidden()).toBe(true)
    // PrimeVue's modal Dialog, rendered by the timeline's own (lazily loaded) app.
    const dialog = page.locator('#lv-timeline-overlay [role="dialog"]')
    expect(await dialog.getAttribute('aria-modal')).toBe('true')
    expect(await dialog.getAttribute('aria-label')).toBe('Long Video timeline')
    // Modal: the sidebar under it does not take the focus (Tab stays in the dialog).
    for (let i = 0; i < 30; i++) await page.keyboard.press('Tab')
    expect(await page.evaluate(() => !!document.activeElement?.closest('#lv-timeline-overlay [role="dialog"]'))).toBe(true)
    await page.locator('[data-testid="timeline-view"]').focus()
    await shoot(page, 'timeline-overlay-1280-light')
    await page.keyboard.press('Escape')
    await page.waitForSelector('#lv-timeline-overlay', { state: 'hidden' })
    // The focus is back on the button that opened it.
    await page.waitForFunction(() => document.activeElement?.getAttribute('data-testid') === 'open-timeline')
    // The command's key opens it again.
    await page.locator('[data-testid="job-view"] h3').click()
    await page.keyboard.press('Alt+t')
    await page.waitForSelector('#lv-timeline-overlay [data-testid="timeline-view"]')
    await page.setViewportSize({ width: 1920, height: 1080 })
    await shoot(page, 'timeline-overlay-1920-light')
    await page.keyboard.press('Escape')
    await page.waitForSelector('#lv-timeline-overlay', { state: 'hidden' })
    await setPalette(page, 'dark')
    await page.keyboard.press('Alt+t')
    await page.waitForSelector('#lv-timeline-overlay [data-testid="timeline-view"]')
    await shoot(page, 'timeline-overlay-1920-dark')
    await page.setViewportSize({ width: 1280, height: 720 })
    await shoot(page, 'timeline-overlay-1280-dark')
    expect(timelineChunks(chunks)).toHaveLength(1)
    expect(h.problems).toEqual([])
  })
})
