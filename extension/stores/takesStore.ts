// The takes of segments (every run: redos and candidates) and the commands on them: new takes, choose
// the one that counts, lock it. Each command applies the job the sidecar answers to the jobs store.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { Take, TakesBody } from '../../sidecar/contract'
import { useContinuityApi } from '../composables/useContinuityApi'
import { useJobsStore } from './jobsStore'

const key = (jobId: number, idx: number) => `${jobId}:${idx}`

export const useTakesStore = defineStore('longvideo.takes', () => {
  const api = useContinuityApi()
  const jobs = useJobsStore()
  /** The takes of each segment read so far, by `jobId:idx`. */
  const bySegment = ref<Record<string, Take[]>>({})

  /** The takes of a segment as last read, or undefined before the first read. */
  function of(jobId: number, idx: number): Take[] | undefined {
    return bySegment.value[key(jobId, idx)]
  }

  function put(jobId: number, idx: number, takes: Take[]): void {
    bySegment.value = { ...bySegment.value, [key(jobId, idx)]: takes }
  }

  async function load(jobId: number, idx: number): Promise<void> {
    put(jobId, idx, (await api.takes(jobId, idx)).takes)
  }

  /** A redo (one take) or N candidates; for the next segment the prompt is required and makes it. */
  async function request(jobId: number, idx: number, body: TakesBody): Promise<void> {
    const answer = await jobs.command(() => api.newTakes(jobId, idx, body), (a) => a.job)
    put(jobId, idx, answer.takes)
  }

  const choose = (jobId: number, idx: number, take: number) => jobs.command(() => api.chooseTake(jobId, idx, take), (job) => job)
  const setLock = (jobId: number, idx: number, locked: boolean) => jobs.command(() => api.lock(jobId, idx, locked), (job) => job)

  return { bySegment, of, load, request, choose, setLock }
})
