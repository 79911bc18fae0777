// What the timeline and the job view share about a job being made: the finalize draft (crossfades, trims,
// export) that both the preview and the final follow, the playhead, the selected clip, and whether the
// wide view is open. One store, so an edit in the sidebar shows on the track at once and back.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import { emptyDraft } from '../domain/finalizePlan'
import type { FinalizeDraft } from '../domain/finalizePlan'

export const useTimelineStore = defineStore('longvideo.timeline', () => {
  const drafts = ref<Record<number, FinalizeDraft>>({})
  /** Playhead: a frame of the final as the current options make it. */
  const frame = ref(0)
  const playing = ref(false)
  /** The selected clip (segment idx), or null. */
  const selected = ref<number | null>(null)
  /** The wide view is on screen (bottom panel tab or overlay). */
  const open = ref(false)

  function draftOf(jobId: number): FinalizeDraft {
    return drafts.value[jobId] ?? emptyDraft()
  }

  function setDraft(jobId: number, draft: FinalizeDraft): void {
    drafts.value = { ...drafts.value, [jobId]: draft }
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

  return { drafts, frame, playing, selected, open, draftOf, setDraft, resetDraft, seek, select }
})
