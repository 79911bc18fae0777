// The colour guard and drift meter over files: reads frames through the video module and applies
// the pure colour maths (Reinhard transfer in Lab; mean-colour CIE76 delta E).
import { stat } from 'node:fs/promises'
import { readRgbFrame, readRgbFrames, writeRgbApng, writeRgbPng } from '../video'
import { imageStats, matchColors, meanColorDistance } from './colorTransfer'
import type { LabStats } from './colorTransfer'

const MAX_REMEMBERED = 256
const remembered = new Map<string, Promise<LabStats>>()

/**
 * Mean Lab colour statistics of a file's first frame, remembered per file version (path, size,
 * mtime): a job's anchor is read once, not again for every segment's drift.
 */
export async function fileStats(file: string, ffmpegPath: string): Promise<LabStats> {
  const { size, mtimeMs } = await stat(file)
  const key = `${file}\0${size}\0${mtimeMs}`
  let entry = remembered.get(key)
  if (!entry) {
    entry = readRgbFrame(file, ffmpegPath).then(imageStats)
    entry.catch(() => remembered.delete(key))
    if (remembered.size >= MAX_REMEMBERED) remembered.delete(remembered.keys().next().value as string)
    remembered.set(key, entry)
  }
  return entry
}

/** Drift of `frameFile` from the anchor: CIE76 delta E between their mean Lab colours. */
export async function measureDrift(frameFile: string, anchor: LabStats, ffmpegPath: string): Promise<number> {
  return meanColorDistance(await fileStats(frameFile, ffmpegPath), anchor)
}

/** Writes `sourceFile` colour-matched to the anchor (blended by strength) as a PNG. */
export async function writeCorrectedFrame(sourceFile: string, anchor: LabStats, strength: number, outPng: string, ffmpegPath: string): Promise<void> {
  const source = await readRgbFrame(sourceFile, ffmpegPath)
  await writeRgbPng(matchColors(source, anchor, strength), outPng, ffmpegPath)
}

/**
 * Writes the last `keep` frames of an animated PNG colour-matched to the anchor as one animated PNG:
 * one correction for all of them (the transfer of the last frame, the one the next segment goes on
 * from), so the carried frames change colour together and their motion is left as it was.
 */
export async function writeCorrectedFrames(sourceFile: string, keep: number, anchor: LabStats, strength: number, outPng: string, fps: number, ffmpegPath: string): Promise<void> {
  const frames = (await readRgbFrames(sourceFile, ffmpegPath)).slice(-keep)
  const last = frames.at(-1)
  if (!last || frames.length < keep) throw new Error(`${sourceFile} has ${frames.length} frames, fewer than the ${keep} carried`)
  const from = imageStats(last)
  await writeRgbApng(frames.map((f) => matchColors(f, anchor, strength, from)), outPng, fps, ffmpegPath)
}
