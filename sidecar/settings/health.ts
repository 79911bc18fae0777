// GET /api/health: whether ComfyUI answers and ffmpeg is here, with what to do when not.
import type { ComfyClient } from '../comfy/comfyClient'
import type { Health } from '../contract'

export interface HealthContext {
  comfy: ComfyClient
  ffmpegPath: string | null
  version: string
  dataDir: string
}

export async function healthReport(ctx: HealthContext): Promise<Health> {
  let comfyui: Health['comfyui'] = { url: ctx.comfy.url, reachable: true, error: null }
  try {
    await ctx.comfy.probe()
  } catch (err) {
    comfyui = { url: ctx.comfy.url, reachable: false, error: (err as Error).message }
  }
  const ffmpeg: Health['ffmpeg'] = ctx.ffmpegPath
    ? { path: ctx.ffmpegPath, ok: true, error: null }
    : { path: null, ok: false, error: 'ffmpeg not found: install it (e.g. apt install ffmpeg) or pass --ffmpeg PATH' }
  return { ok: ffmpeg.ok && comfyui.reachable, version: ctx.version, comfyui, ffmpeg, data_dir: ctx.dataDir }
}
