// Live updates from the sidecar's server-sent events, with reconnect; the panel never polls.
// One connection per URL, shared by its subscribers (the panel and the sidebar icon's badge), since a
// browser gives each origin only a few HTTP/1.1 connections.
import { ServerEvent } from '../../sidecar/contract'
import type { ServerEvent as ServerEventType } from '../../sidecar/contract'
import { mediaURL } from './useSidecarApi'

const EVENT_TYPES = ['job', 'job_deleted', 'segment', 'progress', 'queue', 'backends'] as const satisfies readonly ServerEventType['type'][]
// EventSource hands over only the named events it listens for: one the contract has and this list
// lacks would never arrive (the 'backends' event did not), so that fails to compile.
const _everyEventHeard: [Exclude<ServerEventType['type'], (typeof EVENT_TYPES)[number]>] extends [never] ? true : never = true

export interface EventStreamHandlers {
  onEvent(event: ServerEventType): void
  /** Called on every (re)connect: events are not replayed, so state is re-read then. */
  onOpen(): void
  onDown(): void
}

export interface EventStream {
  close(): void
}

const MAX_DELAY_MS = 15_000

interface SharedSource {
  subscribers: Set<EventStreamHandlers>
  close(): void
  /** Whether the connection is open now (a late subscriber is told at once). */
  isOpen(): boolean
}

const shared = new Map<string, SharedSource>()

/**
 * Opens the stream. EventSource retries by itself after a dropped connection; when it gives up
 * (an HTTP error such as the proxy's 503) we reopen with a growing delay.
 */
function connect(url: string, subscribers: Set<EventStreamHandlers>): SharedSource {
  let source: EventSource | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let delay = 1000
  let closed = false
  let open = false

  const onMessage = (e: MessageEvent<string>) => {
    let data: unknown
    try {
      data = JSON.parse(e.data)
    } catch {
      return
    }
    const parsed = ServerEvent.safeParse(data)
    if (parsed.success) for (const s of [...subscribers]) s.onEvent(parsed.data)
    // A panel older than its sidecar: say so in the console instead of silently missing updates.
    else console.warn(`[longvideo] ignored a "${e.type}" event the panel cannot read:`, parsed.error.issues[0])
  }

  function start(): void {
    if (closed) return
    source = new EventSource(url)
    for (const type of EVENT_TYPES) source.addEventListener(type, onMessage)
    source.onopen = () => {
      delay = 1000
      open = true
      for (const s of [...subscribers]) s.onOpen()
    }
    source.onerror = () => {
      open = false
      for (const s of [...subscribers]) s.onDown()
      if (source?.readyState === EventSource.CLOSED) {
        source = null
        timer = setTimeout(start, delay)
        delay = Math.min(delay * 2, MAX_DELAY_MS)
      }
    }
  }

  start()
  return {
    subscribers,
    isOpen: () => open,
    close() {
      closed = true
      open = false
      if (timer) clearTimeout(timer)
      source?.close()
      source = null
    },
  }
}

export function useEventStream(handlers: EventStreamHandlers, url: string = mediaURL.events()): EventStream {
  let entry = shared.get(url)
  if (!entry) {
    entry = connect(url, new Set())
    shared.set(url, entry)
  }
  const current = entry
  current.subscribers.add(handlers)
  // Joining a connection that is already open: this subscriber still has to read the state once.
  if (current.isOpen()) queueMicrotask(() => current.subscribers.has(handlers) && handlers.onOpen())
  return {
    close() {
      current.subscribers.delete(handlers)
      if (current.subscribers.size > 0) return
      current.close()
      if (shared.get(url) === current) shared.delete(url)
    },
  }
}
