// Multi-select over a grid of keys, as file managers (and Oelala's gallery) do it: click selects one,
// Shift-click a range from the anchor, Ctrl/Cmd-click toggles one, Ctrl/Cmd-A selects all, arrows move
// the focus (and the selection with it; Shift extends the range, Ctrl/Cmd moves the focus alone),
// Escape clears. `selectionStep` is the whole rule over plain data; the composable holds it in refs.
import { computed, ref, watch } from 'vue'
import type { Ref } from 'vue'

export interface SelectionState {
  selected: ReadonlySet<string>
  /** Where a Shift range starts: the last item clicked or moved to without Shift. */
  anchor: string | null
  /** The item the keyboard is on. */
  focus: string | null
}

export type SelectionAction =
  | { type: 'click'; key: string; shift?: boolean; toggle?: boolean }
  | { type: 'all' }
  | { type: 'clear' }
  /** `by` items along the grid's order: ±1 for left/right, ±columns for up/down; 'start'/'end' for Home/End. */
  | { type: 'move'; by: number | 'start' | 'end'; shift?: boolean; toggle?: boolean }
  /** The keys changed (a new page, another filter): forget what is no longer there. */
  | { type: 'keys' }

export const EMPTY_SELECTION: SelectionState = { selected: new Set(), anchor: null, focus: null }

function range(keys: readonly string[], from: string | null, to: string): string[] {
  const b = keys.indexOf(to)
  const a = from === null ? -1 : keys.indexOf(from)
  if (a < 0) return [to]
  return keys.slice(Math.min(a, b), Math.max(a, b) + 1)
}

function moveTarget(keys: readonly string[], focus: string | null, by: number | 'start' | 'end'): string | null {
  if (keys.length === 0) return null
  if (by === 'start') return keys[0] ?? null
  if (by === 'end') return keys[keys.length - 1] ?? null
  const at = focus === null ? -1 : keys.indexOf(focus)
  // Nothing focused yet: the first arrow lands on the first item.
  if (at < 0) return keys[0] ?? null
  const next = at + by
  // Up from the first row or down from the last stays put, as in a file manager.
  if (next < 0 || next >= keys.length) return Math.abs(by) === 1 ? (keys[Math.max(0, Math.min(keys.length - 1, next))] ?? null) : (keys[at] ?? null)
  return keys[next] ?? null
}

/** The selection after `action` over `keys` (in the grid's order); pure. */
export function selectionStep(keys: readonly string[], state: SelectionState, action: SelectionAction): SelectionState {
  switch (action.type) {
    case 'click': {
      if (!keys.includes(action.key)) return state
      if (action.shift) {
        const span = range(keys, state.anchor, action.key)
        const selected = action.toggle ? new Set([...state.selected, ...span]) : new Set(span)
        return { selected, anchor: state.anchor ?? action.key, focus: action.key }
      }
      if (action.toggle) {
        const selected = new Set(state.selected)
        if (selected.has(action.key)) selected.delete(action.key)
        else selected.add(action.key)
        return { selected, anchor: action.key, focus: action.key }
      }
      return { selected: new Set([action.key]), anchor: action.key, focus: action.key }
    }
    case 'all':
      return { selected: new Set(keys), anchor: state.anchor, focus: state.focus ?? keys[0] ?? null }
    case 'clear':
      return { selected: new Set(), anchor: state.anchor, focus: state.focus }
    case 'move': {
      const to = moveTarget(keys, state.focus, action.by)
      if (to === null) return state
      if (action.toggle) return { ...state, focus: to }
      if (action.shift) return { selected: new Set(range(keys, state.anchor ?? state.focus, to)), anchor: state.anchor ?? state.focus ?? to, focus: to }
      return { selected: new Set([to]), anchor: to, focus: to }
    }
    case 'keys': {
      const present = new Set(keys)
      const selected = new Set([...state.selected].filter((k) => present.has(k)))
      const keep = (k: string | null) => (k !== null && present.has(k) ? k : null)
      return { selected, anchor: keep(state.anchor), focus: keep(state.focus) }
    }
  }
}

/** What a key press means for the selection, or null when it is not ours (the caller lets it through). */
export function keyAction(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'metaKey'>, columns: number): SelectionAction | 'preview' | null {
  const mod = e.ctrlKey || e.metaKey
  const shift = e.shiftKey
  switch (e.key) {
    case 'ArrowLeft':
      return { type: 'move', by: -1, shift, toggle: mod }
    case 'ArrowRight':
      return { type: 'move', by: 1, shift, toggle: mod }
    case 'ArrowUp':
      return { type: 'move', by: -Math.max(1, columns), shift, toggle: mod }
    case 'ArrowDown':
      return { type: 'move', by: Math.max(1, columns), shift, toggle: mod }
    case 'Home':
      return { type: 'move', by: 'start', shift, toggle: mod }
    case 'End':
      return { type: 'move', by: 'end', shift, toggle: mod }
    case 'Escape':
      return { type: 'clear' }
    case ' ':
      return 'preview'
    default:
      return mod && (e.key === 'a' || e.key === 'A') ? { type: 'all' } : null
  }
}

/** The selection over `keys` as refs; `keys` changing drops what left the list. */
export function useGridSelection(keys: Ref<readonly string[]>) {
  const state = ref<SelectionState>(EMPTY_SELECTION)
  watch(keys, () => (state.value = selectionStep(keys.value, state.value, { type: 'keys' })))
  const apply = (action: SelectionAction) => (state.value = selectionStep(keys.value, state.value, action))
  return {
    state,
    selected: computed(() => state.value.selected),
    focus: computed(() => state.value.focus),
    /** The selected keys in the grid's order. */
    ordered: computed(() => keys.value.filter((k) => state.value.selected.has(k))),
    apply,
    isSelected: (key: string) => state.value.selected.has(key),
  }
}
