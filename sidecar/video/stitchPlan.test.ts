import { describe, expect, it } from 'vitest'
import type { VideoInfo } from './probeVideo'
import { planStitch } from './stitchPlan'

const segment = (over: Partial<VideoInfo> = {}): VideoInfo => ({
  codec: 'h264',
  profile: 'High',
  width: 832,
  height: 480,
  pixFmt: 'yuv420p',
  fps: 16,
  timeBase: 16384,
  durationSec: 5.06,
  frames: 81,
  tags: {},
  ...over,
})

describe('planStitch', () => {
  it('stream-copies segments that share every codec parameter', () => {
    expect(planStitch([segment(), segment({ frames: 80, tags: { title: 'x' } }), segment({ frames: 80 })])).toEqual({ mode: 'copy' })
  })

  it.each([
    [{ width: 640 }, 'size (640x480 vs 832x480 in a.mp4)'],
    [{ codec: 'hevc' }, 'codec (hevc vs h264 in a.mp4)'],
    [{ profile: 'Main' }, 'profile (Main vs High in a.mp4)'],
    [{ pixFmt: 'yuv444p' }, 'pixel format'],
    [{ fps: 24 }, 'frame rate (24 fps vs 16 fps in a.mp4)'],
    [{ timeBase: 90000 }, 'time base'],
  ])('re-encodes when a segment differs: %o', (over, reason) => {
    const plan = planStitch([segment({ file: '/x/a.mp4' }), segment({ file: '/x/b.mp4', ...over })])
    expect(plan.mode).toBe('reencode')
    expect(plan.reason).toContain(`b.mp4 differs in ${reason}`)
  })

  it('re-encodes when the encoder parameter sets differ, and ignores them when not read', () => {
    const plan = planStitch([segment({ parameterSets: 'aaaaaaaaaa' }), segment({ parameterSets: 'bbbbbbbbbb' })])
    expect(plan).toEqual({ mode: 'reencode', reason: 'input 2 differs in encoder parameter sets (bbbbbbbb vs aaaaaaaa in input 1)' })
    expect(planStitch([segment({ parameterSets: 'a' }), segment({ parameterSets: 'a' })]).mode).toBe('copy')
    expect(planStitch([segment({ parameterSets: 'a' }), segment()]).mode).toBe('copy')
  })

  it('refuses an empty list', () => {
    expect(() => planStitch([])).toThrow('nothing to stitch')
  })
})
