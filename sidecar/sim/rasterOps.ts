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

/** Direction of the camera drift for a seed: a unit-ish vector, deterministic. */
export function driftFor(seed: number): { dx: number; dy: number } {
  const angle = ((seed % 360) + 360) % 360
  const rad = (angle * Math.PI) / 180
  return { dx: Math.cos(rad), dy: Math.sin(rad) }
}

/** A slow push-in with a drift; t=0 is the identity (the start frame itself), t=1 the end of the clip. */
export function panZoom(src: Raster, t: number, seed: number): Raster {
  if (t === 0) return src
  const { width: w, height: h } = src
  const zoom = 1 + 0.25 * t
  const { dx, dy } = driftFor(seed)
  // Keep the zoomed window inside the picture.
  const slackX = (w - w / zoom) / 2
  const slackY = (h - h / zoom) / 2
  const centerX = w / 2 + dx * slackX * 0.9
  const centerY = h / 2 + dy * slackY * 0.9
  const data = new Uint8Array(w * h * 3)
  for (let y = 0; y < h; y++) {
    const srcY = centerY + (y + 0.5 - h / 2) / zoom - 0.5
    for (let x = 0; x < w; x++) {
      sampleBilinear(src, centerX + (x + 0.5 - w / 2) / zoom - 0.5, srcY, data, (y * w + x) * 3)
    }
  }
  return { width: w, height: h, data }
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
