// Upload collisions, /view edges, models, object_info and the other routes, against http_edges.json.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { MODEL_FOLDER_KEYS } from './defaultModels'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, postJson, readJson, tempRoot, TRACES_DIR, writeProbePng } from '../testing/simTestFixtures'

const edges = readJson<Record<string, { status: number; body?: unknown; type?: string | null; range?: string }>>(
  path.join(TRACES_DIR, 'http_edges.json')
)
const traceBody = (key: string): unknown => {
  const body = edges[key]?.body
  return typeof body === 'string' && body ? JSON.parse(body) : body
}

let sim: SimComfy
let png: Buffer
let otherPng: Buffer

beforeAll(async () => {
  const root = tempRoot('http')
  sim = await startSimComfy({ root })
  writeProbePng(path.join(root, 'a.png'), 32, 32)
  writeProbePng(path.join(root, 'b.png'), 48, 32)
  png = readFileSync(path.join(root, 'a.png'))
  otherPng = readFileSync(path.join(root, 'b.png'))
})
afterAll(() => sim.close())

async function upload(fields: Record<string, string>, file?: { name: string; bytes: Buffer }): Promise<{ status: number; body: unknown }> {
  const form = new FormData()
  for (const [k, v] of Object.entries(fields)) form.append(k, v)
  if (file) form.append('image', new Blob([new Uint8Array(file.bytes)]), file.name)
  const res = await fetch(`${sim.url}/api/upload/image`, { method: 'POST', body: form })
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : '' }
}

describe('POST /upload/image', () => {
  it('reuses the name for the same bytes, numbers different bytes, replaces on overwrite', async () => {
    expect(await upload({}, { name: 'collide.png', bytes: png })).toEqual({ status: 200, body: traceBody('same_content_again') })
    expect(await upload({}, { name: 'collide.png', bytes: png })).toEqual({ status: 200, body: traceBody('same_content_twice') })
    expect(await upload({}, { name: 'collide.png', bytes: otherPng })).toEqual({ status: 200, body: traceBody('different_content') })
    expect(readFileSync(path.join(sim.inputDir, 'collide (1).png')).equals(otherPng)).toBe(true)
    expect(await upload({ overwrite: 'true' }, { name: 'collide.png', bytes: otherPng })).toEqual({ status: 200, body: traceBody('overwrite') })
    expect(readFileSync(path.join(sim.inputDir, 'collide.png')).equals(otherPng)).toBe(true)
  })

  it('stores into a subfolder and accepts non-image bytes like ComfyUI', async () => {
    expect(await upload({ subfolder: 'longvideo/in' }, { name: 'sub.png', bytes: png })).toEqual({ status: 200, body: traceBody('subfolder') })
    expect(readFileSync(path.join(sim.inputDir, 'longvideo/in/sub.png')).equals(png)).toBe(true)
    expect(await upload({}, { name: 'x.png', bytes: Buffer.from('not an image') })).toEqual({ status: 200, body: traceBody('not_image') })
  })

  it('refuses a traversing name, a traversing subfolder, an unknown type and a missing file part', async () => {
    expect((await upload({}, { name: '../evil.png', bytes: png })).status).toBe(edges.traversal_name?.status)
    expect((await upload({ subfolder: '../../x' }, { name: 'a.png', bytes: png })).status).toBe(400)
    expect((await upload({ type: 'models' }, { name: 'a.png', bytes: png })).status).toBe(400)
    expect((await upload({ subfolder: 'x' })).status).toBe(edges.no_file?.status)
  })

  it('uploads to temp and output when asked', async () => {
    expect((await upload({ type: 'output', subfolder: 'up' }, { name: 'o.png', bytes: png })).body).toEqual({ name: 'o.png', subfolder: 'up', type: 'output' })
    expect(readFileSync(path.join(sim.outputDir, 'up/o.png')).equals(png)).toBe(true)
  })
})

describe('GET /view', () => {
  beforeAll(() => {
    mkdirSync(path.join(sim.outputDir, 'trace'), { recursive: true })
    writeFileSync(path.join(sim.outputDir, 'trace', 'seg_00001_.mp4'), Buffer.alloc(2921, 7))
  })

  it('serves a video with its content type, and a byte range as 206', async () => {
    const ok = await fetch(`${sim.url}/api/view?filename=seg_00001_.mp4&subfolder=trace&type=output`)
    expect([ok.status, ok.headers.get('content-type'), (await ok.arrayBuffer()).byteLength]).toEqual([200, edges.view_ok?.type, 2921])
    const part = await fetch(`${sim.url}/api/view?filename=seg_00001_.mp4&subfolder=trace&type=output`, { headers: { Range: 'bytes=0-99' } })
    expect([part.status, part.headers.get('content-range'), (await part.arrayBuffer()).byteLength]).toEqual([206, edges.view_range?.range, 100])
  })

  it('answers 404 for an annotated subfolder name and for a missing file, 400 for ..', async () => {
    const annotated = await fetch(`${sim.url}/view?filename=${encodeURIComponent('trace/seg_00001_.mp4 [output]')}`)
    expect(annotated.status).toBe(edges.view_annot?.status)
    expect((await fetch(`${sim.url}/view?filename=nope.mp4&type=output`)).status).toBe(edges.view_missing?.status)
    expect((await fetch(`${sim.url}/view?filename=${encodeURIComponent('../x.mp4')}`)).status).toBe(edges.view_dotdot?.status)
    expect((await fetch(`${sim.url}/view?filename=${encodeURIComponent('/etc/passwd')}`)).status).toBe(400)
    expect((await fetch(`${sim.url}/view?filename=a.png&subfolder=${encodeURIComponent('../..')}`)).status).toBe(403)
  })

  it('reads an annotated top-level name from that folder', async () => {
    await upload({}, { name: 'top.png', bytes: png })
    const res = await fetch(`${sim.url}/view?filename=${encodeURIComponent('top.png [input]')}`)
    expect(res.status).toBe(200)
    expect(Buffer.from(await res.arrayBuffer()).equals(png)).toBe(true)
  })
})

