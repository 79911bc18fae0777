// Reads the sidecar's server-sent events (GET /api/events) as a panel would, for tests that check what
// the event stream carried: every event's name and its parsed data, in order.
import type { ServerEvent } from '../contract'

export interface EventStreamReader {
  /** The events' data, in the order they came. */
  seen: ServerEvent[]
  /** The `event:` name of each, in the same order. */
  names: string[]
  contentType: string | null
  /** Stops reading and waits until the reader has ended. */
  close(): Promise<void>
}

export async function openEventStream(sidecar: { url: string; authHeaders: Record<string, string> }): Promise<EventStreamReader> {
  const seen: ServerEvent[] = []
  const names: string[] = []
  const controller = new AbortController()
  const res = await fetch(`${sidecar.url}/api/events`, { signal: controller.signal, headers: sidecar.authHeaders })
  const reader = (res.body as ReadableStream<Uint8Array>).getReader()
  const decoder = new TextDecoder()
  let buffer = ''
  const reading = (async () => {
    for (;;) {
      const { value, done } = await reader.read().catch(() => ({ value: undefined, done: true }))
      if (done) return
      buffer += decoder.decode(value, { stream: true })
      let cut
      while ((cut = buffer.indexOf('\n\n')) >= 0) {
        const chunk = buffer.slice(0, cut)
        buffer = buffer.slice(cut + 2)
        const event = /^event: (.*)$/m.exec(chunk)?.[1]
        const data = /^data: (.*)$/m.exec(chunk)?.[1]
        if (event && data) {
          names.push(event)
          seen.push(JSON.parse(data) as ServerEvent)
        }
      }
    }
  })()
  return {
    seen,
    names,
    contentType: res.headers.get('content-type'),
    close: async () => {
      controller.abort()
      await reading
    },
  }
}
