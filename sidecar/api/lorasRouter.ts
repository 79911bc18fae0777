// /api/loras: ComfyUI's LoRA files grouped and paired, with our notes and other tools' metadata;
// PUT /api/loras/meta edits our notes (SQLite only).
import path from 'node:path'
import { Hono } from 'hono'
import { LoraCatalog } from '../library/loraCatalog'
import { effectiveSettings } from '../settings/settingsStore'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'
import { LoraMetaUpdate, RefreshQuery } from '../contract'

export function lorasRouter(ctx: ApiContext) {
  const modelsDir = () => effectiveSettings(ctx.db, ctx.settingsBase).comfy_models_dir ?? null
  const catalog = new LoraCatalog(ctx.comfy, ctx.db, () => {
    const dir = modelsDir()
    return dir ? path.join(dir, 'loras') : null
  })
  const app = new Hono()
  app.get('/loras', async (c) => {
    const q = parse(RefreshQuery, c.req.query(), '')
    return c.json(await catalog.library(q.refresh === '1' || q.refresh === 'true'))
  })
  app.put('/loras/meta', async (c) => c.json(await catalog.updateMeta(parse(LoraMetaUpdate, await jsonBody(c), ''))))
  return app
}
