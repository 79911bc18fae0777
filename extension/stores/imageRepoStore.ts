// The image repository: the folders named in settings, browsed a page at a time with ratings.
import { defineStore } from 'pinia'
import { ref } from 'vue'
import type { LibraryImageList, LibraryRoots } from '../../sidecar/contract'
import { useLibraryApi } from '../composables/useLibraryApi'
import type { LibrarySort } from '../composables/useLibraryApi'
import { errorMessage } from '../domain/errorMessage'

export const REPO_PAGE = 24

export const useImageRepoStore = defineStore('longvideo.imageRepo', () => {
  const api = useLibraryApi()
  const roots = ref<LibraryRoots['roots']>([])
  const root = ref(0)
  const folder = ref('')
  const sort = ref<LibrarySort>('date')
  const page = ref(0)
  const listing = ref<LibraryImageList | null>(null)
  const error = ref<string | null>(null)
  const loading = ref(false)

  async function loadRoots(): Promise<void> {
    try {
      roots.value = (await api.roots()).roots
      if (!roots.value.some((r) => r.index === root.value)) root.value = roots.value[0]?.index ?? 0
      error.value = null
    } catch (e) {
      error.value = errorMessage(e)
    }
  }

  async function browse(): Promise<void> {
    if (!roots.value.length) {
      listing.value = null
      return
    }
    loading.value = true
    try {
      listing.value = await api.images({ root: root.value, folder: folder.value, sort: sort.value, offset: page.value * REPO_PAGE, limit: REPO_PAGE })
      error.value = null
    } catch (e) {
      listing.value = null
      error.value = errorMessage(e)
    } finally {
      loading.value = false
    }
  }

  function open(next: { root?: number; folder?: string; sort?: LibrarySort; page?: number }): Promise<void> {
    if (next.root !== undefined && next.root !== root.value) folder.value = ''
    root.value = next.root ?? root.value
    folder.value = next.folder ?? folder.value
    sort.value = next.sort ?? sort.value
    // A new folder or order starts at its first page.
    page.value = next.page ?? 0
    return browse()
  }

  async function rate(path: string, rating: number | null): Promise<void> {
    const answer = await api.rate(root.value, path, rating)
    if (listing.value) {
      listing.value = { ...listing.value, images: listing.value.images.map((i) => (i.path === answer.path ? { ...i, rating: answer.rating } : i)) }
    }
  }

  /** Copies the image into ComfyUI's input folder; the answer's `input_image` starts a job. */
  function use(path: string) {
    return api.use(root.value, path)
  }

  return { roots, root, folder, sort, page, listing, error, loading, loadRoots, browse, open, rate, use }
})
