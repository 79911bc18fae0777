import { describe, expect, it } from 'vitest'
import { nextUndo, pushUndo, takeUndo } from './undoStack'
import type { UndoEntry } from './undoStack'

const entry = (label: string, jobId = 1, undoable = true, log: string[] = []): UndoEntry => ({
  label,
  jobId,
  stillUndoable: () => undoable,
  undo: () => void log.push(label),
})

describe('the undo stack', () => {
  it('makes edits in a row with the same merge key one step: the newest label, the oldest undo', async () => {
    const log: string[] = []
    const step = (label: string, merge?: string) => ({ ...entry(label, 1, true, log), ...(merge ? { merge } : {}) })
    let stack = pushUndo([], step('cut'))
    for (const n of [7, 6, 5]) stack = pushUndo(stack, step(`fade ${n}`, 'fade 0'))
    stack = pushUndo(stack, step('fade 5 of the other join', 'fade 1'))
    expect(stack.map((e) => e.label)).toEqual(['cut', 'fade 5', 'fade 5 of the other join'])
    await stack[1]?.undo()
    expect(log).toEqual(['fade 7'])
    // Not merged into an entry without the key, nor across another job.
    expect(pushUndo([entry('cut')], step('fade 4', 'fade 0'))).toHaveLength(2)
    expect(pushUndo([{ ...entry('fade 8', 2), merge: 'fade 0' }], step('fade 4', 'fade 0'))).toHaveLength(2)
  })

  it('takes back the newest edit first', async () => {
    const log: string[] = []
    let stack = pushUndo([], entry('insert', 1, true, log))
    stack = pushUndo(stack, entry('move', 1, true, log))
    const first = takeUndo(stack, 1)
    expect(first.entry?.label).toBe('move')
    await first.entry?.undo()
    const second = takeUndo(first.rest, 1)
    expect(second.entry?.label).toBe('insert')
    expect(takeUndo(second.rest, 1)).toEqual({ entry: null, rest: [] })
    expect(log).toEqual(['move'])
  })

  it('drops edits that ran instead of undoing them, and keeps other jobs\' edits', () => {
    let stack = pushUndo([], entry('plan', 1))
    stack = pushUndo(stack, entry('other job', 2))
    stack = pushUndo(stack, entry('ran already', 1, false))
    expect(nextUndo(stack, 1)?.label).toBe('plan')
    const { entry: e, rest } = takeUndo(stack, 1)
    expect(e?.label).toBe('plan')
    expect(rest.map((r) => r.label)).toEqual(['other job'])
    expect(nextUndo(rest, 1)).toBeNull()
    expect(nextUndo(rest, 2)?.label).toBe('other job')
  })

  it('keeps at most the limit, forgetting the oldest', () => {
    let stack: UndoEntry[] = []
    for (let i = 0; i < 5; i++) stack = pushUndo(stack, entry(`e${i}`), 3)
    expect(stack.map((s) => s.label)).toEqual(['e2', 'e3', 'e4'])
  })
})
