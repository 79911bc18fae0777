// /api/presets, /api/settings, /api/health and /api/ping.
import { Hono } from 'hono'
import { SeamCapabilitiesQuery, SettingsUpdateBody } from '../contract'
import { presetSeamCapabilities } from '../engine/seamSupport'
import { healthReport } from '../settings/health'
import { updateSettings } from '../settings/settingsStore'
import { templateToPreset } from '../workflows'
import type { ApiContext } from './apiContext'
import { json, query } from './validate'

export function settingsRouter(ctx: ApiContext) {
  return new Hono()
    .get('/presets', (c) => c.json({ presets: ctx.templates.map(templateToPreset) }))
    .get('/seams', query(SeamCapabilitiesQuery), async (c) =>
      c.json(await presetSeamCapabilities(ctx.comfy, ctx.templates, c.req.valid('query').preset ?? ctx.defaultPreset()))
    )
    .get('/settings', (c) => c.json(ctx.settings()))
    .put('/settings', json(SettingsUpdateBody, { required: true }), (c) => {
      const saved = updateSettings(ctx.db, ctx.settingsBase, c.req.valid('json'), ctx.templates.map((t) => t.id), ctx.cliBackendCount)
      // Backends added, removed or turned on or off take effect now (nothing else reads them after the start).
      ctx.runner.refreshBackends()
      return c.json(saved)
    })
    .get('/health', async (c) => c.json(await healthReport(ctx)))
    // Does nothing and reads nothing: the benchmark's anchor for what any request costs (HTTP and routing).
    .get('/ping', (c) => c.body(null, 204))
}
