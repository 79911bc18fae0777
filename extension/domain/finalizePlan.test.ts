import { describe, expect, it } from 'vitest'
import { segment } from '../testing/fixtures'
import { draftFromOptions, emptyDraft, finalFrameCount, finalizeBody, finalizeProblems, finalParts, forcesReencode, isDefaultDraft, optionsFromDraft } from './finalizePlan'

// Three 17-frame segments: 17 + 16 + 16 frames once the hand-off frames are left out.
const parts = finalParts(
  [segment({ idx: 2, frames: 16 }), segment({ idx: 0, frames: 17 }), segment({ idx: 1, frames: 16 }), segment({ idx: 3, status: 'running', frames: null })],
  17
)

describe('the finalize plan', () => {
  it('stitches the finished segments in order, deriving unknown lengths from the job', () => {
    expect(parts).toEqual([{ idx: 0, frames: 17 }, { idx: 1, frames: 16 }, { idx: 2, frames: 16 }])
    expect(finalParts([segment({ idx: 1, frames: null })], 81)).toEqual([{ idx: 1, frames: 80 }])
    // A motion join carried 9 frames: the segment after it adds L - 9 (it counted 80 before).
    expect(finalParts([segment({ idx: 1, frames: null, seam_mode: 'motion', carry: 9 })], 81)).toEqual([{ idx: 1, frames: 72 }])
  })

  it('counts sum(F - t) - sum(N) frames', () => {
    expect(finalFrameCount(parts, emptyDraft())).toBe(49)
    const draft = { ...emptyDraft(), crossfades: { 0: 4, 1: 3 }, trims: { 2: 2 } }
    expect(finalFrameCount(parts, draft)).toBe(49 - 2 - 4 - 3)
    // A crossfade after the last segment is no join and costs nothing.
    expect(finalFrameCount(parts, { ...emptyDraft(), crossfades: { 2: 5 } })).toBe(49)
  })

  it('sends nothing for a plain stream copy', () => {
    expect(finalizeBody(parts, emptyDraft())).toEqual({})
    expect(forcesReencode(parts, emptyDraft())).toBe(false)
  })

  it('sends the crossfades and trims with a re-encode they force', () => {
    const draft = { ...emptyDraft(), crf: 23, preset: 'fast' as const, crossfades: { 1: 6, 0: 0 }, trims: { 0: 3 } }
    expect(forcesReencode(parts, draft)).toBe(true)
    expect(finalizeBody(parts, draft)).toEqual({
      mode: 'reencode',
      crf: 23,
      preset: 'fast',
      seams: [{ after: 1, type: 'crossfade', frames: 6 }],
      trim_first: [{ idx: 0, frames: 3 }],
    })
  })

  it('sends a chosen re-encode with its quality and preset', () => {
    expect(finalizeBody(parts, { ...emptyDraft(), mode: 'reencode', crf: 30, preset: 'veryslow' })).toEqual({
      mode: 'reencode',
      crf: 30,
      preset: 'veryslow',
    })
  })

  it('names a segment whose crossfades need more frames than it keeps', () => {
    expect(finalizeProblems(parts, { ...emptyDraft(), crossfades: { 0: 8, 1: 8 } })).toEqual([])
    expect(finalizeProblems(parts, { ...emptyDraft(), crossfades: { 0: 8, 1: 8 }, trims: { 1: 1 } })).toEqual([
      'Segment 2 keeps 15 frames but its crossfades use 16',
    ])
    expect(finalizeProblems(parts, { ...emptyDraft(), trims: { 0: 17 } })).toEqual(['Segment 1 has 17 frames: it cannot lose 17'])
  })

  it('keeps the whole form with the job and reads it back the same, a CRF chosen before a stream copy included', () => {
    const draft = { ...emptyDraft(), crf: 23, preset: 'slow' as const, crossfades: { 1: 6, 0: 0 }, trims: { 2: 2, 0: 0 } }
    const kept = optionsFromDraft(draft)
    expect(kept).toEqual({ mode: 'copy', crf: 23, preset: 'slow', seams: [{ after: 1, type: 'crossfade', frames: 6 }], trim_first: [{ idx: 2, frames: 2 }] })
    expect(draftFromOptions(kept)).toEqual({ ...draft, crossfades: { 1: 6 }, trims: { 2: 2 } })
    expect(draftFromOptions(null)).toEqual(emptyDraft())
    expect(draftFromOptions({})).toEqual(emptyDraft())
    // A crossfade without its length is the sidecar's default one; a cut is no crossfade.
    expect(draftFromOptions({ seams: [{ after: 0, type: 'crossfade' }, { after: 1, type: 'cut' }] }).crossfades).toEqual({ 0: 8 })
    expect(isDefaultDraft(emptyDraft())).toBe(true)
    expect(isDefaultDraft(draft)).toBe(false)
    expect(isDefaultDraft({ ...emptyDraft(), crossfades: { 0: 0 } })).toBe(true)
  })
})
