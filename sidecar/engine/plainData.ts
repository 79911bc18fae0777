// Copying and comparing job states, which hold plain JSON-like data only (strings, numbers,
// booleans, null, arrays, plain objects): a few times faster than structuredClone and a pair of
// JSON.stringify calls, and these run on every engine event, between one segment's end and the next POST.
// (The deep copy of such data is contract/plainCopy.ts: the bound prompts use it too.)
// for...in rather than Object.keys: no array per object (the copy and the comparison of a 40-segment
// job visit thousands of objects, and what they allocate is collected during the next hand-off).
import type { JobState } from '../contract'

type Plain = Record<string, unknown>

/**
 * The engine step's working copy of a job: the job and each row copied one level deep, the values
 * in them (parameters, files, LoRA lists, errors) shared with `state`. The rules only assign a
 * job's or a row's members and add rows, never change a value inside one (the state they are given
 * is frozen: such a change would throw), so this is as good as a deep copy at a fraction of the
 * cost, and shareUnchanged's comparison stops at the shared values by identity.
 */
export function copyState(state: JobState): JobState {
  const row = <R extends object>(r: R): R => ({ ...r })
  return { job: row(state.job), segments: state.segments.map(row), takes: state.takes.map(row), finals: state.finals.map(row) }
}

/** Deep equality of plain data; NaN and `undefined` members are told apart conservatively (never "same" by mistake). */
export function samePlain(a: unknown, b: unknown): boolean {
  if (a === b) return true
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false
  const array = Array.isArray(a)
  if (array !== Array.isArray(b)) return false
  if (array) {
    const y = b as unknown[]
    if (a.length !== y.length) return false
    for (let i = 0; i < a.length; i++) if (!samePlain(a[i], y[i])) return false
    return true
  }
  let keys = 0
  for (const key in a) {
    if (!Object.hasOwn(a, key)) continue
    if (!Object.hasOwn(b, key) || !samePlain((a as Plain)[key], (b as Plain)[key])) return false
    keys++
  }
  for (const key in b) if (Object.hasOwn(b, key) && --keys < 0) return false
  return keys === 0
}

/** The row of `base` at the same place as `row` (rows are kept in order), or found by `same` elsewhere. */
function baseRow<R>(rows: readonly R[], i: number, same: (r: R) => boolean): R | undefined {
  const at = rows[i]
  return at !== undefined && same(at) ? at : rows.find(same)
}

/**
 * Puts back into `draft` (a changed copy of `base`) the rows and job members of `base` that the
 * change left equal, so an event that touched one run shares the rest with the state before: the
 * store skips unchanged rows by identity and freezing the new state stops at the shared ones.
 */
export function shareUnchanged(draft: JobState, base: JobState): JobState {
  const job = draft.job as unknown as Plain
  const baseJob = base.job as unknown as Plain
  for (const key in job) {
    const v = job[key]
    if (typeof v === 'object' && v !== null && samePlain(v, baseJob[key])) job[key] = baseJob[key]
  }
  draft.segments = draft.segments.map((s, i) => {
    const old = baseRow(base.segments, i, (o) => o.idx === s.idx)
    return old && samePlain(s, old) ? old : s
  })
  draft.takes = draft.takes.map((t, i) => {
    const old = baseRow(base.takes, i, (o) => o.idx === t.idx && o.take === t.take)
    return old && samePlain(t, old) ? old : t
  })
  draft.finals = draft.finals.map((f, i) => {
    const old = base.finals[i]
    return old && samePlain(f, old) ? old : f
  })
  return draft
}
