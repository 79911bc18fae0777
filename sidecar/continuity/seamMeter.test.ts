import { describe, expect, it } from 'vitest'
import { generatedPicture, shiftColors, wrapShift } from '../sim/rasterOps'
import type { Raster } from '../sim/rasterOps'
import { frameStep, seamJump, seamJumpPausing } from './seamMeter'
import type { GrayFrames } from './seamMeter'

const W = 128
const H = 72
const picture = generatedPicture(21, W, H)

function gray(r: Raster): Float32Array {
  const out = new Float32Array(r.width * r.height)
  for (let i = 0; i < out.length; i++) out[i] = ((r.data[3 * i] as number) + (r.data[3 * i + 1] as number) + (r.data[3 * i + 2] as number)) / 3
  return out
}

/** `count` frames of a pan at (vx, vy) per frame, starting `from` frames in. */
function pan(start: Raster, vx: number, vy: number, from: number, count: number): Raster[] {
  return Array.from({ length: count }, (_, i) => wrapShift(start, vx * (from + i), vy * (from + i)))
}

const frames = (rs: Raster[]): GrayFrames => ({ width: W, height: H, frames: rs.map(gray) })

describe('the seam meter', () => {
  it('finds the shift between two frames to a fraction of a pixel', () => {
    const step = frameStep(gray(picture), gray(wrapShift(picture, 3, -2)), W, H, 8)
    expect(step.dx).toBeCloseTo(3, 1)
    expect(step.dy).toBeCloseTo(-2, 1)
    expect(step.residual).toBeLessThan(0.5)
  })

  it('reads ~0 where the pan goes on across the join and a large jump where it restarts', () => {
    const before = pan(picture, 2, 1, 0, 9)
    const last = before.at(-1) as Raster
    const goesOn = seamJump(frames(before), frames(pan(last, 2, 1, 1, 9)))
    expect(goesOn.value).toBeLessThan(1)
    const restarts = seamJump(frames(before), frames(pan(last, -1, 2, 1, 9)))
    expect(restarts.motion).toBeGreaterThan(10)
    expect(restarts.value).toBe(restarts.motion)
  })

  it('gives the same reading when it pauses between frame pairs, pausing once a pair', async () => {
    const before = pan(picture, 2, 1, 0, 5)
    const after = pan(before.at(-1) as Raster, -1, 2, 1, 4)
    let pauses = 0
    const paused = await seamJumpPausing(frames(before), frames(after), async () => {
      pauses++
    })
    expect(paused).toEqual(seamJump(frames(before), frames(after)))
    expect(pauses).toBe(8)
  })

  it('reads a colour jump at the join as an appearance jump', () => {
    const before = pan(picture, 2, 0, 0, 9)
    const jumped = pan(shiftColors(before.at(-1) as Raster, 25, 25, 25), 2, 0, 1, 9)
    const r = seamJump(frames(before), frames(jumped))
    expect(r.appearance).toBeGreaterThan(5)
    expect(r.motion).toBeLessThan(1)
  })

  it('needs three frames on each side', () => {
    expect(() => seamJump(frames(pan(picture, 1, 0, 0, 2)), frames(pan(picture, 1, 0, 2, 5)))).toThrow(/3 frames/)
  })
})
