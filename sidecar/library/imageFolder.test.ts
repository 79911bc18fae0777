import { mkdtempSync, mkdirSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { listImageFolder } from './imageFolder'

const PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0])
const JPEG = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0, 0])

function fixture() {
  const base = mkdtempSync(path.join(tmpdir(), 'lv-images-'))
  const root = path.join(base, 'root')
  mkdirSync(path.join(root, 'portraits'), { recursive: true })
  mkdirSync(path.join(base, 'outside'))
  const put = (rel: string, bytes: Buffer, minutesAgo: number) => {
    const file = path.join(root, rel)
    writeFileSync(file, bytes)
    const t = new Date(Date.now() - minutesAgo * 60_000)
    utimesSync(file, t, t)
  }
  put('b.png', PNG, 3)
  put('a.jpg', JPEG, 1)
  put('c.png', PNG, 2)
  put('fake.png', Buffer.from('not an image at all'), 0)
  put('notes.txt', Buffer.from('hello'), 0)
  put('portraits/p.png', PNG, 0)
  writeFileSync(path.join(base, 'outside', 'secret.png'), PNG)
  symlinkSync(path.join(base, 'outside', 'secret.png'), path.join(root, 'linked.png'))
  return root
}

const none = new Map<string, number>()

describe('listImageFolder', () => {
  it('refuses a folder that is a file, naming the field', async () => {
    await expect(listImageFolder(fixture(), 'b.png', { sort: 'date', offset: 0, limit: 50, ratings: none })).rejects.toMatchObject({ field: 'folder', message: 'not a folder: b.png' })
  })

  it('lists real images newest first and leaves out non-images, fakes and symlinks leading out', async () => {
    const listing = await listImageFolder(fixture(), '', { sort: 'date', offset: 0, limit: 50, ratings: none })
    expect(listing.images.map((i) => i.name)).toEqual(['a.jpg', 'c.png', 'b.png'])
    expect(listing.folders).toEqual(['portraits'])
    expect(listing.total).toBe(3)
  })

  it('sorts by name and by rating, and pages', async () => {
    const root = fixture()
    const byName = await listImageFolder(root, '', { sort: 'name', offset: 1, limit: 1, ratings: none })
    expect(byName.images.map((i) => i.name)).toEqual(['b.png'])
    expect(byName.total).toBe(3)
    const ratings = new Map([['b.png', 5], ['c.png', 2]])
    const byRating = await listImageFolder(root, '', { sort: 'rating', offset: 0, limit: 10, ratings })
    expect(byRating.images.map((i) => [i.name, i.rating])).toEqual([['b.png', 5], ['c.png', 2], ['a.jpg', null]])
  })

  it('browses into a subfolder and refuses to leave the root', async () => {
    const root = fixture()
    const sub = await listImageFolder(root, 'portraits', { sort: 'date', offset: 0, limit: 10, ratings: none })
    expect(sub.images.map((i) => i.path)).toEqual(['portraits/p.png'])
    await expect(listImageFolder(root, '../outside', { sort: 'date', offset: 0, limit: 10, ratings: none })).rejects.toMatchObject({ field: 'folder' })
  })
})
