// When ComfyUI received, started and finished each prompt, read from its own /history (its clock
// only), so the same measure works against the simulated ComfyUI and a real one on another machine.
import { z } from 'zod'
import { round } from './stats'

export interface PromptTiming {
  prompt_id: string
  /** extra_data.create_time: ComfyUI took the POST /prompt (falls back to execution_start on servers without it). */
  received: number
  started: number
  finished: number
  status: string
}

const Message = z.tuple([z.string(), z.object({ timestamp: z.number().optional() }).loose()])
const HistoryEntry = z
  .object({
    prompt: z.tuple([z.unknown(), z.string(), z.unknown(), z.object({ create_time: z.number().optional() }).loose()]).rest(z.unknown()),
    status: z.object({ status_str: z.string(), messages: z.array(Message) }).loose(),
  })
  .loose()

export async function promptTimings(comfyUrl: string, promptIds: string[]): Promise<PromptTiming[]> {
  const out: PromptTiming[] = []
  for (const id of promptIds) {
    const res = await fetch(`${comfyUrl}/history/${encodeURIComponent(id)}`)
    const body = z.record(z.string(), HistoryEntry).parse(await res.json())
    const entry = body[id]
    if (!entry) throw new Error(`ComfyUI has no history for prompt ${id}`)
    const at = (type: string) => entry.status.messages.find(([t]) => t === type)?.[1].timestamp
    const started = at('execution_start')
    const finished = at('execution_success') ?? at('execution_error') ?? at('execution_interrupted')
    if (started === undefined || finished === undefined) throw new Error(`prompt ${id} has no start or end in ComfyUI's history`)
    out.push({ prompt_id: id, received: entry.prompt[3].create_time ?? started, started, finished, status: entry.status.status_str })
  }
  return out
}

/** Per hand-off in a chain: ComfyUI finished segment k -> ComfyUI received segment k+1. */
export function handoffGaps(chain: PromptTiming[]): number[] {
  const gaps: number[] = []
  for (let k = 0; k + 1 < chain.length; k++) gaps.push((chain[k + 1] as PromptTiming).received - (chain[k] as PromptTiming).finished)
  return gaps
}

export interface IdleShare {
  prompts: number
  wall_ms: number
  busy_ms: number
  idle_ms: number
  idle_share_pct: number
}

/** Share of the time from the first prompt received to the last one finished when no prompt executed. */
export function idleShare(timings: PromptTiming[]): IdleShare {
  if (timings.length === 0) throw new Error('no prompts ran')
  const runs = timings.map((t) => [t.started, t.finished] as const).sort((a, b) => a[0] - b[0])
  const from = Math.min(...timings.map((t) => t.received))
  const to = Math.max(...timings.map((t) => t.finished))
  let busy = 0
  let cursor = from
  for (const [s, f] of runs) {
    if (f > cursor) {
      busy += f - Math.max(s, cursor)
      cursor = f
    }
  }
  const wall = to - from
  return { prompts: timings.length, wall_ms: wall, busy_ms: busy, idle_ms: wall - busy, idle_share_pct: round((100 * (wall - busy)) / wall) }
}
