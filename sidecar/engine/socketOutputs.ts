// The outputs of our prompts as ComfyUI announces them on the socket. An `executed` message carries a
// node's UI output, the same dict /history stores under outputs[node] (cached nodes included), so a
// prompt that ended with execution_success can be completed without asking /history: one round
// trip to ComfyUI fewer between a segment's end and the next one's POST. Whatever the socket did not
// bring in full (a reconnect in between, a sidecar restart) is read from /history as before.
import type { HistoryEntry } from '../comfy/comfySchemas'
import { NodeOutput } from '../comfy/comfySchemas'
import type { OutputNodes } from '../contract'

/** Prompts followed at once; more would only be prompts whose end we never saw (they age out). */
const MAX_FOLLOWED = 64

interface Followed {
  startedAt: number | null
  outputs: HistoryEntry['outputs']
}

const timestampOf = (data: Record<string, unknown>): number | null => (typeof data.timestamp === 'number' ? data.timestamp : null)

export class SocketOutputs {
  private readonly prompts = new Map<string, Followed>()

  private followed(promptId: string): Followed {
    let f = this.prompts.get(promptId)
    if (!f) {
      f = { startedAt: null, outputs: {} }
      this.prompts.set(promptId, f)
      if (this.prompts.size > MAX_FOLLOWED) {
        const oldest = this.prompts.keys().next().value
        if (oldest !== undefined) this.prompts.delete(oldest)
      }
    }
    return f
  }

  started(promptId: string, data: Record<string, unknown>): void {
    this.followed(promptId).startedAt = timestampOf(data)
  }

  /** An `executed` message: a null output (a cached node without UI output) says nothing. */
  executed(promptId: string, data: Record<string, unknown>): void {
    if (typeof data.node !== 'string' || data.output === null || data.output === undefined) return
    const parsed = NodeOutput.safeParse(data.output)
    if (parsed.success) this.followed(promptId).outputs[data.node] = parsed.data
  }

  /**
   * The prompt's history entry as its execution_success message and the outputs seen before it give
   * it, when they hold every output node the run saves to (else null: read /history). Forgets it.
   */
  succeeded(promptId: string, data: Record<string, unknown>, nodes: OutputNodes): HistoryEntry | null {
    const f = this.prompts.get(promptId)
    this.prompts.delete(promptId)
    if (!f) return null
    const wanted = [nodes.video, nodes.last_frame, ...(nodes.tail ? [nodes.tail] : [])]
    if (!wanted.every((id) => f.outputs[id] !== undefined)) return null
    const end = timestampOf(data)
    const messages: [string, Record<string, unknown>][] = []
    if (f.startedAt !== null) messages.push(['execution_start', { prompt_id: promptId, timestamp: f.startedAt }])
    messages.push(['execution_success', { prompt_id: promptId, ...(end !== null ? { timestamp: end } : {}) }])
    return { outputs: f.outputs, status: { status_str: 'success', completed: true, messages } }
  }

  forget(promptId: string): void {
    this.prompts.delete(promptId)
  }
}
