// Whether segments can be joined by stream copy: only when every codec parameter matches.
import { basename } from 'node:path'
import type { VideoInfo } from './probeVideo'

export interface StitchPlan {
  mode: 'copy' | 'reencode'
  reason?: string
}

const label = (info: VideoInfo, i: number) => (info.file ? basename(info.file) : `input ${i + 1}`)

const PARAMETERS: { name: string; of: (v: VideoInfo) => string }[] = [
  { name: 'codec', of: (v) => v.codec },
  { name: 'profile', of: (v) => v.profile ?? '-' },
  { name: 'size', of: (v) => `${v.width}x${v.height}` },
  { name: 'pixel format', of: (v) => v.pixFmt },
  { name: 'frame rate', of: (v) => `${v.fps ?? '?'} fps` },
  { name: 'time base', of: (v) => `1/${v.timeBase ?? '?'}` },
]

const short = (fingerprint: string | null | undefined) => (fingerprint ? fingerprint.slice(0, 8) : 'unknown')

export function planStitch(inputs: VideoInfo[]): StitchPlan {
  const [first, ...rest] = inputs
  if (!first) throw new Error('nothing to stitch')
  for (const [i, info] of rest.entries()) {
    for (const p of PARAMETERS) {
      if (p.of(info) !== p.of(first)) {
        return {
          mode: 'reencode',
          reason: `${label(info, i + 1)} differs in ${p.name} (${p.of(info)} vs ${p.of(first)} in ${label(first, 0)})`,
        }
      }
    }
    // Compared only when read for both: same codec and size can still hide another encoder setup.
    if (info.parameterSets !== undefined && first.parameterSets !== undefined && info.parameterSets !== first.parameterSets) {
      return {
        mode: 'reencode',
        reason: `${label(info, i + 1)} differs in encoder parameter sets (${short(info.parameterSets)} vs ${short(first.parameterSets)} in ${label(first, 0)})`,
      }
    }
  }
  return { mode: 'copy' }
}
