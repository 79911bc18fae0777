// The colour guard and drift meter over files: reads frames through the video module and applies
// the pure colour maths (Reinhard transfer in Lab; mean-colour CIE76 delta E).
import { readRgbFrame, writeRgbPng } from '../video'
import { imageStats, matchColors, meanColorDistance } from './colorTransfer'
import type { LabStats } from './colorTransfer'

export async function fileStats(file: string, ffmpegPath: string): Promise<LabStats> {
  return imageStats(await readRgbFrame(file, ffmpegPath))
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
