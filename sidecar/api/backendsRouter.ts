// /api/backends/*: the ComfyUI backends (issue 16). Adding, removing and turning one on or off is a
// PUT /api/settings of the new `backends` list.
import { Hono } from 'hono'
import { discoverBackends } from '../engine/backendDiscovery'
import { RunCheckBody } from '../contract'
import type { ApiContext } from './apiContext'
import { json } from './validate'

export function backendsRouter(ctx: ApiContext) {
  return new Hono()
    .get('/', (c) => c.json({ backends: ctx.runner.backendStatuses(), failover_timeout: ctx.failoverTimeout() }))
    .get('/discovered', async (c) => c.json(await discoverBackends(ctx.comfy)))
    .post('/check', json(RunCheckBody, { required: true }), (c) => c.json(ctx.runner.checkRun(c.req.valid('json'))))
}
