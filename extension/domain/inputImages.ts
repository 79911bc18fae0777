// ComfyUI's input folder as the start-image picker shows it: the user's own images first, the frames
// Long Video uploaded there itself (colour-corrected hand-offs) set apart and named.
import type { FileRef } from '../../sidecar/contract'
import { t } from '../i18n'

/** A hand-off frame the colour guard uploaded: `longvideo_<job>_seg<N>[_t<T>]_start.png`. */
const HANDOFF = /^longvideo_(.+)_seg(\d+)(?:_t(\d+))?_start(?: \(\d+\))?\.png$/

export interface HandoffImage {
  ref: FileRef
  /** "Harbour at night · segment 3 start" (take 2: "· take 2"). */
  label: string
}

export function handoffLabel(filename: string): string | null {
  const m = HANDOFF.exec(filename)
  if (!m) return null
  const [, job = '', seg = '', take] = m
  const name = job.replace(/_/g, ' ')
  return take ? t('startImage.handoffLabelTake', { job: name, segment: seg, take }) : t('startImage.handoffLabel', { job: name, segment: seg })
}

export function splitInputImages(list: readonly FileRef[]): { mine: FileRef[]; handoff: HandoffImage[] } {
  const mine: FileRef[] = []
  const handoff: HandoffImage[] = []
  for (const ref of list) {
    const label = handoffLabel(ref.filename)
    if (label) handoff.push({ ref, label })
    else mine.push(ref)
  }
  return { mine, handoff }
}
