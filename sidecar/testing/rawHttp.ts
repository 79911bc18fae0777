// Test support: HTTP requests written byte by byte on a socket, for what fetch cannot send (a chunked
// body of unbounded size that stops as soon as the server answers).
import net from 'node:net'
import { SECRET_HEADER } from '../api/trustGuard'

/**
 * Sends a chunked request over a raw socket: `prefix`, then up to `bytes` of filler in 1 MiB chunks,
 * stopping as soon as an answer arrives or the server closes the connection.
 */
export async function sendChunked(port: number, secret: string, p: string, type: string, bytes: number, prefix = '', method = 'POST'): Promise<{ head: string; body: string; sent: number }> {
  const socket = net.connect(port, '127.0.0.1')
  await new Promise<void>((resolve, reject) => socket.once('connect', resolve).once('error', reject))
  let answer = ''
  let closed = false
  const done = new Promise<void>((resolve) => {
    socket.on('data', (d: Buffer) => (answer += d.toString('utf8')))
    socket.on('close', () => {
      closed = true
      resolve()
    })
    socket.on('error', () => undefined) // EPIPE/ECONNRESET once the server stops reading
  })
  const chunk = (data: Buffer) => Buffer.concat([Buffer.from(`${data.length.toString(16)}\r\n`), data, Buffer.from('\r\n')])
  socket.write(`${method} ${p} HTTP/1.1\r\nHost: 127.0.0.1:${port}\r\n${SECRET_HEADER}: ${secret}\r\nContent-Type: ${type}\r\nTransfer-Encoding: chunked\r\n\r\n`)
  if (prefix) socket.write(chunk(Buffer.from(prefix)))
  const filler = chunk(Buffer.alloc(1024 * 1024, 0x20))
  let sent = 0
  while (sent < bytes && !answer && !closed) {
    // Whichever comes first; the other two listeners go with it (one socket sees hundreds of these waits).
    if (!socket.write(filler)) await new Promise<void>((resolve) => {
      const go = () => {
        socket.off('drain', go).off('close', go).off('data', go)
        resolve()
      }
      socket.on('drain', go).on('close', go).on('data', go)
    })
    sent += 1024 * 1024
  }
  if (!answer && !closed) socket.end('0\r\n\r\n')
  await Promise.race([done, new Promise((r) => setTimeout(r, 10_000))])
  socket.destroy()
  const [head = '', body = ''] = answer.split('\r\n\r\n')
  return { head, body: decodeChunked(head, body), sent }
}

function decodeChunked(head: string, body: string): string {
  if (!/transfer-encoding: chunked/i.test(head)) return body
  let out = ''
  let rest = body
  for (;;) {
    const line = rest.indexOf('\r\n')
    const size = parseInt(rest.slice(0, line), 16)
    if (!size) return out
    out += rest.slice(line + 2, line + 2 + size)
    rest = rest.slice(line + 2 + size + 2)
  }
}
