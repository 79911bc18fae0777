// /api/presets, /api/settings, /api/health and /api/ping.
import { Hono } from 'hono'
import { DomainError, SeamCapabilitiesQuery, SettingsUpdateBody } from '../contract'
import { seamCapabilities } from '../engine/seamSupport'
import { findTemplate } from '../engine/segmentPrompt'
import { healthReport } from '../settings/health'
import { updateSettings } from '../settings/settingsStore'
import { templateToPreset } from '../workflows'
import type { ApiContext } from './apiContext'
import { json, query } from './validate'

export function settingsRouter(ctx: ApiContext) {
  return new Hono()
    .get('/presets', (c) => c.json({ presets: ctx.templates.map(templateToPreset) }))
    .get('/seams', query(SeamCapabilitiesQuery), async (c) => {
      const id = c.req.valid('query').preset ?? ctx.defaultPreset()
      const template = findTemplate(ctx.templates, id)
      if (!template) throw new DomainError('not_found', `preset: no preset "${id}" (GET /api/presets)`, 'preset')
      return c.json(await seamCapabilities(ctx.comfy, template))
    })
    .get('/settings', (c) => c.json(ctx.settings()))
    .put('/settings', json(SettingsUpdateBody, { required: true }), (c) =>
      c.json(updateSettings(ctx.db, ctx.settingsBase, c.req.valid('json'), ctx.templates.map((t) => t.id)))
    )
    .get('/health', async (c) => c.json(await healthReport(ctx)))
    // Does nothing and reads nothing: the benchmark's anchor for what any request costs (HTTP and routing).
    .get('/ping', (c) => c.body(null, 204))
}
