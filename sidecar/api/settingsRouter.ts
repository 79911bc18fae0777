// /api/presets, /api/settings and /api/health.
import { Hono } from 'hono'
import { ComfyUnreachable } from '../comfy/comfyClient'
import { effectiveSettings, updateSettings } from '../settings/settingsStore'
import { templateToPreset } from '../workflows'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'
import type { Health } from '../contract'
import { SettingsUpdate } from '../contract'

export function settingsRouter(ctx: ApiContext) {
  const app = new Hono()
  app.get('/presets', (c) => c.json({ presets: ctx.templates.map(templateToPreset) }))
  app.get('/settings', (c) => c.json(effectiveSettings(ctx.db, ctx.settingsBase)))
  app.put('/settings', async (c) => c.json(updateSettings(ctx.db, ctx.settingsBase, parse(SettingsUpdate, await jsonBody(c, true), ''), ctx.templates.map((t) => t.id))))
  app.get('/health', async (c) => {
    let comfy: Health['comfyui'] = { url: ctx.comfy.url, reachable: true, error: null }
    try {
      await ctx.comfy.probe()
    } catch (err) {
      comfy = { url: ctx.comfy.url, reachable: false, error: err instanceof ComfyUnreachable ? err.message : (err as Error).message }
    }
    const ffmpeg: Health['ffmpeg'] = ctx.ffmpegPath
      ? { path: ctx.ffmpegPath, ok: true, error: null }
      : { path: null, ok: false, error: 'ffmpeg not found: install it (e.g. apt install ffmpeg) or pass --ffmpeg PATH' }
    const body: Health = { ok: ffmpeg.ok && comfy.reachable, version: ctx.version, comfyui: comfy, ffmpeg, data_dir: ctx.dataDir }
    return c.json(body)
  })
  return app
}
