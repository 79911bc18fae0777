// A start image sent by the panel: checked by its bytes (and by ffmpeg decoding it when ffmpeg is
// here), renamed to a plain file name, and uploaded to ComfyUI's input folder.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import type { ComfyClient } from '../comfy/comfyClient'
import { DomainError } from '../contract'
import { fetchImageUrl } from './imageByUrl'
import type { UrlFetchOptions } from './imageByUrl'
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
  return storeImage(ctx, new Uint8Array(await file.arrayBuffer()), file.name, 'image')
}

/** Fetches a start image by URL (see imageByUrl.ts for what is refused) and stores it like an upload. */
export async function uploadImageFromUrl(ctx: UploadContext & { urlFetch: UrlFetchOptions }, url: string) {
  const fetched = await fetchImageUrl(url, ctx.urlFetch)
  return storeImage(ctx, fetched.bytes, fetched.name, 'url')
}

/** Checks bytes that claim to be an image and stores them in ComfyUI's input folder; `field` names what the user gave. */
export async function storeImage(ctx: UploadContext, bytes: Uint8Array, name: string, field: string) {
  const kind = sniffImage(bytes.subarray(0, 16))
  if (kind !== 'png' && kind !== 'jpeg' && kind !== 'webp') {
    throw new DomainError('unsupported_media_type', `${field}: not a PNG, JPEG or WEBP image (checked by its bytes)`, field)
  }
  const fileName = safeName(name, kind)
  if (ctx.ffmpegPath) {
    const dir = mkdtempSync(path.join(tmpdir(), 'lv-upload-'))
    try {
      const temp = path.join(dir, fileName)
      writeFileSync(temp, bytes)
      if (!(await ctx.ffmpegReadsImage(temp))) {
        throw new DomainError('bad_request', `${field}: the ${kind.toUpperCase()} file is damaged (ffmpeg cannot decode it)`, field)
      }
    } finally {
      rmSync(dir, { recursive: true, force: true })
    }
  }
  return ctx.comfy.upload(bytes, fileName, MIME[kind])
}

/** A plain file name for ComfyUI's input folder, with the extension matching the bytes. */
function safeName(name: string, kind: 'png' | 'jpeg' | 'webp'): string {
  const base = path.basename(name.replace(/\\/g, '/')).replace(/\.[^.]*$/, '').replace(/[^A-Za-z0-9_. -]/g, '_').slice(0, 100) || 'image'
  return `${base}.${kind === 'jpeg' ? 'jpg' : kind}`
}
