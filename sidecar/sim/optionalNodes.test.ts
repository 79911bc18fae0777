// The node schemas the seams rely on, as the simulated ComfyUI answers them on /object_info: the
// recorded 0.24.0 ones for SaveAnimatedPNG, ImageFromBatch and WanImageToVideo, and, when asked for,
// KJNodes' WanImageToVideoSVIPro and a newer core's WanImageToVideo with ref_pad_image.
import { readFileSync } from 'node:fs'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startSimComfy, type SimComfy } from './simComfy'
import { getJson, tempRoot } from '../testing/simTestFixtures'

const recorded = JSON.parse(readFileSync(new URL('./schemas/object_info.json', import.meta.url), 'utf8')) as Record<string, Record<string, unknown>>

let plain: SimComfy
let newer: SimComfy
beforeAll(async () => {
  plain = await startSimComfy({ root: tempRoot('plain-nodes') })
  newer = await startSimComfy({ root: tempRoot('newer-nodes'), kjnodes: true, refPadImage: true })
})
afterAll(async () => {
  await plain.close()
  await newer.close()
})

const info = async (sim: SimComfy, cls: string) => ((await getJson(`${sim.url}/api/object_info/${cls}`)).body as Record<string, Record<string, unknown>>)[cls]

describe('the seam nodes on /object_info', () => {
  it('answers ComfyUI 0.24.0 recorded schemas for SaveAnimatedPNG, ImageFromBatch and WanImageToVideo', async () => {
    for (const cls of ['SaveAnimatedPNG', 'ImageFromBatch', 'WanImageToVideo']) {
      expect(await info(plain, cls)).toEqual(recorded[cls])
    }
    // Negative batch_index counts from the end: the last K frames are ImageFromBatch(-K, K).
    expect((recorded.ImageFromBatch?.input as { required: Record<string, unknown[]> }).required.batch_index?.[1]).toMatchObject({ min: -16384 })
  })

  it('has no SVI node and no ref_pad_image unless asked', async () => {
    expect(await info(plain, 'WanImageToVideoSVIPro')).toBeUndefined()
    expect(JSON.stringify(await info(plain, 'WanImageToVideo'))).not.toContain('ref_pad_image')
  })

  it('adds KJNodes WanImageToVideoSVIPro and the newer WanImageToVideo.ref_pad_image when asked', async () => {
    const svi = await info(newer, 'WanImageToVideoSVIPro')
    expect(svi?.input).toEqual({
      required: {
        positive: ['CONDITIONING', {}],
        negative: ['CONDITIONING', {}],
        length: ['INT', { default: 81, min: 1, max: 16384, step: 4 }],
        anchor_samples: ['LATENT', {}],
        motion_latent_count: ['INT', { default: 1, min: 0, max: 128, step: 1 }],
      },
      optional: { prev_samples: ['LATENT', {}] },
    })
    expect(svi?.output).toEqual(['CONDITIONING', 'CONDITIONING', 'LATENT'])
    const i2v = await info(newer, 'WanImageToVideo')
    const optional = (i2v?.input as { optional: Record<string, unknown[]> }).optional
    expect(Object.keys(optional)).toEqual(['clip_vision_output', 'start_image', 'ref_pad_image'])
    expect(optional.ref_pad_image?.[0]).toBe('IMAGE')
    expect((i2v?.input_order as { optional: string[] }).optional).toEqual(['clip_vision_output', 'start_image', 'ref_pad_image'])
  })
})
