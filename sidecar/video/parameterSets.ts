// A fingerprint of a stream's codec setup (H.264/HEVC SPS and PPS in the extradata). Two files can
// agree on codec, profile and size and still differ here (e.g. another crf changes the PPS); a
// stream copy would then decode the later segment with the wrong parameters.
import { createHash } from 'node:crypto'

/** sha1 of the Extradata section that trace_headers printed, or null when there is none. */
export function parameterSetsFingerprint(stderr: string): string | null {
  const lines = stderr
    .split(/\r\n|\r|\n/)
    .filter((l) => l.startsWith('[trace_headers @'))
    .map((l) => l.replace(/^\[trace_headers @ [^\]]*\] /, ''))
  const start = lines.indexOf('Extradata')
  if (start < 0) return null
  const end = lines.findIndex((l, i) => i > start && l.startsWith('Packet:'))
  const headers = lines.slice(start, end < 0 ? undefined : end)
  return createHash('sha1').update(headers.join('\n')).digest('hex')
}
