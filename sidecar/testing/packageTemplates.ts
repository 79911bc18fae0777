// The package's own workflow templates (workflows/), loaded once per test file, and a segment binding
// with plain values for tests that need a bound Wan2.2 prompt but not particular values in it.
import { fileURLToPath } from 'node:url'
import { loadTemplates } from '../workflows'
import type { SegmentBinding, Template } from '../workflows'

export const packageTemplates: Template[] = loadTemplates(fileURLToPath(new URL('../../workflows/', import.meta.url)))

/** The template with this id; a test that names a missing one fails here with its name. */
export function templateById(id: string): Template {
  const t = packageTemplates.find((x) => x.id === id)
  if (!t) throw new Error(`no template ${id} in workflows/`)
  return t
}

/** Segment 1 of job "a" at 832x480, 81 frames, from start.png. */
export function plainBinding(over: Partial<SegmentBinding> = {}): SegmentBinding {
  return {
    startImage: 'start.png', positive: 'p', negative: 'n', width: 832, height: 480, frames: 81, fps: 16,
    steps: 20, cfg: 3.5, seed: 1, models: {}, loras: { high: [], low: [] }, options: {},
    videoPrefix: 'longvideo/a_seg1', lastFramePrefix: 'longvideo/a_seg1_last', dropFirstFrame: false,
    ...over,
  }
}
