// What the gallery remembers between visits: the view (All, Images, Videos...) last shown, and for
// each view its own sort and "hide start images". Read defensively: the stored text may come from an
// older version or be edited by hand.
import { GALLERY_FILTERS, GALLERY_SORTS } from '../../sidecar/contract'

export type GalleryFilter = (typeof GALLERY_FILTERS)[number]
export type GallerySort = (typeof GALLERY_SORTS)[number]

export interface ViewSettings {
  sort: GallerySort
  hideStartImages: boolean
}

export interface GalleryViews {
  filter: GalleryFilter
  views: Partial<Record<GalleryFilter, ViewSettings>>
}

export const GALLERY_VIEWS_KEY = 'longvideo.gallery.views'
export const DEFAULT_VIEW: ViewSettings = { sort: 'date', hideStartImages: true }

const isFilter = (v: unknown): v is GalleryFilter => (GALLERY_FILTERS as readonly unknown[]).includes(v)
const isSort = (v: unknown): v is GallerySort => (GALLERY_SORTS as readonly unknown[]).includes(v)

/** The stored views, with anything unreadable replaced by the defaults. */
export function readViews(text: string | null): GalleryViews {
  let raw: unknown
  try {
    raw = text ? JSON.parse(text) : null
  } catch {
    raw = null
  }
  const obj = raw && typeof raw === 'object' ? (raw as Record<string, unknown>) : {}
  const views: GalleryViews['views'] = {}
  const stored = obj.views && typeof obj.views === 'object' ? (obj.views as Record<string, unknown>) : {}
  for (const [name, value] of Object.entries(stored)) {
    if (!isFilter(name) || !value || typeof value !== 'object') continue
    const v = value as Record<string, unknown>
    views[name] = {
      sort: isSort(v.sort) ? v.sort : DEFAULT_VIEW.sort,
      hideStartImages: typeof v.hideStartImages === 'boolean' ? v.hideStartImages : DEFAULT_VIEW.hideStartImages,
    }
  }
  return { filter: isFilter(obj.filter) ? obj.filter : 'all', views }
}

export function viewSettings(views: GalleryViews, filter: GalleryFilter): ViewSettings {
  return views.views[filter] ?? DEFAULT_VIEW
}

export function withView(views: GalleryViews, filter: GalleryFilter, settings: Partial<ViewSettings> = {}): GalleryViews {
  return { filter, views: { ...views.views, [filter]: { ...viewSettings(views, filter), ...settings } } }
}
