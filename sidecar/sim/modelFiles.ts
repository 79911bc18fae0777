// Files on the simulated ComfyUI's disk: folder listings and safetensors headers (for /models and /view_metadata).
import { closeSync, openSync, readdirSync, readSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'

/** File names under `dir` ('sub/name' below it when recursive); none when it does not exist. */
export function listFiles(dir: string, recursive: boolean, prefix = ''): string[] {
  let entries: import('node:fs').Dirent[]
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return []
  }
  const out: string[] = []
  for (const e of entries) {
    if (e.isFile()) out.push(prefix + e.name)
    else if (recursive && e.isDirectory()) out.push(...listFiles(path.join(dir, e.name), true, `${prefix}${e.name}/`))
  }
  return out
}

/** The `__metadata__` of a safetensors header, if the file has one. */
export function safetensorsMetadata(file: string): Record<string, unknown> | undefined {
  let fd: number | undefined
  try {
    fd = openSync(file, 'r')
    const lenBuf = Buffer.alloc(8)
    if (readSync(fd, lenBuf, 0, 8, 0) !== 8) return undefined
    const len = Number(lenBuf.readBigUInt64LE())
    if (len <= 0 || len > 1024 * 1024) return undefined
    const header = Buffer.alloc(len)
    readSync(fd, header, 0, len, 8)
    const parsed = z.object({ __metadata__: z.record(z.string(), z.unknown()).optional() }).loose().parse(JSON.parse(header.toString('utf8')))
    return parsed.__metadata__
  } catch {
    return undefined
  } finally {
    if (fd !== undefined) closeSync(fd)
  }
}
