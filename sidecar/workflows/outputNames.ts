// File names of a job's outputs in ComfyUI's output folder. Segment numbers are 1-based, as users
// count them: segment idx 0 is "{JobName}_seg1". ComfyUI appends "_00001_" to a prefix itself.

export const DEFAULT_OUTPUT_SUBFOLDER = 'longvideo'
const MAX_JOB_NAME = 60

/** A job name safe for file names: [A-Za-z0-9_-], spaces become "_", accents dropped, never empty. */
export function sanitizeJobName(name: string): string {
  const cleaned = name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/\s+/g, '_')
    .replace(/[^A-Za-z0-9_-]/g, '')
    .replace(/_+/g, '_')
    .replace(/^[_-]+|[_-]+$/g, '')
    .slice(0, MAX_JOB_NAME)
    .replace(/[_-]+$/, '')
  return cleaned || 'job'
}

/** SaveVideo prefix of segment idx (0-based index, 1-based in the name). */
export function segmentPrefix(jobName: string, idx: number, subfolder = DEFAULT_OUTPUT_SUBFOLDER): string {
  return `${subfolder}/${sanitizeJobName(jobName)}_seg${idx + 1}`
}

/** SaveImage prefix of segment idx's last frame. */
export function lastFramePrefix(jobName: string, idx: number, subfolder = DEFAULT_OUTPUT_SUBFOLDER): string {
  return `${segmentPrefix(jobName, idx, subfolder)}_last`
}

/**
 * File name of the stitched video, "{JobName}_00001.mp4", taking the first counter not already in
 * `existing` (the names in the output subfolder), so a re-finalize never overwrites an earlier take.
 */
export function finalVideoName(jobName: string, existing: Iterable<string>): string {
  const base = sanitizeJobName(jobName)
  const taken = new Set(existing)
  for (let n = 1; ; n++) {
    const name = `${base}_${String(n).padStart(5, '0')}.mp4`
    if (!taken.has(name)) return name
  }
}
