// The sidebar icon's badge: how many jobs are running, kept current from the events stream even while
// the panel is closed (the stream is shared with the panel when it is open).
import { useEventStream } from './composables/useEventStream'
import type { EventStream } from './composables/useEventStream'
import { setTabBadge } from './host'

/** Starts the badge; null when the host cannot show one (then no connection is kept for it). */
export function startTabBadge(tabId: string): EventStream | null {
  if (!setTabBadge(tabId, '')) return null
  return useEventStream({
    onEvent(event) {
      if (event.type === 'queue') setTabBadge(tabId, event.queue.running_jobs > 0 ? String(event.queue.running_jobs) : '')
    },
    // The sidecar sends the queue (with the count) first thing on every connection.
    onOpen: () => undefined,
    // Not knowing is better said by no badge than by an old count.
    onDown: () => setTabBadge(tabId, ''),
  })
}
