// /api/models: Wan2.2 diffusion models (diffusion_models, unet_gguf) as high/low pairs with a
// recommended pair per preset.
import { Hono } from 'hono'
import { ModelCatalog } from '../library/modelCatalog'
import { templateToPreset } from '../workflows'
import type { ApiContext } from './apiContext'
import { parse } from './errors'
import { RefreshQuery } from '../contract'

export function modelsRouter(ctx: ApiContext) {
  const catalog = new ModelCatalog(ctx.comfy)
  const presets = ctx.templates.map(templateToPreset)
  const app = new Hono()
  app.get('/models', async (c) => {
    const q = parse(RefreshQuery, c.req.query(), '')
    return c.json(await catalog.library(presets, q.refresh === '1' || q.refresh === 'true'))
  })
  return app
}
