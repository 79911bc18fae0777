// /api/models: Wan2.2 diffusion models (diffusion_models, unet_gguf) as high/low pairs with a
// recommended pair per preset.
import { Hono } from 'hono'
import { RefreshQuery } from '../contract'
import { ModelCatalog } from '../library/modelCatalog'
import { templateToPreset } from '../workflows'
import type { ApiContext } from './apiContext'
import { query } from './validate'

export function modelsRouter(ctx: ApiContext) {
  const catalog = new ModelCatalog(ctx.comfy)
  const presets = ctx.templates.map(templateToPreset)
  return new Hono().get('/models', query(RefreshQuery), async (c) => {
    const q = c.req.valid('query')
    return c.json(await catalog.library(presets, q.refresh === '1' || q.refresh === 'true'))
  })
}
