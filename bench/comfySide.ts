// The ComfyUI a benchmark talks to: the simulated one in this process (default), or a real one given by
// URL (`--comfyui http://gpu-box:8188`), which then does the real work and makes absolute times mean
// something. With a real one, files go through its HTTP API: no folder of it is assumed to be local.
import { execFileSync } from 'node:child_process'
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { z } from 'zod'
import { startSimComfy } from '../sidecar/sim/simComfy'
import type { SimComfy } from '../sidecar/sim/simComfy'
import { writeStartImage } from './benchWorld'
import { tinyJob } from './httpApi'

export interface ComfySide {
  url: string
  simulated: boolean
  sim: SimComfy | null
  inputDir: string | null
  outputDir: string | null
  /** The start image of the benchmark's jobs, as a name in ComfyUI's input folder. */
  startImage: string
  /** A job body: tiny segments on the simulator, the preset's own defaults on a real ComfyUI. */
  job(name: string, segments: number): Record<string, unknown>
  close(): Promise<void>
}

export async function openComfy(o: { comfyUrl: string | null; root: string; segmentSeconds: number }): Promise<ComfySide> {
  if (o.comfyUrl === null) {
    const sim = await startSimComfy({ root: path.join(o.root, 'comfy'), segmentSeconds: o.segmentSeconds })
    writeStartImage(sim.inputDir)
    return {
      url: sim.url,
      simulated: true,
      sim,
      inputDir: sim.inputDir,
      outputDir: sim.outputDir,
      startImage: 'start.png',
      job: (name, segments) => tinyJob(name, segments),
      close: () => sim.close(),
    }
  }
  const url = o.comfyUrl.replace(/\/+$/, '')
  // A start image of the preset's size (832x480), uploaded under a name of this run.
  const png = path.join(o.root, 'start.png')
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc2=s=832x480', '-frames:v', '1', png])
  const form = new FormData()
  form.append('image', new Blob([new Uint8Array(readFileSync(png))], { type: 'image/png' }), `longvideo-bench-${Date.now()}.png`)
  form.append('type', 'input')
  const res = await fetch(`${url}/upload/image`, { method: 'POST', body: form })
  if (!res.ok) throw new Error(`ComfyUI at ${url} refused the start image: HTTP ${res.status}`)
  const uploaded = z.object({ name: z.string(), subfolder: z.string().default('') }).loose().parse(await res.json())
  const startImage = uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name
  return {
    url,
    simulated: false,
    sim: null,
    inputDir: null,
    outputDir: null,
    startImage,
    job: (name, segments) => ({
      name,
      input_image: startImage,
      prompt: `${name} segment 1: a heron walks along the river bank at dusk`,
      preset: 'wan22_14b_i2v',
      planned_prompts: Array.from({ length: segments - 1 }, (_, i) => `${name} segment ${i + 2}: the heron keeps walking, reeds moving in the wind`),
    }),
    close: async () => undefined,
  }
}

/** What the real ComfyUI runs on, for the report (GPU name, ComfyUI version). */
export async function describeComfy(url: string): Promise<string> {
  try {
    const res = await fetch(`${url}/system_stats`)
    const s = z
      .object({
        system: z.object({ comfyui_version: z.string().optional() }).loose(),
        devices: z.array(z.object({ name: z.string(), vram_total: z.number().optional() }).loose()),
      })
      .loose()
      .parse(await res.json())
    const gpu = s.devices.map((d) => `${d.name}${d.vram_total ? ` (${Math.round(d.vram_total / 1024 ** 3)} GB)` : ''}`).join(', ')
    return `ComfyUI ${s.system.comfyui_version ?? '(version unknown)'} on ${gpu || 'no device listed'}`
  } catch (err) {
    return `ComfyUI at ${url} (system_stats unreadable: ${(err as Error).message})`
  }
}
