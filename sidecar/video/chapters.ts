// Chapters of a final video as an FFMETADATA1 file (one [CHAPTER] per segment, times in frames with
// TIMEBASE=1/fps), and reading them back from a file's ffmetadata dump.
export interface Chapter {
  title: string
  /** Output frame range [start, end). */
  start: number
  end: number
}

/** ffmetadata escaping: '=', ';', '#', '\' and line breaks get a backslash. */
export function escapeMetadata(text: string): string {
  return text.replace(/[=;#\\\n]/g, (c) => `\\${c}`)
}

export function chapterMetadata(chapters: Chapter[], fps: number): string {
  if (!Number.isInteger(fps) || fps <= 0) throw new Error(`chapters need a whole frame rate, got ${fps}`)
  const sections = chapters.map((c) => `[CHAPTER]\nTIMEBASE=1/${fps}\nSTART=${c.start}\nEND=${c.end}\ntitle=${escapeMetadata(c.title)}\n`)
  return `;FFMETADATA1\n${sections.join('')}`
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
