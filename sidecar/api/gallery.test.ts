import { symlinkSync, utimesSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { comfyGraph, writeMp4, writePng } from '../testing/testMedia'
import type { ApiError, GalleryList, GalleryMeta, PromptHistory } from '../contract'
import { startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})


const A1111 = 'a castle at dusk <lora:castle_v1:0.7>\nNegative prompt: people\nSteps: 20, Sampler: DPM++ 2M, CFG scale: 6.5, Seed: 99, Size: 512x768, Model: sdxl'

/** ComfyUI's output folder with each kind of file, dated oldest (1) to newest (9). */
async function worldWithOutputs(): Promise<World> {
  const w = await startWorld()
  const out = w.sim.outputDir
  const files: Array<[string, () => void]> = [
    ['ComfyUI_00001_.png', () => writePng(path.join(out, 'ComfyUI_00001_.png'), [
      { type: 'tEXt', key: 'prompt', text: JSON.stringify(comfyGraph('a red fox in snow', 'blurry')) },
      { type: 'tEXt', key: 'workflow', text: JSON.stringify({ nodes: [{ id: 2, type: 'CLIPTextEncode' }], links: [] }) },
    ])],
    ['a1111/castle.png', () => writePng(path.join(out, 'a1111', 'castle.png'), [{ type: 'iTXt', key: 'parameters', text: A1111 }])],
    ['zipped.png', () => writePng(path.join(out, 'zipped.png'), [{ type: 'zTXt', key: 'prompt', text: JSON.stringify(comfyGraph('a red fox in snow', 'blurry', 8)) }])],
    ['vhs/clip_00001.mp4', () => writeMp4(path.join(out, 'vhs', 'clip_00001.mp4'), {
      comment: JSON.stringify({ prompt: JSON.stringify(comfyGraph('waves on rocks', 'static')), workflow: { nodes: [] } }),
    })],
    ['vhs/clip_00001.png', () => writePng(path.join(out, 'vhs', 'clip_00001.png'))],
    ['longvideo/Walk_seg1_00001_.mp4', () => writeMp4(path.join(out, 'longvideo', 'Walk_seg1_00001_.mp4'), {
      prompt: JSON.stringify(comfyGraph('a walk in the park', 'low quality')),
    })],
    ['longvideo/Walk_seg1_last_00001_.png', () => writePng(path.join(out, 'longvideo', 'Walk_seg1_last_00001_.png'))],
    ['longvideo/Walk_00001.mp4', () => writeMp4(path.join(out, 'longvideo', 'Walk_00001.mp4'))],
    ['plain.webp', () => writePng(path.join(out, 'plain.webp'))],
  ]
  files.forEach(([rel, make], i) => {
    make()
    const t = new Date(Date.UTC(2025, 0, 1 + i))
    utimesSync(path.join(out, rel), t, t)
  })
  writeFileSync(path.join(out, 'readme.txt'), 'not media')
  writePng(path.join(w.root, 'outside.png'))
  symlinkSync(path.join(w.root, 'outside.png'), path.join(out, 'link-out.png'))
  return w
}

const paths = (l: GalleryList) => l.items.map((i) => i.path)

