// The queue as the API sees it: ComfyUI's queue sizes refreshed on demand, and whether the engine
// takes new segments (kept in SQLite so a restart keeps the choice).
import type { QueueStatus } from '../contract'
import { setKv } from '../db/kvStore'
import type { EngineContext } from './jobCommands'

type QueueContext = Pick<EngineContext, 'db' | 'runner'>

export async function currentQueue(ctx: QueueContext): Promise<QueueStatus> {
  await ctx.runner.refreshQueue()
  return ctx.runner.queueStatus()
}

export function setAccepting(ctx: QueueContext, accepting: boolean): QueueStatus {
  setKv(ctx.db, 'accepting', accepting)
  ctx.runner.setAccepting(accepting)
  return ctx.runner.queueStatus()
}
