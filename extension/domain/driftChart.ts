// Geometry of the drift meter: one bar per segment (its colour distance to the anchor), the warning
// threshold as a line. Plain numbers in SVG user units.
import { barPlot } from './barPlot'
import type { ChartPlace } from './barPlot'

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
export function driftChartLayout(segments: readonly DriftInput[], threshold: number, width = WIDTH, place?: ChartPlace): DriftChartLayout {
  const sorted = [...segments].sort((a, b) => a.idx - b.idx)
  const highest = Math.max(0, ...sorted.map((s) => s.drift ?? 0))
  const yMax = Math.max(1, threshold * 1.5, highest * 1.15)
  const plot = barPlot({ width, height: HEIGHT, top: TOP, bottom: BOTTOM, left: LEFT, yMax, count: sorted.length, place })
  const bars: DriftBar[] = []
  const gaps: { idx: number; x: number }[] = []
  sorted.forEach((s, i) => {
    const at = plot.at(i, s.idx)
    const barWidth = Math.max(2, Math.min(28, at.slot * 0.6))
    if (s.drift === null) gaps.push({ idx: s.idx, x: at.center })
    else bars.push({ idx: s.idx, drift: s.drift, warning: s.warning, x: at.center - barWidth / 2, y: plot.y(s.drift), width: barWidth, height: plot.base - plot.y(s.drift) })
  })
  return { width: plot.width, height: HEIGHT, top: TOP, bottom: plot.base, left: LEFT, yMax, thresholdY: plot.y(threshold), bars, gaps, slot: plot.slot }
}
