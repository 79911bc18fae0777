// The sidecar's queue and health, and whether the panel can reach the sidecar at all.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { Health, QueueStatus, ServerEvent } from '../../sidecar/contract'
import { SidecarError, useSidecarApi } from '../composables/useSidecarApi'
import type { ConnectionProblem } from '../domain/connectionProblem'
import { describeProblem, healthProblems } from '../domain/connectionProblem'
import { errorMessage } from '../domain/errorMessage'
import { t } from '../i18n'

export const useQueueStore = defineStore('longvideo.queue', () => {
  const api = useSidecarApi()
  const status = ref<QueueStatus | null>(null)
  const health = ref<Health | null>(null)
  /** Why the sidecar cannot be used right now (null when it can). */
  const unreachable = ref<ConnectionProblem | null>(null)

  const problems = computed<ConnectionProblem[]>(() => {
    if (unreachable.value) return [unreachable.value]
    const list = health.value ? healthProblems(health.value) : []
    // The queue status is fresher than health about ComfyUI.
    if (status.value && status.value.comfyui.reachable) return list.filter((p) => p.code !== 'comfyui_unreachable')
    if (status.value && !status.value.comfyui.reachable && !list.some((p) => p.code === 'comfyui_unreachable')) {
      list.unshift(describeProblem(200, 'comfyui_unreachable', `${status.value.comfyui.url}: ${status.value.comfyui.error ?? t('problem.noAnswer')}`))
    }
    return list
  })

  function noteFailure(e: unknown): void {
    if (e instanceof SidecarError) {
      // Only answers that mean "no sidecar behind the proxy" make the whole panel unusable.
      if (e.status === null || e.status === 404 || e.status === 502 || e.status === 503 || e.status === 504) {
        unreachable.value = describeProblem(e.status, e.code, e.message)
      }
    } else {
      unreachable.value = describeProblem(null, null, errorMessage(e))
    }
  }

  async function load(): Promise<boolean> {
    try {
      const [h, q] = await Promise.all([api.health(), api.queueStatus()])
      health.value = h
      status.value = q
      unreachable.value = null
      return true
    } catch (e) {
      noteFailure(e)
      return false
    }
  }

  /** Starts or pauses taking new segments; the sidecar answers the queue status it leads to. */
  async function setAccepting(on: boolean): Promise<void> {
    status.value = await (on ? api.startQueue() : api.stopQueue())
  }

  function applyEvent(event: ServerEvent): void {
    if (event.type === 'queue') status.value = event.queue
    else if (event.type === 'progress' && status.value?.current?.prompt_id === event.prompt_id) {
      status.value = { ...status.value, current: { ...status.value.current, value: event.value, max: event.max, node: event.node } }
    }
  }

  return { status, health, unreachable, problems, load, setAccepting, applyEvent, noteFailure }
})
