import { describe, expect, it } from 'vitest'
import { planSeams } from './seamPlan'

const fade = (frames: number) => ({ type: 'crossfade' as const, frames })
const cut = { type: 'cut' as const }

describe('planSeams', () => {
  it.each([
    { rule: 'cuts keep every frame', frames: [9, 8, 8], seams: [cut, cut], trim: undefined, total: 25, chapters: [0, 9, 17] },
    { rule: 'a crossfade of N frames loses N frames at its join', frames: [9, 8, 8], seams: [fade(3), cut], trim: undefined, total: 22, chapters: [0, 6, 14] },
    { rule: 'every crossfaded join loses its own N', frames: [9, 8, 8], seams: [fade(2), fade(4)], trim: undefined, total: 19, chapters: [0, 7, 11] },
    { rule: 'a trim drops the first k frames of its segment', frames: [9, 8, 8], seams: undefined, trim: [0, 2, 1], total: 22, chapters: [0, 9, 15] },
    { rule: 'trims and crossfades add up', frames: [9, 8, 8], seams: [fade(3), cut], trim: [1, 2, 0], total: 19, chapters: [0, 5, 11] },
  ])('$rule', ({ frames, seams, trim, total, chapters }) => {
    const plan = planSeams({ frames, seams, trimFirst: trim })
    expect(plan.total).toBe(total)
    expect(plan.chapters.map((c) => c.start)).toEqual(chapters)
    expect(plan.chapters.at(-1)?.end).toBe(total)
  })

  it('is a stream copy only without trims and crossfades', () => {
    expect(planSeams({ frames: [9, 8], seams: [cut] }).cutsOnly).toBe(true)
    expect(planSeams({ frames: [9, 8], seams: [fade(2)] }).cutsOnly).toBe(false)
    expect(planSeams({ frames: [9, 8], trimFirst: [0, 1] }).cutsOnly).toBe(false)
  })

  it('refuses trims and crossfades longer than the segments', () => {
    expect(() => planSeams({ frames: [9, 8], trimFirst: [9, 0] })).toThrow('input 1 has 9 frames; cannot trim 9')
    expect(() => planSeams({ frames: [9, 4, 9], seams: [fade(3), fade(2)] })).toThrow('input 2 keeps 4 frames, too few for crossfades of 3 and 2')
    expect(() => planSeams({ frames: [9, 8], seams: [cut, cut] })).toThrow('2 inputs have 1 joins, not 2')
  })
})

describe('what planSeams refuses, in words (written against surviving mutants)', () => {
  it('names the inputs of a crossfade longer than they can give, and refuses an empty list', () => {
    expect(() => planSeams({ frames: [9, 9], seams: [{ type: 'crossfade', frames: 9 }] })).toThrow('inputs 1 and 2 keep 9 frames, too few for a crossfade of 9')
    expect(() => planSeams({ frames: [] })).toThrow('nothing to stitch: no input videos')
  })

  it('treats a cut as no crossfade at all', () => {
    expect(planSeams({ frames: [9, 9], seams: [{ type: 'cut' }] })).toMatchObject({ total: 18, cutsOnly: true })
  })
})
