// The simulator's symbolic IMAGE: each frame is a recipe (plain data) rendered to pixels only when saved.
// A recipe renders to the same pixels wherever it ends up, so a frame picked out of a batch is exactly that frame.
import { drawNumber, generatedPicture, resizeRaster, shiftColors, solidRaster, wrapShift, type Raster, type Velocity } from './rasterOps'

export type FrameRecipe =
  /** Frame `frame` (0 when absent) of a picture file; an animated PNG has several. */
  | { op: 'file'; path: string; stamp: string; frame?: number; width: number; height: number }
  /** A picture drawn from the seed; `label` writes the seed's digits on it (a still made from text). */
  | { op: 'generated'; seed: number; width: number; height: number; label?: boolean }
  | { op: 'solid'; gray: number; width: number; height: number }
  | { op: 'fit'; of: FrameRecipe; width: number; height: number; crop: boolean }
  /** `of` panned by whole pixels, wrapping around. */
  | { op: 'pan'; of: FrameRecipe; dx: number; dy: number; width: number; height: number }
  | { op: 'shift'; of: FrameRecipe; r: number; g: number; b: number; width: number; height: number }

export interface ImageBatch {
  width: number
  height: number
  frames: FrameRecipe[]
}

export function fitFrame(of: FrameRecipe, width: number, height: number, crop: boolean): FrameRecipe {
  if (of.width === width && of.height === height) return of
  return { op: 'fit', of, width, height, crop }
}

export interface ColorDrift {
  r: number
  g: number
  b: number
}

/**
 * The colour drift of a clip when nothing else is asked: a slight warm cast (8-bit RGB units from the
 * first frame to the last). Chained from last frames it adds up, about 0.6 delta E of mean colour per
 * segment on the demo's picture (1.6 after 3 segments, 2.9 after 5: the default warning threshold of 5
 * is reached by long chains only); a colour guard that resets each start to the anchor keeps it under 1.
 */
export const NATURAL_COLOR_DRIFT: ColorDrift = { r: 3, g: 1, b: -2.5 }

/** The drift fault: a strong cast every clip picks up (about 7 delta E in the first clip), past the threshold at once. */
export const STRONG_COLOR_DRIFT: ColorDrift = { r: 30, g: 6, b: -24 }

/**
 * The frames of a generated clip: frame 0 is `start` itself, then a camera pan at a constant
 * velocity (frame i is `start` moved by i times the velocity). With `drift` the colours shift
 * progressively, reaching the full offset on the last frame.
 */
export function clipFrames(start: FrameRecipe, count: number, velocity: Velocity, drift?: ColorDrift): FrameRecipe[] {
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return start
    const t = i / Math.max(1, count - 1)
    const moved: FrameRecipe = { op: 'pan', of: start, dx: Math.round(velocity.vx * i), dy: Math.round(velocity.vy * i), width: start.width, height: start.height }
    if (!drift) return moved
    return { op: 'shift' as const, of: moved, r: drift.r * t, g: drift.g * t, b: drift.b * t, width: start.width, height: start.height }
  })
}

/** Every frame of a picture file (one for a still, all of an animated PNG). */
export type DecodeFile = (path: string) => Promise<Raster[]>

/** Renders recipes to pixels, remembering recent results (clips share their start frame). */
export class FrameRenderer {
  private memo = new Map<string, Promise<Raster>>()
  /** Decoded files by path and stamp: one ffmpeg run serves every frame of an animated file. */
  private files = new Map<string, Promise<Raster[]>>()

  constructor(private readonly decodeFile: DecodeFile, private readonly memoSize = 64) {}

  /** Seeds the memo with pixels already known for a recipe (e.g. a file just decoded). */
  remember(recipe: FrameRecipe, raster: Raster): void {
    this.store(JSON.stringify(recipe), Promise.resolve(raster))
  }

  /** Every frame of a file, decoded once per file version. */
  frames(path: string, stamp: string): Promise<Raster[]> {
    const key = `${stamp}:${path}`
    const hit = this.files.get(key)
    if (hit) return hit
    const made = this.decodeFile(path)
    made.catch(() => this.files.delete(key))
    this.files.set(key, made)
    if (this.files.size > 16) {
      const oldest = this.files.keys().next().value
      if (oldest !== undefined) this.files.delete(oldest)
    }
    return made
  }

  render(recipe: FrameRecipe): Promise<Raster> {
    const key = JSON.stringify(recipe)
    const hit = this.memo.get(key)
    if (hit) {
      this.memo.delete(key)
      this.memo.set(key, hit)
      return hit
    }
    const made = this.compute(recipe)
    made.catch(() => this.memo.delete(key))
    this.store(key, made)
    return made
  }

  private store(key: string, value: Promise<Raster>): void {
    this.memo.set(key, value)
    if (this.memo.size > this.memoSize) {
      const oldest = this.memo.keys().next().value
      if (oldest !== undefined) this.memo.delete(oldest)
    }
  }

  private async compute(recipe: FrameRecipe): Promise<Raster> {
    switch (recipe.op) {
      case 'file': {
        const frames = await this.frames(recipe.path, recipe.stamp)
        const frame = frames[recipe.frame ?? 0]
        if (!frame) throw new Error(`${recipe.path} has no frame ${recipe.frame ?? 0}`)
        return frame
      }
      case 'generated': {
        const picture = generatedPicture(recipe.seed, recipe.width, recipe.height)
        return recipe.label ? drawNumber(picture, recipe.seed) : picture
      }
      case 'solid':
        return solidRaster(recipe.width, recipe.height, recipe.gray)
      case 'fit':
        return resizeRaster(await this.render(recipe.of), recipe.width, recipe.height, recipe.crop)
      case 'pan':
        return wrapShift(await this.render(recipe.of), recipe.dx, recipe.dy)
      case 'shift':
        return shiftColors(await this.render(recipe.of), recipe.r, recipe.g, recipe.b)
    }
  }
}
