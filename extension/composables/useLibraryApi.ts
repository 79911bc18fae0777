// The sidecar's library endpoints, named for the panel: LoRAs, models, image repository, media gallery.
import { z } from 'zod/mini'
import {
  GALLERY_FILTERS,
  GALLERY_SORTS,
  GalleryBulkAnswer,
  GalleryList,
  GalleryMeta,
  GalleryUseAnswer,
  LibraryImageList,
  LibraryRoots,
  LibraryUseAnswer,
  LoraLibraryAnswer,
  LoraMeta,
  ModelLibraryAnswer,
  PromptHistory,
} from '../../sidecar/contract'
import type { LoraMetaUpdate } from '../../sidecar/contract'
import { answer, sidecar, sidecarURL } from '../sidecarClient'

export type GalleryFilter = (typeof GALLERY_FILTERS)[number]
export type GallerySort = (typeof GALLERY_SORTS)[number]
export type LibrarySort = 'date' | 'name' | 'rating'

const LoraMetaAnswer = z.object({ name: z.string(), meta: LoraMeta })
const RatingAnswer = z.object({ path: z.string(), rating: z.nullable(z.number().check(z.int())) })
const FavouriteAnswer = z.object({ path: z.string(), favourite: z.boolean() })

const refreshQuery = (refresh: boolean) => ({ query: refresh ? { refresh: '1' as const } : {} })

export const libraryApi = {
  loras: (refresh = false) => answer(sidecar.loras.$get(refreshQuery(refresh)), LoraLibraryAnswer),
  updateLoraMeta: (update: LoraMetaUpdate) => answer(sidecar.loras.meta.$put({ json: update }), LoraMetaAnswer),
  models: (refresh = false) => answer(sidecar.models.$get(refreshQuery(refresh)), ModelLibraryAnswer),
  roots: () => answer(sidecar.library.roots.$get(), LibraryRoots),
  images: (q: { root: number; folder: string; sort: LibrarySort; offset: number; limit: number }) =>
    answer(sidecar.library.images.$get({ query: q }), LibraryImageList),
  rate: (root: number, path: string, rating: number | null) =>
    answer(sidecar.library.rating.$put({ json: { root, path, rating } }), RatingAnswer),
  use: (root: number, path: string) => answer(sidecar.library.use.$post({ json: { root, path } }), LibraryUseAnswer),
  gallery: (q: { filter: GalleryFilter; sort: GallerySort; hideStartImages: boolean; offset: number; limit: number }) =>
    answer(
      sidecar.gallery.$get({ query: { filter: q.filter, sort: q.sort, hide_start_images: q.hideStartImages ? '1' : '0', offset: q.offset, limit: q.limit } }),
      GalleryList
    ),
  favourite: (path: string, favourite: boolean) => answer(sidecar.gallery.favourite.$put({ json: { path, favourite } }), FavouriteAnswer),
  favourites: (paths: string[], favourite: boolean) => answer(sidecar.gallery.favourites.$put({ json: { paths, favourite } }), GalleryBulkAnswer),
  hidden: (paths: string[], hidden: boolean) => answer(sidecar.gallery.hidden.$put({ json: { paths, hidden } }), GalleryBulkAnswer),
  useOutputs: (paths: string[]) => answer(sidecar.gallery.use.$post({ json: { paths } }), GalleryUseAnswer),
  meta: (path: string) => answer(sidecar.gallery.meta.$get({ query: { path } }), GalleryMeta),
  prompts: (limit = 200) => answer(sidecar.gallery.prompts.$get({ query: { limit } }), PromptHistory),
}

export type LibraryApi = typeof libraryApi

export function useLibraryApi(): LibraryApi {
  return libraryApi
}

/** URL of a library thumbnail as the sidecar lists it (a path relative to /api). */
export function thumbnailURL(path: string): string {
  return sidecarURL(path)
}
