// Jobs as the sidecar reports them (the list for the dashboard, the open job with its segments) and the
// commands that change them. A command applies the job the sidecar answers; events apply the rest.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type {
  ContinuityBody,
  CreateJobBody,
  FinalizeBody,
  JobListItem,
  JobStatus,
  JobWithSegments,
  SeamsBody,
  Segment,
  SegmentPromptBody,
  ServerEvent,
} from '../../sidecar/contract'
import { listItemOf } from '../../sidecar/contract'
import { useContinuityApi } from '../composables/useContinuityApi'
import { useSidecarApi } from '../composables/useSidecarApi'

export type StatusCounts = Record<'running' | 'awaiting_prompt' | 'completed' | 'failed', number>

function upsert<T>(list: T[], item: T, same: (a: T) => boolean, atFront = false): T[] {
  const i = list.findIndex(same)
  if (i === -1) return atFront ? [item, ...list] : [...list, item]
  const copy = list.slice()
  copy[i] = item
  return copy
}

export const useJobsStore = defineStore('longvideo.jobs', () => {
  const api = useSidecarApi()
  const continuity = useContinuityApi()
  const jobs = ref<JobListItem[]>([])
  const current = ref<JobWithSegments | null>(null)
  const loaded = ref(false)
  /** The job last asked to open: the answer of an earlier open does not replace it. */
  let opening: number | null = null

  const counts = computed<StatusCounts>(() => {
    const c: StatusCounts = { running: 0, awaiting_prompt: 0, completed: 0, failed: 0 }
    for (const job of jobs.value) {
      if (job.status === 'running' || job.status === 'finalizing') c.running++
      else if (job.status === 'awaiting_prompt') c.awaiting_prompt++
      else if (job.status === 'completed') c.completed++
      else if (job.status === 'failed') c.failed++
    }
    return c
  })

  /**
   * An answer shows the job as it was when the sidecar answered, and an event arriving while the
   * request is on its way may be newer than that answer. So every request keeps the events that arrive
   * during its flight and folds them again over its answer: the store ends in the newest state whatever
   * came first. (updated_at cannot order them: segment and progress events carry none.)
   */
  const flights = new Set<ServerEvent[]>()

  async function answered<T>(request: () => Promise<T>, apply: (answer: T) => void): Promise<T> {
    const during: ServerEvent[] = []
    flights.add(during)
    try {
      const answer = await request()
      apply(answer)
      for (const event of during) fold(event)
      return answer
    } finally {
      flights.delete(during)
    }
  }

  function applyEvent(event: ServerEvent): void {
    for (const during of flights) during.push(event)
    fold(event)
  }

  /** Puts the job as the sidecar answered it into the list, and into the open job if it is that one. */
  function applyJob(answer: JobWithSegments): void {
    const { segments: _segments, ...job } = answer
    jobs.value = upsert(jobs.value, listItemOf(job), (j) => j.id === job.id, true)
    if (current.value?.id === answer.id) current.value = answer
  }

  /** Sends a command whose answer carries the job as the command left it, and applies that job. */
  function command<T>(request: () => Promise<T>, jobOf: (answer: T) => JobWithSegments): Promise<T> {
    return answered(request, (answer) => applyJob(jobOf(answer)))
  }

  const jobCommand = (request: () => Promise<JobWithSegments>) => command(request, (job) => job)

  async function loadJobs(): Promise<void> {
    await answered(api.listJobs, (list) => {
      jobs.value = list.jobs
      loaded.value = true
    })
  }

  async function openJob(id: number): Promise<void> {
    opening = id
    await answered(
      () => api.getJob(id),
      (job) => {
        if (opening === id) current.value = job
      }
    )
  }

  async function refreshCurrent(): Promise<void> {
    const id = current.value?.id
    if (id === undefined) return
    await answered(
      () => api.getJob(id),
      (job) => {
        if (current.value?.id === id) current.value = job
      }
    )
  }

  function closeJob(): void {
    current.value = null
  }

  function forget(id: number): void {
    jobs.value = jobs.value.filter((j) => j.id !== id)
    if (current.value?.id === id) current.value = null
  }

  const createJob = (body: CreateJobBody) => jobCommand(() => api.createJob(body))
  const cancel = (id: number) => jobCommand(() => api.cancelJob(id))
  const stopRun = (id: number, idx: number, take: number) => jobCommand(() => api.stopRun(id, idx, take))
  const retry = (id: number) => jobCommand(() => api.retryJob(id))
  /** A chain held before a planned segment (inserted from the timeline) runs on. */
  const continueJob = (id: number) => jobCommand(() => api.continueJob(id))
  const reopen = (id: number) => jobCommand(() => api.reopenJob(id))
  const finalize = (id: number, body: FinalizeBody) => jobCommand(() => continuity.finalize(id, body))
  /** Plans the next segment's prompt, or rewrites a planned one. */
  const submitPrompt = (id: number, idx: number, body: SegmentPromptBody) => jobCommand(() => api.submitPrompt(id, idx, body))
  const deleteSegment = (id: number, idx: number) => jobCommand(() => api.deleteSegment(id, idx))
  const setContinuity = (id: number, body: ContinuityBody) => jobCommand(() => continuity.setContinuity(id, body))
  const setSeams = (id: number, body: SeamsBody) => jobCommand(() => continuity.setSeams(id, body))
  /** Keeps the finalize form's options with the job (they come back after a reopen or a reload). */
  const saveFinalizeOptions = (id: number, body: FinalizeBody) => jobCommand(() => continuity.setFinalizeOptions(id, body))
  const rerunStale = (id: number) => jobCommand(() => continuity.rerunStale(id))
  const keepStale = (id: number) => jobCommand(() => continuity.keepStale(id))

  async function deleteJob(id: number): Promise<void> {
    await api.deleteJob(id)
    forget(id)
  }

  function jobStatus(id: number): JobStatus | undefined {
    return jobs.value.find((j) => j.id === id)?.status ?? (current.value?.id === id ? current.value.status : undefined)
  }

  function jobName(id: number): string | undefined {
    return jobs.value.find((j) => j.id === id)?.name
  }

  function segmentStatus(jobId: number, idx: number): Segment['status'] | undefined {
    if (current.value?.id !== jobId) return undefined
    return current.value.segments.find((s) => s.idx === idx)?.status
  }

  /** Folds one server event into the state (events carry whole objects, so this is a replace). */
  function fold(event: ServerEvent): void {
    switch (event.type) {
      case 'job': {
        const job = event.job
        jobs.value = upsert(jobs.value, listItemOf(job), (j) => j.id === job.id, true)
        if (current.value?.id === job.id) current.value = { ...job, segments: current.value.segments }
        break
      }
      case 'job_deleted':
        forget(event.id)
        break
      case 'segment': {
        const s = event.segment
        if (current.value?.id === s.job_id) {
          const segments = upsert(current.value.segments, s, (x) => x.idx === s.idx).sort((a, b) => a.idx - b.idx)
          current.value = { ...current.value, segments }
        }
        break
      }
      case 'progress': {
        if (current.value?.id !== event.job_id) break
        // A redo or candidate of the segment reports its own progress, not the segment's.
        const { type: _type, job_id: _job, idx: _idx, take, prompt_id: _prompt, ...progress } = event
        const segments = current.value.segments.map((s) => (s.idx === event.idx && s.take === take ? { ...s, progress } : s))
        current.value = { ...current.value, segments }
        break
      }
      case 'queue':
        break
    }
  }

  return {
    jobs,
    current,
    loaded,
    counts,
    loadJobs,
    openJob,
    refreshCurrent,
    closeJob,
    applyEvent,
    command,
    createJob,
    cancel,
    stopRun,
    retry,
    continueJob,
    reopen,
    finalize,
    submitPrompt,
    deleteSegment,
    setContinuity,
    setSeams,
    saveFinalizeOptions,
    rerunStale,
    keepStale,
    deleteJob,
    jobStatus,
    jobName,
    segmentStatus,
  }
})
