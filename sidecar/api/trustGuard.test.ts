// The HTTP trust boundary of a real sidecar on a real socket: who is refused (403), which bodies are
// refused for their type (415) or size (413), and that a refused request changed nothing.
import http from 'node:http'
import type { Socket } from 'node:net'
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { silentLog } from '../log'
import { startSidecar } from '../server'
import type { Sidecar } from '../server'
import { MAX_JSON_BYTES } from './app'
import { sendChunked } from '../testing/rawHttp'
import { hostName, isOwnHostName, refusalOf, SECRET_HEADER } from './trustGuard'

interface Answer {
  status: number
  body: { error?: { code: string; field?: string; message: string } } & Record<string, unknown>
}

let sidecar: Sidecar

beforeAll(async () => {
  // Nothing listens at this ComfyUI: the boundary answers without it.
  sidecar = await startSidecar({ comfyuiUrl: 'http://127.0.0.1:9', dataDir: mkdtempSync(path.join(tmpdir(), 'lv-trust-')), log: silentLog, pollMs: 60_000 })
})

afterAll(async () => {
  await sidecar.close()
})

/** Sockets given their quiet error listener (the global agent keeps sockets alive: once per socket, not per request). */
const quietSockets = new WeakSet<Socket>()

/** A request with exactly these headers (fetch would not let a test set Host, and adds its own). */
function send(method: string, p: string, headers: Record<string, string | number>, body?: string | Buffer): Promise<Answer> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: sidecar.port, method, path: p, headers, setHost: !('host' in headers) }, (res) => {
      let text = ''
      res.on('data', (d: Buffer) => (text += d.toString('utf8')))
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: text ? (JSON.parse(text) as Answer['body']) : {} }))
    })
    req.on('error', reject)
    // A refused large body: the server answers and closes while the body is still being written.
    req.on('socket', (socket) => {
      if (quietSockets.has(socket)) return
      quietSockets.add(socket)
      socket.on('error', () => undefined)
    })
    req.end(body)
  })
}

const auth = () => sidecar.authHeaders
const json = { 'content-type': 'application/json' }
const accepting = async () => ((await send('GET', '/api/queue/status', auth())).body as { accepting: boolean }).accepting

