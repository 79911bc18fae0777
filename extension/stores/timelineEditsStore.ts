// The timeline's edits of what has not run yet (planned segments, join modes, crossfades), each with its
// undo; the commands apply the job the sidecar answers through the jobs store, so the panel shows them too.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { JobWithSegments, PlannedPrompt, SeamMode, Segment } from '../../sidecar/contract'
import { timelineApi } from '../composables/useTimelineApi'
import { nextUndo, pushUndo, takeUndo } from '../domain/undoStack'
import type { UndoEntry } from '../domain/undoStack'
import { useJobsStore } from './jobsStore'
import { useTimelineStore } from './timelineStore'
import { t } from '../i18n'

/** A planned segment as the sidecar takes it back (its seed kept, so an undo restores it exactly). */
export function plannedOf(s: Segment): PlannedPrompt {
  return { prompt: s.prompt, ...(s.negative_prompt ? { negative_prompt: s.negative_prompt } : {}), seed: s.seed, loras: s.loras }
}

/** Index of the first planned segment of the tail (every segment after it is planned too). */
export function plannedFrom(job: JobWithSegments): number {
  let from = job.segments.length
  while (from > 0 && job.segments[from - 1]?.status === 'planned') from--
  return from
}

export const useTimelineEditsStore = defineStore('longvideo.timelineEdits', () => {
  const jobs = useJobsStore()
  const timeline = useTimelineStore()
  const stack = ref<UndoEntry[]>([])

  const current = () => jobs.current
  /** The segments from `from` on are all still planned (so a snapshot of them can be put back). */
  const stillPlanned = (jobId: number, from: number) => () => {
    const job = current()
    return job?.id === jobId && job.segments.slice(from).every((s) => s.status === 'planned') && job.segments.length >= from
  }

  function remember(entry: UndoEntry): void {
    stack.value = pushUndo(stack.value, entry)
  }

  const applyPlanned = (jobId: number, from: number, segments: PlannedPrompt[]) =>
    jobs.command(() => timelineApi.replacePlanned(jobId, from, segments), (job) => job)

  /** Replaces the planned tail from `from` on (at most the planned ones) and remembers the old one. */
  async function rearrange(job: JobWithSegments, from: number, segments: PlannedPrompt[], label: string): Promise<void> {
    const before = job.segments.slice(from).map(plannedOf)
    const applied = applyPlanned(job.id, from, segments)
    // Remembered at once: an undo pressed before the sidecar has answered takes back this edit (once it
    // has landed), not the one before it. An edit the sidecar refused has nothing to take back.
    let refused = false
    const planned = stillPlanned(job.id, from)
    remember({
      label,
      jobId: job.id,
      stillUndoable: () => !refused && planned(),
      undo: () => applied.then(() => applyPlanned(job.id, from, before)).then(() => undefined),
    })
    try {
      await applied
    } catch (e) {
      refused = true
      throw e
    }
  }

  /** A planned segment after segment `after` (after the last one that ran at the earliest). */
  function insertAfter(job: JobWithSegments, after: number, prompt: PlannedPrompt): Promise<void> {
    const from = Math.max(plannedFrom(job), after + 1)
    const tail = job.segments.slice(from).map(plannedOf)
    const at = after + 1 - from
    return rearrange(job, from, [...tail.slice(0, Math.max(0, at)), prompt, ...tail.slice(Math.max(0, at))], t('edits.insert', { n: after + 1 }))
  }

  /** Moves planned segment idx one place earlier (-1) or later (+1) among the planned ones. */
  function move(job: JobWithSegments, idx: number, by: -1 | 1): Promise<void> {
    const from = plannedFrom(job)
    const tail = job.segments.slice(from).map(plannedOf)
    const i = idx - from
    const j = i + by
    if (i < 0 || j < 0 || j >= tail.length) return Promise.resolve()
    const next = tail.slice()
    ;[next[i], next[j]] = [next[j] as PlannedPrompt, next[i] as PlannedPrompt]
    return rearrange(job, from, next, t(by < 0 ? 'edits.earlier' : 'edits.later', { n: idx + 1 }))
  }

  /** Drops planned segment idx (the later planned ones move up). */
  function remove(job: JobWithSegments, idx: number): Promise<void> {
    const from = plannedFrom(job)
    const tail = job.segments.slice(from).map(plannedOf)
    return rearrange(job, from, tail.filter((_, k) => k !== idx - from), t('edits.delete', { n: idx + 1 }))
  }

  /** Rewrites planned segment idx. */
  function rewrite(job: JobWithSegments, idx: number, prompt: PlannedPrompt): Promise<void> {
    const from = plannedFrom(job)
    const tail = job.segments.slice(from).map(plannedOf)
    return rearrange(job, from, tail.map((p, k) => (k === idx - from ? prompt : p)), t('edits.edit', { n: idx + 1 }))
  }

  /** The join after segment `after` gets its own mode (null: the job's default again). */
  async function setJoinMode(job: JobWithSegments, after: number, mode: SeamMode | null, frames?: 5 | 9): Promise<void> {
    const own = job.parameters.seam?.joins?.[String(after)]
    const put = (m: SeamMode | null, f?: number) =>
      jobs.command(() => timelineApi.setJoinSeam(job.id, { after, mode: m, ...(m === 'motion' && (f === 5 || f === 9) ? { frames: f } : {}) }), (j) => j)
    await put(mode, frames)
    const next = () => current()?.segments[after + 1]
    remember({
      label: t('edits.join', { n: after + 1 }),
      jobId: job.id,
      // Once the segment after the join has run with it, changing the mode back would not undo that run.
      stillUndoable: () => current()?.id === job.id && (next()?.status ?? 'planned') === 'planned',
      undo: () => put(own?.mode ?? null, own?.frames).then(() => undefined),
    })
  }

  /**
   * A crossfade of `frames` (0: a cut) at the join after segment `after`, in the finalize options both views
   * use. `gradual`: a step of a slider, one undo with the steps right before it.
   */
  function setCrossfade(jobId: number, after: number, frames: number, gradual = false): void {
    const before = timeline.draftOf(jobId)
    timeline.setDraft(jobId, { ...before, crossfades: { ...before.crossfades, [after]: Math.max(0, Math.round(frames)) } })
    remember({
      label: frames > 0 ? t('edits.crossfade', { frames, n: after + 1 }) : t('edits.cut', { n: after + 1 }),
      jobId,
      stillUndoable: () => true,
      undo: () => timeline.setDraft(jobId, before),
      ...(gradual ? { merge: `crossfade ${jobId} ${after}` } : {}),
    })
  }

  const undoLabel = computed(() => {
    const id = current()?.id
    return id === undefined ? null : (nextUndo(stack.value, id)?.label ?? null)
  })

  /** Takes back the newest edit of the open job that has not run; answers what it took back. */
  async function undo(): Promise<string | null> {
    const id = current()?.id
    if (id === undefined) return null
    const { entry, rest } = takeUndo(stack.value, id)
    stack.value = rest
    if (!entry) return null
    await entry.undo()
    return entry.label
  }

  return { stack, undoLabel, insertAfter, move, remove, rewrite, setJoinMode, setCrossfade, undo }
})
