import { describe, expect, it } from 'vitest'
import { filterGallery, galleryItems } from './outputGallery'

const at = (path: string, day: number) => ({ path, size: 1, mtimeMs: Date.UTC(2025, 0, day) })

describe('galleryItems', () => {
  it('marks our segments, long videos and start images only inside the output subfolder', () => {
    const items = galleryItems(
      [
        at('lv/Job_seg2_00001_.mp4', 1),
        at('lv/Job_seg2_last_00001_.png', 2),
        at('lv/Job_00003.mp4', 3),
        at('other/Job_seg2_last_00001_.png', 4),
        at('other/Job_seg2_00001_.mp4', 5),
        at('lv/Job_seg2_t3_00001_.mp4', 6),
        at('lv/Job_seg2_t3_last_00001_.png', 7),
      ],
      'lv',
      new Set(['lv/Job_00003.mp4'])
    )
    const flags = Object.fromEntries(items.map((i) => [i.path, [i.segment, i.long_video, i.start_image, i.favourite]]))
    expect(flags).toEqual({
      'lv/Job_seg2_00001_.mp4': [true, false, false, false],
      'lv/Job_seg2_last_00001_.png': [false, false, true, false],
      'lv/Job_00003.mp4': [false, true, false, true],
      'other/Job_seg2_last_00001_.png': [false, false, false, false],
      'other/Job_seg2_00001_.mp4': [false, false, false, false],
      'lv/Job_seg2_t3_00001_.mp4': [true, false, false, false],
      'lv/Job_seg2_t3_last_00001_.png': [false, false, true, false],
    })
    expect(items.map((i) => i.path)[0]).toBe('lv/Job_seg2_t3_last_00001_.png')
  })
})

describe('filterGallery', () => {
  it('pages after filtering and counts what the filter kept', () => {
    const items = galleryItems([at('a.png', 1), at('b.png', 2), at('c.mp4', 3), at('c.png', 4)], 'lv', new Set())
    expect(filterGallery(items, { filter: 'images', hideStartImages: true, offset: 1, limit: 5 })).toMatchObject({ items: [{ path: 'a.png' }], total: 2 })
  })
})
