// Geometry of the drift meter: one bar per segment (its colour distance to the anchor), the warning
// threshold as a line. Plain numbers in SVG user units.

export interface DriftInput {
  idx: number
  drift: number | null
  warning: boolean
}

export interface DriftBar {
  idx: number
  drift: number
  warning: boolean
  x: number
  y: number
  width: number
  height: number
}

export interface DriftChartLayout {
  width: number
  height: number
  /** Top of the plot; warning marks sit in the margin above a bar. */
  top: number
  bottom: number
  left: number
  yMax: number
  thresholdY: number
  bars: DriftBar[]
  /** Segments without a measure (not finished, or ffmpeg missing), at their slot. */
  gaps: { idx: number; x: number }[]
  slot: number
}

const WIDTH = 300
const HEIGHT = 100
const TOP = 14
const BOTTOM = 18
const LEFT = 26

/**
 * The scale leaves headroom above the highest bar and always shows the threshold. `width` is the
 * chart's width on screen in CSS pixels: one unit is one pixel, so the 11 px labels stay 11 px.
 */
/** Where a bar goes when the chart follows another axis (the timeline's track): its centre and the room it has, in px. */
export type ChartPlace = (idx: number) => { center: number; slot: number }

export function driftChartLayout(segments: readonly DriftInput[], threshold: number, width = WIDTH, place?: ChartPlace): DriftChartLayout {
  const WIDTH = Math.max(120, width)
  const sorted = [...segments].sort((a, b) => a.idx - b.idx)
  const highest = Math.max(0, ...sorted.map((s) => s.drift ?? 0))
  const yMax = Math.max(1, threshold * 1.5, highest * 1.15)
  const plotH = HEIGHT - TOP - BOTTOM
  const y = (v: number) => TOP + plotH * (1 - Math.min(v, yMax) / yMax)
  const slot = (WIDTH - LEFT) / Math.max(1, sorted.length)
  const bars: DriftBar[] = []
  const gaps: { idx: number; x: number }[] = []
  sorted.forEach((s, i) => {
    const at = place?.(s.idx) ?? { center: LEFT + slot * (i + 0.5), slot }
    const barWidth = Math.max(2, Math.min(28, at.slot * 0.6))
    const center = at.center
    if (s.drift === null) gaps.push({ idx: s.idx, x: center })
    else bars.push({ idx: s.idx, drift: s.drift, warning: s.warning, x: center - barWidth / 2, y: y(s.drift), width: barWidth, height: HEIGHT - BOTTOM - y(s.drift) })
  })
  return { width: WIDTH, height: HEIGHT, top: TOP, bottom: HEIGHT - BOTTOM, left: LEFT, yMax, thresholdY: y(threshold), bars, gaps, slot }
}
