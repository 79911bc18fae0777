import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { countFrames } from '../video'
import { vhsGraph } from '../testing/testGraphs'
import type { JobWithSegments, Preset, TemplateDetection, UserTemplate } from '../contract'
import { smallJob, startWorld } from '../testing/testWorld'
import type { World } from '../testing/testWorld'

let world: World | null = null
afterEach(async () => {
  await world?.close()
  world = null
})

interface ErrorBody {
  error: { code: string; message: string; field?: string; details?: TemplateDetection }
}

describe('user templates over HTTP', () => {
  it('detects roles without saving, saves a canvas graph, lists it with the presets and renders a 3-segment job with it', async () => {
    world = await startWorld()
    const w = world

    const detected = await w.api<TemplateDetection>('POST', '/api/templates/detect', { prompt: vhsGraph() })
    expect(detected.status).toBe(200)
    expect(detected.body.ok).toBe(true)
    expect(detected.body.preflight).toEqual([])
    expect(detected.body.roles.find((r) => r.role === 'video_output')?.sites).toEqual([
      { node: '60', input: 'filename_prefix', title: 'Video Combine 🎥🅥🅗🅢', class_type: 'VHS_VideoCombine' },
    ])
    expect((await w.api<{ templates: UserTemplate[] }>('GET', '/api/templates')).body.templates).toEqual([])

    const saved = await w.api<UserTemplate>('POST', '/api/templates', { name: 'Fox graph (VHS)', prompt: vhsGraph() })
    expect(saved.status).toBe(201)
    expect(saved.body.id).toBe('user_fox_graph_vhs')
    expect(saved.body.preset).toMatchObject({ id: 'user_fox_graph_vhs', source: 'user', kind: 'i2v', family: 'wan22_14b' })
    expect(saved.body.preset.requires).toContain('VHS_VideoCombine')
    const presets = (await w.api<{ presets: Preset[] }>('GET', '/api/presets')).body.presets
    expect(presets.filter((p) => p.source === 'user').map((p) => p.id)).toEqual(['user_fox_graph_vhs'])
    expect(presets.find((p) => p.id === 'wan22_14b_i2v')?.source).toBe('builtin')

    const created = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ name: 'Fox', preset: 'user_fox_graph_vhs', planned_prompts: ['the fox turns', 'the fox sits'] }))
    expect(created.status).toBe(201)
    const id = created.body.id
    const waiting = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' || j.status === 'failed', 'three segments')
    expect(waiting.segments.map((s) => s.status)).toEqual(['done', 'done', 'done'])
    expect(waiting.segments.map((s) => s.frames)).toEqual([9, 8, 8])
    // VideoHelperSuite names its files <prefix>_<counter>.mp4 and reports them under `gifs`.
    expect(waiting.segments.map((s) => s.video?.filename)).toEqual(['Fox_seg1_00001.mp4', 'Fox_seg2_00001.mp4', 'Fox_seg3_00001.mp4'])
    expect(waiting.segments[1]?.start_image).toBe(`longvideo/${waiting.segments[0]?.last_frame?.filename} [output]`)
    const sent = w.sim.promptLog.filter((l) => l.httpStatus === 200).map((l) => (l.body as { prompt: Record<string, { class_type: string }> }).prompt)
    expect(sent).toHaveLength(3)
    for (const p of sent) expect(Object.values(p).some((n) => n.class_type === 'PreviewImage')).toBe(false)

    await w.api('POST', `/api/jobs/${id}/finalize`)
    const done = await w.waitForJob(id, (j) => j.status === 'completed', 'finalize')
    expect(done.final_video?.frames).toBe(9 + 2 * 8)
    expect(await countFrames(path.join(w.sim.outputDir, 'longvideo', done.final_video?.file.filename ?? ''), 'ffmpeg')).toBe(9 + 2 * 8)
  })

  it('refuses a template missing a role with 400 naming the role and why, and one the live ComfyUI cannot run', async () => {
    world = await startWorld()
    const w = world
    const g = vhsGraph()
    delete g['50']?.inputs.start_image
    const missing = await w.api<ErrorBody>('POST', '/api/templates', { name: 'No image', prompt: g })
    expect(missing.status).toBe(400)
    expect(missing.body.error.message).toBe('start image: no LoadImage feeds WanImageToVideo.start_image')
    expect(missing.body.error.field).toBe('roles.start_image')
    expect(missing.body.error.details?.problems.map((p) => p.role)).toEqual(['start_image'])

    const foreign = vhsGraph()
    foreign['66'] = { class_type: 'RIFE VFI', inputs: { frames: ['8', 0], ckpt_name: 'rife47.pth', multiplier: 2 }, _meta: { title: 'Interpolate' } }
    Object.assign(foreign['60']?.inputs ?? {}, { images: ['66', 0] })
    const refused = await w.api<ErrorBody>('POST', '/api/templates', { name: 'Interpolated', prompt: foreign })
    expect(refused.status).toBe(400)
    expect(refused.body.error.message).toBe('Node pack missing: RIFE VFI (install the custom node pack that provides it)')
    const detection = await w.api<TemplateDetection>('POST', '/api/templates/detect', { prompt: foreign })
    expect(detection.body.ok).toBe(false)
    expect(detection.body.preflight?.map((f) => f.code)).toEqual(['missing_node'])

    const otherModel = vhsGraph()
    Object.assign(otherModel['37']?.inputs ?? {}, { unet_name: 'wan2.2_i2v_high_noise_14B_Q4_K_M.gguf' })
    const model = await w.api<ErrorBody>('POST', '/api/templates', { name: 'Other model', prompt: otherModel })
    expect(model.status).toBe(400)
    expect(model.body.error.message).toBe('Model file not installed: wan2.2_i2v_high_noise_14B_Q4_K_M.gguf (in models/diffusion_models)')
    expect((await w.api<{ templates: UserTemplate[] }>('GET', '/api/templates')).body.templates).toEqual([])

    const notApi = await w.api<ErrorBody>('POST', '/api/templates/detect', { prompt: { '1': { class_type: 'LoadImage' } } })
    expect(notApi.status).toBe(400)
    expect(notApi.body.error.field).toBe('prompt.1.inputs')
  })

  it('edits with role picks, keeps templates across a restart, and deletes only when no unfinished job uses one', async () => {
    world = await startWorld()
    const w = world
    const g = vhsGraph()
    g['12'] = { class_type: 'LoadImage', inputs: { image: 'start.png' }, _meta: { title: 'Ref' } }
    g['64'] = { class_type: 'ImageBatch', inputs: { image1: ['52', 0], image2: ['12', 0] }, _meta: { title: 'Batch' } }
    Object.assign(g['63']?.inputs ?? {}, { image: ['64', 0] })
    const ambiguous = await w.api<ErrorBody>('POST', '/api/templates', { name: 'Two images', prompt: g })
    expect(ambiguous.status).toBe(400)
    expect(ambiguous.body.error.message).toBe("start image: two LoadImage nodes could be the start image (#12 'Ref', #52 'Load Image'); pick one")
    const picked = await w.api<UserTemplate>('POST', '/api/templates', { name: 'Two images', prompt: g, roles: { start_image: [{ node: '52', input: 'image' }] } })
    expect(picked.status).toBe(201)
    const id = picked.body.id

    const [a, b] = await Promise.all([
      w.api<UserTemplate>('POST', '/api/templates', { name: 'Same name', prompt: vhsGraph() }),
      w.api<UserTemplate>('POST', '/api/templates', { name: 'Same name', prompt: vhsGraph() }),
    ])
    expect([a.body.id, b.body.id].sort()).toEqual(['user_same_name', 'user_same_name_2'])

    const renamed = await w.api<UserTemplate>('PUT', `/api/templates/${id}`, { name: 'Two images, renamed' })
    expect(renamed.status).toBe(200)
    expect(renamed.body.roles).toEqual({ start_image: [{ node: '52', input: 'image' }] })
    expect(renamed.body.preset.name).toBe('Two images, renamed')

    await w.restartSidecar()
    const after = await w.api<UserTemplate>('GET', `/api/templates/${id}`)
    expect(after.body.name).toBe('Two images, renamed')
    expect(after.body.detection.roles.find((r) => r.role === 'start_image')?.origin).toBe('chosen')

    const job = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ preset: id, start: false }))
    expect(job.status).toBe(201)
    const busy = await w.api<ErrorBody>('DELETE', `/api/templates/${id}`)
    expect(busy.status).toBe(409)
    expect((await w.api('DELETE', `/api/jobs/${job.body.id}`)).status).toBe(204)
    expect((await w.api('DELETE', `/api/templates/${id}`)).status).toBe(204)
    expect((await w.api('GET', `/api/templates/${id}`)).status).toBe(404)
    const presets = (await w.api<{ presets: Preset[] }>('GET', '/api/presets')).body.presets
    expect(presets.some((p) => p.id === id)).toBe(false)
    expect((await w.api<ErrorBody>('POST', '/api/jobs', smallJob({ preset: id }))).status).toBe(400)
  })
})