describe('who may call the sidecar', () => {
  it('refuses a request without the secret (403 naming the header), and it changes nothing', async () => {
    // A "simple" cross-site request: text/plain, no preflight, sent by any page the user visits.
    const plain = await send('POST', '/api/queue/stop', { 'content-type': 'text/plain' }, '{}')
    expect(plain.status).toBe(403)
    expect(plain.body.error).toMatchObject({ code: 'forbidden', field: SECRET_HEADER })
    expect(plain.body.error?.message).toMatch(/X-LongVideo-Secret/)
    const bare = await send('GET', '/api/jobs', {})
    expect([bare.status, bare.body.error?.field]).toEqual([403, SECRET_HEADER])
    expect((await send('GET', '/api/events', {})).status).toBe(403)
    expect(await accepting()).toBe(true)
  })

  it('refuses a wrong secret, and accepts the right one on every route', async () => {
    const wrong = await send('POST', '/api/queue/stop', { [SECRET_HEADER]: 'guess' })
    expect([wrong.status, wrong.body.error?.message]).toEqual([403, `${SECRET_HEADER}: wrong secret`])
    expect((await send('GET', '/api/jobs', auth())).status).toBe(200)
    expect((await send('POST', '/api/queue/stop', auth())).status).toBe(200)
    expect(await accepting()).toBe(false)
    expect((await send('POST', '/api/queue/start', { ...auth(), ...json }, '{}')).status).toBe(200)
    expect(await accepting()).toBe(true)
  })

  it('refuses a foreign origin, and accepts a page of the sidecar\'s own address without the secret', async () => {
    const foreign = await send('POST', '/api/queue/stop', { origin: 'http://evil.example', 'content-type': 'text/plain' }, '{}')
    expect([foreign.status, foreign.body.error?.field]).toEqual([403, 'origin'])
    const otherPort = await send('POST', '/api/queue/stop', { origin: `http://127.0.0.1:${sidecar.port + 1}` })
    expect(otherPort.status).toBe(403)
    expect((await send('POST', '/api/queue/stop', { origin: 'null' })).status).toBe(403)
    expect(await accepting()).toBe(true)
    for (const origin of [`http://127.0.0.1:${sidecar.port}`, `http://localhost:${sidecar.port}`]) {
      expect((await send('GET', '/api/jobs', { origin })).status).toBe(200)
    }
  })

  it('refuses a foreign Host (DNS rebinding) even from what looks like its own origin', async () => {
    const rebound = await send('GET', '/api/settings', { host: `attacker.example:${sidecar.port}`, origin: `http://attacker.example:${sidecar.port}` })
    expect([rebound.status, rebound.body.error?.field]).toEqual([403, 'host'])
    const healthProbe = await send('GET', '/api/health', { host: `attacker.example:${sidecar.port}` })
    expect(healthProbe.status).toBe(403)
    expect((await send('GET', '/api/health', { host: `localhost:${sidecar.port}` })).status).toBe(200)
  })

  it('answers GET /api/health without the secret (a liveness probe), but nothing else', async () => {
    const health = await send('GET', '/api/health', {})
    expect(health.status).toBe(200)
    expect(health.body).toHaveProperty('version')
    expect((await send('POST', '/api/health', {})).status).toBe(403)
    expect((await send('GET', '/api/health/', {})).status).toBe(403)
    expect((await send('GET', '/api/no-such-route', {})).status).toBe(403)
  })
})

describe('what a body may be', () => {
  it('takes only application/json on JSON routes (415 naming content-type)', async () => {
    for (const type of ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', '']) {
      const headers = type ? { ...auth(), 'content-type': type } : auth()
      const answer = await send('PUT', '/api/settings', headers, '{"auto_start_queue":false}')
      expect([answer.status, answer.body.error?.code, answer.body.error?.field]).toEqual([415, 'unsupported_media_type', 'content-type'])
    }
    const ok = await send('PUT', '/api/settings', { ...auth(), 'content-type': 'application/json; charset=utf-8' }, '{"auto_start_queue":true}')
    expect(ok.status).toBe(200)
    // A command without a body needs no type.
    expect((await send('POST', '/api/queue/start', auth())).status).toBe(200)
  })

  it('takes only multipart/form-data on the upload route', async () => {
    const answer = await send('POST', '/api/upload', { ...auth(), ...json }, '{"image":"x"}')
    expect([answer.status, answer.body.error?.field]).toEqual([415, 'content-type'])
  })

  it('refuses a JSON body over the limit from its declared length (413 naming body)', async () => {
    const big = Buffer.alloc(MAX_JSON_BYTES + 1, 0x20)
    const answer = await send('POST', '/api/jobs', { ...auth(), ...json, 'content-length': big.length }, big)
    expect(answer.status).toBe(413)
    expect(answer.body.error).toMatchObject({ code: 'payload_too_large', field: 'body' })
  })

  it('refuses a chunked JSON body (no length) once it passes the limit, without reading it to the end', async () => {
    const answer = await sendChunked(sidecar.port, sidecar.secret, '/api/jobs', 'application/json', 400 * 1024 * 1024)
    expect(answer.head).toMatch(/^HTTP\/1\.1 413/)
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large', field: 'body' } })
    // The server stopped reading: far less than the 400 MB offered went over the socket.
    expect(answer.sent).toBeLessThan(MAX_JSON_BYTES + 64 * 1024 * 1024 + 16 * 1024 * 1024)
  })

  it('refuses a chunked upload once it passes the limit (413 naming image)', async () => {
    const answer = await sendChunked(sidecar.port, sidecar.secret, '/api/upload', 'multipart/form-data; boundary=b', 400 * 1024 * 1024)
    expect(answer.head).toMatch(/^HTTP\/1\.1 413/)
    expect(JSON.parse(answer.body)).toMatchObject({ error: { code: 'payload_too_large', field: 'image' } })
  })

  it('still takes a chunked body under the limit', async () => {
    const answer = await sendChunked(sidecar.port, sidecar.secret, '/api/settings', 'application/json', 0, '{"auto_start_queue":true}', 'PUT')
    expect(answer.head).toMatch(/^HTTP\/1\.1 200/)
  })
})

