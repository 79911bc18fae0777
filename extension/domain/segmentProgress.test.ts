import { describe, expect, it } from 'vitest'
import type { Progress } from '../../sidecar/contract'
import { job } from '../testing/fixtures'
import { clockText, jobProgress, phaseText, progressLine, remainingMs, remainingText, takesActivity } from './segmentProgress'

const START = Date.parse('2026-01-01T00:00:00.000Z')

function progress(over: Partial<Progress> = {}): Progress {
  return { value: 7, max: 10, node: '11', fraction: 0.35, phase: 'high_noise', started_at: '2026-01-01T00:00:00.000Z', typical_ms: 600_000, ...over }
}

describe('reading a running segment', () => {
  it('says the phase with the pass\'s steps and the time left, as a person expects', () => {
    // 35 % after 3.5 min of a usual 10 min segment: 6.5 min left by both measures.
    expect(progressLine(progress(), START + 210_000)).toBe('High noise 7/10 · about 7 min left')
  })

  it('names decoding and saving instead of a step count stuck at the end', () => {
    expect(phaseText(progress({ phase: 'decode', value: 0, max: 0 }))).toBe('Decoding')
    expect(phaseText(progress({ phase: 'save', value: 0, max: 0 }))).toBe('Saving')
    expect(phaseText(progress({ phase: 'low_noise', value: 3, max: 10 }))).toBe('Low noise 3/10')
  })

  it('leans on its own pace as it gets further (a slower size than the segments measured so far)', () => {
    // Half done after 10 min although segments usually take 10: the usual time says nothing is left,
    // its own pace says 10 min; halfway, both count as much.
    expect(remainingMs(progress({ fraction: 0.5 }), START + 600_000)).toBe(300_000)
    // 90 % after 18 min: still a minute to go, where the usual time alone would call it over long ago.
    expect(remainingMs(progress({ fraction: 0.9 }), START + 1_080_000)).toBe(60_000)
  })

  it('estimates from its own pace alone when nothing was measured yet, and not too early', () => {
    expect(remainingMs(progress({ typical_ms: null, fraction: 0.02 }), START + 10_000)).toBeNull()
    expect(remainingMs(progress({ typical_ms: null, fraction: 0.25 }), START + 60_000)).toBe(180_000)
  })

  it('rounds what is left to what a person needs', () => {
    expect(remainingText(null)).toBe('')
    expect(remainingText(2_000)).toBe('almost done')
    expect(remainingText(41_000)).toBe('about 40 s left')
    expect(remainingText(170_000)).toBe('about 3 min left')
    expect(remainingText(3_900_000)).toBe('about 1 h 5 min left')
    expect(clockText(62_000)).toBe('1:02')
    expect(clockText(3_725_000)).toBe('1:02:05')
  })
})

describe('reading a running job', () => {
  it('fills its bar with finished segments and the running one\'s part, and adds a usual time per segment to come', () => {
    const j = job({ counts: { total: 4, planned: 2, queued: 0, running: 1, done: 1, failed: 0, cancelled: 0 } })
    const p = jobProgress(j, progress({ fraction: 0.5 }), START + 300_000)!
    expect(p.fraction).toBeCloseTo(1.5 / 4)
    expect(p.label).toBe('Segment 2 of 4')
    // 5 min left of this one, then two more of about 10 min.
    expect(p.remainingMs).toBeCloseTo(300_000 + 2 * 600_000, -3)
  })

  it('has no time left to tell before any segment was measured', () => {
    const j = job({ counts: { total: 3, planned: 2, queued: 0, running: 1, done: 0, failed: 0, cancelled: 0 } })
    expect(jobProgress(j, progress({ typical_ms: null, fraction: 0.01 }), START + 1_000)?.remainingMs).toBeNull()
  })
})

describe('what a job does beside its chain', () => {
  it('says a redo or candidates run instead of leaving the job "running" with every segment done', () => {
    const done = { status: 'done' as const, open_takes: 0 }
    expect(takesActivity([{ idx: 0, ...done }, { idx: 1, ...done, open_takes: 1 }])).toBe('Making a new take of segment 2')
    expect(takesActivity([{ idx: 0, ...done, open_takes: 3 }])).toBe('Making 3 new takes of segment 1')
    expect(takesActivity([{ idx: 0, ...done, open_takes: 1 }, { idx: 1, status: 'running', open_takes: 0 }])).toBeNull()
    expect(takesActivity([{ idx: 0, ...done }])).toBeNull()
  })
})
