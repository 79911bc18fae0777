// LoRAs as a chain of LoraLoaderModelOnly nodes after a model source; every consumer of the source
// is rewired to the chain's end, so the chain sits exactly where the model was used.
import type { ApiPrompt } from './apiPrompt'
import { addNode, consumersOf } from './graphEdit'
import type { OutputRef } from './template'

export interface LoraRef {
  name: string
  strength: number
}

/** Inserts the chain in place (on a prompt the caller owns) and returns the new node ids, in order. */
export function insertLoraChain(prompt: ApiPrompt, source: OutputRef, loras: LoraRef[], label: string): string[] {
  if (loras.length === 0) return []
  const consumers = consumersOf(prompt, source.node, source.output)
  const ids: string[] = []
  let tail: [string, number] = [source.node, source.output]
  loras.forEach((lora, i) => {
    const id = addNode(prompt, {
      class_type: 'LoraLoaderModelOnly',
      inputs: { model: tail, lora_name: lora.name, strength_model: lora.strength },
      _meta: { title: `LoRA ${i + 1} (${label}): ${lora.name}` },
    })
    ids.push(id)
    tail = [id, 0]
  })
  for (const site of consumers) {
    const node = prompt[site.node]
    if (node) node.inputs[site.input] = [tail[0], tail[1]]
  }
  return ids
}
