// Pixel operations on RGB24 rasters: the "GPU" of the simulator (resize, pan/zoom, generated pictures).

export interface Raster {
  width: number
  height: number
  /** RGB24, row-major, width*height*3 bytes. */
  data: Uint8Array
}

function sampleBilinear(src: Raster, x: number, y: number, out: Uint8Array, o: number): void {
  const maxX = src.width - 1
  const maxY = src.height - 1
  const cx = Math.min(Math.max(x, 0), maxX)
  const cy = Math.min(Math.max(y, 0), maxY)
  const x0 = Math.floor(cx)
  const y0 = Math.floor(cy)
  const x1 = Math.min(x0 + 1, maxX)
  const y1 = Math.min(y0 + 1, maxY)
  const fx = cx - x0
  const fy = cy - y0
  const d = src.data
  const w = src.width
  for (let c = 0; c < 3; c++) {
    const a = d[(y0 * w + x0) * 3 + c] as number
    const b = d[(y0 * w + x1) * 3 + c] as number
    const e = d[(y1 * w + x0) * 3 + c] as number
    const f = d[(y1 * w + x1) * 3 + c] as number
    const top = a + (b - a) * fx
    const bottom = e + (f - e) * fx
    out[o + c] = Math.round(top + (bottom - top) * fy)
  }
}

/** Resizes to width x height; with `crop` the source is first center-cropped to the target aspect (ComfyUI's crop="center"). */
export function resizeRaster(src: Raster, width: number, height: number, crop: boolean): Raster {
  if (src.width === width && src.height === height) return src
  let sx = 0
  let sy = 0
  let sw = src.width
  let sh = src.height
  if (crop) {
    const targetAspect = width / height
    if (src.width / src.height > targetAspect) {
      sw = Math.round(src.height * targetAspect)
      sx = Math.floor((src.width - sw) / 2)
    } else {
      sh = Math.round(src.width / targetAspect)
      sy = Math.floor((src.height - sh) / 2)
    }
  }
  const data = new Uint8Array(width * height * 3)
  const scaleX = sw / width
  const scaleY = sh / height
  for (let y = 0; y < height; y++) {
    const srcY = sy + (y + 0.5) * scaleY - 0.5
    for (let x = 0; x < width; x++) {
      sampleBilinear(src, sx + (x + 0.5) * scaleX - 0.5, srcY, data, (y * width + x) * 3)
    }
  }
  return { width, height, data }
}

