// Reading an API prompt as a graph: links, literal values (through primitive nodes and {__value__}
// wrappers), ancestors, and how a node is named in messages.
import { isLink, type ApiPrompt, type Link } from './apiPrompt'

/** A place in the graph a role points at: a node input, or a node output (LoRA insertion point). */
export interface Site {
  node: string
  input?: string
  output?: number
}

export function linkOf(prompt: ApiPrompt, node: string, input: string): Link | null {
  const value = prompt[node]?.inputs[input]
  return isLink(value) ? value : null
}

/** graphToPrompt wraps list values as {__value__: [...]}; ComfyUI unwraps them, so we read through. */
export function literal(prompt: ApiPrompt, node: string, input: string): unknown {
  const value = prompt[node]?.inputs[input]
  if (value !== null && typeof value === 'object' && !Array.isArray(value) && '__value__' in value) return value.__value__
  return value
}

/**
 * Where a widget's value really lives: the input itself, or the `value` of a primitive node it is
 * linked to (a seed or a prompt converted to an input and fed from a PrimitiveInt/String node).
 */
export function valueSite(prompt: ApiPrompt, node: string, input: string): Site {
  const link = linkOf(prompt, node, input)
  if (link) {
    const source = prompt[link[0]]
    if (source && 'value' in source.inputs && !isLink(source.inputs.value)) return { node: link[0], input: 'value' }
  }
  return { node, input }
}

/** The value at a site (read through primitives), or undefined when it is a link or absent. */
export function valueAt(prompt: ApiPrompt, node: string, input: string): unknown {
  const site = valueSite(prompt, node, input)
  const value = literal(prompt, site.node, site.input ?? input)
  return isLink(value) ? undefined : value
}

/** Every node the given node depends on (not itself). */
export function ancestors(prompt: ApiPrompt, start: string): Set<string> {
  const seen = new Set<string>()
  const todo = [start]
  while (todo.length > 0) {
    const id = todo.pop() as string
    for (const value of Object.values(prompt[id]?.inputs ?? {})) {
      if (isLink(value) && !seen.has(value[0]) && prompt[value[0]]) {
        seen.add(value[0])
        todo.push(value[0])
      }
    }
  }
  return seen
}

/** `WanImageToVideo #10 'Size'`: the class, the id and the title when the user gave one. */
export function describe(prompt: ApiPrompt, id: string): string {
  const node = prompt[id]
  if (!node) return `#${id}`
  const title = node._meta?.title
  return title && title !== node.class_type ? `${node.class_type} #${id} '${title}'` : `${node.class_type} #${id}`
}

/** Ids in a stable order: numeric ids numerically, then the rest. */
export function sortedIds(ids: Iterable<string>): string[] {
  return [...ids].sort((a, b) => {
    const na = Number(a)
    const nb = Number(b)
    if (Number.isFinite(na) && Number.isFinite(nb)) return na - nb
    if (Number.isFinite(na)) return -1
    if (Number.isFinite(nb)) return 1
    return a < b ? -1 : a > b ? 1 : 0
  })
}
