// Small edits on an API prompt graph: fresh node ids, finding and rewiring the consumers of an output.
import { isLink, type ApiNode, type ApiPrompt } from './apiPrompt'

/** Next numeric id not used in the prompt (ids are strings; non-numeric ones are skipped). */
export function nextNodeId(prompt: ApiPrompt): string {
  let max = 0
  for (const id of Object.keys(prompt)) {
    const n = Number(id)
    if (Number.isInteger(n) && n > max) max = n
  }
  let next = max + 1
  while (String(next) in prompt) next++
  return String(next)
}

/** Adds a node under a fresh id and returns the id. */
export function addNode(prompt: ApiPrompt, node: ApiNode): string {
  const id = nextNodeId(prompt)
  prompt[id] = node
  return id
}

export interface InputSite {
  node: string
  input: string
}

/** Every input linked to output `output` of node `node`. */
export function consumersOf(prompt: ApiPrompt, node: string, output: number): InputSite[] {
  const sites: InputSite[] = []
  for (const [id, n] of Object.entries(prompt)) {
    for (const [input, value] of Object.entries(n.inputs)) {
      if (isLink(value) && value[0] === node && value[1] === output) sites.push({ node: id, input })
    }
  }
  return sites
}

/** Removes a node when nothing links to it any more (e.g. an unused LoadImage). */
export function removeIfUnused(prompt: ApiPrompt, node: string): void {
  const used = Object.values(prompt).some((n) => Object.values(n.inputs).some((v) => isLink(v) && v[0] === node))
  if (!used) delete prompt[node]
}
