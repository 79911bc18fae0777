import { describe, expect, it } from 'vitest'
import { finalVideoName, lastFramePrefix, sanitizeJobName, segmentPrefix } from './outputNames'

describe('output names', () => {
  it('keeps letters, digits, _ and -, and turns spaces into _', () => {
    expect(sanitizeJobName('My Job')).toBe('My_Job')
    expect(sanitizeJobName('  sunset   at "the" beach / v2! ')).toBe('sunset_at_the_beach_v2')
    expect(sanitizeJobName('Café crème')).toBe('Cafe_creme')
  })

  it('never returns an empty or overlong name', () => {
    expect(sanitizeJobName('')).toBe('job')
    expect(sanitizeJobName('日本語 !!')).toBe('job')
    expect(sanitizeJobName('../..')).toBe('job')
    const long = sanitizeJobName('a'.repeat(59) + ' b' + 'c'.repeat(100))
    expect(long.length).toBeLessThanOrEqual(60)
    expect(long).toMatch(/^a{59}$/)
  })

  it('numbers segments from 1 under the output subfolder', () => {
    expect(segmentPrefix('My Job', 0)).toBe('longvideo/My_Job_seg1')
    expect(segmentPrefix('My Job', 1)).toBe('longvideo/My_Job_seg2')
    expect(lastFramePrefix('My Job', 1)).toBe('longvideo/My_Job_seg2_last')
    expect(segmentPrefix('x', 9, 'clips')).toBe('clips/x_seg10')
  })

  it('gives the final video the first free counter', () => {
    expect(finalVideoName('My Job', [])).toBe('My_Job_00001.mp4')
    expect(finalVideoName('My Job', ['My_Job_00001.mp4', 'My_Job_seg1_00001_.mp4'])).toBe('My_Job_00002.mp4')
  })
})
