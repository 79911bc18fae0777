// One long-lived WebSocket to ComfyUI with a stable clientId, reconnecting with backoff.
// Events are not replayed after a drop, so every (re)connect is announced for reconciliation.
import WebSocket from 'ws'
import { WsMessage } from './comfySchemas'

export interface SocketHandlers {
  message(msg: WsMessage): void
  open(): void
  close(): void
}

export class ComfySocket {
  private ws: WebSocket | null = null
  private timer: NodeJS.Timeout | null = null
  private delay = 250
  private closed = false
  connected = false

  constructor(
    private readonly url: string,
    private readonly clientId: string,
    private readonly handlers: SocketHandlers,
    private readonly maxDelayMs = 5_000
  ) {}

  start(): void {
    this.closed = false
    this.connect()
  }

  private connect(): void {
    if (this.closed) return
    const target = new URL(`/ws?clientId=${encodeURIComponent(this.clientId)}`, this.url)
    target.protocol = target.protocol === 'https:' ? 'wss:' : 'ws:'
    const ws = new WebSocket(target)
    this.ws = ws
    ws.on('open', () => {
      this.connected = true
      this.delay = 250
      this.handlers.open()
    })
    ws.on('message', (data, isBinary) => {
      if (isBinary) return // previews: not needed
      let parsed: unknown
      try {
        parsed = JSON.parse(String(data))
      } catch {
        return
      }
      const msg = WsMessage.safeParse(parsed)
      if (msg.success) this.handlers.message(msg.data)
    })
    ws.on('error', () => undefined) // 'close' follows and schedules the reconnect
    ws.on('close', () => {
      const was = this.connected
      this.connected = false
      this.ws = null
      if (was) this.handlers.close()
      this.scheduleReconnect()
    })
  }

  private scheduleReconnect(): void {
    if (this.closed || this.timer) return
    this.timer = setTimeout(() => {
      this.timer = null
      this.connect()
    }, this.delay)
    this.delay = Math.min(this.delay * 2, this.maxDelayMs)
  }

  stop(): void {
    this.closed = true
    if (this.timer) clearTimeout(this.timer)
    this.timer = null
    this.ws?.terminate()
    this.ws = null
    this.connected = false
  }
}
