// The media gallery: ComfyUI's outputs a page at a time in the view (filter) and sort the user chose,
// each view remembering its own sort and "hide start images"; favourites and hidden flags one file or
// many at once.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { GalleryBulkAnswer, GalleryItem, GalleryMeta, PromptHistory } from '../../sidecar/contract'
import { useLibraryApi } from '../composables/useLibraryApi'
import { errorMessage } from '../domain/errorMessage'
import { GALLERY_VIEWS_KEY, readViews, viewSettings, withView } from '../domain/galleryViews'
import type { GalleryFilter, GallerySort, GalleryViews } from '../domain/galleryViews'

export const GALLERY_PAGE = 48

function storedViews(): GalleryViews {
  try {
    return readViews(localStorage.getItem(GALLERY_VIEWS_KEY))
  } catch {
    return readViews(null)
  }
}

export const useGalleryStore = defineStore('longvideo.gallery', () => {
  const api = useLibraryApi()
  let views = storedViews()
  const filter = ref<GalleryFilter>(views.filter)
  const sort = ref<GallerySort>(viewSettings(views, views.filter).sort)
  const hideStartImages = ref(viewSettings(views, views.filter).hideStartImages)
  const items = ref<GalleryItem[]>([])
  const total = ref(0)
  const loading = ref(false)
  const error = ref<string | null>(null)
  const prompts = ref<PromptHistory['prompts']>([])
  const promptsError = ref<string | null>(null)
  const metaCache = new Map<string, GalleryMeta>()
  let generation = 0

  function remember(): void {
    views = withView(views, filter.value, { sort: sort.value, hideStartImages: hideStartImages.value })
    try {
      localStorage.setItem(GALLERY_VIEWS_KEY, JSON.stringify(views))
    } catch {
      // Storage full or refused: the views still work for this visit.
    }
  }

  /** Reads the first page again (more = the next page appended). */
  async function load(more = false): Promise<void> {
    const mine = ++generation
    loading.value = true
    try {
      const page = await api.gallery({
        filter: filter.value,
        sort: sort.value,
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

  /** Shows another view with the sort and "hide start images" it had last time. */
  function setFilter(next: GalleryFilter): Promise<void> {
    filter.value = next
    const settings = viewSettings(views, next)
    sort.value = settings.sort
    hideStartImages.value = settings.hideStartImages
    remember()
    return load()
  }

  function setSort(next: GallerySort): Promise<void> {
    sort.value = next
    remember()
    return load()
  }

  function setHideStartImages(hide: boolean): Promise<void> {
    hideStartImages.value = hide
    remember()
    return load()
  }

  /** The list after some files' flags changed: a file that no longer belongs to this view leaves it. */
  function applyMarks(paths: readonly string[], mark: Partial<Pick<GalleryItem, 'favourite' | 'hidden'>>): void {
    const changed = new Set(paths)
    const before = items.value.length
    items.value = items.value
      .map((i) => (changed.has(i.path) ? { ...i, ...mark } : i))
      .filter((i) => (filter.value === 'favourites' ? i.favourite : true) && (filter.value === 'hidden' ? i.hidden : !i.hidden))
    total.value = Math.max(0, total.value - (before - items.value.length))
  }

  async function toggleFavourite(item: GalleryItem): Promise<void> {
    const answer = await api.favourite(item.path, !item.favourite)
    applyMarks([answer.path], { favourite: answer.favourite })
  }

  async function setFavourites(paths: string[], favourite: boolean): Promise<GalleryBulkAnswer> {
    const answer = await api.favourites(paths, favourite)
    applyMarks(answer.changed, { favourite })
    return answer
  }

  async function setHidden(paths: string[], hidden: boolean): Promise<GalleryBulkAnswer> {
    const answer = await api.hidden(paths, hidden)
    applyMarks(answer.changed, { hidden })
    return answer
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

  return {
    filter,
    sort,
    hideStartImages,
    items,
    total,
    loading,
    error,
    prompts,
    promptsError,
    load,
    setFilter,
    setSort,
    setHideStartImages,
    toggleFavourite,
    setFavourites,
    setHidden,
    meta,
    loadPrompts,
  }
})
