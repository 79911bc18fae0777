import { describe, expect, it } from 'vitest'
import { concatList } from './concatList'

describe('concatList', () => {
  it('quotes every path and escapes single quotes', () => {
    expect(concatList(['/out/a b.mp4', "/out/it's.mp4"])).toBe("ffconcat version 1.0\nfile '/out/a b.mp4'\nfile '/out/it'\\''s.mp4'\n")
  })

  it('refuses a path with a line break (it would start a new directive)', () => {
    expect(() => concatList(['/out/a\nfile /etc/passwd'])).toThrow(/line break/)
  })
})
