// The timeline's keys: one table, read by the key handler and shown in the help popover, so the two
// cannot disagree. J/K/L as in video editors.

export type TimelineAction =
  | 'play'
  | 'pause'
  | 'forward'
  | 'backward'
  | 'frame-next'
  | 'frame-prev'
  | 'second-next'
  | 'second-prev'
  | 'clip-next'
  | 'clip-prev'
  | 'start'
  | 'end'
  | 'zoom-in'
  | 'zoom-out'
  | 'select-here'
  | 'select-prev'
  | 'select-next'
  | 'deselect'
  | 'move-earlier'
  | 'move-later'
  | 'insert'
  | 'delete'
  | 'redo'
  | 'seeds'
  | 'lock'
  | 'new-job'
  | 'continue'
  | 'join'
  | 'undo'
  | 'menu'
  | 'help'

export interface TimelineKey {
  /** KeyboardEvent.key values (case-insensitive for letters). */
  keys: string[]
  shift?: boolean
  alt?: boolean
  /** Ctrl, or Cmd on macOS. */
  mod?: boolean
  action: TimelineAction
  /** As the help shows it. */
  label: string
  what: string
}

export const TIMELINE_KEYS: readonly TimelineKey[] = [
  { keys: [' '], action: 'play', label: 'Space', what: 'Play / pause' },
  { keys: ['l'], action: 'forward', label: 'L', what: 'Play forward (again: faster)' },
  { keys: ['k'], action: 'pause', label: 'K', what: 'Pause' },
  { keys: ['j'], action: 'backward', label: 'J', what: 'Play backward (again: faster)' },
  { keys: ['ArrowRight'], action: 'frame-next', label: '→', what: 'Next frame' },
  { keys: ['ArrowLeft'], action: 'frame-prev', label: '←', what: 'Previous frame' },
  { keys: ['ArrowRight'], shift: true, action: 'second-next', label: 'Shift + →', what: 'One second on' },
  { keys: ['ArrowLeft'], shift: true, action: 'second-prev', label: 'Shift + ←', what: 'One second back' },
  { keys: ['ArrowDown', 'PageDown'], action: 'clip-next', label: '↓', what: 'Start of the next segment' },
  { keys: ['ArrowUp', 'PageUp'], action: 'clip-prev', label: '↑', what: 'Start of this or the previous segment' },
  { keys: ['Home'], action: 'start', label: 'Home', what: 'First frame' },
  { keys: ['End'], action: 'end', label: 'End', what: 'Last frame' },
  { keys: ['+', '='], action: 'zoom-in', label: '+', what: 'Zoom in' },
  { keys: ['-'], action: 'zoom-out', label: '−', what: 'Zoom out' },
  { keys: ['Enter'], action: 'select-here', label: 'Enter', what: 'Select the segment under the playhead' },
  { keys: ['['], action: 'select-prev', label: '[', what: 'Select the previous segment' },
  { keys: [']'], action: 'select-next', label: ']', what: 'Select the next segment' },
  { keys: ['Escape'], action: 'deselect', label: 'Esc', what: 'Close the segment or join' },
  { keys: ['ArrowLeft'], alt: true, action: 'move-earlier', label: 'Alt + ←', what: 'Move the selected planned segment earlier' },
  { keys: ['ArrowRight'], alt: true, action: 'move-later', label: 'Alt + →', what: 'Move the selected planned segment later' },
  { keys: ['i'], action: 'insert', label: 'I', what: 'Insert a planned segment after the selected one' },
  { keys: ['Delete'], action: 'delete', label: 'Delete', what: 'Delete the selected planned segment' },
  { keys: ['r'], action: 'redo', label: 'R', what: 'Redo the selected segment as a new take' },
  { keys: ['s'], action: 'seeds', label: 'S', what: 'Run N seeds of the selected segment' },
  { keys: ['l'], shift: true, action: 'lock', label: 'Shift + L', what: 'Lock / unlock the selected take' },
  { keys: ['g'], action: 'continue', label: 'G', what: 'Run the planned segment that waits' },
  { keys: ['e'], action: 'join', label: 'E', what: 'Edit the join after the selected segment' },
  { keys: ['n'], action: 'new-job', label: 'N', what: 'Start a new job from the frame under the playhead' },
  { keys: ['z'], mod: true, action: 'undo', label: 'Ctrl + Z', what: 'Undo the last edit that has not run' },
  { keys: ['ContextMenu'], action: 'menu', label: 'Menu', what: 'The selected segment\'s menu (also Shift + F10, right click)' },
  { keys: ['F10'], shift: true, action: 'menu', label: 'Shift + F10', what: 'The selected segment\'s menu' },
  { keys: ['?'], action: 'help', label: '?', what: 'These keys' },
]

type KeyPress = Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>

/** The action of a key press, or null (other modifier combinations belong to the host). */
export function timelineKey(e: KeyPress): TimelineAction | null {
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  const mod = e.ctrlKey || e.metaKey
  const matches = (k: TimelineKey, shift: boolean) => k.keys.includes(key) && !!k.shift === shift && !!k.alt === e.altKey && !!k.mod === mod
  const exact = TIMELINE_KEYS.find((k) => matches(k, e.shiftKey))
  // '?' and '+' are typed with Shift on many layouts: a printable key matches without it too.
  const loose = e.key.length === 1 && e.shiftKey ? TIMELINE_KEYS.find((k) => matches(k, false) && !/[a-z]/.test(key)) : undefined
  return (exact ?? loose)?.action ?? null
}
