// Filling the new-job prompts from an image's metadata, and taking that back.
import type { FileRef } from '../../sidecar/contract'
import type { FoundPrompt } from './pngPrompt'

/** Where a chosen start image came from, so the form can read the prompt it carries. */
export type PickedImage = { kind: 'file'; file: Blob; name: string } | { kind: 'output'; ref: FileRef }

export interface PromptFields {
  prompt: string
  negativePrompt: string
}

export interface MetadataFill {
  /** Where the text came from (a file name), for the notice. */
  source: string
  /** Which fields changed, in words ("prompt", "negative prompt"). */
  filled: string[]
  before: PromptFields
}

/** Writes what the metadata has into `fields`; null when it had nothing new. */
export function fillFromMetadata(fields: PromptFields, found: FoundPrompt | null, source: string): MetadataFill | null {
  if (!found) return null
  const before = { prompt: fields.prompt, negativePrompt: fields.negativePrompt }
  const filled: string[] = []
  const positive = found.positive?.trim()
  const negative = found.negative?.trim()
  if (positive && positive !== fields.prompt) {
    fields.prompt = positive
    filled.push('prompt')
  }
  if (negative && negative !== fields.negativePrompt) {
    fields.negativePrompt = negative
    filled.push('negative prompt')
  }
  return filled.length ? { source, filled, before } : null
}

/** Puts back the fields a fill changed. */
export function undoFill(fields: PromptFields, fill: MetadataFill): void {
  if (fill.filled.includes('prompt')) fields.prompt = fill.before.prompt
  if (fill.filled.includes('negative prompt')) fields.negativePrompt = fill.before.negativePrompt
}
