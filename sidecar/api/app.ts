// The sidecar's HTTP API: small routers composed under /api, errors mapped in one place.
import { Hono } from 'hono'
import type { ApiContext } from './apiContext'
import { errorResponse } from './errors'
import { eventsRouter } from './eventsRouter'
import { galleryRouter } from './galleryRouter'
import { jobsRouter } from './jobsRouter'
import { libraryRouter } from './libraryRouter'
import { lorasRouter } from './lorasRouter'
import { mediaRouter } from './mediaRouter'
import { modelsRouter } from './modelsRouter'
import { queueRouter } from './queueRouter'
import { segmentsRouter } from './segmentsRouter'
import { settingsRouter } from './settingsRouter'
import { templatesRouter } from './templatesRouter'

export function createApp(ctx: ApiContext, options: { heartbeatMs?: number } = {}) {
  const api = new Hono()
    .route('/jobs', jobsRouter(ctx))
    .route('/jobs', segmentsRouter(ctx))
    .route('/queue', queueRouter(ctx))
    .route('/templates', templatesRouter(ctx))
    .route('/', settingsRouter(ctx))
    .route('/', mediaRouter(ctx))
    .route('/', lorasRouter(ctx))
    .route('/', modelsRouter(ctx))
    .route('/', libraryRouter(ctx))
    .route('/', galleryRouter(ctx))
    .route('/', eventsRouter(ctx, options.heartbeatMs))
  const app = new Hono().route('/api', api)
  app.onError((err, c) => errorResponse(c, err, ctx.log))
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `path: no route ${c.req.method} ${c.req.path}`, field: 'path' } }, 404))
  return app
}

export type AppType = ReturnType<typeof createApp>
