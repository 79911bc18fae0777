// Shared set-up for the simulator's tests: temp roots, small probe pictures, traces, JSON over HTTP.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import os from 'node:os'
import path from 'node:path'

export const TRACES_DIR = path.resolve(import.meta.dirname, 'reference/comfyui-traces')
export const WORKFLOWS_DIR = path.resolve(import.meta.dirname, 'reference/workflows')

export function tempRoot(label: string): string {
  return mkdtempSync(path.join(os.tmpdir(), `simcomfy-${label}-`))
}

/** Writes a small colourful PNG (ffmpeg's test pattern) of the given size. */
export function writeProbePng(file: string, width = 160, height = 120): void {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-f', 'lavfi', '-i', `testsrc2=size=${width}x${height}`,
    '-frames:v', '1', '-y', file])
  if (r.status !== 0) throw new Error(`ffmpeg could not write ${file}: ${String(r.stderr)}`)
}

export function readJson<T = unknown>(file: string): T {
  return JSON.parse(readFileSync(file, 'utf8')) as T
}

export async function postJson(url: string, body: unknown): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(body) })
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null }
}

export async function getJson(url: string): Promise<{ status: number; body: unknown }> {
  const res = await fetch(url)
  const text = await res.text()
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null }
}

/** Decodes a picture or one video frame to RGB bytes (for pixel comparisons). */
export function decodeRgb(file: string, frameIndex = 0): Buffer {
  const r = spawnSync('ffmpeg', ['-hide_banner', '-loglevel', 'error', '-i', file, '-vf', `select=eq(n\\,${frameIndex})`,
    '-frames:v', '1', '-f', 'rawvideo', '-pix_fmt', 'rgb24', '-'], { maxBuffer: 64 * 1024 * 1024 })
  if (r.status !== 0) throw new Error(`ffmpeg could not decode ${file}: ${String(r.stderr)}`)
  return r.stdout
}

/** Keys of an object, recursively, as dotted paths (arrays by their first element), for shape comparison. */
export function shapeOf(value: unknown, prefix = ''): string[] {
  if (Array.isArray(value)) return value.length > 0 ? shapeOf(value[0], `${prefix}[]`) : [`${prefix}[]`]
  if (value && typeof value === 'object') {
    return Object.entries(value as Record<string, unknown>).flatMap(([k, v]) => [`${prefix}.${k}`, ...shapeOf(v, `${prefix}.${k}`)])
  }
  return []
}
