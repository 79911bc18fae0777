import { describe, expect, it } from 'vitest'
import { checkSize } from './videoSize'

describe('checkSize', () => {
  it('keeps a 14B size that is a multiple of 16', () => {
    expect(checkSize(832, 480, 'wan22_14b')).toEqual({ width: 832, height: 480, adjusted: false })
  })

  it('rounds a 14B size to the nearest multiple of 16 and says so', () => {
    const r = checkSize(830, 470, 'wan22_14b')
    expect(r).toMatchObject({ width: 832, height: 464, adjusted: true })
    expect(r.message).toBe('830x470 is not a multiple of 16 as Wan2.2 14B needs; using 832x464')
  })

  it('needs multiples of 32 for the 5B model', () => {
    expect(checkSize(1280, 704, 'wan22_5b').adjusted).toBe(false)
    expect(checkSize(832, 480, 'wan22_5b')).toMatchObject({ width: 832, height: 480, adjusted: false })
    expect(checkSize(848, 480, 'wan22_5b')).toMatchObject({ width: 864, height: 480, adjusted: true })
  })

  it('never shrinks a side to zero', () => {
    expect(checkSize(3, 3, 'wan22_14b')).toMatchObject({ width: 16, height: 16, adjusted: true })
  })
})
