import { readdirSync, readFileSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { writeJpeg, writePng } from '../testing/testMedia'
import type { ApiError, LibraryImageList, LibraryRoots, LibraryUseAnswer } from '../contract'
import { startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


/** An image folder with two images, a subfolder, a fake PNG, and a symlink leading out. */
async function worldWithImages(): Promise<{ w: World; folder: string }> {
  const w = await startWorld()
  const folder = path.join(w.root, 'pictures')
  writePng(path.join(folder, 'beach.png'))
  writeJpeg(path.join(folder, 'forest.jpg'))
  writePng(path.join(folder, 'trips', 'rome.png'))
  writeFileSync(path.join(folder, 'notes.png'), 'not really a png')
  writePng(path.join(w.root, 'private', 'secret.png'))
  symlinkSync(path.join(w.root, 'private', 'secret.png'), path.join(folder, 'link-out.png'))
  symlinkSync(path.join(w.root, 'private'), path.join(folder, 'private-dir'))
  utimesSync(path.join(folder, 'beach.png'), new Date('2024-01-01'), new Date('2024-01-01'))
  utimesSync(path.join(folder, 'forest.jpg'), new Date('2024-06-01'), new Date('2024-06-01'))
  const put = await w.api('PUT', '/api/settings', { image_folders: [folder] })
  expect(put.status).toBe(200)
  return { w, folder }
}

describe('image repository', () => {
  it('lists the configured folders and browses one with images only, newest first, and subfolders', async () => {
    const { w, folder } = await worldWithImages()
    world = w
    const roots = await w.api<LibraryRoots>('GET', '/api/library/roots')
    expect(roots.body.roots).toEqual([{ index: 0, path: folder, exists: true }])
    const { status, body } = await w.api<LibraryImageList>('GET', '/api/library/images?root=0')
    expect(status).toBe(200)
    expect(body.images.map((i) => i.path)).toEqual(['forest.jpg', 'beach.png'])
    expect(body.folders).toEqual(['trips']) // the symlinked folder leading out is not offered
    const sub = await w.api<LibraryImageList>('GET', '/api/library/images?root=0&folder=trips')
    expect(sub.body.images.map((i) => i.path)).toEqual(['trips/rome.png'])
    const relative = await w.api<ApiError>('PUT', '/api/settings', { image_folders: ['pictures'] })
    expect([relative.status, relative.body.error.field]).toEqual([400, 'image_folders.0'])
    const preset = await w.api<ApiError>('PUT', '/api/settings', { defaults: { preset: '../../etc/passwd' } })
    expect([preset.status, preset.body.error.field]).toEqual([400, 'defaults.preset'])
    // ComfyUI's address is not a setting: it comes from ComfyUI (or --comfyui), so a PUT naming it is refused.
    for (const url of ['http://gpu-box:8188', 'file:///etc/passwd']) {
      const bad = await w.api<ApiError>('PUT', '/api/settings', { comfyui_url: url })
      expect([bad.status, bad.body.error.field]).toEqual([400, 'comfyui_url'])
      expect(bad.body.error.message).toContain('not a setting')
    }
    expect((await w.api<Record<string, unknown>>('GET', '/api/settings')).body).not.toHaveProperty('comfyui_url')
  })

  it('makes a thumbnail once per file version and caches it in the data folder', async () => {
    const { w, folder } = await worldWithImages()
    world = w
    const { body } = await w.api<LibraryImageList>('GET', '/api/library/images?root=0&sort=name')
    const beach = body.images.find((i) => i.path === 'beach.png')
    const res = await fetch(`${w.sidecar.url}/api${beach?.thumbnail ?? ''}`, { headers: w.sidecar.authHeaders })
    expect(res.status).toBe(200)
    expect(res.headers.get('content-type')).toBe('image/jpeg')
    expect(Buffer.from(await res.arrayBuffer()).subarray(0, 3)).toEqual(Buffer.from([0xff, 0xd8, 0xff]))
    const thumbs = () => readdirSync(path.join(w.root, 'data', 'thumbs')).filter((f) => f.startsWith('lib-'))
    await fetch(`${w.sidecar.url}/api${beach?.thumbnail ?? ''}`, { headers: w.sidecar.authHeaders })
    expect(thumbs()).toHaveLength(1)
    utimesSync(path.join(folder, 'beach.png'), new Date('2025-01-01'), new Date('2025-01-01'))
    expect((await fetch(`${w.sidecar.url}/api${beach?.thumbnail ?? ''}`, { headers: w.sidecar.authHeaders })).status).toBe(200)
    expect(thumbs()).toHaveLength(2)
  })

  it('stores ratings in SQLite and sorts by them', async () => {
    const { w } = await worldWithImages()
    world = w
    expect((await w.api('PUT', '/api/library/rating', { root: 0, path: 'beach.png', rating: 5 })).status).toBe(200)
    await w.api('PUT', '/api/library/rating', { root: 0, path: 'trips/rome.png', rating: 2 })
    const { body } = await w.api<LibraryImageList>('GET', '/api/library/images?root=0&sort=rating')
    expect(body.images.map((i) => [i.path, i.rating])).toEqual([
      ['beach.png', 5],
      ['forest.jpg', null],
    ])
    const bad = await w.api<ApiError>('PUT', '/api/library/rating', { root: 0, path: 'beach.png', rating: 0 })
    expect([bad.status, bad.body.error.field]).toEqual([400, 'rating'])
    await w.api('PUT', '/api/library/rating', { root: 0, path: 'beach.png', rating: null })
    const cleared = await w.api<LibraryImageList>('GET', '/api/library/images?root=0&sort=name')
    expect(cleared.body.images.find((i) => i.path === 'beach.png')?.rating).toBeNull()
  })

  it('uploads a repository image to ComfyUI\'s input folder so a job can start from it', async () => {
    const { w, folder } = await worldWithImages()
    world = w
    const { status, body } = await w.api<LibraryUseAnswer>('POST', '/api/library/use', { root: 0, path: 'trips/rome.png' })
    expect(status).toBe(200)
    expect(body).toEqual({ name: 'rome.png', subfolder: '', type: 'input', input_image: 'rome.png' })
    expect(readFileSync(path.join(w.sim.inputDir, 'rome.png')).equals(readFileSync(path.join(folder, 'trips', 'rome.png')))).toBe(true)
  })

  it('refuses paths that leave the folder, non-images and unknown roots, naming the field', async () => {
    const { w } = await worldWithImages()
    world = w
    const cases: Array<[string, string, unknown, number, string]> = [
      ['POST', '/api/library/use', { root: 0, path: '../private/secret.png' }, 400, 'path'],
      ['POST', '/api/library/use', { root: 0, path: path.join(w.root, 'private', 'secret.png') }, 400, 'path'],
      ['POST', '/api/library/use', { root: 0, path: 'link-out.png' }, 400, 'path'],
      ['POST', '/api/library/use', { root: 0, path: 'private-dir/secret.png' }, 400, 'path'],
      ['POST', '/api/library/use', { root: 0, path: 'notes.png' }, 400, 'path'],
      ['POST', '/api/library/use', { root: 3, path: 'beach.png' }, 400, 'root'],
      ['PUT', '/api/library/rating', { root: 0, path: 'link-out.png', rating: 3 }, 400, 'path'],
      ['GET', '/api/library/images?root=0&folder=../private', undefined, 400, 'folder'],
      ['GET', '/api/library/images?root=0&folder=private-dir', undefined, 400, 'folder'],
      ['GET', '/api/library/thumb?root=0&path=link-out.png', undefined, 400, 'path'],
      ['GET', '/api/library/thumb?root=0&path=notes.png', undefined, 400, 'path'],
    ]
    for (const [method, p, body, status, field] of cases) {
      const res = await w.api<ApiError>(method, p, body)
      expect([p, JSON.stringify(body), res.status, res.body.error.field]).toEqual([p, JSON.stringify(body), status, field])
    }
    expect(readdirSync(w.sim.inputDir)).not.toContain('secret.png')
  })
})
