// The seam meter: how much the motion and the picture jump at a join compared with inside the two
// segments, from small grey copies of the frames around it. Pure maths over pixel arrays.
//
// For each pair of consecutive frames the dominant motion is the whole-picture shift that best maps
// one onto the next (sum of absolute differences over the inner picture, sub-pixel by a parabola
// through the best shift and its neighbours). A pan that goes on has the same shift from frame to
// frame, so the change of shift ("acceleration") is ~0 inside a segment; a join where the motion
// restarts changes it at once. What the shift cannot explain (the residual difference after moving
// the frame) measures the picture itself: a colour or content jump. Each is divided by the median of
// the same measure inside the neighbouring segments (with a floor, so a perfectly still or perfectly
// steady clip does not turn noise into a huge ratio), and the meter is the larger of the two.

export interface GrayFrames {
  width: number
  height: number
  /** One value per pixel, 0-255, row-major. */
  frames: Float32Array[]
}

export interface SeamReading {
  /** max(motion, appearance): ~1 or below is seamless. */
  value: number
  /** Change of the frame-to-frame shift across the join / median change inside the segments. */
  motion: number
  /** Residual difference across the join after the shift / median residual inside. */
  appearance: number
}

/** Below these the "inside" medians are treated as noise: pixels of shift change, grey levels of residual. */
const MOTION_FLOOR = 0.2
const RESIDUAL_FLOOR = 1

interface Step {
  dx: number
  dy: number
  residual: number
}

function sadAt(a: Float32Array, b: Float32Array, w: number, h: number, margin: number, dx: number, dy: number): number {
  let sum = 0
  let n = 0
  for (let y = margin; y < h - margin; y++) {
    const ay = y - dy
    for (let x = margin; x < w - margin; x++) {
      sum += Math.abs((b[y * w + x] as number) - (a[ay * w + (x - dx)] as number))
      n++
    }
  }
  return n > 0 ? sum / n : 0
}

/** The offset of a parabola's vertex through (-1, l), (0, c), (1, r); 0 when flat. */
function vertex(l: number, c: number, r: number): number {
  const d = l - 2 * c + r
  return d > 1e-9 ? Math.max(-0.5, Math.min(0.5, (l - r) / (2 * d))) : 0
}

function zeroMean(f: Float32Array): Float32Array {
  let sum = 0
  for (const v of f) sum += v
  const mean = sum / Math.max(1, f.length)
  return f.map((v) => v - mean)
}

/**
 * The shift from frame a to frame b (b ~ a moved by dx, dy), searched within `range` pixels on
 * zero-mean copies (a change of brightness is not taken for motion), and the residual difference
 * of the real frames at that shift.
 */
export function frameStep(a: Float32Array, b: Float32Array, width: number, height: number, range: number): Step {
  const margin = range + 1
  const za = zeroMean(a)
  const zb = zeroMean(b)
  let best = { dx: 0, dy: 0, sad: Infinity }
  for (let dy = -range; dy <= range; dy++) {
    for (let dx = -range; dx <= range; dx++) {
      const sad = sadAt(za, zb, width, height, margin, dx, dy)
      if (sad < best.sad) best = { dx, dy, sad }
    }
  }
  const at = (dx: number, dy: number) => sadAt(za, zb, width, height, margin, dx, dy)
  const fx = vertex(at(best.dx - 1, best.dy), best.sad, at(best.dx + 1, best.dy))
  const fy = vertex(at(best.dx, best.dy - 1), best.sad, at(best.dx, best.dy + 1))
  return { dx: best.dx + fx, dy: best.dy + fy, residual: sadAt(a, b, width, height, margin, best.dx, best.dy) }
}

function median(values: number[]): number {
  if (values.length === 0) return 0
  const sorted = [...values].sort((a, b) => a - b)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 === 1 ? (sorted[mid] as number) : ((sorted[mid - 1] as number) + (sorted[mid] as number)) / 2
}

interface JoinSequence {
  seq: Float32Array[]
  /** The step seq[join-1] -> seq[join] crosses the join. */
  join: number
  width: number
  height: number
  range: number
}

function joinSequence(before: GrayFrames, after: GrayFrames): JoinSequence {
  const { width, height } = before
  if (after.width !== width || after.height !== height) throw new Error('the frames on both sides of a join must have one size')
  if (before.frames.length < 3 || after.frames.length < 3) throw new Error('the seam meter needs 3 frames on each side of the join')
  // Fast pans move a few percent of the width per frame; the margin keeps the compared area inside.
  const range = Math.max(2, Math.ceil(Math.min(width, height) * 0.08))
  return { seq: [...before.frames, ...after.frames], join: before.frames.length, width, height, range }
}

function readingOf(steps: Step[], join: number): SeamReading {
  const stepAt = (t: number) => steps[t - 1] as Step // the step into frame t
  const accel = (t: number) => Math.hypot(stepAt(t).dx - stepAt(t - 1).dx, stepAt(t).dy - stepAt(t - 1).dy)
  const insideAccel: number[] = []
  const insideResidual: number[] = []
  for (let t = 1; t <= steps.length; t++) {
    const crosses = t === join
    if (!crosses) insideResidual.push(stepAt(t).residual)
    // An acceleration compares the steps into t-1 and t: inside only if neither crosses the join.
    if (t >= 2 && t !== join && t !== join + 1) insideAccel.push(accel(t))
  }
  const motionSeam = Math.max(accel(join), accel(join + 1))
  const motion = motionSeam / Math.max(MOTION_FLOOR, median(insideAccel))
  const appearance = stepAt(join).residual / Math.max(RESIDUAL_FLOOR, median(insideResidual))
  return { value: Math.max(motion, appearance), motion, appearance }
}

/**
 * The seam meter of a join: `before` are the last frames of the segment before it (its own video),
 * `after` the first frames of the segment after it (its own video, carried frames already left out).
 * Each needs at least 3 frames.
 */
export function seamJump(before: GrayFrames, after: GrayFrames): SeamReading {
  const j = joinSequence(before, after)
  const steps = j.seq.slice(1).map((f, i) => frameStep(j.seq[i] as Float32Array, f, j.width, j.height, j.range))
  return readingOf(steps, j.join)
}

/**
 * seamJump, calling `pause` between frame pairs: each pair is milliseconds of arithmetic, and a
 * server running it must still answer between them (the next segment's end may arrive meanwhile).
 */
export async function seamJumpPausing(before: GrayFrames, after: GrayFrames, pause: () => Promise<void>): Promise<SeamReading> {
  const j = joinSequence(before, after)
  const steps: Step[] = []
  for (let i = 1; i < j.seq.length; i++) {
    await pause()
    steps.push(frameStep(j.seq[i - 1] as Float32Array, j.seq[i] as Float32Array, j.width, j.height, j.range))
  }
  return readingOf(steps, j.join)
}
