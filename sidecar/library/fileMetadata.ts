// Text metadata carried by an output file: PNG text chunks, or a video's container tags read through
// ffmpeg (ComfyUI's `prompt`/`workflow`, VHS's `comment` JSON holding both), turned into a prompt.
import { open, stat } from 'node:fs/promises'
import { z } from 'zod'
import type { GalleryMeta } from '../contract'
import { readMetadataTags } from '../video'
import { mediaKind } from './mediaKind'
import { readPngText } from './pngText'
import { longVideoInfo, readLongVideoTag } from './longVideoTag'
import { extractPrompt } from './promptExtract'
import type { ExtractedPrompt } from './promptExtract'

const MAX_PNG_BYTES = 128 * 1024 * 1024
const CommentJson = z.record(z.string(), z.unknown())

async function readAll(file: string, max: number): Promise<Buffer> {
  const handle = await open(file, 'r')
  try {
    const { size } = await handle.stat()
    const buf = Buffer.alloc(Math.min(size, max))
    await handle.read(buf, 0, buf.length, 0)
    return buf
  } finally {
    await handle.close()
  }
}

/** VHS stores {"prompt": ..., "workflow": ...} as JSON in the `comment` tag: lift those keys out. */
export function liftCommentJson(tags: Record<string, string>): Record<string, string> {
  if (!tags.comment || tags.prompt) return tags
  let parsed: unknown
  try {
    parsed = JSON.parse(tags.comment)
  } catch {
    return tags
  }
  const obj = CommentJson.safeParse(parsed)
  if (!obj.success) return tags
  const out = { ...tags }
  for (const key of ['prompt', 'workflow']) {
    const v = obj.data[key]
    if (v !== undefined && out[key] === undefined) out[key] = typeof v === 'string' ? v : JSON.stringify(v)
  }
  return out
}

/** The text metadata of one file; {} when it has none or cannot be read. */
export async function readFileText(file: string, ffmpegPath: string | null): Promise<Record<string, string>> {
  const kind = mediaKind(file)
  try {
    if (kind === 'image' && /\.png$/i.test(file)) return readPngText(await readAll(file, MAX_PNG_BYTES))
    if (kind === 'video' && ffmpegPath) return liftCommentJson(await readMetadataTags(file, ffmpegPath))
  } catch {
    return {}
  }
  return {}
}

export function metadataAnswer(rel: string, text: Record<string, string>): GalleryMeta {
  let workflow: unknown = null
  if (text.workflow) {
    try {
      workflow = JSON.parse(text.workflow) as unknown
    } catch {
      workflow = null
    }
  }
  return { path: rel, keys: Object.keys(text).sort(), prompt: extractPrompt(text), workflow, long_video: longVideoInfo(readLongVideoTag(text)) }
}

/** Prompts per file, remembered by path+mtime+size: the history view reads many files repeatedly. */
export class PromptCache {
  private readonly entries = new Map<string, { stamp: string; prompt: ExtractedPrompt | null }>()

  constructor(private readonly ffmpegPath: string | null) {}

  async prompt(file: string): Promise<ExtractedPrompt | null> {
    const info = await stat(file).catch(() => null)
    if (!info) return null
    const stamp = `${info.mtimeMs}:${info.size}`
    const hit = this.entries.get(file)
    if (hit?.stamp === stamp) return hit.prompt
    const prompt = extractPrompt(await readFileText(file, this.ffmpegPath))
    this.entries.set(file, { stamp, prompt })
    return prompt
  }
}
