// Jobs as the sidecar reports them: the list for the dashboard and the one open job with its segments.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Job, JobStatus, JobWithSegments, Segment, ServerEvent } from '../../sidecar/contract'
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
  const jobs = ref<Job[]>([])
  const current = ref<JobWithSegments | null>(null)
  const loaded = ref(false)

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

  async function loadJobs(): Promise<void> {
    const list = await api.listJobs()
    jobs.value = list.jobs
    loaded.value = true
  }

  /**
   * An event about the job being fetched can arrive before the answer and describe a newer state than
   * it: such a fetch is done again (a few times at most) rather than letting the older answer win.
   */
  let fetching: { id: number; overtaken: boolean } | null = null

  async function fetchJob(id: number): Promise<JobWithSegments> {
    for (let attempt = 1; ; attempt++) {
      const pending = { id, overtaken: false }
      fetching = pending
      try {
        const job = await api.getJob(id)
        if (!pending.overtaken || attempt >= 3) return job
      } finally {
        if (fetching === pending) fetching = null
      }
    }
  }

  async function openJob(id: number): Promise<void> {
    current.value = await fetchJob(id)
  }

  async function refreshCurrent(): Promise<void> {
    if (current.value) current.value = await fetchJob(current.value.id)
  }

  function closeJob(): void {
    current.value = null
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
  function eventJobId(event: ServerEvent): number | null {
    if (event.type === 'job') return event.job.id
    if (event.type === 'segment') return event.segment.job_id
    if (event.type === 'progress') return event.job_id
    if (event.type === 'job_deleted') return event.id
    return null
  }

  function applyEvent(event: ServerEvent): void {
    if (fetching && eventJobId(event) === fetching.id) fetching.overtaken = true
    switch (event.type) {
      case 'job': {
        const job = event.job
        jobs.value = upsert(jobs.value, job, (j) => j.id === job.id, true)
        if (current.value?.id === job.id) current.value = { ...job, segments: current.value.segments }
        break
      }
      case 'job_deleted':
        jobs.value = jobs.value.filter((j) => j.id !== event.id)
        if (current.value?.id === event.id) current.value = null
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
        const segments = current.value.segments.map((s) =>
          s.idx === event.idx ? { ...s, progress: { value: event.value, max: event.max, node: event.node } } : s
        )
        current.value = { ...current.value, segments }
        break
      }
      case 'queue':
        break
    }
  }

  return { jobs, current, loaded, counts, loadJobs, openJob, refreshCurrent, closeJob, applyEvent, jobStatus, jobName, segmentStatus }
})
