import { flushPromises, mount } from '@vue/test-utils'
import { afterEach, describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { failedUrl, lazyView } from './lazyView'
import type { ImportUrl } from './lazyView'

/** A view that says it loaded and shows the attribute it was given. */
const Loaded = defineComponent({
  props: { label: { type: String, default: '' } },
  setup: (props) => () => h('p', { 'data-testid': 'loaded' }, `loaded ${props.label}`),
})

const CHUNK = 'http://comfy.test/extensions/comfyui-long-video/chunks/gallery-AbC123.mjs'

/**
 * A chunk that fails `failures` times (as Chromium words a failed dynamic import), then loads: first through
 * the view's own import, then by the URL the error names, as the browser is asked again (`urls`).
 */
function flakyChunk(failures: number) {
  let calls = 0
  const urls: string[] = []
  const attempt = async (): Promise<{ default: typeof Loaded }> => {
    calls += 1
    if (calls <= failures) throw new TypeError(`Failed to fetch dynamically imported module: ${urls.at(-1) ?? CHUNK}`)
    return { default: Loaded }
  }
  const load = vi.fn(attempt)
  const importUrl: ImportUrl = (url) => {
    urls.push(url)
    return attempt()
  }
  return { load, importUrl, urls, calls: () => calls }
}

/** Lets the loads and automatic retries (no delay between them here) run out. */
async function settle() {
  for (let i = 0; i < 8; i++) {
    await new Promise((resolve) => setTimeout(resolve, 0))
    await flushPromises()
  }
}

describe('a lazily loaded view whose chunk does not load', () => {
  afterEach(() => {
    vi.unstubAllGlobals()
    vi.restoreAllMocks()
  })

  it('shows what happened with "Try again" in its place, and the view once a retry loads it', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    // The server still has the chunk: the network failed, no reload is needed.
    vi.stubGlobal('fetch', vi.fn(async () => new Response(null, { status: 200 })))
    const chunk = flakyChunk(3)
    const view = mount(lazyView(chunk.load, { retryDelayMs: 0, importUrl: chunk.importUrl }), { attrs: { label: 'gallery' } })
    await settle()
    expect(chunk.calls()).toBe(3)
    // The retries ask for URLs of their own: Chromium answers a failed import's own URL from its module map.
    expect(chunk.load).toHaveBeenCalledTimes(1)
    expect(chunk.urls).toHaveLength(2)
    for (const url of chunk.urls) expect(url).toMatch(/^http:\/\/comfy\.test\/extensions\/comfyui-long-video\/chunks\/gallery-AbC123\.mjs\?lvRetry=\d+$/)
    expect(new Set(chunk.urls).size).toBe(2)
    const failed = view.get('[data-testid="view-load-failed"]')
    expect(failed.attributes('role')).toBe('alert')
    expect(failed.text()).toContain('This view did not load')
    expect(view.get('[data-testid="view-load-advice"]').text()).toBe(
      'Its code could not be fetched from ComfyUI. Check that ComfyUI is running and reachable, then try again.'
    )
    expect(view.find('[data-testid="view-load-reload"]').exists()).toBe(false)
    expect(view.find('[data-testid="loaded"]').exists()).toBe(false)

    await view.get('[data-testid="view-load-retry"]').trigger('click')
    await settle()
    expect(chunk.calls()).toBe(4)
    expect(new Set(chunk.urls).size).toBe(3)
    expect(view.find('[data-testid="view-load-failed"]').exists()).toBe(false)
    expect(view.get('[data-testid="loaded"]').text()).toBe('loaded gallery')
  })

  it('says to reload the page when the server no longer has the chunk (a new build since the page opened)', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => undefined)
    const heads: string[] = []
    vi.stubGlobal(
      'fetch',
      vi.fn(async (url: string, init?: RequestInit) => {
        heads.push(`${init?.method} ${url}`)
        return new Response(null, { status: 404 })
      })
    )
    const chunk = flakyChunk(99)
    const view = mount(lazyView(chunk.load, { retryDelayMs: 0, importUrl: chunk.importUrl }))
    await settle()
    expect(heads).toEqual([`HEAD ${chunk.urls.at(-1)}`])
    expect(view.get('[data-testid="view-load-failed"]').attributes('data-gone')).toBe('true')
    expect(view.get('[data-testid="view-load-advice"]').text()).toContain('Reload the page to use the new version.')
    expect(view.get('[data-testid="view-load-reload"]').text()).toBe('Reload page')
    expect(view.find('[data-testid="view-load-retry"]').exists()).toBe(true)
  })

  it('shares one load between mounts, sets the chunk up once and keeps a loaded view', async () => {
    const chunk = flakyChunk(0)
    const setup = vi.fn()
    const Lazy = lazyView(chunk.load, { setup })
    mount(Lazy)
    await settle()
    const again = mount(Lazy, { attrs: { label: 'again' } })
    expect(again.get('[data-testid="loaded"]').text()).toBe('loaded again')
    expect(chunk.load).toHaveBeenCalledTimes(1)
    expect(setup).toHaveBeenCalledTimes(1)
  })
})

describe('failedUrl', () => {
  it('finds the URL a failed import or CSS preload names', () => {
    expect(failedUrl(new TypeError('Failed to fetch dynamically imported module: http://h:8188/extensions/x/chunks/a-1.mjs'))).toBe(
      'http://h:8188/extensions/x/chunks/a-1.mjs'
    )
    expect(failedUrl(new Error('Unable to preload CSS for /extensions/x/chunks/a-1.css'))).toBe(
      new URL('/extensions/x/chunks/a-1.css', window.location.href).href
    )
    expect(failedUrl(new TypeError('Importing a module script failed.'))).toBeNull()
  })
})
