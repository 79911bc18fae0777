// Live updates from the sidecar's server-sent events, with reconnect; the panel never polls.
import { ServerEvent } from '../../sidecar/contract'
import type { ServerEvent as ServerEventType } from '../../sidecar/contract'
import { mediaURL } from './useSidecarApi'

const EVENT_TYPES = ['job', 'job_deleted', 'segment', 'progress', 'queue'] as const

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

/**
 * Opens the stream. EventSource retries by itself after a dropped connection; when it gives up
 * (an HTTP error such as the proxy's 503) we reopen with a growing delay.
 */
export function useEventStream(handlers: EventStreamHandlers, url: string = mediaURL.events()): EventStream {
  let source: EventSource | null = null
  let timer: ReturnType<typeof setTimeout> | null = null
  let delay = 1000
  let closed = false

  const onMessage = (e: MessageEvent<string>) => {
    let data: unknown
    try {
      data = JSON.parse(e.data)
    } catch {
      return
    }
    const parsed = ServerEvent.safeParse(data)
    if (parsed.success) handlers.onEvent(parsed.data)
    // A panel older than its sidecar: say so in the console instead of silently missing updates.
    else console.warn(`[longvideo] ignored a "${e.type}" event the panel cannot read:`, parsed.error.issues[0])
  }

  function open(): void {
    if (closed) return
    source = new EventSource(url)
    for (const type of EVENT_TYPES) source.addEventListener(type, onMessage)
    source.onopen = () => {
      delay = 1000
      handlers.onOpen()
    }
    source.onerror = () => {
      handlers.onDown()
      if (source?.readyState === EventSource.CLOSED) {
        source = null
        timer = setTimeout(open, delay)
        delay = Math.min(delay * 2, MAX_DELAY_MS)
      }
    }
  }

  open()
  return {
    close() {
      closed = true
      if (timer) clearTimeout(timer)
      source?.close()
      source = null
    },
  }
}
