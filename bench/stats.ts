// Order statistics for timing samples: nearest-rank percentiles, so p95 is a value we actually saw.
export interface Summary {
  n: number
  p50: number
  p95: number
  max: number
  mean: number
}

export function percentile(values: number[], p: number): number {
  if (values.length === 0) return Number.NaN
  const sorted = [...values].sort((a, b) => a - b)
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length))
  return sorted[rank - 1] as number
}

export function summarize(values: number[]): Summary {
  const mean = values.reduce((s, v) => s + v, 0) / Math.max(1, values.length)
  return {
    n: values.length,
    p50: round(percentile(values, 50)),
    p95: round(percentile(values, 95)),
    max: round(values.length ? Math.max(...values) : Number.NaN),
    mean: round(mean),
  }
}

export function round(v: number, digits = 2): number {
  const f = 10 ** digits
  return Math.round(v * f) / f
}

export function median(values: number[]): number {
  return percentile(values, 50)
}
