import { describe, expect, it } from 'vitest'
import { formatDuration, framesForSeconds, isValidFrameCount, secondsForFrames } from './frames'

describe('framesForSeconds', () => {
  it('gives Wan2.2 its usual 81 frames for five seconds at 16 fps', () => {
    expect(framesForSeconds(5, 16)).toBe(81)
  })

  it('always lands on a 4k+1 count', () => {
    for (const seconds of [0.5, 1, 2.3, 3, 4.9, 7, 10]) {
      for (const fps of [8, 16, 24, 30]) {
        const frames = framesForSeconds(seconds, fps)
        expect((frames - 1) % 4, `${seconds}s at ${fps}fps -> ${frames}`).toBe(0)
        expect(Math.abs(frames - seconds * fps)).toBeLessThanOrEqual(3)
      }
    }
  })

  it('never goes below five frames', () => {
    expect(framesForSeconds(0.1, 8)).toBe(5)
  })
})

describe('secondsForFrames', () => {
  it('counts the intervals between frames', () => {
    expect(secondsForFrames(81, 16)).toBe(5)
    expect(secondsForFrames(49, 24)).toBe(2)
  })
})

describe('isValidFrameCount', () => {
  it('accepts 4k+1 and refuses the rest', () => {
    expect(isValidFrameCount(81)).toBe(true)
    expect(isValidFrameCount(80)).toBe(false)
    expect(isValidFrameCount(1)).toBe(false)
  })
})

describe('formatDuration', () => {
  it('reads like a clock for people', () => {
    expect(formatDuration(4_400)).toBe('4s')
    expect(formatDuration(125_000)).toBe('2m 05s')
    expect(formatDuration(3_720_000)).toBe('1h 02m')
  })
})
