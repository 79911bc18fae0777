import { readFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'
import { describe, expect, it } from 'vitest'
import { extractFromA1111, extractFromComfyGraph, extractFromLongVideo, extractPrompt } from './promptExtract'
import { longVideoInfo, readLongVideoTag } from './longVideoTag'
import { readPngText } from './pngText'

const wanGraph = JSON.parse(
  readFileSync(new URL('../testing/reference/workflows/wan22_14b_i2v_lightning.json', import.meta.url), 'utf8')
) as Record<string, { inputs: Record<string, unknown> }>

/** Builds a minimal PNG carrying the given chunks (image data is irrelevant to the reader). */
function pngWith(chunks: Array<[string, Buffer]>): Buffer {
  const parts: Buffer[] = [Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])]
  for (const [type, data] of [...chunks, ['IEND', Buffer.alloc(0)] as [string, Buffer]]) {
    const header = Buffer.alloc(8)
    header.writeUInt32BE(data.length, 0)
    header.write(type, 4, 'latin1')
    parts.push(header, data, Buffer.alloc(4))
  }
  return Buffer.concat(parts)
}

describe('extractFromComfyGraph', () => {
  it('follows the sampler links through WanImageToVideo to the positive and negative text', () => {
    const result = extractFromComfyGraph(wanGraph)
    expect(result?.positive).toBe(wanGraph['6']!.inputs.text)
    expect(result?.negative).toBe(wanGraph['7']!.inputs.text)
  })

  it('reads the first pass of a two-pass graph for seed and steps', () => {
    const result = extractFromComfyGraph(wanGraph)
    expect(result).toMatchObject({ seed: 123456789, steps: 4, cfg: 1, sampler: 'euler', scheduler: 'simple' })
    expect(result).toMatchObject({ width: 640, height: 640, frames: 81 })
  })

  it('lists LoRAs with strengths and the model files', () => {
    const result = extractFromComfyGraph(wanGraph)
    expect(result?.loras.map((l) => l.name)).toEqual([
      'wan2.2_i2v_lightx2v_4steps_lora_v1_high_noise.safetensors',
      'wan2.2_i2v_lightx2v_4steps_lora_v1_low_noise.safetensors',
    ])
    expect(result?.models).toEqual([
      'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors',
      'wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors',
    ])
  })

  it('does not guess by keywords: a node titled "negative" that feeds the positive side is positive', () => {
    const graph = {
      '1': { class_type: 'CLIPTextEncode', inputs: { text: 'negative vibes, a sunny beach' }, _meta: { title: 'negative' } },
      '2': { class_type: 'CLIPTextEncode', inputs: { text: 'blurry' } },
      '3': { class_type: 'KSampler', inputs: { positive: ['1', 0], negative: ['2', 0], seed: 7, steps: 20, latent_image: ['4', 0] } },
      '4': { class_type: 'EmptyLatentImage', inputs: { width: 512, height: 768, batch_size: 1 } },
    }
    expect(extractFromComfyGraph(graph)).toMatchObject({
      positive: 'negative vibes, a sunny beach',
      negative: 'blurry',
      width: 512,
      height: 768,
    })
  })

  it('returns null for something that is not an API graph', () => {
    expect(extractFromComfyGraph({ nodes: [1, 2, 3] })).toBeNull()
  })
})

describe('extractFromA1111', () => {
  it('splits prompt, negative prompt, settings and inline LoRAs', () => {
    const text = 'a cat on a roof <lora:catstyle:0.8>\nNegative prompt: lowres, blurry\nSteps: 28, Sampler: DPM++ 2M, Schedule type: Karras, CFG scale: 6.5, Seed: 42, Size: 832x1216, Model: sdxl_base'
    expect(extractFromA1111(text)).toMatchObject({
      positive: 'a cat on a roof',
      negative: 'lowres, blurry',
      steps: 28,
      sampler: 'DPM++ 2M',
      scheduler: 'Karras',
      cfg: 6.5,
      seed: 42,
      width: 832,
      height: 1216,
      models: ['sdxl_base'],
      loras: [{ name: 'catstyle', strength: 0.8 }],
    })
  })
})

