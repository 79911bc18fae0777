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
  | 'help'

export interface TimelineKey {
  /** KeyboardEvent.key values (case-insensitive for letters). */
  keys: string[]
  shift?: boolean
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
  { keys: ['?'], action: 'help', label: '?', what: 'These keys' },
]

/** The action of a key press, or null (modifier combinations other than Shift belong to the host). */
export function timelineKey(e: Pick<KeyboardEvent, 'key' | 'shiftKey' | 'ctrlKey' | 'altKey' | 'metaKey'>): TimelineAction | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null
  const key = e.key.length === 1 ? e.key.toLowerCase() : e.key
  // Shift only matters where a binding asks for it ('?' and '+' are typed with Shift on many layouts).
  const exact = TIMELINE_KEYS.find((k) => k.keys.includes(key) && !!k.shift === e.shiftKey)
  const loose = TIMELINE_KEYS.find((k) => k.keys.includes(key) && !k.shift)
  return (exact ?? (e.key.length === 1 ? loose : undefined))?.action ?? null
}
