// The media gallery: ComfyUI's outputs newest first with a filter, favourites and a page at a time.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { GalleryItem, GalleryMeta, PromptHistory } from '../../sidecar/contract'
import { useLibraryApi } from '../composables/useLibraryApi'
import type { GalleryFilter } from '../composables/useLibraryApi'
import { errorMessage } from '../domain/errorMessage'

export const GALLERY_PAGE = 48

export const useGalleryStore = defineStore('longvideo.gallery', () => {
  const api = useLibraryApi()
  const filter = ref<GalleryFilter>('all')
  const hideStartImages = ref(true)
  const items = ref<GalleryItem[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const prompts = ref<PromptHistory['prompts']>([])
  const promptsError = ref<string | null>(null)
  const metaCache = new Map<string, GalleryMeta>()
  let generation = 0

  /** Reads the first page again (more = the next page appended). */
  async function load(more = false): Promise<void> {
    const mine = ++generation
    loading.value = true
    try {
      const page = await api.gallery({
        filter: filter.value,
        hideStartImages: hideStartImages.value,
        offset: more ? items.value.length : 0,
        limit: GALLERY_PAGE,
      })
      // A filter changed while this page was on its way: its answer belongs to the old filter.
      if (mine !== generation) return
      items.value = more ? [...items.value, ...page.items] : page.items
      total.value = page.total
      error.value = null
    } catch (e) {
      if (mine === generation) error.value = errorMessage(e)
    } finally {
      if (mine === generation) loading.value = false
    }
  }

  function setFilter(next: GalleryFilter): Promise<void> {
    filter.value = next
    return load()
  }

  function setHideStartImages(hide: boolean): Promise<void> {
    hideStartImages.value = hide
    return load()
  }

  async function toggleFavourite(item: GalleryItem): Promise<void> {
    const answer = await api.favourite(item.path, !item.favourite)
    items.value = items.value
      .map((i) => (i.path === answer.path ? { ...i, favourite: answer.favourite } : i))
      // Leaving the favourites filter's list is what un-favouriting there means.
      .filter((i) => filter.value !== 'favourites' || i.favourite)
    if (filter.value === 'favourites' && !answer.favourite) total.value = Math.max(0, total.value - 1)
  }

  async function meta(path: string): Promise<GalleryMeta> {
    const known = metaCache.get(path)
    if (known) return known
    const answer = await api.meta(path)
    metaCache.set(path, answer)
    return answer
  }

  async function loadPrompts(): Promise<void> {
    try {
      prompts.value = (await api.prompts()).prompts
      promptsError.value = null
    } catch (e) {
      promptsError.value = errorMessage(e)
    }
  }

  return { filter, hideStartImages, items, total, loading, error, prompts, promptsError, load, setFilter, setHideStartImages, toggleFavourite, meta, loadPrompts }
})
