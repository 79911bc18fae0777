// The LoRA library: ComfyUI's LoRA files with pairs, our metadata and other tools' (GET /api/loras).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LoraLibraryAnswer, LoraMetaUpdate } from '../../sidecar/contract'
import { useLibraryApi } from '../composables/useLibraryApi'
import { libraryFromNames } from '../domain/loraChoices'
import { useSettingsStore } from './settingsStore'
import { errorMessage } from '../domain/errorMessage'

export const useLoraStore = defineStore('longvideo.loras', () => {
  const api = useLibraryApi()
  const library = ref<LoraLibraryAnswer | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)
  let pending: Promise<void> | null = null

  async function fetchLibrary(refresh: boolean): Promise<void> {
    loading.value = true
    try {
      library.value = await api.loras(refresh)
      error.value = null
    } catch (e) {
      error.value = errorMessage(e)
      // ComfyUI's bare file list still lets the pickers work (pairs guessed from the names).
      const names = useSettingsStore().loras
      if (!library.value && names.length) library.value = libraryFromNames(names)
    } finally {
      loading.value = false
    }
  }

  /** Reads the library once (refresh = true re-reads ComfyUI's list at once). */
  function load(refresh = false): Promise<void> {
    if (!refresh && library.value && !error.value) return Promise.resolve()
    pending ??= fetchLibrary(refresh).finally(() => (pending = null))
    return pending
  }

  async function saveMeta(update: LoraMetaUpdate): Promise<void> {
    const answer = await api.updateLoraMeta(update)
    if (!library.value) return
    library.value = {
      ...library.value,
      files: library.value.files.map((f) => (f.name === answer.name ? { ...f, meta: answer.meta } : f)),
    }
  }

  return { library, error, loading, load, saveMeta }
})
