import { describe, expect, it } from 'vitest'
import { framesForSeconds } from '../../sidecar/contract'
import { formatDuration, secondsForFrames, segmentFramesFor } from './frames'

describe('segmentFramesFor', () => {
  it('gives Wan2.2 its usual 81 frames for five seconds at 16 fps', () => {
    expect(segmentFramesFor(5, 16)).toBe(81)
  })

  it('is the sidecar rule: 4.9 s at 16 fps adds 78 frames after the hand-off, so 81 (the old panel rule said 77)', () => {
    expect(segmentFramesFor(4.9, 16)).toBe(81)
    expect(segmentFramesFor(5.125, 16)).toBe(85)
    for (const seconds of [0.25, 0.5, 1, 2.3, 3, 4.9, 5.125, 7, 10, 60]) {
      for (const fps of [8, 16, 24, 30, 120]) expect(segmentFramesFor(seconds, fps), `${seconds}s at ${fps}fps`).toBe(framesForSeconds(seconds, fps))
    }
  })

  it('always lands on a 4k+1 count within a latent of the asked time', () => {
    for (const seconds of [0.5, 1, 2.3, 3, 4.9, 7, 10]) {
      for (const fps of [8, 16, 24, 30]) {
        const frames = segmentFramesFor(seconds, fps) as number
        expect((frames - 1) % 4, `${seconds}s at ${fps}fps -> ${frames}`).toBe(0)
        expect(Math.abs(frames - 1 - seconds * fps)).toBeLessThanOrEqual(2.5)
      }
    }
  })

  it('never goes below five frames, and says nothing while the fields are empty or zero', () => {
    expect(segmentFramesFor(0.1, 8)).toBe(5)
    expect(segmentFramesFor(0, 16)).toBeNull()
    expect(segmentFramesFor(5, 0)).toBeNull()
    expect(segmentFramesFor(Number.NaN, 16)).toBeNull()
  })
})

describe('secondsForFrames', () => {
  it('counts the intervals between frames', () => {
    expect(secondsForFrames(81, 16)).toBe(5)
    expect(secondsForFrames(49, 24)).toBe(2)
  })
})

describe('formatDuration', () => {
  it('reads like a clock for people', () => {
    expect(formatDuration(4_400)).toBe('4s')
    expect(formatDuration(125_000)).toBe('2m 05s')
    expect(formatDuration(3_720_000)).toBe('1h 02m')
  })
})
