// What the gallery does with a selection of files: favourite or unfavourite them, hide the start
// images among them (or show hidden ones again), start new jobs from the images, copy their prompts.
import type { GalleryBulkAnswer, GalleryItem } from '../../sidecar/contract'
import { MAX_GALLERY_USE } from '../../sidecar/contract'
import { toast } from '../host'
import { errorMessage } from '../domain/errorMessage'
import { useGalleryStore } from '../stores/galleryStore'
import { useHandoffStore } from '../stores/handoffStore'
import { useJobsStore } from '../stores/jobsStore'
import { useNavigationStore } from '../stores/navigationStore'
import { copyText } from './useClipboard'
import { t } from '../i18n'
import { useLibraryApi } from './useLibraryApi'

/** "3 files" / "1 file", in the panel's language. */
export const files = (n: number) => t('gallery.total', { n }, n)

function report(answer: GalleryBulkAnswer, done: string): void {
  const changed = files(answer.changed.length)
  if (answer.skipped.length === 0) toast('success', t('gallery.selection.done', { done, files: changed }))
  else toast('warning', t('gallery.selection.doneSkipped', { done, files: changed, n: answer.skipped.length }), answer.skipped.map((s) => `${s.path}: ${s.reason}`).slice(0, 5).join('\n'))
}

/** The text a new job's prompt starts from when its image carries none: the file's name, to be rewritten. */
const stem = (path: string) => (path.split('/').pop() ?? path).replace(/\.[^.]*$/, '')

export function useGalleryBulkActions() {
  const gallery = useGalleryStore()
  const handoff = useHandoffStore()
  const jobs = useJobsStore()
  const nav = useNavigationStore()
  const api = useLibraryApi()

  async function favourite(items: readonly GalleryItem[], on: boolean): Promise<void> {
    report(await gallery.setFavourites(items.map((i) => i.path), on), on ? t('gallery.selection.added') : t('gallery.selection.removed'))
  }

  /** Hides the start images among `items` (the others stay). */
  async function hideStartImages(items: readonly GalleryItem[]): Promise<void> {
    const starts = items.filter((i) => i.start_image)
    if (starts.length === 0) return
    report(await gallery.setHidden(starts.map((i) => i.path), true), t('gallery.selection.hidden'))
  }

  async function showAgain(items: readonly GalleryItem[]): Promise<void> {
    report(await gallery.setHidden(items.map((i) => i.path), false), t('gallery.selection.shownAgain'))
  }

  /**
   * One image: the new-job form with it (and its prompt). Several: one draft job each, named after the
   * file, with the prompt the file carries (its name when it carries none), to check and start.
   */
  async function useAsStartImages(items: readonly GalleryItem[]): Promise<void> {
    const images = items.filter((i) => i.kind === 'image').slice(0, MAX_GALLERY_USE)
    if (images.length === 0) return
    try {
      const answer = await api.useOutputs(images.map((i) => i.path))
      const first = answer.items[0]
      if (answer.items.length === 1 && first) {
        handoff.newJob = { inputImage: first.input_image, prompt: { positive: first.prompt, negative: first.negative_prompt }, source: first.path }
        nav.show('new')
        return
      }
      for (const made of answer.items) {
        await jobs.createJob({
          name: stem(made.path).slice(0, 100) || t('gallery.selection.draftName'),
          input_image: made.input_image,
          prompt: made.prompt?.trim() || stem(made.path),
          ...(made.negative_prompt ? { negative_prompt: made.negative_prompt } : {}),
          start: false,
        })
      }
      toast(answer.skipped.length ? 'warning' : 'success', t('gallery.selection.drafts', { n: answer.items.length }, answer.items.length), answer.skipped.map((s) => `${s.path}: ${s.reason}`).join('\n') || undefined)
      nav.show('dashboard')
    } catch (e) {
      toast('error', t('gallery.selection.useFailed'), errorMessage(e))
    }
  }

  /** The positive prompts of the selected files, one per paragraph, in the grid's order (duplicates once). */
  async function copyPrompts(items: readonly GalleryItem[]): Promise<void> {
    const found: string[] = []
    for (const item of items) {
      const meta = await gallery.meta(item.path).catch(() => null)
      const text = meta?.prompt?.positive?.trim()
      if (text && !found.includes(text)) found.push(text)
    }
    if (found.length === 0) {
      toast('warning', t('gallery.selection.noPrompts'))
      return
    }
    await copyText(found.join('\n\n'), found.length === 1 ? t('gallery.selection.promptOne') : t('gallery.selection.promptMany', { n: found.length }))
  }

  return { favourite, hideStartImages, showAgain, useAsStartImages, copyPrompts }
}
