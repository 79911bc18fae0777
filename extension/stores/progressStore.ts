// Live progress of our prompts in ComfyUI (chain segments and takes alike), from the events stream, and
// a clock that ticks while any runs so elapsed times and ETAs count down between events.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Progress, QueueStatus, ServerEvent } from '../../sidecar/contract'

export type LiveRun = Extract<ServerEvent, { type: 'progress' }>

export const useProgressStore = defineStore('longvideo.progress', () => {
  const byPrompt = ref<Record<string, LiveRun>>({})
  const now = ref(Date.now())
  let timer: ReturnType<typeof setInterval> | null = null

  function tick(): void {
    now.value = Date.now()
    const running = Object.keys(byPrompt.value).length > 0
    if (running && !timer) timer = setInterval(() => (now.value = Date.now()), 1000)
    if (!running && timer) {
      clearInterval(timer)
      timer = null
    }
  }

  /** Runs no longer in ComfyUI (the queue lists every prompt of ours that is) have no progress. */
  function keepOnly(queue: QueueStatus): void {
    const live = new Set(queue.ours.map((o) => o.prompt_id))
    const kept = Object.fromEntries(Object.entries(byPrompt.value).filter(([id]) => live.has(id)))
    const c = queue.current
    // A panel opened mid-segment learns where it is from the queue before the next step arrives.
    if (c && !kept[c.prompt_id]) {
      kept[c.prompt_id] = { type: 'progress', job_id: c.job_id, idx: c.idx, take: c.take, prompt_id: c.prompt_id, value: c.value, max: c.max, node: c.node, fraction: c.fraction, phase: c.phase, started_at: c.started_at, typical_ms: c.typical_ms }
    }
    byPrompt.value = kept
  }

  function applyEvent(event: ServerEvent): void {
    if (event.type === 'progress') byPrompt.value = { ...byPrompt.value, [event.prompt_id]: event }
    else if (event.type === 'queue') keepOnly(event.queue)
    else if (event.type === 'job_deleted') byPrompt.value = Object.fromEntries(Object.entries(byPrompt.value).filter(([, r]) => r.job_id !== event.id))
    else if (event.type === 'segment' && event.segment.prompt_id && event.segment.status !== 'running') {
      const { [event.segment.prompt_id]: _gone, ...rest } = byPrompt.value
      byPrompt.value = rest
    } else return
    tick()
  }

  function ofPrompt(promptId: string | null | undefined): Progress | null {
    return promptId ? (byPrompt.value[promptId] ?? null) : null
  }

  /** Every run of a job in ComfyUI now, chain segments first. */
  function ofJob(jobId: number): LiveRun[] {
    return Object.values(byPrompt.value)
      .filter((r) => r.job_id === jobId)
      .sort((a, b) => a.idx - b.idx || a.take - b.take)
  }

  const running = computed(() => Object.values(byPrompt.value))

  function stop(): void {
    if (timer) clearInterval(timer)
    timer = null
  }

  return { byPrompt, now, running, applyEvent, ofPrompt, ofJob, stop }
})
