import { describe, expect, it } from 'vitest'
import { chapterMetadata, parseChapters } from './chapters'

describe('chapterMetadata', () => {
  it('writes one chapter per segment in frames at 1/fps and escapes the titles', () => {
    const text = chapterMetadata([{ title: 'a fox; runs = fast', start: 0, end: 9 }, { title: 'line\nbreak #1', start: 9, end: 17 }], 16)
    expect(text).toBe(
      ';FFMETADATA1\n[CHAPTER]\nTIMEBASE=1/16\nSTART=0\nEND=9\ntitle=a fox\\; runs \\= fast\n' +
        '[CHAPTER]\nTIMEBASE=1/16\nSTART=9\nEND=17\ntitle=line\\\nbreak \\#1\n'
    )
  })

  it('reads back what it wrote, in seconds', () => {
    const text = chapterMetadata([{ title: 'a fox; runs = fast', start: 0, end: 8 }, { title: 'line\nbreak #1', start: 8, end: 24 }], 16)
    expect(parseChapters(text)).toEqual([
      { title: 'a fox; runs = fast', start: 0, end: 0.5 },
      { title: 'line\nbreak #1', start: 0.5, end: 1.5 },
    ])
  })
})
