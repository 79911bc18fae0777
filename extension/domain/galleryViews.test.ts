import { describe, expect, it } from 'vitest'
import { readViews, viewSettings, withView } from './galleryViews'

describe('gallery views', () => {
  it('keeps a sort and "hide start images" per view, and the view last shown', () => {
    let v = readViews(null)
    expect([v.filter, viewSettings(v, 'videos')]).toEqual(['all', { sort: 'date', hideStartImages: true }])
    v = withView(v, 'videos', { sort: 'size' })
    v = withView(v, 'images', { hideStartImages: false })
    v = withView(v, 'videos')
    const back = readViews(JSON.stringify(v))
    expect(back.filter).toBe('videos')
    expect(viewSettings(back, 'videos')).toEqual({ sort: 'size', hideStartImages: true })
    expect(viewSettings(back, 'images')).toEqual({ sort: 'date', hideStartImages: false })
    expect(viewSettings(back, 'all')).toEqual({ sort: 'date', hideStartImages: true })
  })

  it('reads what an older version or a hand edit left with the defaults in place of the unreadable', () => {
    expect(readViews('not json')).toEqual({ filter: 'all', views: {} })
    const v = readViews(JSON.stringify({ filter: 'audio', views: { videos: { sort: 'colour', hideStartImages: 'yes' }, audio: { sort: 'name' }, images: 3 } }))
    expect(v).toEqual({ filter: 'all', views: { videos: { sort: 'date', hideStartImages: true } } })
  })
})
