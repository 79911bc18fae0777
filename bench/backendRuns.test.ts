// The several-backends measures read from the sims' logs: idle share per backend, and the check that
// no segment take ran on two backends at once and no prompt ran twice.
import { describe, expect, it } from 'vitest'
import type { PromptLogEntry } from '../sidecar/sim/simComfy'
import { idlePct, idleSplit, ranPrompts, runsTwice, runWindow, waitingSpans } from './backendRuns'

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

describe('idle while work was ready, apart from idle with nothing ready', () => {
  // Job 1: seg 1 on backend 0 [0, 100), seg 2 ready at 100 but started there only at 120. Job 2: one
  // segment, created at 5 but received at 0 (ready by then), started on backend 1 at 10.
  const sims = [
    { promptLog: [entry('a1', 'A_seg1', 0, 0, 100), entry('a2', 'A_seg2', 60, 120, 200)] },
    { promptLog: [entry('b1', 'B_seg1', 0, 10, 100)] },
  ]
  const ran = ranPrompts(sims)
  const w = runWindow(ran)
  const waiting = waitingSpans(ran, [
    { job: 1, created: 0, prompts: ['a1', 'a2'] },
    { job: 2, created: 5, prompts: ['b1'] },
  ])

  it('a segment waits from the end of the one before (or its job creation) to its start on any backend', () => {
    expect(waiting).toEqual([
      { job: 1, idx: 0, from: 0, to: 0 },
      { job: 1, idx: 1, from: 100, to: 120 },
      { job: 2, idx: 0, from: 0, to: 10 },
    ])
  })

  it('counts a backend idle while a segment waited, even one placed on another backend, apart from its tail', () => {
    const b0 = idleSplit(ran, waiting, 0, w)
    expect([b0.idle_pct, b0.ready_pct, b0.no_work_pct]).toEqual([10, 10, 0])
    const b1 = idleSplit(ran, waiting, 1, w)
    // Idle [0, 10) while its own first segment waited, [100, 120) while job 1's seg 2 waited for backend 0, then nothing was ready.
    expect([b1.idle_pct, b1.ready_pct, b1.no_work_pct]).toEqual([55, 15, 40])
    expect(b1.gaps).toEqual([
      { at_ms: 100, ms: 20, waiting: ['job 1 seg 2'] },
      { at_ms: 0, ms: 10, waiting: ['job 2 seg 1'] },
    ])
    // The whole-window figure is the old one.
    expect(b1.idle_pct).toBe(idlePct(ran, 1, w))
  })

  it('refuses a chain whose segment never ran', () => {
    expect(() => waitingSpans(ran, [{ job: 3, created: 0, prompts: ['nope'] }])).toThrow(/did not run/)
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