/**
 * A keep-alive client (one socket, as a browser or ComfyUI's aiohttp proxy holds) sends an oversized
 * body in pieces until the answer comes, then a second request: both must be answered.
 */
async function oversizeThenNext(agent: http.Agent, headers: Record<string, string | number>, total: number): Promise<{ first: http.IncomingMessage; firstBody: string; second: number }> {
  const first = await new Promise<{ res: http.IncomingMessage; text: string }>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: sidecar.port, method: 'POST', path: '/api/jobs', agent, headers: { ...auth(), ...json, ...headers } }, (res) => {
      let text = ''
      res.on('data', (d: Buffer) => (text += d.toString('utf8')))
      res.on('end', () => resolve({ res, text }))
    })
    req.on('error', (err: NodeJS.ErrnoException) => {
      // Only the write of a refused body may fail, never the answer.
      if (err.code !== 'EPIPE' && err.code !== 'ECONNRESET') reject(err)
    })
    const piece = Buffer.alloc(256 * 1024, 0x20)
    let sent = 0
    let answered = false
    req.on('response', () => (answered = true))
    const more = () => {
      while (sent < total && !answered && !req.destroyed) {
        sent += piece.length
        if (!req.write(piece)) return void req.once('drain', more)
      }
      if (!req.destroyed) req.end()
    }
    more()
  })
  const second = await new Promise<number>((resolve, reject) => {
    const req = http.request({ host: '127.0.0.1', port: sidecar.port, method: 'GET', path: '/api/jobs', agent, headers: auth() }, (res) => {
      res.resume()
      res.on('end', () => resolve(res.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })
  return { first: first.res, firstBody: first.text, second }
}

describe('a refused body and the connection it came on', () => {
  it('answers 413 with Connection: close to an oversized chunked body, and the next request on a keep-alive agent works', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      for (let round = 0; round < 3; round += 1) {
        const { first, firstBody, second } = await oversizeThenNext(agent, { 'transfer-encoding': 'chunked' }, 64 * 1024 * 1024)
        expect(first.statusCode).toBe(413)
        expect(first.headers.connection).toBe('close')
        expect(JSON.parse(firstBody)).toMatchObject({ error: { code: 'payload_too_large', field: 'body' } })
        expect(second).toBe(200)
      }
    } finally {
      agent.destroy()
    }
  })

  it('does the same for a body refused from its declared length before a byte of it is read', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      for (let round = 0; round < 3; round += 1) {
        const total = MAX_JSON_BYTES + 8 * 1024 * 1024
        const { first, second } = await oversizeThenNext(agent, { 'content-length': total }, total)
        expect([first.statusCode, first.headers.connection]).toEqual([413, 'close'])
        expect(second).toBe(200)
      }
    } finally {
      agent.destroy()
    }
  })

  it('lets fetch (undici, keep-alive by default) go on after its oversized body was refused', async () => {
    const url = `http://127.0.0.1:${sidecar.port}/api/jobs`
    // Past what a server drains of a refused body (node-server stops at 64 MiB), so the connection cannot be reused.
    for (let round = 0; round < 3; round += 1) {
      const refused = await fetch(url, { method: 'POST', headers: { ...auth(), ...json }, body: Buffer.alloc(MAX_JSON_BYTES + 80 * 1024 * 1024, 0x20) })
      expect([refused.status, refused.headers.get('connection')]).toEqual([413, 'close'])
      expect(await refused.json()).toMatchObject({ error: { field: 'body' } })
      expect((await fetch(url, { headers: auth() })).status).toBe(200)
    }
  })

  it('reads and drops a body its route answered without reading (400 for a bad id), so the kept-alive connection carries the next request', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    const sockets = new Set<unknown>()
    const call = (method: string, p: string, body?: string) =>
      new Promise<number>((resolve, reject) => {
        const req = http.request({ host: '127.0.0.1', port: sidecar.port, method, path: p, agent, headers: { ...auth(), ...(body ? json : {}) } }, (res) => {
          sockets.add(res.socket)
          res.resume()
          res.on('end', () => resolve(res.statusCode ?? 0))
        })
        req.on('error', reject)
        req.end(body)
      })
    try {
      for (let round = 0; round < 3; round += 1) {
        // Larger than the buffers between the socket and the route, which a paused body would fill.
        expect(await call('PUT', '/api/jobs/no-such-job%00', JSON.stringify({ name: 'x'.repeat(200_000) }))).toBe(400)
        expect(await call('GET', '/api/jobs')).toBe(200)
      }
      expect(sockets.size).toBe(1)
    } finally {
      agent.destroy()
    }
  })

  it('answers the next request on the agent after a 415 for a small body', async () => {
    const agent = new http.Agent({ keepAlive: true, maxSockets: 1 })
    try {
      const { first, second } = await oversizeThenNext(agent, { 'content-type': 'text/plain' }, 1024)
      expect(first.statusCode).toBe(415)
      expect(second).toBe(200)
    } finally {
      agent.destroy()
    }
  })
})

