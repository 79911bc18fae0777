// Typed client of the sidecar's library endpoints: LoRAs, models, image repository, media gallery.
import { z } from 'zod'
import {
  GALLERY_FILTERS,
  GalleryList,
  GalleryMeta,
  LibraryImageList,
  LibraryRoots,
  LibraryUseAnswer,
  LoraLibraryAnswer,
  LoraMeta,
  ModelLibraryAnswer,
  PromptHistory,
} from '../../sidecar/contract'
import type { LoraMetaUpdate } from '../../sidecar/contract'
import { jsonInit, request, SIDECAR_PREFIX, sidecarURL } from './useSidecarApi'

export type GalleryFilter = (typeof GALLERY_FILTERS)[number]
export type LibrarySort = 'date' | 'name' | 'rating'

const LoraMetaAnswer = z.object({ name: z.string(), meta: LoraMeta })
const RatingAnswer = z.object({ path: z.string(), rating: z.number().int().nullable() })
const FavouriteAnswer = z.object({ path: z.string(), favourite: z.boolean() })

const route = (path: string, query?: Record<string, string | number | boolean | undefined>) => {
  const q = new URLSearchParams()
  for (const [k, v] of Object.entries(query ?? {})) if (v !== undefined) q.set(k, String(v))
  const s = q.toString()
  return `${SIDECAR_PREFIX}${path}${s ? `?${s}` : ''}`
}

export const libraryApi = {
  loras: (refresh = false) => request(LoraLibraryAnswer, route('/loras', { refresh: refresh ? 1 : undefined })),
  updateLoraMeta: (update: LoraMetaUpdate) => request(LoraMetaAnswer, route('/loras/meta'), jsonInit('PUT', update)),
  models: (refresh = false) => request(ModelLibraryAnswer, route('/models', { refresh: refresh ? 1 : undefined })),
  roots: () => request(LibraryRoots, route('/library/roots')),
  images: (q: { root: number; folder: string; sort: LibrarySort; offset: number; limit: number }) =>
    request(LibraryImageList, route('/library/images', q)),
  rate: (root: number, path: string, rating: number | null) =>
    request(RatingAnswer, route('/library/rating'), jsonInit('PUT', { root, path, rating })),
  use: (root: number, path: string) => request(LibraryUseAnswer, route('/library/use'), jsonInit('POST', { root, path })),
  gallery: (q: { filter: GalleryFilter; hideStartImages: boolean; offset: number; limit: number }) =>
    request(
      GalleryList,
      route('/gallery', { filter: q.filter, hide_start_images: q.hideStartImages ? 1 : 0, offset: q.offset, limit: q.limit })
    ),
  favourite: (path: string, favourite: boolean) =>
    request(FavouriteAnswer, route('/gallery/favourite'), jsonInit('PUT', { path, favourite })),
  meta: (path: string) => request(GalleryMeta, route('/gallery/meta', { path })),
  prompts: (limit = 200) => request(PromptHistory, route('/gallery/prompts', { limit })),
}

export type LibraryApi = typeof libraryApi

export function useLibraryApi(): LibraryApi {
  return libraryApi
}

/** URL of a library thumbnail as the sidecar lists it (a path relative to /api). */
export function thumbnailURL(path: string): string {
  return sidecarURL(path)
}
