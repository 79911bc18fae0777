import { describe, expect, it } from 'vitest'
import { nextTick, ref } from 'vue'
import { EMPTY_SELECTION, keyAction, selectionStep, useGridSelection } from './useGridSelection'
import type { SelectionAction, SelectionState } from './useGridSelection'

const KEYS = ['a', 'b', 'c', 'd', 'e', 'f', 'g']
const run = (actions: SelectionAction[], keys = KEYS): SelectionState => actions.reduce((s, a) => selectionStep(keys, s, a), EMPTY_SELECTION)
const sel = (s: SelectionState) => [...s.selected].sort()

describe('selectionStep', () => {
  it('selects one on click, a range on Shift-click from the anchor, in either direction', () => {
    expect(sel(run([{ type: 'click', key: 'c' }]))).toEqual(['c'])
    expect(sel(run([{ type: 'click', key: 'c' }, { type: 'click', key: 'f', shift: true }]))).toEqual(['c', 'd', 'e', 'f'])
    // The anchor stays: a second Shift-click re-draws the range from it.
    const back = run([{ type: 'click', key: 'c' }, { type: 'click', key: 'f', shift: true }, { type: 'click', key: 'a', shift: true }])
    expect([sel(back), back.anchor, back.focus]).toEqual([['a', 'b', 'c'], 'c', 'a'])
    // Shift-click with nothing clicked before selects that one.
    expect(sel(run([{ type: 'click', key: 'e', shift: true }]))).toEqual(['e'])
  })

  it('toggles with Ctrl/Cmd-click, and Ctrl+Shift-click adds a range to the selection', () => {
    const s = run([{ type: 'click', key: 'a' }, { type: 'click', key: 'c', toggle: true }, { type: 'click', key: 'a', toggle: true }])
    expect([sel(s), s.anchor]).toEqual([['c'], 'a'])
    const added = run([{ type: 'click', key: 'a' }, { type: 'click', key: 'e', toggle: true }, { type: 'click', key: 'g', shift: true, toggle: true }])
    expect(sel(added)).toEqual(['a', 'e', 'f', 'g'])
  })

  it('selects all, clears, and forgets keys that left the list', () => {
    expect(sel(run([{ type: 'all' }]))).toEqual(KEYS)
    expect(sel(run([{ type: 'all' }, { type: 'clear' }]))).toEqual([])
    const s = run([{ type: 'click', key: 'b' }, { type: 'click', key: 'd', shift: true }])
    const after = selectionStep(['a', 'c', 'x'], s, { type: 'keys' })
    expect([sel(after), after.anchor, after.focus]).toEqual([['c'], null, null])
  })

  it('moves the focus and the selection with arrows over a grid of 3 columns; Shift extends, Ctrl moves alone', () => {
    // a b c / d e f / g
    const start = run([{ type: 'click', key: 'b' }])
    const down = selectionStep(KEYS, start, { type: 'move', by: 3 })
    expect([sel(down), down.focus]).toEqual([['e'], 'e'])
    const downAgain = selectionStep(KEYS, down, { type: 'move', by: 3 })
    expect(downAgain.focus).toBe('e')
    const extended = selectionStep(KEYS, down, { type: 'move', by: -1, shift: true })
    expect([sel(extended), extended.anchor]).toEqual([['d', 'e'], 'e'])
    const focusOnly = selectionStep(KEYS, extended, { type: 'move', by: 1, toggle: true })
    expect([sel(focusOnly), focusOnly.focus]).toEqual([['d', 'e'], 'e'])
    expect(selectionStep(KEYS, start, { type: 'move', by: 'end', shift: true }).selected.size).toBe(6)
    expect(run([{ type: 'move', by: 1 }]).focus).toBe('a')
    expect(selectionStep(KEYS, run([{ type: 'click', key: 'a' }]), { type: 'move', by: -1 }).focus).toBe('a')
  })
})

describe('keyAction', () => {
  const key = (k: string, mods: Partial<Record<'shiftKey' | 'ctrlKey' | 'metaKey', boolean>> = {}) => keyAction({ key: k, shiftKey: false, ctrlKey: false, metaKey: false, ...mods }, 4)
  it('reads arrows by the column count, Ctrl or Cmd A, Space and Escape, and leaves other keys alone', () => {
    expect(key('ArrowDown')).toEqual({ type: 'move', by: 4, shift: false, toggle: false })
    expect(key('ArrowUp', { shiftKey: true })).toEqual({ type: 'move', by: -4, shift: true, toggle: false })
    expect(key('a', { metaKey: true })).toEqual({ type: 'all' })
    expect(key('A', { ctrlKey: true })).toEqual({ type: 'all' })
    expect(key(' ')).toBe('preview')
    expect(key('Escape')).toEqual({ type: 'clear' })
    expect(key('a')).toBeNull()
    expect(key('Tab')).toBeNull()
  })
})

describe('useGridSelection', () => {
  it('keeps the selection in the order of the keys and drops keys that went away', async () => {
    const keys = ref<readonly string[]>(KEYS)
    const s = useGridSelection(keys)
    s.apply({ type: 'click', key: 'f' })
    s.apply({ type: 'click', key: 'b', toggle: true })
    expect(s.ordered.value).toEqual(['b', 'f'])
    keys.value = ['f', 'z']
    await nextTick()
    expect(s.ordered.value).toEqual(['f'])
  })
})
