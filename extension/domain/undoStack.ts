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
}

export const UNDO_LIMIT = 50

/** The stack with `entry` on top, the oldest dropped past `limit`. */
export function pushUndo(stack: readonly UndoEntry[], entry: UndoEntry, limit = UNDO_LIMIT): UndoEntry[] {
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
