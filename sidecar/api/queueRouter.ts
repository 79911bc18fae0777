// /api/queue: what ComfyUI and our engine are doing; start/stop taking new segments.
import { Hono } from 'hono'
import { currentQueue, setAccepting } from '../engine/queueControl'
import type { ApiContext } from './apiContext'

export function queueRouter(ctx: ApiContext) {
  return new Hono()
    .get('/status', async (c) => c.json(await currentQueue(ctx)))
    .post('/start', (c) => c.json(setAccepting(ctx, true)))
    .post('/stop', (c) => c.json(setAccepting(ctx, false)))
}
