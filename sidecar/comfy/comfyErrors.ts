// Turns ComfyUI's error shapes into one SegmentError whose message quotes ComfyUI verbatim.
import type { z } from 'zod'
import type { SegmentError } from '../contract'
import type { ExecutionError, PromptRejected } from './comfySchemas'

export function rejectionError(body: PromptRejected, status: number): SegmentError {
  const lines: string[] = []
  let nodeId: string | null = null
  let nodeType: string | null = null
  for (const [id, ne] of Object.entries(body.node_errors)) {
    // The first node named, with its own class (not the class of a later node when it has none).
    if (nodeId === null) {
      nodeId = id
      nodeType = ne.class_type ?? null
    }
    for (const e of ne.errors) lines.push(`${ne.class_type ?? 'node'} #${id}: ${[e.message, e.details].filter(Boolean).join(': ')}`)
  }
  const top = typeof body.error === 'string' ? body.error : body.error ? [body.error.message, body.error.details].filter(Boolean).join(': ') : ''
  if (lines.length === 0 && top) lines.push(top)
  if (lines.length === 0) lines.push(`ComfyUI refused the prompt (HTTP ${status})`)
  return { message: lines.join('\n'), node_id: nodeId, node_type: nodeType, exception_type: null, exception_message: null }
}

export function executionError(e: z.infer<typeof ExecutionError>): SegmentError {
  const exceptionMessage = e.exception_message?.trimEnd() ?? null
  const where = e.node_type ? `${e.node_type}${e.node_id != null ? ` #${e.node_id}` : ''}: ` : ''
  const what = [e.exception_type, exceptionMessage].filter(Boolean).join(': ')
  return {
    message: `${where}${what || 'execution error'}`,
    node_id: e.node_id != null ? String(e.node_id) : null,
    node_type: e.node_type ?? null,
    exception_type: e.exception_type ?? null,
    exception_message: exceptionMessage,
  }
}
