// /api/templates: user workflow templates (a graph in API format + roles), usable as job presets.
import { Hono } from 'hono'
import {
  createUserTemplate,
  deleteUserTemplate,
  detectTemplate,
  getUserTemplate,
  listUserTemplates,
  syncUserTemplates,
  updateUserTemplate,
} from '../engine/templateCatalog'
import type { ApiContext } from './apiContext'
import { jsonBody, parse } from './errors'
import { CreateTemplateBody, DetectTemplateBody, UpdateTemplateBody } from '../contract'

export function templatesRouter(ctx: ApiContext) {
  // The engine's template list learns the stored user templates before any job runs.
  syncUserTemplates(ctx)
  const app = new Hono()
  app.get('/', (c) => c.json({ templates: listUserTemplates(ctx) }))
  app.post('/detect', async (c) => {
    const body = parse(DetectTemplateBody, await jsonBody(c), '')
    return c.json(await detectTemplate(ctx, body.prompt, body.roles))
  })
  app.post('/', async (c) => c.json(await createUserTemplate(ctx, parse(CreateTemplateBody, await jsonBody(c), '')), 201))
  app.get('/:id', (c) => c.json(getUserTemplate(ctx, c.req.param('id'))))
  app.put('/:id', async (c) => c.json(await updateUserTemplate(ctx, c.req.param('id'), parse(UpdateTemplateBody, await jsonBody(c, true), ''))))
  app.delete('/:id', (c) => {
    deleteUserTemplate(ctx, c.req.param('id'))
    return c.body(null, 204)
  })
  return app
}
