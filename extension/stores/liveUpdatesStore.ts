// Live updates: the sidecar's events stream folded into the stores (with a toast for what deserves one),
// and everything read again on connect and after each reconnect, since events are not replayed.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ServerEvent } from '../../sidecar/contract'
import { useEventStream } from '../composables/useEventStream'
import type { EventStream } from '../composables/useEventStream'
import { toastFor } from '../domain/eventToasts'
import { getSetting, toast } from '../host'
import { useBackendsStore } from './backendsStore'
import { useJobsStore } from './jobsStore'
import { useNavigationStore } from './navigationStore'
import { useProgressStore } from './progressStore'
import { useQueueStore } from './queueStore'
import { useSettingsStore } from './settingsStore'

export type StreamState = 'idle' | 'connecting' | 'open' | 'reconnecting'

/** A segment that just ended changes ComfyUI's queue; it is read again once things settle (not a poll). */
const QUEUE_SETTLE_MS = 500

export const useLiveUpdatesStore = defineStore('longvideo.live', () => {
  const jobs = useJobsStore()
  const queue = useQueueStore()
  const settings = useSettingsStore()
  const nav = useNavigationStore()
  const progress = useProgressStore()
  const backends = useBackendsStore()
  const stream = ref<StreamState>('idle')
  let source: EventStream | null = null
  let syncing: Promise<void> | null = null
  let queueRefresh: ReturnType<typeof setTimeout> | null = null

  /** Re-reads everything (on connect and after each reconnect); one at a time. */
  function resync(): Promise<void> {
    syncing ??= load().finally(() => (syncing = null))
    return syncing
  }

  async function load(): Promise<void> {
    const ok = await queue.load()
    if (!ok) return
    await Promise.all([
      jobs.loadJobs(),
      settings.presets.length ? Promise.resolve() : settings.load(),
      nav.view === 'job' ? jobs.refreshCurrent() : Promise.resolve(),
      // Names the backend of each running segment (a --backend one only the sidecar knows); events keep it current.
      backends.load(),
    ]).catch((e: unknown) => queue.noteFailure(e))
  }

  function refreshQueueSoon(): void {
    if (queueRefresh) clearTimeout(queueRefresh)
    queueRefresh = setTimeout(() => {
      queueRefresh = null
      void queue.load()
    }, QUEUE_SETTLE_MS)
  }

  function applyEvent(event: ServerEvent): void {
    // Judged against what the panel knew before the event.
    const note = toastFor(event, jobs)
    jobs.applyEvent(event)
    queue.applyEvent(event)
    progress.applyEvent(event)
    backends.applyEvent(event)
    if (event.type === 'segment' && ['done', 'failed', 'cancelled'].includes(event.segment.status)) refreshQueueSoon()
    if (note && getSetting('LongVideo.Notifications', true)) toast(note.kind, note.summary, note.detail)
  }

  /** Who keeps the stream open: the sidebar panel and the timeline each hold it while mounted. */
  const holders = new Set<string>()

  /** Opens the stream (once) and reads everything. */
  function connect(holder = 'panel'): void {
    holders.add(holder)
    if (source) return
    stream.value = 'connecting'
    source = useEventStream({
      onEvent: applyEvent,
      onOpen: () => {
        stream.value = 'open'
        void resync()
      },
      onDown: () => {
        stream.value = 'reconnecting'
        void queue.load()
      },
    })
    void resync()
  }

  /** Lets go of the stream; it closes when nothing else holds it. */
  function disconnect(holder = 'panel'): void {
    holders.delete(holder)
    if (holders.size) return
    source?.close()
    source = null
    if (queueRefresh) clearTimeout(queueRefresh)
    queueRefresh = null
    progress.stop()
    stream.value = 'idle'
  }

  return { stream, connect, disconnect, resync, applyEvent }
})
