// What a ComfyUI history entry says about one of our prompts, as an engine event (minus ids/time).
import type { FileRef, OutputNodes, SegmentError } from '../contract'
import { executionError } from '../comfy/comfyErrors'
import { ExecutionError } from '../comfy/comfySchemas'
import type { HistoryEntry, OutputFile } from '../comfy/comfySchemas'
import { plainError } from './runQueries'

export type Outcome =
  | { type: 'finished'; video: FileRef; last_frame: FileRef | null; tail: FileRef | null; execution_ms: number | null }
  | { type: 'errored'; error: SegmentError }
  | { type: 'interrupted' }
  | { type: 'pending' }

function toFileRef(f: OutputFile | undefined): FileRef | null {
  if (!f) return null
  const type = f.type === 'input' || f.type === 'temp' ? f.type : 'output'
  return { filename: f.filename, subfolder: f.subfolder, type }
}

function timestampOf(entry: HistoryEntry, kind: string): number | null {
  const msg = entry.status?.messages.find((m) => m[0] === kind)
  const ts = msg?.[1].timestamp
  return typeof ts === 'number' ? ts : null
}

export function historyOutcome(entry: HistoryEntry, nodes: OutputNodes): Outcome {
  const status = entry.status
  const messages = status?.messages ?? []
  const last = messages[messages.length - 1]
  if (status?.status_str === 'error' || last?.[0] === 'execution_error' || last?.[0] === 'execution_interrupted') {
    const interrupted = messages.find((m) => m[0] === 'execution_interrupted')
    if (interrupted) return { type: 'interrupted' }
    const err = messages.find((m) => m[0] === 'execution_error')
    const parsed = ExecutionError.safeParse(err?.[1] ?? {})
    return { type: 'errored', error: parsed.success && err ? executionError(parsed.data) : plainError('ComfyUI reported an error') }
  }
  if (status && status.completed === false && status.status_str !== 'success') return { type: 'pending' }
  const out = (id: string) => {
    const o = entry.outputs[id]
    return o?.images?.[0] ?? o?.videos?.[0] ?? o?.gifs?.[0]
  }
  const video = toFileRef(out(nodes.video))
  if (!video) return { type: 'errored', error: plainError(`ComfyUI finished but node ${nodes.video} saved no video`) }
  const start = timestampOf(entry, 'execution_start')
  const end = timestampOf(entry, 'execution_success')
  return {
    type: 'finished',
    video,
    last_frame: toFileRef(out(nodes.last_frame)),
    tail: nodes.tail ? toFileRef(out(nodes.tail)) : null,
    execution_ms: start !== null && end !== null ? Math.max(0, end - start) : null,
  }
}
