// The ComfyUI backends (issue 16): their status as the sidecar reports it (GET /api/backends and the
// `backends` event), the Distributed workers offered, and the changes the Backends view makes (a
// settings PUT of the new list). The names a segment shows for its backend come from here too.
import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import type { BackendSetting, BackendStatus, DiscoveredBackends, FailoverTimeout, ServerEvent } from '../../sidecar/contract'
import { backendsApi } from '../composables/useBackendsApi'
import { backendIdFor, backendLabel, canTurnOff, knownBackends, withBackend } from '../domain/backends'
import { errorMessage } from '../domain/errorMessage'
import { t } from '../i18n'
import { useSettingsStore } from './settingsStore'

export const useBackendsStore = defineStore('longvideo.backends', () => {
  const settings = useSettingsStore()
  const backends = ref<BackendStatus[]>([])
  const discovered = ref<DiscoveredBackends | null>(null)
  /** The failover timeout in force (the setting, or --backend-timeout over it); null before the first load. */
  const failover = ref<FailoverTimeout | null>(null)
  /** The last failure (loading, or a refused change), in the sidecar's words. */
  const error = ref<string | null>(null)
  const loading = ref(false)
  const saving = ref(false)

  async function load(): Promise<void> {
    loading.value = true
    try {
      const list = await backendsApi.list()
      backends.value = list.backends
      failover.value = list.failover_timeout
      error.value = null
    } catch (e) {
      error.value = errorMessage(e)
    } finally {
      loading.value = false
    }
  }

  /** The Distributed workers are an offer: failing to read them is not an error to show. */
  async function loadDiscovered(): Promise<void> {
    discovered.value = await backendsApi.discovered().catch(() => null)
  }

  function applyEvent(event: ServerEvent): void {
    if (event.type === 'backends') backends.value = event.backends
  }

  const stored = computed<BackendSetting[]>(() => settings.settings?.backends ?? [])
  const known = computed(() => knownBackends(backends.value, stored.value, t('backends.mainName'), settings.settings?.main_backend_enabled ?? true))
  /** More than one backend: segments and clips then say which one runs them. */
  const several = computed(() => known.value.length > 1)

  /** The name a running segment or take shows for its backend; null with one backend. */
  function labelOf(id: string | null | undefined): string | null {
    return backendLabel(known.value, id)
  }

  /** The name of the backend a prompt runs or waits on (its status lists it), when there are several. */
  function labelOfPrompt(promptId: string): string | null {
    const on = backends.value.find((b) => b.running?.prompt_id === promptId || b.queued.some((q) => q.prompt_id === promptId))
    return on ? labelOf(on.id) : null
  }

  async function save(patch: { backends?: BackendSetting[]; main_backend_enabled?: boolean; backend_timeout_s?: number }): Promise<boolean> {
    saving.value = true
    error.value = null
    try {
      await settings.save(patch)
      await load()
      return true
    } catch (e) {
      error.value = errorMessage(e)
      return false
    } finally {
      saving.value = false
    }
  }

  function add(name: string, url: string): Promise<boolean> {
    const taken = [...stored.value.map((b) => b.id), ...backends.value.map((b) => b.id)]
    const entry: BackendSetting = { id: backendIdFor(name, taken), name: name.trim(), url: url.trim(), enabled: true }
    return save({ backends: [...stored.value, entry] })
  }

  function setEnabled(id: string, enabled: boolean): Promise<boolean> {
    if (!enabled && !canTurnOff(known.value, id)) {
      error.value = t('backends.lastOn')
      return Promise.resolve(false)
    }
    if (id === 'main') return save({ main_backend_enabled: enabled })
    return save({ backends: withBackend(stored.value, id, { enabled }) })
  }

  function remove(id: string): Promise<boolean> {
    return save({ backends: withBackend(stored.value, id, null) })
  }

  function setFailoverTimeout(seconds: number): Promise<boolean> {
    return save({ backend_timeout_s: seconds })
  }

  return { backends, discovered, failover, error, loading, saving, known, several, load, loadDiscovered, applyEvent, labelOf, labelOfPrompt, add, setEnabled, remove, setFailoverTimeout }
})
