// Which template makes a segment: the job's preset, or its t2v_first template when an
// image-to-video preset has to start from text.
import type { Template } from './template'
import { WorkflowError } from './workflowError'

export function templateForSegment(templates: Template[], presetId: string, startImage: string | null): Template {
  const preset = templates.find((t) => t.id === presetId)
  if (!preset) throw new WorkflowError('bad_binding', `unknown preset "${presetId}"`, 'preset')
  if (startImage !== null || preset.kind !== 'i2v') return preset
  const first = templates.find((t) => t.id === preset.t2v_first)
  if (!first) throw new WorkflowError('bad_binding', `${preset.name} needs a start image (it has no text-to-video first segment)`, 'input_image')
  return first
}
