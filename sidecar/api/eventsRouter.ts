// GET /api/events: server-sent events of every ServerEvent (event name = type), with a heartbeat
// comment so proxies keep the stream open; the panel never polls.
import { Hono } from 'hono'
import { streamSSE } from 'hono/streaming'
import type { ServerEvent } from '../contract'
import type { ApiContext } from './apiContext'

export function eventsRouter(ctx: ApiContext, heartbeatMs = 15_000) {
  return new Hono().get('/events', (c) =>
    streamSSE(c, async (stream) => {
      const pending: ServerEvent[] = []
      let wake: (() => void) | null = null
      const unsubscribe = ctx.bus.subscribe((e) => {
        pending.push(e)
        wake?.()
      })
      let open = true
      stream.onAbort(() => {
        open = false
        unsubscribe()
        wake?.()
      })
      pending.push({ type: 'queue', queue: ctx.runner.queueStatus() })
      while (open) {
        while (pending.length > 0 && open) {
          const e = pending.shift() as ServerEvent
          await stream.writeSSE({ event: e.type, data: JSON.stringify(e) })
        }
        const timer = new Promise<'beat'>((resolve) => {
          const t = setTimeout(() => resolve('beat'), heartbeatMs)
          wake = () => {
            clearTimeout(t)
            resolve('beat')
          }
        })
        const before = pending.length
        await timer
        wake = null
        if (open && pending.length === before && before === 0) await stream.write(': heartbeat\n\n')
      }
      unsubscribe()
    })
  )
}
