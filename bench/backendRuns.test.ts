// The several-backends measures read from the sims' logs: idle share per backend, and the check that
// no segment take ran on two backends at once and no prompt ran twice.
import { describe, expect, it } from 'vitest'
import type { PromptLogEntry } from '../sidecar/sim/simComfy'
import { idlePct, ranPrompts, runsTwice, runWindow } from './backendRuns'

const entry = (id: string, prefix: string, received: number, started?: number, finished?: number): PromptLogEntry => ({
  prompt_id: id,
  body: { prompt: { '15': { class_type: 'SaveVideo', inputs: { filename_prefix: prefix } }, '17': { class_type: 'SaveImage', inputs: { filename_prefix: `${prefix}_last` } } } },
  receivedAt: received,
  httpStatus: 200,
  ...(started !== undefined ? { startedAt: started } : {}),
  ...(finished !== undefined ? { finishedAt: finished, status: 'success' as const } : {}),
})

describe('idle share per backend', () => {
  it('counts the part of the whole run in which a backend ran nothing, its tail included', () => {
    const sims = [
      { promptLog: [entry('a', 'A_seg1', 0, 0, 100), entry('b', 'A_seg2', 50, 100, 200)] },
      { promptLog: [entry('c', 'B_seg1', 0, 10, 110)] },
    ]
    const ran = ranPrompts(sims)
    const w = runWindow(ran)
    expect(w).toEqual({ from: 0, to: 200, ms: 200 })
    expect(idlePct(ran, 0, w)).toBe(0)
    expect(idlePct(ran, 1, w)).toBe(50)
  })
})

describe('runsTwice', () => {
  it('finds one take running on two backends at once, and a prompt id started twice', () => {
    const clean = [{ promptLog: [entry('a', 'J_seg2', 0, 0, 100)] }, { promptLog: [entry('b', 'J_seg2', 150, 150, 250)] }]
    // A failover resubmission after the first run ended: allowed.
    expect(runsTwice(clean)).toEqual({ overlapping: [], started_twice: [] })
    // The dead backend's run never finished: it overlaps with the resubmission.
    const overlap = [{ promptLog: [entry('a', 'J_seg2', 0, 0)] }, { promptLog: [entry('b', 'J_seg2', 150, 150, 250)] }]
    expect(runsTwice(overlap).overlapping).toEqual(['J_seg2'])
    const again = [{ promptLog: [entry('a', 'J_seg3', 0, 0, 100)] }, { promptLog: [entry('a', 'J_seg3', 200, 200, 300)] }]
    expect(runsTwice(again).started_twice).toEqual(['a'])
  })
})
