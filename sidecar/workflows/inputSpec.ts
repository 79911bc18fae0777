// Reading one /object_info input spec: V1 combos are [[...options], {...}], V3 combos are
// ["COMBO", {options: [...]}], dynamic combos ["COMFY_DYNAMICCOMBO_V3", {options: [{key}]}].
import type { InputSpec } from './apiPrompt'

export interface InputConstraint {
  type: string
  options?: string[]
  min?: number
  max?: number
}

function configOf(spec: InputSpec): Record<string, unknown> {
  const config = spec[1]
  return config !== null && typeof config === 'object' && !Array.isArray(config)
    ? (config as Record<string, unknown>)
    : {}
}

function optionNames(raw: unknown): string[] {
  if (!Array.isArray(raw)) return []
  return raw.map((o) =>
    o !== null && typeof o === 'object' && 'key' in o ? String((o as { key: unknown }).key) : String(o)
  )
}

export function readInputSpec(spec: InputSpec): InputConstraint {
  const head = spec[0]
  const config = configOf(spec)
  if (Array.isArray(head)) return { type: 'COMBO', options: optionNames(head) }
  const constraint: InputConstraint = { type: head }
  if (head === 'COMBO' || head === 'COMFY_DYNAMICCOMBO_V3') {
    constraint.type = 'COMBO'
    constraint.options = optionNames(config.options)
  }
  if (typeof config.min === 'number') constraint.min = config.min
  if (typeof config.max === 'number') constraint.max = config.max
  return constraint
}
