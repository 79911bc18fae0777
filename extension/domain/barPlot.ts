// The frame both segment charts (drift, timing) draw their bars in: the width on screen, the value
// scale, and where each segment's slot is, either evenly spread or at its clip on the timeline's track.

/** Where a bar goes when the chart follows another axis (the timeline's track): its centre and the room it has, in px. */
export type ChartPlace = (idx: number) => { center: number; slot: number }

export interface BarPlot {
  width: number
  /** The y of a value on the scale (clamped to the top), in SVG units (one per CSS pixel). */
  y: (value: number) => number
  /** The bottom of the plot, where bars stand. */
  base: number
  /** The even share of the width per segment. */
  slot: number
  /** The centre and room of the i-th segment (by position) with this index. */
  at: (i: number, idx: number) => { center: number; slot: number }
}

export interface PlotFrame {
  width: number
  height: number
  top: number
  bottom: number
  left: number
  yMax: number
  count: number
  place?: ChartPlace
}

export function barPlot(f: PlotFrame): BarPlot {
  const width = Math.max(120, f.width)
  const plotH = f.height - f.top - f.bottom
  const slot = (width - f.left) / Math.max(1, f.count)
  return {
    width,
    y: (v) => f.top + plotH * (1 - Math.min(v, f.yMax) / f.yMax),
    base: f.height - f.bottom,
    slot,
    at: (i, idx) => f.place?.(idx) ?? { center: f.left + slot * (i + 0.5), slot },
  }
}
