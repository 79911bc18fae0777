import { describe, expect, it } from 'vitest'
import { baseItems, pageGallery, sortItems } from './outputGallery'
import type { GalleryPageQuery } from './outputGallery'

const at = (path: string, day: number, size = 1) => ({ path, size, mtimeMs: Date.UTC(2025, 0, day) })
const noMarks = { favourites: new Set<string>(), hidden: new Set<string>() }
const query = (q: Partial<GalleryPageQuery>): GalleryPageQuery => ({ filter: 'all', sort: 'date', hideStartImages: false, offset: 0, limit: 100, ...q })

describe('baseItems', () => {
  it('marks our segments, long videos and start images only inside the output subfolder', () => {
    const items = baseItems(
      [
        at('lv/Job_seg2_00001_.mp4', 1),
        at('lv/Job_seg2_last_00001_.png', 2),
        at('lv/Job_00003.mp4', 3),
        at('other/Job_seg2_last_00001_.png', 4),
        at('other/Job_seg2_00001_.mp4', 5),
        at('lv/Job_seg2_t3_00001_.mp4', 6),
        at('lv/Job_seg2_t3_last_00001_.png', 7),
      ],
      'lv'
    )
    const flags = Object.fromEntries(items.map((i) => [i.path, [i.segment, i.long_video, i.start_image]]))
    expect(flags).toEqual({
      'lv/Job_seg2_00001_.mp4': [true, false, false],
      'lv/Job_seg2_last_00001_.png': [false, false, true],
      'lv/Job_00003.mp4': [false, true, false],
      'other/Job_seg2_last_00001_.png': [false, false, false],
      'other/Job_seg2_00001_.mp4': [false, false, false],
      'lv/Job_seg2_t3_00001_.mp4': [true, false, false],
      'lv/Job_seg2_t3_last_00001_.png': [false, false, true],
    })
    expect(items.map((i) => i.path)[0]).toBe('lv/Job_seg2_t3_last_00001_.png')
    expect(items[0]?.thumbnail).toBe('/gallery/thumb?path=lv%2FJob_seg2_t3_last_00001_.png')
  })
})

describe('pageGallery', () => {
  it('pages after filtering and counts what the filter kept', () => {
    const items = baseItems([at('a.png', 1), at('b.png', 2), at('c.mp4', 3), at('c.png', 4)], 'lv')
    expect(pageGallery(items, query({ filter: 'images', hideStartImages: true, offset: 1, limit: 5 }), noMarks)).toMatchObject({ items: [{ path: 'a.png' }], total: 2 })
  })

  it('leaves hidden files out of every view but "hidden", and applies the marks to the page', () => {
    const items = baseItems([at('a.png', 1), at('b.png', 2), at('c.png', 3)], 'lv')
    const marks = { favourites: new Set(['a.png']), hidden: new Set(['b.png']) }
    expect(pageGallery(items, query({}), marks).items.map((i) => [i.path, i.favourite, i.hidden])).toEqual([
      ['c.png', false, false],
      ['a.png', true, false],
    ])
    expect(pageGallery(items, query({ filter: 'hidden' }), marks)).toMatchObject({ items: [{ path: 'b.png', hidden: true }], total: 1 })
    expect(pageGallery(items, query({ filter: 'favourites' }), marks).total).toBe(1)
  })
})

describe('sortItems', () => {
  const byDate = baseItems([at('img10.png', 1, 5), at('sub/img2.png', 2, 50), at('Img1.png', 3, 7), at('zeta.mp4', 4, 1)], 'lv')
  const names = (sort: 'date' | 'name' | 'size' | 'favourites', favs: string[] = []) => sortItems(byDate, sort, new Set(favs)).map((i) => i.path)

  it('sorts by date (newest first), name (numbers as numbers, case aside), size (largest first)', () => {
    expect(names('date')).toEqual(['zeta.mp4', 'Img1.png', 'sub/img2.png', 'img10.png'])
    expect(names('name')).toEqual(['Img1.png', 'sub/img2.png', 'img10.png', 'zeta.mp4'])
    expect(names('size')).toEqual(['sub/img2.png', 'Img1.png', 'img10.png', 'zeta.mp4'])
  })

  it('puts favourites first, newest first inside each part', () => {
    expect(names('favourites', ['img10.png', 'Img1.png'])).toEqual(['Img1.png', 'img10.png', 'zeta.mp4', 'sub/img2.png'])
  })
})
