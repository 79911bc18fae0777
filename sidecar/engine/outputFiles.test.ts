import { mkdtempSync, readdirSync, readFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterEach, describe, expect, it } from 'vitest'
import { ComfyClient } from '../comfy/comfyClient'
import { startSimComfy } from '../sim/simComfy'
import type { SimComfy } from '../sim/simComfy'
import { writePng } from '../testing/testMedia'
import { OutputFiles } from './outputFiles'

let sim: SimComfy | null = null
afterEach(async () => {
  await sim?.close()
  sim = null
})

describe('files of a ComfyUI on another machine', () => {
  it('fetches one file asked for many times at once into one cached copy, byte-exact', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'lv-outputs-'))
    sim = await startSimComfy({ root: path.join(root, 'comfy') })
    const original = path.join(sim.outputDir, 'longvideo', 'a_last_00001_.png')
    writePng(original)
    const dataDir = path.join(root, 'data')
    // No local output folder: every file comes through /view, as from a backend without a shared disk.
    const files = new OutputFiles(new ComfyClient(sim.url, 'test'), null, null, dataDir)
    const ref = { filename: 'a_last_00001_.png', subfolder: 'longvideo', type: 'output' as const }
    const paths = await Promise.all(Array.from({ length: 6 }, () => files.localPath(ref)))
    expect(new Set(paths).size).toBe(1)
    expect(readFileSync(paths[0]!).equals(readFileSync(original))).toBe(true)
    expect(readdirSync(path.dirname(paths[0]!))).toEqual(['a_last_00001_.png'])
  })
})
