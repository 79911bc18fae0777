// The simulator's symbolic IMAGE: each frame is a recipe (plain data) rendered to pixels only when saved.
// A recipe renders to the same pixels wherever it ends up, so a frame picked out of a batch is exactly that frame.
import { generatedPicture, panZoom, resizeRaster, shiftColors, solidRaster, type Raster } from './rasterOps'

export type FrameRecipe =
  | { op: 'file'; path: string; stamp: string; width: number; height: number }
  | { op: 'generated'; seed: number; width: number; height: number }
  | { op: 'solid'; gray: number; width: number; height: number }
  | { op: 'fit'; of: FrameRecipe; width: number; height: number; crop: boolean }
  | { op: 'motion'; of: FrameRecipe; t: number; seed: number; width: number; height: number }
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
 * The frames of a generated clip: frame 0 is `start` itself, then a slow pan/zoom away from it.
 * With `drift` the colours shift progressively, reaching the full offset on the last frame.
 */
export function clipFrames(start: FrameRecipe, count: number, seed: number, drift?: ColorDrift): FrameRecipe[] {
  return Array.from({ length: count }, (_, i) => {
    if (i === 0) return start
    const t = i / Math.max(1, count - 1)
    const moved: FrameRecipe = { op: 'motion' as const, of: start, t, seed, width: start.width, height: start.height }
    if (!drift) return moved
    return { op: 'shift' as const, of: moved, r: drift.r * t, g: drift.g * t, b: drift.b * t, width: start.width, height: start.height }
  })
}

export type DecodeFile = (path: string) => Promise<Raster>

/** Renders recipes to pixels, remembering recent results (clips share their start frame). */
export class FrameRenderer {
  private memo = new Map<string, Promise<Raster>>()

  constructor(private readonly decodeFile: DecodeFile, private readonly memoSize = 64) {}

  /** Seeds the memo with pixels already known for a recipe (e.g. a file just decoded). */
  remember(recipe: FrameRecipe, raster: Raster): void {
    this.store(JSON.stringify(recipe), Promise.resolve(raster))
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
      case 'file':
        return this.decodeFile(recipe.path)
      case 'generated':
        return generatedPicture(recipe.seed, recipe.width, recipe.height)
      case 'solid':
        return solidRaster(recipe.width, recipe.height, recipe.gray)
      case 'fit':
        return resizeRaster(await this.render(recipe.of), recipe.width, recipe.height, recipe.crop)
      case 'motion':
        return panZoom(await this.render(recipe.of), recipe.t, recipe.seed)
      case 'shift':
        return shiftColors(await this.render(recipe.of), recipe.r, recipe.g, recipe.b)
    }
  }
}
