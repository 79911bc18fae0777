// /api/queue: what ComfyUI and our engine are doing; start/stop taking new segments.
import { Hono } from 'hono'
import { setKv } from '../db/kvStore'
import type { ApiContext } from './apiContext'

export function queueRouter(ctx: ApiContext) {
  const app = new Hono()
  app.get('/status', async (c) => {
    await ctx.runner.refreshQueue()
    return c.json(ctx.runner.queueStatus())
  })
  for (const [path, accepting] of [['start', true], ['stop', false]] as const) {
    app.post(`/${path}`, (c) => {
      setKv(ctx.db, 'accepting', accepting)
      ctx.runner.setAccepting(accepting)
      return c.json(ctx.runner.queueStatus())
    })
  }
  return app
}
