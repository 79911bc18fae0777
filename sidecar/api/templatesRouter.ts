// /api/templates: user workflow templates (a graph in API format + roles), usable as job presets.
import { Hono } from 'hono'
import { CreateTemplateBody, DetectTemplateBody, UpdateTemplateBody } from '../contract'
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
import { json } from './validate'

export function templatesRouter(ctx: ApiContext) {
  // The engine's template list learns the stored user templates before any job runs.
  syncUserTemplates(ctx)
  return new Hono()
    .get('/', (c) => c.json({ templates: listUserTemplates(ctx) }))
    .post('/detect', json(DetectTemplateBody), async (c) => {
      const body = c.req.valid('json')
      return c.json(await detectTemplate(ctx, body.prompt, body.roles))
    })
    .post('/', json(CreateTemplateBody), async (c) => c.json(await createUserTemplate(ctx, c.req.valid('json')), 201))
    .get('/:id', (c) => c.json(getUserTemplate(ctx, c.req.param('id'))))
    .put('/:id', json(UpdateTemplateBody, { required: true }), async (c) => c.json(await updateUserTemplate(ctx, c.req.param('id'), c.req.valid('json'))))
    .delete('/:id', (c) => {
      deleteUserTemplate(ctx, c.req.param('id'))
      return c.body(null, 204)
    })
}
