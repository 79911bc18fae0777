import { describe, expect, it } from 'vitest'
import { carryInto, carryProblem, chainFrames, DEFAULT_CROSSFADE_FRAMES, finalFrames, joinChoice, plannedCarries, seamCarry, seamLayout, segmentFrames, SVI_CARRY } from './frames'

describe('the hand-off', () => {
  it('drops the shared first frame of every segment after the first', () => {
    expect([0, 1, 2].map((idx) => segmentFrames(81, idx))).toEqual([81, 80, 80])
    expect(chainFrames(81, 1)).toBe(81)
    expect(chainFrames(81, 3)).toBe(241)
    expect(chainFrames(17, 0)).toBe(0)
  })

  it('takes the frames each join carries as data: L + sum(L - K_i)', () => {
    expect(carryInto(0, [5, 9])).toBe(0)
    expect(carryInto(2, [5, 9])).toBe(9)
    expect(chainFrames(81, 3, [5, 9])).toBe(81 + (81 - 5) + (81 - 9))
    // A join without a carry of its own is a plain hand-off.
    expect(chainFrames(81, 3, [5])).toBe(81 + 76 + 80)
  })
})

describe('seam modes', () => {
  it('carry 1 frame (frame), K frames (motion, 5 by default) or the anchor and the last latent (svi)', () => {
    expect(seamCarry({ mode: 'frame' })).toBe(1)
    expect(seamCarry({ mode: 'motion' })).toBe(5)
    expect(seamCarry({ mode: 'motion', frames: 9 })).toBe(9)
    expect(seamCarry({ mode: 'svi' })).toBe(SVI_CARRY)
  })

  it('take each join from its own choice, else from the job default', () => {
    const settings = { mode: 'motion' as const, motion_frames: 9, joins: { '1': { mode: 'frame' as const }, '2': { mode: 'motion' as const, frames: 5 } } }
    expect(joinChoice(settings, 0)).toEqual({ mode: 'motion', frames: 9 })
    expect(joinChoice(settings, 1)).toEqual({ mode: 'frame' })
    expect(joinChoice(settings, 2)).toEqual({ mode: 'motion', frames: 5 })
    expect(joinChoice(undefined, 4)).toEqual({ mode: 'frame' })
    expect(plannedCarries(settings, 5)).toEqual([9, 1, 5, 9])
    // N segments of L frames with carries K_i: L + sum(L - K_i).
    expect(chainFrames(81, 5, plannedCarries(settings, 5))).toBe(81 + (81 - 9) + (81 - 1) + (81 - 5) + (81 - 9))
    expect(plannedCarries({ mode: 'svi' }, 3)).toEqual([SVI_CARRY, SVI_CARRY])
  })

  it('refuses a carry that leaves a segment nothing new, and a motion carry other than 5 or 9', () => {
    expect(carryProblem({ mode: 'motion', frames: 9 }, 9)).toMatch(/leave nothing new/)
    expect(carryProblem({ mode: 'motion', frames: 9 }, 13)).toBeNull()
    expect(carryProblem({ mode: 'motion', frames: 7 }, 81)).toMatch(/5 or 9/)
    expect(carryProblem({ mode: 'frame' }, 5)).toBeNull()
  })
})

describe('the frames of a final', () => {
  it('counts sum(F - t) - sum(N) and places each chapter where its segment first shows', () => {
    const plan = finalFrames({ frames: [9, 8, 8], trimFirst: [1, 2, 0], crossfades: [3, 0] })
    expect(plan.total).toBe(9 + 8 + 8 - 3 - 3)
    expect(plan.chapters).toEqual([{ start: 0, end: 5 }, { start: 5, end: 11 }, { start: 11, end: 19 }])
    expect(plan.cutsOnly).toBe(false)
    expect(plan.problems).toEqual([])
    expect(finalFrames({ frames: [9, 8] }).cutsOnly).toBe(true)
  })

  it('names a trim that leaves nothing, a crossfade longer than its segments keep, and crossfades that overlap', () => {
    expect(finalFrames({ frames: [9, 8], trimFirst: [9] }).problems).toEqual([{ type: 'trim', part: 0, frames: 9, trim: 9 }])
    expect(finalFrames({ frames: [9, 8], crossfades: [8] }).problems).toEqual([{ type: 'crossfade', join: 0, frames: 8, room: 8 }])
    expect(finalFrames({ frames: [9, 4, 9], crossfades: [3, 2] }).problems).toEqual([{ type: 'overlap', part: 1, kept: 4, fadeIn: 3, fadeOut: 2 }])
  })

  it('ignores a crossfade after the last segment: it is no join', () => {
    expect(finalFrames({ frames: [9, 8], crossfades: [0, 5] }).total).toBe(17)
  })
})

describe('seamLayout', () => {
  it('gives every join its crossfade (the default length when none is given) and every segment its trim', () => {
    const layout = seamLayout(
      { seams: [{ after: 2, type: 'crossfade', frames: 4 }, { after: 1, type: 'crossfade' }, { after: 1, type: 'cut' }], trim_first: [{ idx: 3, frames: 2 }] },
      [1, 2, 3]
    )
    expect(layout).toEqual({ crossfades: [DEFAULT_CROSSFADE_FRAMES, 4], trimFirst: [0, 0, 2] })
  })
})
