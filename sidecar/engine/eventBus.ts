// Fan-out of ServerEvents to every open events stream.
import type { ServerEvent } from '../contract'

export type Listener = (event: ServerEvent) => void

export class EventBus {
  private readonly listeners = new Set<Listener>()

  subscribe(listener: Listener): () => void {
    this.listeners.add(listener)
    return () => this.listeners.delete(listener)
  }

  emit(event: ServerEvent): void {
    for (const l of this.listeners) {
      try {
        l(event)
      } catch {
        // one broken stream must not stop the others
      }
    }
  }
}
