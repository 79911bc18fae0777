import { describe, expect, it } from 'vitest'
import { finalFrames } from '../../sidecar/contract'
import { jobWithSegments, segment } from '../testing/fixtures'
import { emptyDraft, finalFrameCount, finalParts } from './finalizePlan'
import type { FinalizeDraft } from './finalizePlan'
import { clipAt, frameAt, globalFrame, joinLevel, timecode, timelineLayout } from './timeline'

// Three finished segments of 17 rendered frames: 17, then 16 and 16 of their own (one frame handed over).
const three = () =>
  jobWithSegments([segment({ idx: 0, frames: 17 }), segment({ idx: 1, frames: 16 }), segment({ idx: 2, frames: 16 })], {
    parameters: { ...jobWithSegments([]).parameters, frames: 17, fps: 16 },
  })

const draft = (over: Partial<FinalizeDraft> = {}): FinalizeDraft => ({ ...emptyDraft(), ...over })

describe('the timeline layout', () => {
  it('lays the clips end to end, each as wide as its own frames, when every join is a cut', () => {
    const layout = timelineLayout(three(), draft())
    expect(layout.clips.map((c) => [c.start, c.length])).toEqual([[0, 17], [17, 16], [33, 16]])
    expect(layout.total).toBe(49)
    expect(layout.joins.map((j) => j.at)).toEqual([17, 33])
  })

  it('has as many frames as the final these options make (trims and crossfades applied)', () => {
    const job = three()
    const options = draft({ crossfades: { 0: 4, 1: 2 }, trims: { 1: 3 } })
    const layout = timelineLayout(job, options)
    expect(layout.total).toBe(finalFrameCount(finalParts(job.segments, 17), options))
    expect(layout.total).toBe(17 + 13 + 16 - 4 - 2)
    // The clips tile the track: a crossfade's frames count once, in the clip fading in.
    expect(layout.clips.reduce((sum, c) => sum + c.length, 0)).toBe(layout.total)
    expect(layout.joins.map((j) => j.crossfade)).toEqual([4, 2])
  })

  it('places planned segments after the final with the frames they are expected to add, and shows their join', () => {
    const job = jobWithSegments(
      [segment({ idx: 0, frames: 17 }), segment({ idx: 1, status: 'planned', frames: null, prompt: 'later', video: null })],
      { parameters: { ...jobWithSegments([]).parameters, frames: 17, seam: { mode: 'motion', motion_frames: 5, anchor: false, joins: {} } } }
    )
    const layout = timelineLayout(job, draft())
    expect(layout.total).toBe(17)
    expect(layout.clips[1]).toMatchObject({ inFinal: false, start: 17, length: 12 })
    expect(layout.span).toBe(29)
    expect(layout.joins[0]).toMatchObject({ mode: 'motion', carry: 5, crossfade: 0 })
  })
})

describe('frame mapping: a frame of the final -> (segment, its own frame)', () => {
  it('maps every frame of cut joins to one segment frame, in order, with no gap or repeat', () => {
    const layout = timelineLayout(three(), draft())
    const seen = Array.from({ length: layout.total }, (_, g) => frameAt(layout, g))
    expect(seen[0]).toEqual({ idx: 0, local: 0, under: null })
    expect(seen[16]).toEqual({ idx: 0, local: 16, under: null })
    expect(seen[17]).toEqual({ idx: 1, local: 0, under: null })
    expect(seen[48]).toEqual({ idx: 2, local: 15, under: null })
    const pairs = new Set(seen.map((p) => `${p?.idx}:${p?.local}`))
    expect(pairs.size).toBe(49)
  })

  it('skips trimmed frames and blends a crossfade linearly with the segment fading out', () => {
    const layout = timelineLayout(three(), draft({ crossfades: { 0: 3 }, trims: { 2: 5 } }))
    // Segment 1 starts 3 frames before segment 0 ends: frames 14, 15, 16 of segment 0 fade under it.
    expect(frameAt(layout, 14)).toEqual({ idx: 1, local: 0, under: { idx: 0, local: 14, weight: 0.75 } })
    expect(frameAt(layout, 16)).toEqual({ idx: 1, local: 2, under: { idx: 0, local: 16, weight: 0.25 } })
    expect(frameAt(layout, 17)?.under).toBeNull()
    // Segment 2's first shown frame is its sixth (five trimmed).
    const start2 = layout.clips[2]!.start
    expect(frameAt(layout, start2)).toEqual({ idx: 2, local: 5, under: null })
    expect(frameAt(layout, layout.total - 1)).toEqual({ idx: 2, local: 15, under: null })
  })

  it('agrees with the sidecar chapters and round-trips through globalFrame', () => {
    const options = draft({ crossfades: { 0: 4, 1: 6 }, trims: { 0: 2, 2: 1 } })
    const layout = timelineLayout(three(), options)
    const plan = finalFrames({ frames: [17, 16, 16], trimFirst: [2, 0, 1], crossfades: [4, 6] })
    expect(layout.clips.map((c) => c.start)).toEqual(plan.chapters.map((c) => c.start))
    for (let g = 0; g < layout.total; g++) {
      const at = frameAt(layout, g)!
      expect(globalFrame(layout, at.idx, at.local)).toBe(g)
    }
  })

  it('clamps outside the final and answers null before anything is stitched', () => {
    const layout = timelineLayout(three(), draft())
    expect(frameAt(layout, -5)).toEqual({ idx: 0, local: 0, under: null })
    expect(frameAt(layout, 1000)).toEqual({ idx: 2, local: 15, under: null })
    const empty = timelineLayout(jobWithSegments([segment({ status: 'planned', frames: null })]), draft())
    expect(frameAt(empty, 0)).toBeNull()
  })

  it('finds the clip under a track position, planned ones included', () => {
    const job = jobWithSegments([segment({ idx: 0, frames: 17 }), segment({ idx: 1, status: 'planned', frames: null })], {
      parameters: { ...jobWithSegments([]).parameters, frames: 17 },
    })
    const layout = timelineLayout(job, draft())
    expect(clipAt(layout, 3)?.idx).toBe(0)
    expect(clipAt(layout, 20)?.idx).toBe(1)
    expect(clipAt(layout, 99)).toBeNull()
  })
})

describe('timeline labels', () => {
  it('writes a frame as minutes, seconds and milliseconds at the job rate', () => {
    expect(timecode(0, 16)).toBe('00:00.000')
    expect(timecode(52, 16)).toBe('00:03.250')
    expect(timecode(16 * 61, 16)).toBe('01:01.000')
  })

  it('colours a join by its worst signal', () => {
    expect(joinLevel({ seam: 1.2, seamWarning: false, driftWarning: false })).toBe('ok')
    expect(joinLevel({ seam: 5, seamWarning: true, driftWarning: false })).toBe('warn')
    expect(joinLevel({ seam: null, seamWarning: false, driftWarning: true })).toBe('warn')
    expect(joinLevel({ seam: null, seamWarning: false, driftWarning: false })).toBe('unknown')
  })
})
