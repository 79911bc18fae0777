// The /ws endpoint: one socket per clientId (a reconnect replaces the old one), JSON text frames.
import { randomUUID } from 'node:crypto'
import type { IncomingMessage } from 'node:http'
import type { Duplex } from 'node:stream'
import { WebSocketServer, type WebSocket } from 'ws'

export class WsHub {
  private readonly sockets = new Map<string, WebSocket>()
  private readonly wss = new WebSocketServer({ noServer: true })

  constructor(
    private readonly onConnect: (sid: string) => void,
    private readonly features: () => Record<string, unknown>
  ) {}

  /** Takes an HTTP upgrade for /ws or /api/ws; anything else is refused. */
  handleUpgrade(req: IncomingMessage, socket: Duplex, head: Buffer): void {
    const url = new URL(req.url ?? '/', 'http://localhost')
    if (url.pathname !== '/ws' && url.pathname !== '/api/ws') {
      socket.destroy()
      return
    }
    this.wss.handleUpgrade(req, socket, head, (ws) => {
      const sid = url.searchParams.get('clientId') || randomUUID().replace(/-/g, '')
      this.sockets.set(sid, ws)
      ws.on('close', () => {
        if (this.sockets.get(sid) === ws) this.sockets.delete(sid)
      })
      ws.on('error', () => undefined)
      ws.on('message', (raw) => {
        try {
          const msg = JSON.parse(String(raw)) as { type?: unknown }
          if (msg.type === 'feature_flags') this.sendTo(ws, 'feature_flags', this.features())
        } catch {
          // ComfyUI ignores frames it cannot parse
        }
      })
      this.onConnect(sid)
    })
  }

  private sendTo(ws: WebSocket, type: string, data: unknown): void {
    if (ws.readyState === ws.OPEN) ws.send(JSON.stringify({ type, data }))
  }

  /** To one client id, or to every socket when sid is null. */
  send(type: string, data: unknown, sid: string | null): void {
    if (sid === null) {
      for (const ws of this.sockets.values()) this.sendTo(ws, type, data)
      return
    }
    const ws = this.sockets.get(sid)
    if (ws) this.sendTo(ws, type, data)
  }

  /** Drops every connection (a network fault or a restart). */
  closeAll(): void {
    // Replaced sockets are no longer addressable but still connected: close them too.
    for (const ws of this.wss.clients) ws.terminate()
    this.sockets.clear()
  }

  get size(): number {
    return this.sockets.size
  }
}