describe('the rule itself', () => {
  const trust = (host: string) => ({ secret: 's3cret-s3cret-s3cret', listening: () => ({ host, port: 8000 }) })
  const facts = { method: 'GET', path: '/api/jobs', host: '127.0.0.1:8000', origin: undefined, secret: undefined }

  it('reads host names from Host headers and origins', () => {
    expect(['[::1]:80', 'LocalHost:1', 'a.b', 'a.b.:9', '::1'].map(hostName)).toEqual(['::1', 'localhost', 'a.b', 'a.b', '::1'])
  })

  it('knows the sidecar\'s own names: loopback always, the bound address, any IP literal when bound to all', () => {
    expect(['localhost', '127.0.0.1', '127.5.5.5', '::1'].every((n) => isOwnHostName(n, '127.0.0.1'))).toBe(true)
    expect(isOwnHostName('192.168.1.5', '127.0.0.1')).toBe(false)
    expect(isOwnHostName('192.168.1.5', '192.168.1.5')).toBe(true)
    expect(isOwnHostName('192.168.1.5', '0.0.0.0')).toBe(true)
    expect(isOwnHostName('gpu-box.example', '0.0.0.0')).toBe(false)
    expect(isOwnHostName('gpu-box.example', 'gpu-box.example')).toBe(true)
  })

  it('trusts the secret whatever Host and Origin say (the proxy in front checked those)', () => {
    expect(refusalOf({ ...facts, host: 'gpu-box.example:8000', origin: 'http://x', secret: 's3cret-s3cret-s3cret' }, trust('0.0.0.0'))).toBeNull()
    expect(refusalOf({ ...facts, host: 'evil.example:8000' }, trust('0.0.0.0'))?.field).toBe('host')
    expect(refusalOf({ ...facts, origin: 'https://127.0.0.1:8000' }, trust('127.0.0.1'))?.field).toBe('origin')
    expect(refusalOf({ ...facts, origin: 'http://127.0.0.1:8000' }, trust('127.0.0.1'))).toBeNull()
    expect(refusalOf({ ...facts, method: 'HEAD', path: '/api/health' }, trust('127.0.0.1'))).toBeNull()
  })
})