describe('PNG text chunks', () => {
  it('reads tEXt, zTXt and iTXt (compressed and not)', () => {
    // PIL (ComfyUI's SaveImage) writes non-Latin-1 text such as the Chinese negative prompt as iTXt.
    const png = pngWith([
      ['tEXt', Buffer.from('source\0ComfyUI', 'latin1')],
      ['iTXt', Buffer.concat([Buffer.from('prompt\0\0\0\0\0', 'latin1'), Buffer.from(JSON.stringify(wanGraph), 'utf8')])],
      ['zTXt', Buffer.concat([Buffer.from('workflow\0\0', 'latin1'), deflateSync(Buffer.from('{"nodes":[]}'))])],
      ['iTXt', Buffer.concat([Buffer.from('parameters\0\0\0en\0\0', 'latin1'), Buffer.from('ein Bild, «schön»', 'utf8')])],
      ['iTXt', Buffer.concat([Buffer.from('comment\0\x01\0\0\0', 'latin1'), deflateSync(Buffer.from('zipped ✓', 'utf8'))])],
    ])
    const text = readPngText(png)
    expect(Object.keys(text).sort()).toEqual(['comment', 'parameters', 'prompt', 'source', 'workflow'])
    expect(text.workflow).toBe('{"nodes":[]}')
    expect(text.parameters).toBe('ein Bild, «schön»')
    expect(text.comment).toBe('zipped ✓')
    expect(extractPrompt(text)?.negative).toBe(wanGraph['7']!.inputs.text)
  })

  it('refuses a file that is not a PNG', () => {
    expect(() => readPngText(Buffer.from('GIF89a....'))).toThrow(/not a PNG/)
  })

  it('stops at a truncated chunk instead of reading past the end', () => {
    const png = pngWith([['tEXt', Buffer.from('a\0b', 'latin1')]])
    const truncated = Buffer.concat([png.subarray(0, 33), Buffer.from([0, 0, 0xff, 0xff, 0x74, 0x45, 0x58, 0x74])])
    expect(readPngText(truncated)).toEqual({ a: 'b' })
  })
})

describe('our own long videos', () => {
  const tag = {
    job: 'Walk',
    negative_prompt: 'blurry',
    parameters: { width: 832, height: 480, frames: 81, steps: 4, cfg: 1, models: { high: 'h.safetensors', low: 'l.safetensors' }, loras: { high: [{ name: 'a_high.safetensors', strength: 1 }], low: [] } },
    segments: [
      { idx: 0, prompt: 'a fox wakes up', seed: 11, loras: { high: [], low: [{ name: 'b_low.safetensors', strength: 0.5 }] } },
      { idx: 1, prompt: 'it runs into the snow', seed: 12 },
    ],
  }

  it('reads the storyboard and settings from the longvideo tag, before any other source', () => {
    const result = extractPrompt({ longvideo: JSON.stringify(tag), comment: '[1] a fox wakes up' })
    expect(result).toMatchObject({
      source: 'longvideo',
      positive: '[1] a fox wakes up\n[2] it runs into the snow',
      negative: 'blurry',
      // Two segments, two seeds: no one seed, and not one segment's 81 frames as the file's.
      seed: null,
      width: 832,
      frames: null,
      models: ['h.safetensors', 'l.safetensors'],
    })
    expect(result?.loras.map((l) => l.name)).toEqual(['a_high.safetensors', 'b_low.safetensors'])
    // A newer tag says how many frames the file has.
    expect(extractPrompt({ longvideo: JSON.stringify({ ...tag, frames: 161 }) })?.frames).toBe(161)
    const oneSeed = { ...tag, segments: tag.segments.map((s) => ({ ...s, seed: 7 })) }
    expect(extractPrompt({ longvideo: JSON.stringify(oneSeed) })?.seed).toBe(7)
  })

  it('answers the gallery each segment with its prompt, seed, frames and meters', () => {
    const newer = {
      ...tag,
      job_id: 4,
      frames: 161,
      drift_threshold: 5,
      parameters: { ...tag.parameters, fps: 16 },
      segments: [
        { ...tag.segments[0], take: 1, frames: 81, drift: 0.4, negative_prompt: null },
        { ...tag.segments[1], take: 2, frames: 80, drift: 6.1, negative_prompt: 'rain' },
      ],
      seams: [{ after: 0, mode: 'frame', carry: 1, jump: 7.2, threshold: 3, warning: true }],
    }
    expect(longVideoInfo(JSON.parse(JSON.stringify(newer)))).toEqual({
      job: 'Walk', job_id: 4, frames: 161, fps: 16, width: 832, height: 480, drift_threshold: 5, seam_threshold: 3,
      segments: [
        { idx: 0, take: 1, prompt: 'a fox wakes up', negative_prompt: null, seed: 11, frames: 81, drift: 0.4, seam: null },
        { idx: 1, take: 2, prompt: 'it runs into the snow', negative_prompt: 'rain', seed: 12, frames: 80, drift: 6.1, seam: 7.2 },
      ],
    })
    // An older final: what it did not write is null, not a guess.
    expect(longVideoInfo(tag)?.segments[1]).toEqual({ idx: 1, take: null, prompt: 'it runs into the snow', negative_prompt: null, seed: 12, frames: null, drift: null, seam: null })
    expect(longVideoInfo({ segments: [] })).toBeNull()
    expect(readLongVideoTag({ longvideo: '{not json' })).toBeNull()
  })

  it('refuses a tag that is not ours', () => {
    expect(extractFromLongVideo({ segments: 'nope' })).toBeNull()
  })
})

describe('tEXt written as UTF-8 by other tools', () => {
  it('reads valid UTF-8 as UTF-8 and anything else as Latin-1', () => {
    const png = pngWith([
      ['tEXt', Buffer.concat([Buffer.from('parameters\0', 'latin1'), Buffer.from('色调艳丽, café', 'utf8')])],
      ['tEXt', Buffer.from('comment\0caf\xe9', 'latin1')],
    ])
    expect(readPngText(png)).toEqual({ parameters: '色调艳丽, café', comment: 'café' })
  })
})
