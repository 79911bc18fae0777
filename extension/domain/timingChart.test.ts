import { describe, expect, it } from 'vitest'
import { secondsLabel, timingChartLayout } from './timingChart'

describe('the timing chart', () => {
  it('draws one bar per take of each segment, the take that counts marked, on a round scale', () => {
    const layout = timingChartLayout(
      [
        { idx: 0, take: 1, times: [{ take: 1, ms: 312_000 }] },
        { idx: 1, take: 2, times: [{ take: 1, ms: 290_000 }, { take: 2, ms: 335_000 }] },
      ],
      260
    )
    expect(layout.width).toBe(260)
    expect(layout.yMax).toBe(450)
    expect(layout.bars.map((b) => [b.idx, b.take, b.chosen])).toEqual([[0, 1, true], [1, 1, false], [1, 2, true]])
    const [, first, second] = layout.bars
    expect(second!.x).toBeGreaterThan(first!.x)
    expect(second!.height).toBeGreaterThan(first!.height)
    expect(layout.labels.map((l) => l.idx)).toEqual([0, 1])
    expect(layout.bars.every((b) => b.x >= layout.left && b.x + b.width <= layout.width)).toBe(true)
  })

  it('labels seconds as a person reads them', () => {
    expect(secondsLabel(45)).toBe('45 s')
    expect(secondsLabel(450)).toBe('8 min')
  })
})
