// The gallery at the size of real output folders: sorting, thumbnails made once per file version,
// bulk favourites and hidden flags, output images used as start images.
import { existsSync, readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import type { ApiError, GalleryBulkAnswer, GalleryList, GalleryUseAnswer } from '../contract'
import { comfyGraph, writeMp4, writePng } from '../testing/testMedia'
import { startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import { probeVideo } from '../video'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

const paths = (l: GalleryList) => l.items.map((i) => i.path)

/** Four outputs, dated oldest (1) to newest (4), of different sizes, one our hand-off frame. */
async function smallOutputs(): Promise<World> {
  const w = await startWorld()
  const out = w.sim.outputDir
  writePng(path.join(out, 'b_10.png'), [{ type: 'tEXt', key: 'prompt', text: JSON.stringify(comfyGraph('a red fox in snow', 'blurry')) }])
  writeMp4(path.join(out, 'clips', 'a_2.mp4'))
  writePng(path.join(out, 'longvideo', 'Walk_seg1_last_00001_.png'))
  writeFileSync(path.join(out, 'C_1.png'), Buffer.alloc(50_000, 1))
  ;['b_10.png', 'clips/a_2.mp4', 'longvideo/Walk_seg1_last_00001_.png', 'C_1.png'].forEach((rel, i) => {
    const t = new Date(Date.UTC(2025, 0, 1 + i))
    utimesSync(path.join(out, rel), t, t)
  })
  writePng(path.join(w.root, 'outside.png'))
  symlinkSync(path.join(w.root, 'outside.png'), path.join(out, 'link-out.png'))
  return w
}

async function thumb(w: World, rel: string): Promise<{ status: number; type: string | null; bytes: Buffer }> {
  const res = await fetch(`${w.sidecar.url}/api/gallery/thumb?${new URLSearchParams({ path: rel }).toString()}`, { headers: w.sidecar.authHeaders })
  return { status: res.status, type: res.headers.get('content-type'), bytes: Buffer.from(await res.arrayBuffer()) }
}

const thumbsDir = (w: World) => path.join(w.root, 'data', 'thumbs')
const thumbFiles = (w: World) => (existsSync(thumbsDir(w)) ? readdirSync(thumbsDir(w)).filter((f) => f.startsWith('out-')) : [])

describe('the gallery at scale', () => {
  it('sorts by date, name, size and favourites, and sees a file added since the last page', async () => {
    world = await smallOutputs()
    const w = world
    const list = async (q: string) => paths((await w.api<GalleryList>('GET', `/api/gallery?${q}`)).body)
    expect(await list('sort=date')).toEqual(['C_1.png', 'longvideo/Walk_seg1_last_00001_.png', 'clips/a_2.mp4', 'b_10.png'])
    expect(await list('sort=name')).toEqual(['clips/a_2.mp4', 'b_10.png', 'C_1.png', 'longvideo/Walk_seg1_last_00001_.png'])
    expect((await list('sort=size'))[0]).toBe('C_1.png')
    await w.api('PUT', '/api/gallery/favourite', { path: 'b_10.png', favourite: true })
    expect(await list('sort=favourites')).toEqual(['b_10.png', 'C_1.png', 'longvideo/Walk_seg1_last_00001_.png', 'clips/a_2.mp4'])
    writePng(path.join(w.sim.outputDir, 'clips', 'new.png'))
    expect(await list('sort=date&limit=1')).toEqual(['clips/new.png'])
    const bad = await w.api<ApiError>('GET', '/api/gallery?sort=colour')
    expect([bad.status, bad.body.error.field]).toEqual([400, 'sort'])
  })

  it('makes a thumbnail once per file version, of images and of videos, and only inside the output folder', async () => {
    world = await smallOutputs()
    const w = world
    const listed = (await w.api<GalleryList>('GET', '/api/gallery')).body.items.find((i) => i.path === 'clips/a_2.mp4')
    expect(listed?.thumbnail).toBe('/gallery/thumb?path=clips%2Fa_2.mp4')
    const video = await thumb(w, 'clips/a_2.mp4')
    expect([video.status, video.type, video.bytes.subarray(0, 3).toString('hex')]).toEqual([200, 'image/jpeg', 'ffd8ff'])
    const written = path.join(thumbsDir(w), thumbFiles(w)[0] ?? '')
    expect((await probeVideo(written, 'ffmpeg')).width).toBe(256)
    // Asked again (and twice at once): the same file, not made again.
    await Promise.all([thumb(w, 'clips/a_2.mp4'), thumb(w, 'b_10.png'), thumb(w, 'b_10.png')])
    expect(thumbFiles(w)).toHaveLength(2)
    // The file changes: a new thumbnail.
    writePng(path.join(w.sim.outputDir, 'b_10.png'))
    expect((await thumb(w, 'b_10.png')).status).toBe(200)
    expect(thumbFiles(w)).toHaveLength(3)
    for (const p of ['link-out.png', '../data/longvideo.sqlite', 'C_1.png/../../x.png']) {
      const res = await w.api<ApiError>('GET', `/api/gallery/thumb?path=${encodeURIComponent(p)}`)
      expect([p, res.status, res.body.error.field]).toEqual([p, 400, 'path'])
    }
    // Not an image ffmpeg can read: a 415 naming the path, nothing cached.
    const junk = await w.api<ApiError>('GET', '/api/gallery/thumb?path=C_1.png')
    expect([junk.status, junk.body.error.field]).toEqual([415, 'path'])
    expect(thumbFiles(w)).toHaveLength(3)
    expect(readdirSync(thumbsDir(w)).filter((f) => f.includes('.part'))).toEqual([])
  })

  it('favourites and unfavourites many files at once, skipping the ones it cannot mark', async () => {
    world = await smallOutputs()
    const w = world
    const res = await w.api<GalleryBulkAnswer>('PUT', '/api/gallery/favourites', { paths: ['b_10.png', 'clips/a_2.mp4', 'link-out.png', 'gone.png'], favourite: true })
    expect(res.status).toBe(200)
    expect(res.body.changed).toEqual(['b_10.png', 'clips/a_2.mp4'])
    expect(res.body.skipped.map((s) => s.path)).toEqual(['link-out.png', 'gone.png'])
    await w.restartSidecar()
    expect(paths((await w.api<GalleryList>('GET', '/api/gallery?filter=favourites')).body)).toEqual(['clips/a_2.mp4', 'b_10.png'])
    await w.api('PUT', '/api/gallery/favourites', { paths: ['b_10.png'], favourite: false })
    expect(paths((await w.api<GalleryList>('GET', '/api/gallery?filter=favourites')).body)).toEqual(['clips/a_2.mp4'])
    for (const [body, field] of [
      [{ paths: [], favourite: true }, 'paths'],
      [{ paths: ['a.png'] }, 'favourite'],
      [{ paths: Array.from({ length: 1001 }, (_, i) => `${i}.png`), favourite: true }, 'paths'],
    ] as const) {
      const bad = await w.api<ApiError>('PUT', '/api/gallery/favourites', body)
      expect([bad.status, bad.body.error.field]).toEqual([400, field])
    }
  })

  it('hides start images only, shows them under "hidden", and shows them again', async () => {
    world = await smallOutputs()
    const w = world
    const res = await w.api<GalleryBulkAnswer>('PUT', '/api/gallery/hidden', { paths: ['longvideo/Walk_seg1_last_00001_.png', 'b_10.png'], hidden: true })
    expect(res.body).toEqual({ changed: ['longvideo/Walk_seg1_last_00001_.png'], skipped: [{ path: 'b_10.png', reason: 'not a start image (only start images can be hidden)' }] })
    const all = (await w.api<GalleryList>('GET', '/api/gallery')).body
    expect([paths(all), all.total]).toEqual([['C_1.png', 'clips/a_2.mp4', 'b_10.png'], 3])
    const hidden = (await w.api<GalleryList>('GET', '/api/gallery?filter=hidden')).body
    expect(hidden.items.map((i) => [i.path, i.hidden])).toEqual([['longvideo/Walk_seg1_last_00001_.png', true]])
    await w.api('PUT', '/api/gallery/hidden', { paths: ['longvideo/Walk_seg1_last_00001_.png'], hidden: false })
    expect((await w.api<GalleryList>('GET', '/api/gallery')).body.total).toBe(4)
  })

  it("copies output images into ComfyUI's input folder with their prompt, to start jobs from", async () => {
    world = await smallOutputs()
    const w = world
    const res = await w.api<GalleryUseAnswer>('POST', '/api/gallery/use', { paths: ['b_10.png', 'clips/a_2.mp4', 'link-out.png'] })
    expect(res.status).toBe(200)
    expect(res.body.items).toEqual([{ path: 'b_10.png', input_image: expect.stringMatching(/^b_10.*\.png$/) as string, prompt: 'a red fox in snow', negative_prompt: 'blurry' }])
    expect(res.body.skipped.map((s) => [s.path, s.reason])).toEqual([
      ['clips/a_2.mp4', 'not an image'],
      ['link-out.png', expect.stringContaining('outside') as string],
    ])
    const copied = path.join(w.sim.inputDir, res.body.items[0]?.input_image ?? '')
    expect(readFileSync(copied).equals(readFileSync(path.join(w.sim.outputDir, 'b_10.png')))).toBe(true)
    const tooMany = await w.api<ApiError>('POST', '/api/gallery/use', { paths: Array.from({ length: 21 }, (_, i) => `${i}.png`) })
    expect([tooMany.status, tooMany.body.error.field]).toEqual([400, 'paths'])
  })
})
