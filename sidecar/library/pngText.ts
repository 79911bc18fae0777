// Reads the text chunks (tEXt, zTXt, iTXt) of a PNG: where ComfyUI stores `prompt` and `workflow`,
// and A1111-style tools store `parameters`. Never writes.
import { inflateSync } from 'node:zlib'

const SIGNATURE = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
/** Text chunks come before the image data; stop reading there, and never trust a huge length. */
const MAX_CHUNK = 64 * 1024 * 1024

export class PngFormatError extends Error {}

export function isPng(bytes: Uint8Array): boolean {
  return bytes.length >= 8 && Buffer.from(bytes.subarray(0, 8)).equals(SIGNATURE)
}

export function readPngText(bytes: Uint8Array): Record<string, string> {
  const buf = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)
  if (!isPng(buf)) throw new PngFormatError('not a PNG file')
  const out: Record<string, string> = {}
  let pos = 8
  while (pos + 8 <= buf.length) {
    const length = buf.readUInt32BE(pos)
    const type = buf.toString('latin1', pos + 4, pos + 8)
    const start = pos + 8
    const end = start + length
    if (length > MAX_CHUNK || end + 4 > buf.length) break
    const data = buf.subarray(start, end)
    if (type === 'tEXt') readTEXt(data, out)
    else if (type === 'zTXt') readZTXt(data, out)
    else if (type === 'iTXt') readITXt(data, out)
    else if (type === 'IEND') break
    pos = end + 4 // skip CRC
  }
  return out
}

/**
 * tEXt is Latin-1 by the PNG spec, but some tools write UTF-8 there; bytes that are valid UTF-8 with
 * multi-byte characters are read as UTF-8 (Latin-1 text almost never forms valid UTF-8 sequences).
 */
function latin1OrUtf8(bytes: Buffer): string {
  if (!bytes.some((b) => b >= 0x80)) return bytes.toString('latin1')
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes)
  } catch {
    return bytes.toString('latin1')
  }
}

function readTEXt(data: Buffer, out: Record<string, string>): void {
  const nul = data.indexOf(0)
  if (nul <= 0) return
  out[data.toString('latin1', 0, nul)] = latin1OrUtf8(data.subarray(nul + 1))
}

function readZTXt(data: Buffer, out: Record<string, string>): void {
  const nul = data.indexOf(0)
  if (nul <= 0 || data[nul + 1] !== 0) return
  const text = safeInflate(data.subarray(nul + 2))
  if (text !== null) out[data.toString('latin1', 0, nul)] = latin1OrUtf8(text)
}

function readITXt(data: Buffer, out: Record<string, string>): void {
  const nul = data.indexOf(0)
  if (nul <= 0) return
  const keyword = data.toString('latin1', 0, nul)
  const compressed = data[nul + 1] === 1
  // Skip the language tag and the translated keyword, each NUL-terminated.
  const langEnd = data.indexOf(0, nul + 3)
  if (langEnd < 0) return
  const transEnd = data.indexOf(0, langEnd + 1)
  if (transEnd < 0) return
  const body = data.subarray(transEnd + 1)
  const text = compressed ? safeInflate(body) : body
  if (text !== null) out[keyword] = text.toString('utf8')
}

function safeInflate(data: Buffer): Buffer | null {
  try {
    return inflateSync(data, { maxOutputLength: MAX_CHUNK })
  } catch {
    return null
  }
}
