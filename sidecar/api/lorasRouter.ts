// /api/loras: ComfyUI's LoRA files grouped and paired, with our notes and other tools' metadata;
// PUT /api/loras/meta edits our notes (SQLite only).
import path from 'node:path'
import { Hono } from 'hono'
import { LoraMetaUpdate, RefreshQuery } from '../contract'
import { LoraCatalog } from '../library/loraCatalog'
import type { ApiContext } from './apiContext'
import { json, query } from './validate'

export function lorasRouter(ctx: ApiContext) {
  const catalog = new LoraCatalog(ctx.comfy, ctx.db, () => {
    const dir = ctx.settings().comfy_models_dir
    return dir ? path.join(dir, 'loras') : null
  })
  return new Hono()
    .get('/loras', query(RefreshQuery), async (c) => {
      const q = c.req.valid('query')
      return c.json(await catalog.library(q.refresh === '1' || q.refresh === 'true'))
    })
    .put('/loras/meta', json(LoraMetaUpdate), async (c) => c.json(await catalog.updateMeta(c.req.valid('json'))))
}
