// The sidecar's HTTP API: small routers composed under /api, errors mapped in one place.
import { Hono } from 'hono'
import type { ApiContext } from './apiContext'
import { backendsRouter } from './backendsRouter'
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
import { jobStartImageRouter, startImagesRouter } from './startImagesRouter'
import { templatesRouter } from './templatesRouter'
import { trustGuard } from './trustGuard'
import type { BodyLimits, TrustOptions } from './trustGuard'

/** Largest JSON body: 500 planned prompts of 8,000 characters, several bytes each in UTF-8, fit. */
export const MAX_JSON_BYTES = 16 * 1024 * 1024
/** Room for the multipart framing around an upload's image. */
const MULTIPART_OVERHEAD_BYTES = 64 * 1024

export interface AppOptions {
  heartbeatMs?: number
  /** The secret and address checks; the sidecar process always has them, router tests may leave them out. */
  trust?: TrustOptions | null
  limits?: Partial<BodyLimits>
}

export function createApp(ctx: ApiContext, options: AppOptions = {}) {
  const api = new Hono()
    .route('/jobs', jobsRouter(ctx))
    .route('/jobs', segmentsRouter(ctx))
    .route('/jobs', jobStartImageRouter(ctx))
    .route('/start-images', startImagesRouter(ctx))
    .route('/queue', queueRouter(ctx))
    .route('/templates', templatesRouter(ctx))
    .route('/backends', backendsRouter(ctx))
    .route('/', settingsRouter(ctx))
    .route('/', mediaRouter(ctx))
    .route('/', lorasRouter(ctx))
    .route('/', modelsRouter(ctx))
    .route('/', libraryRouter(ctx))
    .route('/', galleryRouter(ctx))
    .route('/', eventsRouter(ctx, options.heartbeatMs))
  const limits: BodyLimits = { jsonBytes: MAX_JSON_BYTES, uploadBytes: ctx.maxUploadBytes + MULTIPART_OVERHEAD_BYTES, ...options.limits }
  // Before every route (and the not-found answer): nothing reaches a handler past these checks.
  const app = new Hono().use('*', trustGuard(options.trust ?? null, limits)).route('/api', api)
  app.onError((err, c) => errorResponse(c, err, ctx.log))
  app.notFound((c) => c.json({ error: { code: 'not_found', message: `path: no route ${c.req.method} ${c.req.path}`, field: 'path' } }, 404))
  return app
}

export type AppType = ReturnType<typeof createApp>
