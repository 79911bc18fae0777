// Cache keys like ComfyUI's input-signature cache: class + literal inputs + the signatures of linked nodes,
// plus whatever "IS_CHANGED" says (for LoadImage: the file's content).
import { createHash } from 'node:crypto'
import type { ApiPrompt } from './validatePrompt'

/** Classes whose result depends on something outside the prompt (their own id, here). */
const PER_NODE = new Set(['VHS_VideoCombine'])

export function nodeSignatures(
  prompt: ApiPrompt,
  isChanged: (classType: string, inputs: Record<string, unknown>) => string
): Map<string, string> {
  const out = new Map<string, string>()
  const visiting = new Set<string>()
  const sign = (id: string): string => {
    const known = out.get(id)
    if (known) return known
    const node = prompt[id]
    if (!node || visiting.has(id)) return `missing:${id}`
    visiting.add(id)
    const inputs = Object.keys(node.inputs)
      .sort()
      .map((k) => {
        const v = node.inputs[k]
        if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string') return [k, 'link', sign(v[0]), v[1]]
        return [k, v]
      })
    const parts = [node.class_type, isChanged(node.class_type, node.inputs), PER_NODE.has(node.class_type) ? id : '', inputs]
    const sig = createHash('sha256').update(JSON.stringify(parts)).digest('hex')
    visiting.delete(id)
    out.set(id, sig)
    return sig
  }
  for (const id of Object.keys(prompt)) sign(id)
  return out
}
