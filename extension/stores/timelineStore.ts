// What the timeline and the job view share about a job being made: the finalize draft (crossfades, trims,
// export) that both the preview and the final follow, the playhead, the selected clip, and whether the
// wide view is open. One store, so an edit in the sidebar shows on the track at once and back.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { FinalizeBody } from '../../sidecar/contract'
import { draftFromOptions, emptyDraft, optionsFromDraft } from '../domain/finalizePlan'
import type { FinalizeDraft } from '../domain/finalizePlan'
import { errorMessage } from '../domain/errorMessage'
import { toast } from '../host'
import { useJobsStore } from './jobsStore'
import { t } from '../i18n'

/** Typing a number of frames fires one change per field: wait this long for the next before saving. */
const SAVE_DELAY_MS = 400

export const useTimelineStore = defineStore('longvideo.timeline', () => {
  const drafts = ref<Record<number, FinalizeDraft>>({})
  /** Playhead: a frame of the final as the current options make it. */
  const frame = ref(0)
  /** The selected clip (segment idx), or null. */
  const selected = ref<number | null>(null)
  /** The wide view is on screen (bottom panel tab or overlay). */
  const open = ref(false)
  // The view's own state lives here, not in its component: closing the overlay's dialog or the bottom
  // panel unmounts the timeline, and it must come back as it was left.
  /** Frames of the final per frame of time: 0 paused, 1 play, 2 fast, -1 backward (J/K/L). */
  const rate = ref(0)
  /** Track zoom: 1 fits the whole job in the track's width. */
  const zoom = ref(1)
  /** The join being edited (the segment before it), or null. */
  const joinAfter = ref<number | null>(null)
  /** The job the playhead, selection and rate above belong to. */
  const viewJob = ref<number | null>(null)

  function draftOf(jobId: number): FinalizeDraft {
    return drafts.value[jobId] ?? emptyDraft()
  }

  // The draft is kept with the job (Job.finalize_options): restored when the job is first shown, saved
  // shortly after each change from the sidebar or the wide view.
  /** What the sidecar holds per job, as last restored or sent (JSON): an unchanged draft is not sent. */
  const kept = new Map<number, string>()
  const timers = new Map<number, ReturnType<typeof setTimeout>>()

  /** Shows the options the job keeps, unless this page already holds a draft of it; true when restored. */
  function restoreDraft(jobId: number, options: FinalizeBody | null): boolean {
    if (drafts.value[jobId]) return false
    const draft = draftFromOptions(options)
    drafts.value = { ...drafts.value, [jobId]: draft }
    kept.set(jobId, JSON.stringify(optionsFromDraft(draft)))
    return true
  }

  function setDraft(jobId: number, draft: FinalizeDraft): void {
    drafts.value = { ...drafts.value, [jobId]: draft }
    clearTimeout(timers.get(jobId))
    if (JSON.stringify(optionsFromDraft(draft)) === kept.get(jobId)) return
    timers.set(jobId, setTimeout(() => keepDraftNow(jobId), SAVE_DELAY_MS))
  }

  /** Sends the job's whole draft now (a finalize kept only what differs from a stream copy). */
  function keepDraftNow(jobId: number): void {
    clearTimeout(timers.get(jobId))
    timers.delete(jobId)
    const body = optionsFromDraft(draftOf(jobId))
    kept.set(jobId, JSON.stringify(body))
    useJobsStore().saveFinalizeOptions(jobId, body).catch((e: unknown) => {
      kept.delete(jobId)
      toast('error', t('edits.keepFailure'), errorMessage(e))
    })
  }

  function resetDraft(jobId: number): void {
    const { [jobId]: _gone, ...rest } = drafts.value
    drafts.value = rest
  }

  function seek(to: number): void {
    frame.value = Math.max(0, Math.round(to))
  }

  function select(idx: number | null): void {
    selected.value = idx
  }

  return { drafts, frame, selected, open, rate, zoom, joinAfter, viewJob, draftOf, restoreDraft, setDraft, keepDraftNow, resetDraft, seek, select }
})
