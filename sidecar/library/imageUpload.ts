// A start image sent by the panel: checked by its bytes (and by ffmpeg decoding it when ffmpeg is
// here), renamed to a plain file name, and uploaded to ComfyUI's input folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ComfyClient } from '../comfy/comfyClient'
import { DomainError } from '../contract'
import { sniffImage } from './imageKind'

const MIME = { png: 'image/png', jpeg: 'image/jpeg', webp: 'image/webp' } as const

export interface UploadContext {
  comfy: ComfyClient
  ffmpegPath: string | null
  maxUploadBytes: number
  /** True when ffmpeg decodes the file as an image (the last check on an upload). */
  ffmpegReadsImage(file: string): Promise<boolean>
}

export function tooLarge(ctx: Pick<UploadContext, 'maxUploadBytes'>): DomainError {
  return new DomainError('payload_too_large', `image: larger than ${Math.round(ctx.maxUploadBytes / 1e6)} MB`, 'image')
}

export async function uploadImage(ctx: UploadContext, file: File) {
  if (file.size > ctx.maxUploadBytes) throw tooLarge(ctx)
  const bytes = new Uint8Array(await file.arrayBuffer())
  const kind = sniffImage(bytes.subarray(0, 16))
  if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') {
    throw new DomainError('unsupported_media_type', 'image: not a PNG, JPEG or WEBP file (checked by its bytes)', 'image')
  }
  const name = safeName(file.name, kind)
  if (ctx.ffmpegPath) {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-upload-'))
    try {
      const temp = path.join(dir, name)
      writeFileSync(temp, bytes)
      if (!(await ctx.ffmpegReadsImage(temp))) {
        throw new DomainError('bad_request', `image: the ${kind.toUpperCase()} file is damaged (ffmpeg cannot decode it)`, 'image')
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return ctx.comfy.upload(bytes, name, MIME[kind])
}

/** A plain file name for ComfyUI's input folder, with the extension matching the bytes. */
function safeName(name: string, kind: 'png' | 'jpeg' | 'webp'): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_. -]/g, '_').slice(0, 100) || 'image'
  return `${base}.${kind === 'jpeg' ? 'jpg' : kind}`
}
