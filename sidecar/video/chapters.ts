// Chapters of a final video as an FFMETADATA1 file (one [CHAPTER] per segment, times in frames with
// TIMEBASE=1/fps), and reading them back from a file's ffmetadata dump.
export interface Chapter {
  title: string
  /** Output frame range [start, end). */
  start: number
  end: number
}

/**
 * ffmetadata escaping: '=', ';', '#', '\' and line breaks (newline and carriage return) get a
 * backslash; ffmpeg's reader keeps the character after a backslash as it is.
 */
export function escapeMetadata(text: string): string {
  return text.replace(/[=;#\\\n\r]/g, (c) => `\\${c}`)
}

/** Chapter titles are a segment's prompt: players show one line, so they are cut to this many characters. */
export const MAX_CHAPTER_TITLE = 200

/** A title cut to `max` characters (whole code points), with an ellipsis when it was longer. */
export function boundedTitle(title: string, max = MAX_CHAPTER_TITLE): string {
  const chars = Array.from(title)
  return chars.length <= max ? chars.join('') : `${chars.slice(0, max - 1).join('').trimEnd()}…`
}

/**
 * An FFMETADATA1 file: the global tags (keys of letters, digits and _), then one [CHAPTER] per
 * segment in frames at 1/fps. Text goes to ffmpeg in this file, never as process arguments.
 */
export function ffmetadataFile(tags: Record<string, string>, chapters: Chapter[], fps: number): string {
  const lines = [';FFMETADATA1']
  for (const [key, value] of Object.entries(tags)) {
    if (!/^[A-Za-z0-9_]+$/.test(key)) throw new Error(`metadata key "${key}" must be letters, digits or _`)
    lines.push(`${key}=${escapeMetadata(value)}`)
  }
  if (chapters.length > 0 && (!Number.isInteger(fps) || fps <= 0)) throw new Error(`chapters need a whole frame rate, got ${fps}`)
  for (const c of chapters) {
    lines.push('[CHAPTER]', `TIMEBASE=1/${fps}`, `START=${c.start}`, `END=${c.end}`, `title=${escapeMetadata(boundedTitle(c.title))}`)
  }
  return `${lines.join('\n')}\n`
}

export function chapterMetadata(chapters: Chapter[], fps: number): string {
  if (!Number.isInteger(fps) || fps <= 0) throw new Error(`chapters need a whole frame rate, got ${fps}`)
  return ffmetadataFile({}, chapters, fps)
}

export interface ReadChapter {
  title: string
  /** Seconds. */
  start: number
  end: number
}

/** The [CHAPTER] sections of an FFMETADATA1 text, in seconds. */
export function parseChapters(text: string): ReadChapter[] {
  const out: ReadChapter[] = []
  for (const section of text.split(/^\[CHAPTER\]$/m).slice(1)) {
    const fields: Record<string, string> = {}
    const lines = section.split('\n')
    for (let i = 0; i < lines.length; i++) {
      let line = lines[i] ?? ''
      if (line.startsWith('[')) break
      while (/(^|[^\\])(\\\\)*\\$/.test(line) && i + 1 < lines.length) line = `${line.slice(0, -1)}\n${lines[++i] ?? ''}`
      const eq = line.search(/(?<!\\)=/)
      if (eq > 0) fields[line.slice(0, eq)] = line.slice(eq + 1).replace(/\\(.)/gs, '$1')
    }
    const [num, den] = (fields.TIMEBASE ?? '1/1000').split('/').map(Number)
    const tb = (num ?? 1) / (den ?? 1000)
    out.push({ title: fields.title ?? '', start: Number(fields.START ?? 0) * tb, end: Number(fields.END ?? 0) * tb })
  }
  return out
}
