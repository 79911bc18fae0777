// The job's anchor frame: what the colour guard holds colours to, SVI anchors each clip to, and the
// anchor option pads WanImageToVideo's conditioning with.
import type { FileRef, JobState } from '../contract'
import { inputImageFile, loadImageValue } from '../contract'

/** The file the job's colours are held to: its start image, or a chosen take's last frame. */
export function anchorFile(state: JobState): FileRef | null {
  const anchor = state.job.parameters.color_guard?.anchor ?? 'start_image'
  if (anchor === 'start_image') {
    if (state.job.input_image) return inputImageFile(state.job.input_image)
    return state.segments[0]?.last_frame ?? null
  }
  const seg = state.segments[anchor.idx]
  if (seg?.take === anchor.take && seg.last_frame) return seg.last_frame
  return state.takes.find((t) => t.idx === anchor.idx && t.take === anchor.take)?.last_frame ?? null
}

/** The anchor as a LoadImage value ("x.png" in the input folder, "<sub>/<file> [output]"), or null. */
export function anchorImage(state: JobState): string | null {
  const ref = anchorFile(state)
  return ref ? loadImageValue(ref) : null
}
