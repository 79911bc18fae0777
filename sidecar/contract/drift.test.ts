import { describe, expect, it } from 'vitest'
import { driftAdvice } from './drift'

const on = { enabled: true, strength: 1, anchor: 'start_image' as const }

describe('the drift warning\'s advice', () => {
  it('names the likely cause and the action for each way a job holds its colours', () => {
    const base = { idx: 3, corrected: false, hasStartImage: true }
    expect(driftAdvice({ ...base, guard: undefined })).toMatch(/colour guard is off.*Turn the colour guard on/)
    expect(driftAdvice({ ...base, guard: { ...on, enabled: false } })).toMatch(/colour guard is off.*Turn the colour guard on/)
    // Turned on since: the run itself started uncorrected; running it again is what helps.
    expect(driftAdvice({ ...base, guard: on })).toMatch(/was off when this segment ran.*Redo this segment/)
    expect(driftAdvice({ ...base, corrected: true, hasStartImage: false, guard: on })).toMatch(/no anchor is picked.*Pick the take/)
    expect(driftAdvice({ ...base, corrected: true, hasStartImage: false, guard: { ...on, anchor: { idx: 1, take: 2 } } })).toMatch(/within its own clip.*another seed/)
    expect(driftAdvice({ ...base, corrected: true, guard: { ...on, strength: 0.4 } })).toMatch(/only 40 %.*Raise its strength/)
    expect(driftAdvice({ ...base, corrected: true, guard: on })).toMatch(/within its own clip.*another seed/)
    // The guard corrects hand-offs only: the first segment can only be made again.
    expect(driftAdvice({ idx: 0, guard: undefined, corrected: false, hasStartImage: true })).toMatch(/start image within its own clip.*another seed/)
  })
})
