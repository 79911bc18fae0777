// The anchor of the hand-off benchmark: segments chained the way the original "Wan2.2 Video
// Generator" (a FastAPI app driving ComfyUI) did it, over the same ComfyUI and the same workflow.
// Per segment: a health check, wait for ComfyUI's queue to be idle (checked every 10 s), POST
// /prompt, poll /history/{id} every second until it is done, download the mp4 through /view, decode
// its last frame with ffmpeg, upload that frame to ComfyUI's input folder, and build the next prompt
// on it. Between jobs its queue loop slept 2 s. The one change: the last frame is decoded from one
// second before the end to the real end (the original seeked to 0.1 s before the end and kept the
// first frame it got, which is not the last one at every frame rate) and uploaded as PNG, so the
// chain it makes can be checked frame for frame.
import { execFile } from 'node:child_process'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { promisify } from 'node:util'
import { z } from 'zod'
import type { Template } from '../sidecar/workflows'
import { bindSegment } from '../sidecar/workflows'

const run = promisify(execFile)

/** The original's intervals: status poll 1 s, busy-queue re-check 10 s, queue loop 2 s between jobs. */
export const SEED_TIMING = { historyPollMs: 1000, queueRecheckMs: 10_000, betweenJobsMs: 2000 }

export interface SeedJob {
  name: string
  /** LoadImage value of the first segment's start image (a file in ComfyUI's input folder). */
  startImage: string
  prompts: string[]
  width: number
  height: number
  frames: number
  fps: number
  steps: number
  cfg: number
  seed: number
  models?: { high?: string; low?: string }
}

export interface SeedSegment {
  prompt_id: string
  startImage: string
  /** The downloaded segment video. */
  video: string
  /** The decoded last frame (PNG) that was uploaded as the next segment's start image. */
  lastFrame: string
  uploadedAs: string
}

export interface SeedOptions {
  comfyUrl: string
  template: Template
  workDir: string
  ffmpegPath?: string
  timing?: typeof SEED_TIMING
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms))

const FileRef = z.object({ filename: z.string(), subfolder: z.string(), type: z.string() })
const HistoryAnswer = z.record(
  z.string(),
  z.object({ outputs: z.record(z.string(), z.object({ images: z.array(FileRef).optional() }).loose()), status: z.object({ status_str: z.string(), completed: z.boolean() }).loose() }).loose()
)
const QueueAnswer = z.object({ queue_running: z.array(z.unknown()), queue_pending: z.array(z.unknown()) }).loose()

async function getJson<T extends z.ZodType>(url: string, schema: T): Promise<z.infer<T>> {
  const res = await fetch(url)
  if (!res.ok) throw new Error(`GET ${url}: HTTP ${res.status}`)
  return schema.parse(await res.json())
}

/** Decodes the exact last frame of a video into a PNG. */
export async function decodeLastFrame(video: string, png: string, ffmpegPath = 'ffmpeg'): Promise<void> {
  await run(ffmpegPath, ['-hide_banner', '-loglevel', 'error', '-nostdin', '-y', '-sseof', '-1', '-i', video, '-map', '0:v:0', '-update', '1', png])
}

/** Runs one job's segments one after another; returns what each segment started from and left behind. */
export async function runSeedJob(o: SeedOptions, job: SeedJob): Promise<SeedSegment[]> {
  const timing = o.timing ?? SEED_TIMING
  const ffmpeg = o.ffmpegPath ?? 'ffmpeg'
  const dir = path.join(o.workDir, job.name.replace(/[^A-Za-z0-9_-]/g, '_'))
  mkdirSync(dir, { recursive: true })
  const segments: SeedSegment[] = []
  let startImage = job.startImage
  for (const [k, text] of job.prompts.entries()) {
    // Health check, then an idle queue before submitting.
    await getJson(`${o.comfyUrl}/system_stats`, z.unknown())
    for (;;) {
      const q = await getJson(`${o.comfyUrl}/queue`, QueueAnswer)
      if (q.queue_running.length + q.queue_pending.length === 0) break
      await sleep(timing.queueRecheckMs)
    }
    const prompt = bindSegment(o.template, {
      startImage,
      positive: text,
      negative: '',
      width: job.width,
      height: job.height,
      frames: job.frames,
      fps: job.fps,
      steps: job.steps,
      cfg: job.cfg,
      seed: job.seed + k,
      models: job.models ?? {},
      loras: { high: [], low: [] },
      options: {},
      videoPrefix: `seedstyle/${path.basename(dir)}_seg${k}`,
      lastFramePrefix: `seedstyle/${path.basename(dir)}_seg${k}_unused`,
      dropFirstFrame: false,
    })
    const submitted = await fetch(`${o.comfyUrl}/prompt`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ prompt, client_id: 'seed-style-baseline' }),
    })
    const answer = z.object({ prompt_id: z.string() }).loose().parse(await submitted.json())
    if (!submitted.ok) throw new Error(`ComfyUI refused segment ${k}: ${JSON.stringify(answer)}`)
    const id = answer.prompt_id
    // Poll history: the first look right away, then once a second.
    let outputs: Record<string, { images?: z.infer<typeof FileRef>[] | undefined }>
    for (;;) {
      const entry = (await getJson(`${o.comfyUrl}/history/${id}`, HistoryAnswer))[id]
      if (entry?.status.completed) {
        outputs = entry.outputs
        break
      }
      if (entry && entry.status.status_str === 'error') throw new Error(`segment ${k} failed in ComfyUI`)
      await sleep(timing.historyPollMs)
    }
    const ref = Object.values(outputs)
      .flatMap((o) => o.images ?? [])
      .find((f) => f.filename.endsWith('.mp4'))
    if (!ref) throw new Error(`segment ${k} has no mp4 output`)
    const res = await fetch(`${o.comfyUrl}/view?${new URLSearchParams(ref).toString()}`)
    if (!res.ok) throw new Error(`downloading ${ref.filename}: HTTP ${res.status}`)
    const video = path.join(dir, `segment_${k}.mp4`)
    writeFileSync(video, new Uint8Array(await res.arrayBuffer()))
    const lastFrame = path.join(dir, `segment_${k}_last_frame.png`)
    await decodeLastFrame(video, lastFrame, ffmpeg)
    const form = new FormData()
    form.append('image', new Blob([new Uint8Array(readFileSync(lastFrame))], { type: 'image/png' }), `${path.basename(dir)}_seg_${k}_last.png`)
    form.append('type', 'input')
    const up = await fetch(`${o.comfyUrl}/upload/image`, { method: 'POST', body: form })
    if (!up.ok) throw new Error(`uploading the last frame of segment ${k}: HTTP ${up.status}`)
    const uploaded = z.object({ name: z.string(), subfolder: z.string().default('') }).loose().parse(await up.json())
    const uploadedAs = uploaded.subfolder ? `${uploaded.subfolder}/${uploaded.name}` : uploaded.name
    segments.push({ prompt_id: id, startImage, video, lastFrame, uploadedAs })
    startImage = uploadedAs
  }
  return segments
}

/** Several jobs the way the original's queue loop ran them: one at a time, a pause between them. */
export async function runSeedJobs(o: SeedOptions, jobs: SeedJob[]): Promise<SeedSegment[][]> {
  const out: SeedSegment[][] = []
  for (const [i, job] of jobs.entries()) {
    if (i > 0) await sleep((o.timing ?? SEED_TIMING).betweenJobsMs)
    out.push(await runSeedJob(o, job))
  }
  return out
}
