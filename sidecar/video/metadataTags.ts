// The container-level metadata tags of a media file (e.g. the `prompt` and `workflow` JSON ComfyUI
// writes into MP4s), read with ffmpeg's ffmetadata muxer; never ffprobe.
import { mkdtemp, readFile, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { parseChapters } from './chapters'
import type { ReadChapter } from './chapters'
import { runFfmpeg } from './runFfmpeg'

/** Parses an FFMETADATA1 text: global `key=value` lines until the first [SECTION]; `\` escapes. */
export function parseFfmetadata(text: string): Record<string, string> {
  const out: Record<string, string> = {}
  const lines = text.split('\n')
  let i = 0
  if (lines[0]?.startsWith(';FFMETADATA')) i = 1
  for (; i < lines.length; i++) {
    let line = lines[i] ?? ''
    if (line.startsWith('[')) break
    if (line.startsWith(';') || line.startsWith('#') || line === '') continue
    // A value ending in an unescaped backslash continues on the next line (an escaped newline).
    while (endsWithEscape(line) && i + 1 < lines.length) line = `${line.slice(0, -1)}\n${lines[++i] ?? ''}`
    const { key, value } = splitEntry(line)
    if (key) out[key] = value
  }
  return out
}

function endsWithEscape(line: string): boolean {
  let n = 0
  for (let j = line.length - 1; j >= 0 && line[j] === '\\'; j--) n++
  return n % 2 === 1
}

function splitEntry(line: string): { key: string; value: string } {
  let key = ''
  let value = ''
  let inValue = false
  for (let j = 0; j < line.length; j++) {
    let ch = line[j] ?? ''
    if (ch === '\\' && j + 1 < line.length) ch = line[++j] ?? ''
    else if (ch === '=' && !inValue) {
      inValue = true
      continue
    }
    if (inValue) value += ch
    else key += ch
  }
  return { key, value }
}

async function readFfmetadata(file: string, ffmpegPath: string): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'lv-meta-'))
  try {
    const out = path.join(dir, 'tags.txt')
    await runFfmpeg(ffmpegPath, { inputs: [{ path: file }], output: out, outputOptions: ['-f', 'ffmetadata'] })
    return await readFile(out, 'utf8')
  } finally {
    await rm(dir, { recursive: true, force: true })
  }
}

/** The global metadata tags of `file` (empty when it has none). */
export async function readMetadataTags(file: string, ffmpegPath: string): Promise<Record<string, string>> {
  return parseFfmetadata(await readFfmetadata(file, ffmpegPath))
}

/** The chapters of `file`, in seconds (empty when it has none). */
export async function readChapters(file: string, ffmpegPath: string): Promise<ReadChapter[]> {
  return parseChapters(await readFfmetadata(file, ffmpegPath))
}