describe('models, schemas and server info', () => {
  it('lists the model folders of a real server plus the GGUF ones', async () => {
    const res = await getJson(`${sim.url}/api/models`)
    expect(res.body).toEqual(expect.arrayContaining([...(edges.models?.body as string[]), 'unet_gguf', 'clip_gguf']))
    expect(MODEL_FOLDER_KEYS).toEqual(expect.arrayContaining(edges.models?.body as string[]))
  })

  it('lists files per folder, 404 for an unknown folder', async () => {
    const loras = (await getJson(`${sim.url}/api/models/loras`)).body as string[]
    expect(loras).toEqual(expect.arrayContaining(edges.models_loras?.body as string[]))
    expect(loras).toContain('wan22/motion/orbit_high_noise.safetensors')
    expect((await fetch(`${sim.url}/api/models/nonexistent_folder`)).status).toBe(edges.models_bad?.status)
  })

  it('fills the loader combos from the model lists and LoadImage from the input folder', async () => {
    const unet = (await getJson(`${sim.url}/api/object_info/UNETLoader`)).body as Record<string, { input: { required: Record<string, unknown[]> } }>
    expect(unet.UNETLoader?.input.required.unet_name?.[0]).toContain('wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors')
    const load = (await getJson(`${sim.url}/object_info/LoadImage`)).body as Record<string, { input: { required: Record<string, unknown[]> } }>
    expect(load.LoadImage?.input.required.image?.[0]).toContain('collide.png')
    expect(load.LoadImage?.input.required.image?.[1]).toEqual({ image_upload: true })
  })

  it('answers {} for an unknown class and an unknown history id', async () => {
    expect(await getJson(`${sim.url}/api/object_info/NoSuchClass`)).toEqual({ status: 200, body: edges.object_info_unknown?.body })
    expect(await getJson(`${sim.url}/api/history/unknown-id`)).toEqual({ status: 200, body: edges.history_unknown?.body })
  })

  it('reports ComfyUI 0.24.0 in system_stats and its feature flags', async () => {
    const stats = (await getJson(`${sim.url}/api/system_stats`)).body as { system: Record<string, unknown>; devices: unknown[] }
    expect(stats.system.comfyui_version).toBe('0.24.0')
    expect(stats.devices).toHaveLength(1)
    expect(((await getJson(`${sim.url}/features`)).body as Record<string, unknown>).supports_preview_metadata).toBe(true)
  })

  it('serves safetensors metadata of a file on disk, 404 for a listed file without one', async () => {
    const header = JSON.stringify({ __metadata__: { ss_output_name: 'orbit' } })
    const len = Buffer.alloc(8)
    len.writeBigUInt64LE(BigInt(header.length))
    const dir = path.join(sim.inputDir, '..', 'models', 'loras', 'mine')
    mkdirSync(dir, { recursive: true })
    writeFileSync(path.join(dir, 'orbit.safetensors'), Buffer.concat([len, Buffer.from(header)]))
    expect(await getJson(`${sim.url}/api/view_metadata/loras?filename=mine/orbit.safetensors`)).toEqual({ status: 200, body: { ss_output_name: 'orbit' } })
    expect((await getJson(`${sim.url}/api/models/loras`)).body).toContain('mine/orbit.safetensors')
    expect((await fetch(`${sim.url}/api/view_metadata/loras?filename=detail_enhancer_v2.safetensors`)).status).toBe(404)
  })
})

describe('POST /prompt edges', () => {
  it('answers no_prompt without a prompt, and a 400 naming the field for bad JSON or a bad number', async () => {
    expect(await postJson(`${sim.url}/api/prompt`, {})).toEqual({
      status: 400,
      body: { error: { type: 'no_prompt', message: 'No prompt provided', details: 'No prompt provided', extra_info: {} }, node_errors: {} },
    })
    const bad = await fetch(`${sim.url}/api/prompt`, { method: 'POST', body: '{not json' })
    expect(bad.status).toBe(400)
    const badNumber = await postJson(`${sim.url}/api/prompt`, { prompt: {}, number: 'soon' })
    expect([badNumber.status, (badNumber.body as { error: { details: string } }).error.details]).toEqual([400, 'number'])
  })

  it('answers missing_node_type with 400 for an unknown class', async () => {
    const res = await postJson(`${sim.url}/api/prompt`, { prompt: { '1': { class_type: 'NoSuchNodeXYZ', inputs: {} } } })
    expect(res.status).toBe(400)
    expect((res.body as { error: { type: string } }).error.type).toBe('missing_node_type')
  })
})

describe('the origin check (opt-in, as ComfyUI without --enable-cors-header)', () => {
  it('refuses a loopback Host with a foreign Origin and accepts a matching one', async () => {
    const { originRefused } = await import('./httpRoutes')
    expect(originRefused('127.0.0.1:8188', 'http://evil.example')).toBe(true)
    expect(originRefused('127.0.0.1:8188', 'http://127.0.0.1:9999')).toBe(true)
    expect(originRefused('127.0.0.1:8188', 'http://127.0.0.1:8188')).toBe(false)
    expect(originRefused('gpu-box:8188', 'http://elsewhere')).toBe(false)
    expect(originRefused('127.0.0.1:8188', undefined)).toBe(false)
  })
})
