// Geometry of the timing chart: how long ComfyUI took for each segment, one bar per take side by side
// (the take that counts stands out). Plain numbers in SVG user units, one unit per CSS pixel.

import { formatMinutes, formatSeconds } from '../i18n/format'
import { barPlot } from './barPlot'
import type { ChartPlace } from './barPlot'

export interface TimingInput {
  idx: number
  /** The take that counts. */
  take: number
  times: readonly { take: number; ms: number }[]
}

export interface TimingBar {
  idx: number
  take: number
  chosen: boolean
  seconds: number
  x: number
  y: number
  width: number
  height: number
}

export interface TimingChartLayout {
  width: number
  height: number
  bottom: number
  left: number
  /** Seconds at the top of the scale. */
  yMax: number
  bars: TimingBar[]
  /** Segment numbers under their group of bars. */
  labels: { idx: number; x: number }[]
  slot: number
}

const HEIGHT = 100
const TOP = 10
const BOTTOM = 18
const LEFT = 34

/** A round top for the scale, so its one label reads well ("90 s", "6 min"). */
function niceMax(seconds: number): number {
  const steps = [5, 10, 15, 20, 30, 45, 60, 90, 120, 180, 240, 300, 450, 600, 900, 1200, 1800, 2700, 3600]
  return steps.find((s) => s >= seconds) ?? Math.ceil(seconds / 3600) * 3600
}

export function secondsLabel(seconds: number): string {
  return seconds >= 120 ? formatMinutes(Math.round(seconds / 60)) : formatSeconds(Math.round(seconds), 0)
}

/** `place` puts each segment's group of bars at a centre with a given room (px): the timeline's track. */
export function timingChartLayout(segments: readonly TimingInput[], width = 300, place?: ChartPlace): TimingChartLayout {
  const sorted = [...segments].sort((a, b) => a.idx - b.idx)
  const highest = Math.max(1, ...sorted.flatMap((s) => s.times.map((t) => t.ms / 1000)))
  const yMax = niceMax(highest)
  const plot = barPlot({ width, height: HEIGHT, top: TOP, bottom: BOTTOM, left: LEFT, yMax, count: sorted.length, place })
  const bars: TimingBar[] = []
  const labels: { idx: number; x: number }[] = []
  sorted.forEach((s, i) => {
    const at = plot.at(i, s.idx)
    const group = Math.min(at.slot * 0.7, 40)
    const n = Math.max(1, s.times.length)
    const barW = Math.max(2, group / n - 1)
    const start = at.center - group / 2
    labels.push({ idx: s.idx, x: at.center })
    s.times.forEach((t, k) => {
      const seconds = t.ms / 1000
      const y = plot.y(seconds)
      bars.push({ idx: s.idx, take: t.take, chosen: t.take === s.take, seconds, x: start + k * (group / n), y, width: barW, height: plot.base - y })
    })
  })
  return { width: plot.width, height: HEIGHT, bottom: plot.base, left: LEFT, yMax, bars, labels, slot: plot.slot }
}
