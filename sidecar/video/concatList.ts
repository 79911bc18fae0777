// The concat demuxer's list file. Paths are single-quoted; a quote inside is written as '\''.

export function concatList(files: string[]): string {
  const lines = files.map((file) => {
    if (/[\r\n]/.test(file)) throw new Error(`file name with a line break cannot be stitched: ${JSON.stringify(file)}`)
    return `file '${file.replace(/'/g, "'\\''")}'`
  })
  return `ffconcat version 1.0\n${lines.join('\n')}\n`
}
