// A view the panel loads when first shown: a chunk of its own (web/chunks/*.mjs, see vite.config.ts), so
// opening the sidebar does not wait for the code of views the user may never open. A chunk that does not
// come (the network, or ComfyUI restarted with a new build whose chunk names differ) leaves a message with
// "Try again" in the view's place, not a blank view.
import { defineComponent, h, shallowRef } from 'vue'
import type { Component } from 'vue'
import ViewLoadFailed from './components/common/ViewLoadFailed.vue'

/** Why a view did not load: its chunk is gone from the server (the panel was updated: reload) or it failed otherwise. */
export interface ViewLoadFailure {
  gone: boolean
  detail: string
}

/** Automatic tries after the first failure, before the message shows (a flaky network). */
const AUTO_RETRIES = 2

/** The chunk or stylesheet URL a failed dynamic import names (Chromium, Firefox and Vite's CSS preload say it). */
export function failedUrl(error: unknown): string | null {
  const message = error instanceof Error ? error.message : String(error)
  const found = /(https?:\/\/\S+|\/\S+\.(?:mjs|js|css))/.exec(message)
  if (!found) return null
  try {
    return new URL(found[1] ?? '', window.location.href).href
  } catch {
    return null
  }
}

/** Tells a chunk the server no longer has (404/410: a new build) from one that did not arrive. */
async function describeFailure(error: unknown): Promise<ViewLoadFailure> {
  const detail = error instanceof Error ? error.message : String(error)
  const url = failedUrl(error)
  if (!url) return { gone: false, detail }
  try {
    const res = await fetch(url, { method: 'HEAD', cache: 'no-store' })
    return { gone: res.status === 404 || res.status === 410, detail }
  } catch {
    return { gone: false, detail }
  }
}

/** How a chunk is imported again by URL (a test replaces the browser's import). */
export type ImportUrl = (url: string) => Promise<unknown>
const importUrl: ImportUrl = (url) => import(/* @vite-ignore */ url)

let retryCount = 0

/**
 * The URL to import a failed chunk again from. Chromium keeps a failed dynamic import in its module map:
 * importing the same URL again fails at once without a request, so a retry asks for a URL of its own.
 */
export function retryUrl(url: string): string {
  const next = new URL(url)
  retryCount += 1
  next.searchParams.set('lvRetry', String(retryCount))
  return next.href
}

export interface LazyViewOptions<M> {
  /** Runs on the loaded chunk before its view renders (the timeline installs its plugins here). */
  setup?: (chunk: M) => void
  /** Milliseconds before the first automatic retry (the second waits twice as long). */
  retryDelayMs?: number
  importUrl?: ImportUrl
}

type ChunkLoader<M> = (previousError: unknown) => Promise<M>

/** Loads the chunk, again by a fresh URL when an attempt failed and its error names the URL. */
function chunkLoader<M>(load: () => Promise<M>, reimport: ImportUrl): ChunkLoader<M> {
  return async (previousError) => {
    const url = previousError === undefined ? null : failedUrl(previousError)
    return url ? ((await reimport(retryUrl(url))) as M) : load()
  }
}

async function loadWithRetries<M>(load: ChunkLoader<M>, previousError: unknown, delayMs: number): Promise<M> {
  let lastError = previousError
  for (let attempt = 0; ; attempt++) {
    try {
      return await load(lastError)
    } catch (error) {
      lastError = error
      if (attempt >= AUTO_RETRIES) throw error
      await new Promise((resolve) => setTimeout(resolve, delayMs * (attempt + 1)))
    }
  }
}

/**
 * A component that loads `load`'s view on first render and then shows it, passing its attributes and
 * listeners through. A failed load is tried twice more, then a message takes its place; its "Try again"
 * loads anew (every mount of the view shares one load, and a failed one is forgotten).
 */
export function lazyView<M extends { default: Component }>(load: () => Promise<M>, options: LazyViewOptions<M> = {}): Component {
  const loadChunk = chunkLoader(load, options.importUrl ?? importUrl)
  let loaded: Component | null = null
  let pending: Promise<Component> | null = null
  let lastError: unknown = undefined
  const loadOnce = (): Promise<Component> => {
    pending ??= loadWithRetries(loadChunk, lastError, options.retryDelayMs ?? 300).then(
      (chunk) => {
        options.setup?.(chunk)
        loaded = chunk.default
        return loaded
      },
      (error: unknown) => {
        pending = null
        lastError = error
        throw error
      }
    )
    return pending
  }
  return defineComponent({
    name: 'LazyView',
    inheritAttrs: false,
    setup(_props, { attrs, slots }) {
      const view = shallowRef<Component | null>(loaded)
      const failure = shallowRef<ViewLoadFailure | null>(null)
      const retrying = shallowRef(false)
      async function attempt(): Promise<void> {
        retrying.value = true
        try {
          view.value = await loadOnce()
        } catch (error) {
          console.error('Long Video: a view did not load', error)
          failure.value = await describeFailure(error)
        } finally {
          retrying.value = false
        }
      }
      if (!loaded) void attempt()
      return () => {
        if (view.value) return h(view.value, attrs, slots)
        if (failure.value) return h(ViewLoadFailed, { failure: failure.value, retrying: retrying.value, onRetry: attempt })
        return null
      }
    },
  })
}
