import { describe, expect, it } from 'vitest'
import { handoffLabel, splitInputImages } from './inputImages'

const input = (filename: string, subfolder = '') => ({ filename, subfolder, type: 'input' as const })

describe('the input images a start image is picked from', () => {
  it('lists the user\'s images first and sets our hand-off frames apart, with names', () => {
    const list = [
      input('longvideo_Harbour_at_night_seg3_start.png'),
      input('fox.png'),
      input('longvideo_Harbour_at_night_seg2_t2_start.png'),
      input('portrait.jpg', 'people'),
    ]
    const { mine, handoff } = splitInputImages(list)
    expect(mine.map((r) => r.filename)).toEqual(['fox.png', 'portrait.jpg'])
    expect(handoff.map((h) => h.label)).toEqual(['Harbour at night · segment 3 start', 'Harbour at night · segment 2 start · take 2'])
  })

  it('leaves images that only look a little like ours alone', () => {
    expect(handoffLabel('longvideo_notes.png')).toBeNull()
    expect(handoffLabel('my_longvideo_seg1_start.png')).toBeNull()
  })
})
