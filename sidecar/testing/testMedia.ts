// Test fixtures: real media files carrying each metadata flavour, made with ffmpeg and by hand.
// Used by tests only.
import { execFileSync } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { crc32, deflateSync } from 'node:zlib'

export type TextChunk = { type: 'tEXt' | 'zTXt' | 'iTXt'; key: string; text: string }

function chunk(type: string, data: Buffer): Buffer {
  const head = Buffer.alloc(8)
  head.writeUInt32BE(data.length, 0)
  head.write(type, 4, 'latin1')
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(Buffer.concat([head.subarray(4), data])), 0)
  return Buffer.concat([head, data, crc])
}

function textChunk({ type, key, text }: TextChunk): Buffer {
  const k = Buffer.from(key, 'latin1')
  if (type === 'tEXt') return chunk(type, Buffer.concat([k, Buffer.from([0]), Buffer.from(text, 'latin1')]))
  if (type === 'zTXt') return chunk(type, Buffer.concat([k, Buffer.from([0, 0]), deflateSync(Buffer.from(text, 'latin1'))]))
  return chunk(type, Buffer.concat([k, Buffer.from([0, 1, 0, 0, 0]), deflateSync(Buffer.from(text, 'utf8'))]))
}

/** A real 64x64 PNG (ffmpeg testsrc) with the text chunks inserted after IHDR. */
export function writePng(file: string, chunks: TextChunk[] = []): void {
  mkdirSync(path.dirname(file), { recursive: true })
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64', '-frames:v', '1', file])
  const png = readFileSync(file)
  const ihdrEnd = 8 + 8 + png.readUInt32BE(8) + 4
  writeFileSync(file, Buffer.concat([png.subarray(0, ihdrEnd), ...chunks.map(textChunk), png.subarray(ihdrEnd)]))
}

export function writeJpeg(file: string): void {
  mkdirSync(path.dirname(file), { recursive: true })
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64', '-frames:v', '1', file])
}

/** A 5-frame 64x64 MP4, with container tags written the way ComfyUI and VHS do. */
export function writeMp4(file: string, tags: Record<string, string> = {}): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const meta = Object.entries(tags).flatMap(([k, v]) => ['-metadata', `${k}=${v}`])
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=64x64:r=16', '-frames:v', '5',
    '-c:v', 'libx264', '-pix_fmt', 'yuv420p', ...meta, '-movflags', 'use_metadata_tags', file])
}

/** A safetensors file with only a header: its __metadata__ and no tensors. */
export function writeSafetensors(file: string, metadata: Record<string, string> = {}): void {
  mkdirSync(path.dirname(file), { recursive: true })
  const header = Buffer.from(JSON.stringify(Object.keys(metadata).length ? { __metadata__: metadata } : {}), 'utf8')
  const len = Buffer.alloc(8)
  len.writeBigUInt64LE(BigInt(header.length), 0)
  writeFileSync(file, Buffer.concat([len, header]))
}

/** A minimal ComfyUI API graph: a sampler whose positive/negative come from two text encoders. */
export function comfyGraph(positive: string, negative: string, seed = 7): Record<string, unknown> {
  return {
    '1': { class_type: 'UNETLoader', inputs: { unet_name: 'wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors', weight_dtype: 'default' } },
    '2': { class_type: 'CLIPTextEncode', inputs: { text: positive, clip: ['9', 0] } },
    '3': { class_type: 'CLIPTextEncode', inputs: { text: negative, clip: ['9', 0] } },
    '4': {
      class_type: 'KSampler',
      inputs: { model: ['1', 0], positive: ['2', 0], negative: ['3', 0], latent_image: ['5', 0], seed, steps: 4, cfg: 1, sampler_name: 'euler', scheduler: 'simple', denoise: 1 },
    },
  }
}
