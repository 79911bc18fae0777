// A small WebSocket client for tests: records every JSON message and waits for the one you expect.
import WebSocket from 'ws'

export interface WsMessage {
  type: string
  data: Record<string, unknown>
}

export interface WsTestClient {
  clientId: string
  messages: WsMessage[]
  /** Resolves with the first message (already received or future) matching `predicate`. */
  waitFor(predicate: (m: WsMessage) => boolean, timeoutMs?: number): Promise<WsMessage>
  /** Resolves once `executing {node: null}` for this prompt arrived. */
  waitForPromptEnd(promptId: string, timeoutMs?: number): Promise<WsMessage>
  /** Messages about one prompt (plus the status messages received meanwhile), from its execution_start on. */
  forPrompt(promptId: string): WsMessage[]
  closed: Promise<void>
  close(): Promise<void>
}

export async function connectWs(baseUrl: string, clientId: string, wsPath = '/ws'): Promise<WsTestClient> {
  const url = `${baseUrl.replace(/^http/, 'ws')}${wsPath}?clientId=${encodeURIComponent(clientId)}`
  const ws = new WebSocket(url)
  const messages: WsMessage[] = []
  const waiters: Array<{ predicate: (m: WsMessage) => boolean; resolve: (m: WsMessage) => void }> = []
  ws.on('message', (raw, isBinary) => {
    if (isBinary) return
    const msg = JSON.parse(String(raw)) as WsMessage
    messages.push(msg)
    for (const w of [...waiters]) {
      if (w.predicate(msg)) {
        waiters.splice(waiters.indexOf(w), 1)
        w.resolve(msg)
      }
    }
  })
  const closed = new Promise<void>((resolve) => ws.once('close', () => resolve()))
  await new Promise<void>((resolve, reject) => {
    ws.once('open', () => resolve())
    ws.once('error', reject)
  })
  const waitFor = (predicate: (m: WsMessage) => boolean, timeoutMs = 20_000): Promise<WsMessage> => {
    const seen = messages.find(predicate)
    if (seen) return Promise.resolve(seen)
    return new Promise((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`no matching WebSocket message within ${timeoutMs} ms`)), timeoutMs)
      waiters.push({
        predicate,
        resolve: (m) => {
          clearTimeout(timer)
          resolve(m)
        },
      })
    })
  }
  return {
    clientId,
    messages,
    waitFor,
    waitForPromptEnd: (promptId, timeoutMs) =>
      waitFor((m) => m.type === 'executing' && m.data.node === null && m.data.prompt_id === promptId, timeoutMs),
    forPrompt(promptId) {
      const start = messages.findIndex((m) => m.type === 'execution_start' && m.data.prompt_id === promptId)
      if (start < 0) return []
      const end = messages.findIndex((m, i) => i > start && m.type === 'executing' && m.data.node === null && m.data.prompt_id === promptId)
      return messages.slice(start, end < 0 ? undefined : end + 1).filter((m) => m.type === 'status' || m.data.prompt_id === promptId)
    },
    closed,
    close: async () => {
      ws.close()
      await closed
    },
  }
}