describe('media gallery', () => {
  it('lists output images and videos newest first and filters them', async () => {
    world = await worldWithOutputs()
    const w = world
    const all = await w.api<GalleryList>('GET', '/api/gallery')
    expect(paths(all.body)).toEqual([
      'plain.webp',
      'longvideo/Walk_00001.mp4',
      'longvideo/Walk_seg1_last_00001_.png',
      'longvideo/Walk_seg1_00001_.mp4',
      'vhs/clip_00001.png',
      'vhs/clip_00001.mp4',
      'zipped.png',
      'a1111/castle.png',
      'ComfyUI_00001_.png',
    ])
    expect(all.body.items[1]).toMatchObject({ kind: 'video', long_video: true, segment: false, file: { filename: 'Walk_00001.mp4', subfolder: 'longvideo', type: 'output' } })
    const hidden = await w.api<GalleryList>('GET', '/api/gallery?hide_start_images=1')
    expect(paths(hidden.body)).not.toContain('longvideo/Walk_seg1_last_00001_.png')
    expect(paths(hidden.body)).not.toContain('vhs/clip_00001.png')
    expect(hidden.body.total).toBe(7)
    const videos = await w.api<GalleryList>('GET', '/api/gallery?filter=videos')
    expect(paths(videos.body)).toEqual(['longvideo/Walk_00001.mp4', 'longvideo/Walk_seg1_00001_.mp4', 'vhs/clip_00001.mp4'])
    const long = await w.api<GalleryList>('GET', '/api/gallery?filter=long_videos')
    expect(paths(long.body)).toEqual(['longvideo/Walk_00001.mp4'])
    const images = await w.api<GalleryList>('GET', '/api/gallery?filter=images&hide_start_images=1&offset=1&limit=2')
    expect([paths(images.body), images.body.total]).toEqual([['zipped.png', 'a1111/castle.png'], 4])
    const bad = await w.api<ApiError>('GET', '/api/gallery?filter=audio')
    expect([bad.status, bad.body.error.field]).toEqual([400, 'filter'])
  })

  it('keeps favourites in SQLite across restarts', async () => {
    world = await worldWithOutputs()
    const w = world
    expect((await w.api('PUT', '/api/gallery/favourite', { path: 'vhs/clip_00001.mp4', favourite: true })).status).toBe(200)
    await w.api('PUT', '/api/gallery/favourite', { path: 'zipped.png', favourite: true })
    await w.api('PUT', '/api/gallery/favourite', { path: 'zipped.png', favourite: false })
    await w.restartSidecar()
    const favs = await w.api<GalleryList>('GET', '/api/gallery?filter=favourites')
    expect(paths(favs.body)).toEqual(['vhs/clip_00001.mp4'])
    expect(favs.body.items[0]?.favourite).toBe(true)
    const missing = await w.api<ApiError>('PUT', '/api/gallery/favourite', { path: 'gone.png', favourite: true })
    expect([missing.status, missing.body.error.field]).toEqual([400, 'path'])
  })

  it('reads the prompt from PNG chunks (tEXt, zTXt, iTXt), MP4 tags and VHS comments', async () => {
    world = await worldWithOutputs()
    const w = world
    const meta = async (p: string) => (await w.api<GalleryMeta>('GET', `/api/gallery/meta?path=${encodeURIComponent(p)}`)).body
    const comfy = await meta('ComfyUI_00001_.png')
    expect(comfy.keys).toEqual(['prompt', 'workflow'])
    expect(comfy.prompt).toMatchObject({ source: 'comfyui', positive: 'a red fox in snow', negative: 'blurry', seed: 7, steps: 4 })
    expect(comfy.workflow).toEqual({ nodes: [{ id: 2, type: 'CLIPTextEncode' }], links: [] })
    expect((await meta('zipped.png')).prompt).toMatchObject({ positive: 'a red fox in snow', seed: 8 })
    expect((await meta('a1111/castle.png')).prompt).toMatchObject({
      source: 'a1111',
      positive: 'a castle at dusk',
      negative: 'people',
      steps: 20,
      cfg: 6.5,
      seed: 99,
      width: 512,
      height: 768,
      loras: [{ name: 'castle_v1', strength: 0.7 }],
    })
    expect((await meta('longvideo/Walk_seg1_00001_.mp4')).prompt).toMatchObject({ positive: 'a walk in the park', negative: 'low quality' })
    const vhs = await meta('vhs/clip_00001.mp4')
    expect([vhs.prompt?.positive, vhs.workflow]).toEqual(['waves on rocks', { nodes: [] }])
    expect(await meta('longvideo/Walk_00001.mp4')).toMatchObject({ prompt: null, workflow: null })
  })

  it('refuses paths outside the output folder and files that are not media', async () => {
    world = await worldWithOutputs()
    const w = world
    for (const p of ['../data/longvideo.sqlite', '/etc/passwd', 'link-out.png', 'readme.txt']) {
      const res = await w.api<ApiError>('GET', `/api/gallery/meta?path=${encodeURIComponent(p)}`)
      expect([p, res.status, res.body.error.field]).toEqual([p, 400, 'path'])
    }
    expect(paths((await w.api<GalleryList>('GET', '/api/gallery')).body)).not.toContain('link-out.png')
  })

  it('answers the prompt history newest first, one entry per prompt with how often it was used', async () => {
    world = await worldWithOutputs()
    const { body } = await world.api<PromptHistory>('GET', '/api/gallery/prompts')
    expect(body.prompts.map((p) => [p.positive, p.path, p.uses])).toEqual([
      ['a walk in the park', 'longvideo/Walk_seg1_00001_.mp4', 1],
      ['waves on rocks', 'vhs/clip_00001.mp4', 1],
      ['a red fox in snow', 'zipped.png', 2],
      ['a castle at dusk', 'a1111/castle.png', 1],
    ])
  })
})
