// Copying and comparing job states, which hold plain JSON-like data only (strings, numbers,
// booleans, null, arrays, plain objects): a few times faster than structuredClone and a pair of
// JSON.stringify calls, and these run on every engine event, between one segment's end and the next POST.
import type { JobState } from '../contract'

/** A deep copy of plain data (arrays and plain objects copied, everything else kept). */
export function copyPlain<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value
  if (Array.isArray(value)) return value.map(copyPlain) as T
  const out: Record<string, unknown> = {}
  for (const key of Object.keys(value)) out[key] = copyPlain((value as Record<string, unknown>)[key])
  return out as T
}

/** Deep equality of plain data; NaN and `undefined` members are told apart conservatively (never "same" by mistake). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  if (Array.isArray(a) || Array.isArray(b)) {
    if (!Array.isArray(a) || !Array.isArray(b) || a.length !== b.length) return false
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], b[i])) return false
    return true
  }
  const keys = Object.keys(a)
  if (keys.length !== Object.keys(b).length) return false
  for (const key of keys) {
    if (!Object.hasOwn(b, key) || !samePlain((a as Record<string, unknown>)[key], (b as Record<string, unknown>)[key])) return false
  }
  return true
}

/**
 * Puts back into `draft` (a changed copy of `base`) the rows and job members of `base` that the
 * change left equal, so an event that touched one run shares the rest with the state before: the
 * store skips unchanged rows by identity and freezing the new state stops at the shared ones.
 */
export function shareUnchanged(draft: JobState, base: JobState): JobState {
  const job = draft.job as unknown as Record<string, unknown>
  const baseJob = base.job as unknown as Record<string, unknown>
  for (const key of Object.keys(job)) {
    const v = job[key]
    if (typeof v === 'object' && v !== null && samePlain(v, baseJob[key])) job[key] = baseJob[key]
  }
  const segments = new Map(base.segments.map((s) => [s.idx, s] as const))
  draft.segments = draft.segments.map((s) => {
    const old = segments.get(s.idx)
    return old && samePlain(s, old) ? old : s
  })
  const takes = new Map(base.takes.map((t) => [`${t.idx}/${t.take}`, t] as const))
  draft.takes = draft.takes.map((t) => {
    const old = takes.get(`${t.idx}/${t.take}`)
    return old && samePlain(t, old) ? old : t
  })
  draft.finals = draft.finals.map((f, i) => {
    const old = base.finals[i]
    return old && samePlain(f, old) ? old : f
  })
  return draft
}
