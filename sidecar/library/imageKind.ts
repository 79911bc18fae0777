// Recognises image files by their first bytes, never by name alone.
import { open } from 'node:fs/promises'
export type ImageKind = 'png' | 'jpeg' | 'webp' | 'gif'

export const IMAGE_EXTENSIONS: Record<ImageKind, string[]> = {
  png: ['.png'],
  jpeg: ['.jpg', '.jpeg'],
  webp: ['.webp'],
  gif: ['.gif'],
}

export function sniffImage(head: Uint8Array): ImageKind | null {
  const b = head
  if (b.length >= 8 && b[0] === 0x89 && b[1] === 0x50 && b[2] === 0x4e && b[3] === 0x47) return 'png'
  if (b.length >= 3 && b[0] === 0xff && b[1] === 0xd8 && b[2] === 0xff) return 'jpeg'
  if (b.length >= 12 && ascii(b, 0, 4) === 'RIFF' && ascii(b, 8, 12) === 'WEBP') return 'webp'
  if (b.length >= 6 && (ascii(b, 0, 6) === 'GIF87a' || ascii(b, 0, 6) === 'GIF89a')) return 'gif'
  return null
}

export function hasImageExtension(name: string): boolean {
  const lower = name.toLowerCase()
  return Object.values(IMAGE_EXTENSIONS).some((exts) => exts.some((ext) => lower.endsWith(ext)))
}

function ascii(bytes: Uint8Array, start: number, end: number): string {
  return String.fromCharCode(...bytes.subarray(start, end))
}

/** The first bytes of a file, enough for sniffImage. */
export async function readHead(file: string, bytes = 16): Promise<Uint8Array> {
  const handle = await open(file, 'r')
  try {
    const buf = Buffer.alloc(bytes)
    const { bytesRead } = await handle.read(buf, 0, bytes, 0)
    return buf.subarray(0, bytesRead)
  } finally {
    await handle.close()
  }
}
