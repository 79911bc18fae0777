// The order ComfyUI runs nodes in (comfy_execution/graph.py ExecutionList): ready nodes in the order they were
// discovered from the outputs, preferring output nodes, then nodes feeding one, then nodes two steps away.
import type { ApiPrompt } from './validatePrompt'

function isLink(v: unknown): v is [string, number] {
  return Array.isArray(v) && v.length === 2 && typeof v[0] === 'string'
}

export class ExecutionList {
  private pending = new Map<string, true>()
  private blockCount = new Map<string, number>()
  private blocking = new Map<string, Set<string>>()

  constructor(
    private readonly prompt: ApiPrompt,
    private readonly isOutput: (id: string) => boolean,
    private readonly isCached: (id: string) => boolean
  ) {}

  addNode(id: string): void {
    const stack = [id]
    const links: Array<[string, string]> = []
    while (stack.length > 0) {
      const current = stack.pop() as string
      if (this.pending.has(current)) continue
      this.pending.set(current, true)
      this.blockCount.set(current, 0)
      this.blocking.set(current, new Set())
      for (const value of Object.values(this.prompt[current]?.inputs ?? {})) {
        if (!isLink(value) || !this.prompt[value[0]]) continue
        if (!this.isCached(value[0])) stack.push(value[0])
        links.push([value[0], current])
      }
    }
    for (const [from, to] of links) {
      if (this.isCached(from)) continue
      this.addNode(from)
      const blocked = this.blocking.get(from) as Set<string>
      if (!blocked.has(to)) {
        blocked.add(to)
        this.blockCount.set(to, (this.blockCount.get(to) ?? 0) + 1)
      }
    }
  }

  isEmpty(): boolean {
    return this.pending.size === 0
  }

  /** The next node to run, or undefined when none is ready (only after all are done, the graph being acyclic). */
  next(): string | undefined {
    const ready = [...this.pending.keys()].filter((id) => this.blockCount.get(id) === 0)
    const feeds = (id: string, depth: number): boolean =>
      [...(this.blocking.get(id) ?? [])].some((b) => (depth === 1 ? this.isOutput(b) : feeds(b, depth - 1)))
    return (
      ready.find((id) => this.isOutput(id)) ??
      ready.find((id) => feeds(id, 1)) ??
      ready.find((id) => feeds(id, 2)) ??
      ready[0]
    )
  }

  complete(id: string): void {
    this.pending.delete(id)
    for (const to of this.blocking.get(id) ?? []) this.blockCount.set(to, (this.blockCount.get(to) ?? 1) - 1)
    this.blocking.delete(id)
  }

  /** Node ids still waiting, in discovery order. */
  remaining(): string[] {
    return [...this.pending.keys()]
  }
}
