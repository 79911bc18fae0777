import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterEach, describe, expect, it } from 'vitest'
import { forward } from './proxy'

const servers: http.Server[] = []

async function listen(handler: http.RequestListener): Promise<URL> {
  const server = http.createServer(handler)
  servers.push(server)
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  return new URL(`http://127.0.0.1:${(server.address() as AddressInfo).port}`)
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections()
    await new Promise((r) => s.close(r))
  }
})

describe('forward', () => {
  it('passes method, path, query, body and Range through, and the answer back', async () => {
    let seen: { method?: string; url?: string; range?: string; body?: string } = {}
    const upstream = await listen((req, res) => {
      let body = ''
      req.on('data', (c: Buffer) => (body += c.toString()))
      req.on('end', () => {
        seen = { method: req.method, url: req.url, range: req.headers.range, body }
        res.writeHead(206, { 'Content-Range': 'bytes 0-1/10', 'Accept-Ranges': 'bytes' })
        res.end('ab')
      })
    })
    const front = await listen((req, res) => forward(req, res, upstream, (req.url ?? '').replace(/^\/longvideo/, '')))
    const answer = await fetch(new URL('/longvideo/api/jobs/1/video?x=1', front), {
      method: 'POST',
      headers: { Range: 'bytes=0-1' },
      body: 'hello',
    })
    expect(answer.status).toBe(206)
    expect(answer.headers.get('content-range')).toBe('bytes 0-1/10')
    expect(await answer.text()).toBe('ab')
    expect(seen).toEqual({ method: 'POST', url: '/api/jobs/1/video?x=1', range: 'bytes=0-1', body: 'hello' })
  })

  it('delivers each server-sent event before the stream ends', async () => {
    let sendSecond: () => void = () => undefined
    const upstream = await listen((_req, res) => {
      res.writeHead(200, { 'Content-Type': 'text/event-stream' })
      res.write('event: queue\ndata: {"n":1}\n\n')
      sendSecond = () => res.write('event: queue\ndata: {"n":2}\n\n')
    })
    const front = await listen((req, res) => forward(req, res, upstream, req.url ?? '/'))
    const answer = await fetch(new URL('/api/events', front))
    const reader = answer.body!.getReader()
    const first = new TextDecoder().decode((await reader.read()).value)
    expect(first).toContain('data: {"n":1}')
    sendSecond()
    const second = new TextDecoder().decode((await reader.read()).value)
    expect(second).toContain('data: {"n":2}')
    await reader.cancel()
  })

  it('answers 502 with a JSON error when nothing listens upstream', async () => {
    const dead = await listen(() => undefined)
    const deadUrl = new URL(dead.href)
    await new Promise((r) => servers.pop()!.close(r))
    const front = await listen((req, res) => forward(req, res, deadUrl, req.url ?? '/'))
    const answer = await fetch(new URL('/api/health', front))
    expect(answer.status).toBe(502)
    expect(((await answer.json()) as { error: { code: string } }).error.code).toBe('sidecar_not_running')
  })
})
