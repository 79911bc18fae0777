import { describe, expect, it } from 'vitest'
import { framesForSeconds, isValidFrameCount, normalizeFrames } from './frames'

describe('frame counts', () => {
  it('accepts only 4k+1 counts of at least 5', () => {
    expect([5, 9, 81, 121].every(isValidFrameCount)).toBe(true)
    expect([1, 4, 80, 82, 81.5].some(isValidFrameCount)).toBe(false)
  })

  it('moves a count to the nearest 4k+1, never below 5', () => {
    expect(normalizeFrames(80)).toBe(81)
    expect(normalizeFrames(79)).toBe(81)
    expect(normalizeFrames(78)).toBe(77)
    expect(normalizeFrames(81)).toBe(81)
    expect(normalizeFrames(1)).toBe(5)
    expect(normalizeFrames(-20)).toBe(5)
    expect(normalizeFrames(120)).toBe(121)
  })

  it('turns seconds into frames so that a later segment adds exactly that time', () => {
    expect(framesForSeconds(5, 16)).toBe(81)
    expect(framesForSeconds(5, 24)).toBe(121)
    expect(framesForSeconds(3, 16)).toBe(49)
    expect(framesForSeconds(0.25, 16)).toBe(5)
  })

  it('refuses nonsense instead of guessing', () => {
    expect(() => normalizeFrames(Number.NaN)).toThrow(/finite/)
    expect(() => framesForSeconds(0, 16)).toThrow(/positive/)
  })
})