function mulberry32(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

/** A picture "generated" from a seed (text-to-video): a gradient sky with a few soft discs. */
export function generatedPicture(seed: number, width: number, height: number): Raster {
  const rand = mulberry32(Math.floor(seed % 4294967296) ^ 0x9e3779b9)
  const top = [rand() * 255, rand() * 255, rand() * 255]
  const bottom = [rand() * 255, rand() * 255, rand() * 255]
  const discs = Array.from({ length: 5 }, () => ({
    x: rand() * width,
    y: rand() * height,
    r: (0.1 + rand() * 0.25) * Math.min(width, height),
    color: [rand() * 255, rand() * 255, rand() * 255],
  }))
  const data = new Uint8Array(width * height * 3)
  for (let y = 0; y < height; y++) {
    const v = height > 1 ? y / (height - 1) : 0
    for (let x = 0; x < width; x++) {
      const o = (y * width + x) * 3
      const px = [0, 1, 2].map((c) => (top[c] as number) * (1 - v) + (bottom[c] as number) * v)
      for (const d of discs) {
        const dist = Math.hypot(x - d.x, y - d.y)
        const k = Math.max(0, 1 - dist / d.r)
        for (let c = 0; c < 3; c++) px[c] = (px[c] as number) * (1 - k) + (d.color[c] as number) * k
      }
      // A fine texture so that any motion changes pixels.
      const grain = ((x * 7 + y * 13) % 16) - 8
      for (let c = 0; c < 3; c++) data[o + c] = Math.max(0, Math.min(255, Math.round((px[c] as number) + grain)))
    }
  }
  return { width, height, data }
}

/** 3x5 pixel digits, one row per string, '1' = ink. */
const DIGITS = [
  '111101101101111', '010110010010111', '111001111100111', '111001111001111', '101101111001001',
  '111100111001111', '111100111101111', '111001001001001', '111101111101111', '111101111001111',
]

/**
 * Writes `n`'s digits in the top-left corner, black on a white box, scaled to the picture (a
 * simulated still shows the seed it was made from, so people and screenshots can tell them apart).
 */
export function drawNumber(src: Raster, n: number): Raster {
  const text = String(Math.floor(Math.abs(n)))
  const data = new Uint8Array(src.data)
  // As wide as the picture allows, at most a quarter of its height: readable in a thumbnail.
  const scale = Math.max(1, Math.floor(Math.min(src.width / (text.length * 4 + 2), src.height / 28)))
  const boxW = Math.min(src.width, (text.length * 4 + 1) * scale)
  const boxH = Math.min(src.height, 7 * scale)
  const set = (x: number, y: number, v: number) => {
    if (x < 0 || y < 0 || x >= src.width || y >= src.height) return
    const o = (y * src.width + x) * 3
    data[o] = v
    data[o + 1] = v
    data[o + 2] = v
  }
  for (let y = 0; y < boxH; y++) for (let x = 0; x < boxW; x++) set(x, y, 255)
  ;[...text].forEach((ch, i) => {
    const glyph = DIGITS[Number(ch)] ?? ''
    for (let gy = 0; gy < 5; gy++) {
      for (let gx = 0; gx < 3; gx++) {
        if (glyph[gy * 3 + gx] !== '1') continue
        for (let dy = 0; dy < scale; dy++) for (let dx = 0; dx < scale; dx++) set((1 + i * 4 + gx) * scale + dx, (1 + gy) * scale + dy, 0)
      }
    }
  })
  return { width: src.width, height: src.height, data }
}

/** Adds an RGB offset to every pixel (clamped): the simulator's colour drift. */
export function shiftColors(src: Raster, r: number, g: number, b: number): Raster {
  if (r === 0 && g === 0 && b === 0) return src
  const data = new Uint8Array(src.data.length)
  const add = [r, g, b]
  for (let i = 0; i < data.length; i++) data[i] = Math.max(0, Math.min(255, Math.round((src.data[i] as number) + (add[i % 3] as number))))
  return { width: src.width, height: src.height, data }
}

export function solidRaster(width: number, height: number, gray: number): Raster {
  return { width, height, data: new Uint8Array(width * height * 3).fill(gray) }
}

/**
 * Shifts the picture by whole pixels, wrapping around: what leaves one edge comes back at the other,
 * so a pan never runs out of picture and a shift is exactly undone by the opposite one.
 */
export function wrapShift(src: Raster, dx: number, dy: number): Raster {
  const { width: w, height: h } = src
  const sx = ((Math.round(dx) % w) + w) % w
  const sy = ((Math.round(dy) % h) + h) % h
  if (sx === 0 && sy === 0) return src
  const data = new Uint8Array(src.data.length)
  for (let y = 0; y < h; y++) {
    const from = ((y - sy + h) % h) * w
    for (let x = 0; x < w; x++) {
      const i = (y * w + x) * 3
      const j = (from + ((x - sx + w) % w)) * 3
      data[i] = src.data[j] as number
      data[i + 1] = src.data[j + 1] as number
      data[i + 2] = src.data[j + 2] as number
    }
  }
  return { width: w, height: h, data }
}

/** A pan's velocity in whole pixels per frame. */
export interface Velocity {
  vx: number
  vy: number
}

/**
 * The velocity a clip's camera pan starts with when nothing tells the model how the scene moved:
 * drawn from the seed (any direction, 0.6-1.5% of the width per frame, at least one pixel).
 */
export function velocityFor(seed: number, width: number): Velocity {
  const rand = mulberry32(Math.floor(seed % 4294967296) ^ 0x51ed270b)
  const angle = rand() * 2 * Math.PI
  const speed = Math.max(1, width * (0.006 + 0.009 * rand()))
  const vx = Math.round(speed * Math.cos(angle))
  const vy = Math.round(speed * Math.sin(angle))
  return vx === 0 && vy === 0 ? { vx: 1, vy: 0 } : { vx, vy }
}

function grayOf(src: Raster): Float32Array {
  const out = new Float32Array(src.width * src.height)
  for (let i = 0; i < out.length; i++) out[i] = 0.299 * (src.data[i * 3] as number) + 0.587 * (src.data[i * 3 + 1] as number) + 0.114 * (src.data[i * 3 + 2] as number)
  return out
}

interface Gray {
  width: number
  height: number
  data: Float32Array
}

function halve(g: Gray): Gray {
  const width = Math.floor(g.width / 2)
  const height = Math.floor(g.height / 2)
  const data = new Float32Array(width * height)
  for (let y = 0; y < height; y++) {
    for (let x = 0; x < width; x++) {
      const i = 2 * y * g.width + 2 * x
      data[y * width + x] = ((g.data[i] as number) + (g.data[i + 1] as number) + (g.data[i + g.width] as number) + (g.data[i + g.width + 1] as number)) / 4
    }
  }
  return { width, height, data }
}

/** Mean absolute difference between b and a shifted by (dx, dy) with wrap-around. */
function wrapSad(a: Gray, b: Gray, dx: number, dy: number): number {
  const { width: w, height: h } = a
  let sum = 0
  for (let y = 0; y < h; y++) {
    const from = (((y - dy) % h) + h) % h
    for (let x = 0; x < w; x++) sum += Math.abs((b.data[y * w + x] as number) - (a.data[from * w + ((((x - dx) % w) + w) % w)] as number))
  }
  return sum / (w * h)
}

/**
 * The whole-pixel shift that best turns `a` into `b` (wrapShift(a, dx, dy) ~ b), searched coarse to
 * fine: every shift on a small copy, then +-1 pixel at each finer level. Shifts are taken in
 * (-size/2, size/2].
 */
export function estimateShift(a: Raster, b: Raster): { dx: number; dy: number } {
  const pyramid: Array<[Gray, Gray]> = [[{ ...a, data: grayOf(a) }, { ...b, data: grayOf(b) }]]
  while ((pyramid.at(-1)?.[0].width ?? 0) > 48 && (pyramid.at(-1)?.[0].height ?? 0) > 24) {
    const [ga, gb] = pyramid.at(-1) as [Gray, Gray]
    pyramid.push([halve(ga), halve(gb)])
  }
  const [ca, cb] = pyramid.at(-1) as [Gray, Gray]
  let best = { dx: 0, dy: 0, sad: Infinity }
  for (let dy = -Math.floor((ca.height - 1) / 2); dy <= Math.floor(ca.height / 2); dy++) {
    for (let dx = -Math.floor((ca.width - 1) / 2); dx <= Math.floor(ca.width / 2); dx++) {
      const sad = wrapSad(ca, cb, dx, dy)
      if (sad < best.sad) best = { dx, dy, sad }
    }
  }
  for (let level = pyramid.length - 2; level >= 0; level--) {
    const [ga, gb] = pyramid[level] as [Gray, Gray]
    const center = { dx: best.dx * 2, dy: best.dy * 2 }
    best = { ...center, sad: Infinity }
    for (let dy = center.dy - 2; dy <= center.dy + 2; dy++) {
      for (let dx = center.dx - 2; dx <= center.dx + 2; dx++) {
        const sad = wrapSad(ga, gb, dx, dy)
        if (sad < best.sad) best = { dx, dy, sad }
      }
    }
  }
  const wrap = (d: number, n: number) => (((d % n) + n + Math.floor(n / 2)) % n) - Math.floor(n / 2)
  return { dx: wrap(best.dx, a.width), dy: wrap(best.dy, a.height) }
}

/**
 * The pan velocity a batch of consecutive frames shows (the shift from the first to the last, per
 * frame); null for a single frame, which tells nothing about motion.
 */
export function estimateVelocity(frames: readonly Raster[]): Velocity | null {
  const first = frames[0]
  const last = frames.at(-1)
  if (!first || !last || frames.length < 2) return null
  const { dx, dy } = estimateShift(first, last)
  return { vx: dx / (frames.length - 1), vy: dy / (frames.length - 1) }
}
