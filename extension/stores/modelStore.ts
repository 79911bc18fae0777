// ComfyUI's diffusion models as high/low pairs with the recommended pair per preset (GET /api/models).
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { ModelLibraryAnswer } from '../../sidecar/contract'
import { useLibraryApi } from '../composables/useLibraryApi'
import { errorMessage } from '../domain/errorMessage'

export const useModelStore = defineStore('longvideo.models', () => {
  const api = useLibraryApi()
  const models = ref<ModelLibraryAnswer | null>(null)
  const error = ref<string | null>(null)
  let pending: Promise<void> | null = null

  function load(refresh = false): Promise<void> {
    if (!refresh && models.value) return Promise.resolve()
    pending ??= api
      .models(refresh)
      .then((m) => {
        models.value = m
        error.value = null
      })
      .catch((e: unknown) => {
        error.value = errorMessage(e)
      })
      .finally(() => (pending = null))
    return pending
  }

  return { models, error, load }
})
