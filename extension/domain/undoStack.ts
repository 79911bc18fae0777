// Undo for the timeline's edits that have not run yet: each edit pushes how to take it back and whether
// that is still possible (a planned segment that has started running cannot be un-planned).

export interface UndoEntry {
  /** What the edit did, as the undo button names it ("Move segment 4 earlier"). */
  label: string
  /** The job the edit belongs to. */
  jobId: number
  /** False once the edit ran (or its segments did): then it is dropped, not undone. */
  stillUndoable(): boolean
  undo(): Promise<void> | void
  /**
   * Edits in a row with the same key are one step (a slider moved key by key): the newest label, the
   * oldest undo.
   */
  merge?: string
}

export const UNDO_LIMIT = 50

/** The stack with `entry` on top, the oldest dropped past `limit`. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry, limit = UNDO_LIMIT): UndoEntry[] {
  const top = stack.at(-1)
  if (entry.merge !== undefined && top?.merge === entry.merge && top.jobId === entry.jobId) {
    return [...stack.slice(0, -1), { ...entry, undo: top.undo, stillUndoable: top.stillUndoable }]
  }
  return [...stack, entry].slice(-Math.max(1, limit))
}

/** The newest entry of a job that can still be undone, and the stack without it and without the stale ones above it. */
export function takeUndo(stack: readonly UndoEntry[], jobId: number): { entry: UndoEntry | null; rest: UndoEntry[] } {
  const rest = [...stack]
  for (let i = rest.length - 1; i >= 0; i--) {
    const e = rest[i] as UndoEntry
    if (e.jobId !== jobId) continue
    rest.splice(i, 1)
    if (e.stillUndoable()) return { entry: e, rest }
  }
  return { entry: null, rest }
}

/** The entry the undo button would take back now, or null. */
export function nextUndo(stack: readonly UndoEntry[], jobId: number): UndoEntry | null {
  for (let i = stack.length - 1; i >= 0; i--) {
    const e = stack[i] as UndoEntry
    if (e.jobId === jobId && e.stillUndoable()) return e
  }
  return null
}
