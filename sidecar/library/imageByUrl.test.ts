import { execFileSync } from 'node:child_process'
import { mkdtempSync, readFileSync } from 'node:fs'
import http from 'node:http'
import type { AddressInfo } from 'node:net'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DomainError } from '../contract'
import { fetchImageUrl, refusedAddress } from './imageByUrl'
import type { UrlFetchOptions } from './imageByUrl'

function png(): Buffer {
  const dir = mkdtempSync(path.join(tmpdir(), 'lv-url-'))
  const file = path.join(dir, 'x.png')
  execFileSync('ffmpeg', ['-loglevel', 'error', '-y', '-f', 'lavfi', '-i', 'testsrc=s=32x32', '-frames:v', '1', file])
  return readFileSync(file)
}

describe('refusedAddress', () => {
  it.each([
    '127.0.0.1', '127.9.9.9', '10.1.2.3', '172.16.0.1', '172.31.255.255', '192.168.1.1', '169.254.169.254',
    '100.64.0.1', '0.0.0.0', '224.0.0.1', '255.255.255.255', '::1', '::', 'fe80::1', 'fd00::1', 'fc00::1',
    '::ffff:127.0.0.1', '::ffff:7f00:1', '::ffff:a00:1', '::10.0.0.1', 'ff02::1', '64:ff9b::a00:1',
  ])('refuses %s', (a) => {
    expect(refusedAddress(a)).toMatch(/address/)
  })
  it.each(['93.184.216.34', '8.8.8.8', '172.32.0.1', '2606:4700:4700::1111', '::ffff:8.8.8.8'])('allows %s', (a) => {
    expect(refusedAddress(a)).toBeNull()
  })
  it('refuses what is not an address', () => {
    expect(refusedAddress('example.com')).toMatch(/not an IP address/)
  })
})

describe('fetchImageUrl', () => {
  const image = png()
  let server: http.Server
  let base = ''
  let hits = 0
  beforeAll(async () => {
    server = http.createServer((req, res) => {
      hits++
      const u = new URL(req.url ?? '/', 'http://x')
      const hop = Number(u.searchParams.get('hops') ?? 0)
      if (u.pathname === '/redirect') {
        const to = u.searchParams.get('to')
        res.writeHead(302, { location: to ?? (hop > 1 ? `/redirect?hops=${hop - 1}` : '/cat%20photo.png') }).end()
      } else if (decodeURIComponent(u.pathname) === '/cat photo.png') res.writeHead(200, { 'content-type': 'image/png' }).end(image)
      else if (u.pathname === '/big') res.writeHead(200, { 'content-length': String(10_000) }).end(Buffer.alloc(10_000))
      else if (u.pathname === '/chunked') {
        // No Content-Length: the cap must hold while the body streams.
        res.writeHead(200)
        let sent = 0
        const timer = setInterval(() => {
          if (sent > 1_000_000 || res.destroyed) return clearInterval(timer), res.end()
          sent += 4096
          res.write(Buffer.alloc(4096))
        }, 1)
      } else if (u.pathname === '/slow') setTimeout(() => res.end(image), 5_000)
      else res.writeHead(404).end('no')
    })
    await new Promise<void>((r) => server.listen(0, '127.0.0.1', r))
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  })
  afterAll(() => new Promise<void>((r) => server.close(() => r())))

  // The test server lives on loopback, which the real rule refuses: these tests allow 127.0.0.1 alone.
  const local: UrlFetchOptions = {
    maxBytes: 5_000,
    timeoutMs: 2_000,
    refused: (a) => (a === '127.0.0.1' ? null : refusedAddress(a)),
    resolve: async (host) => ({ 'evil.test': ['10.0.0.7'], 'mixed.test': ['93.184.216.34', '192.168.0.9'], 'meta.test': ['169.254.169.254'] })[host] ?? [],
  }

  async function refusal(url: string, opts: UrlFetchOptions = local): Promise<DomainError> {
    const err = await fetchImageUrl(url, opts).then(
      () => null,
      (e: unknown) => e
    )
    expect(err).toBeInstanceOf(DomainError)
    expect((err as DomainError).field).toBe('url')
    return err as DomainError
  }

  it('fetches an image and names it after the last path part', async () => {
    const got = await fetchImageUrl(`${base}/cat%20photo.png`, local)
    expect(Buffer.from(got.bytes).equals(image)).toBe(true)
    expect(got.name).toBe('cat photo.png')
  })

  it('follows up to three redirects and refuses a fourth', async () => {
    const got = await fetchImageUrl(`${base}/redirect?hops=3`, local)
    expect(got.finalUrl).toBe(`${base}/cat%20photo.png`)
    expect((await refusal(`${base}/redirect?hops=4`)).message).toMatch(/more than 3 redirects/)
  })

  it('checks the address again after a redirect', async () => {
    const before = hits
    const to = encodeURIComponent('http://127.0.0.2:9/x.png')
    expect((await refusal(`${base}/redirect?to=${to}`)).message).toMatch(/address refused: 127\.0\.0\.2/)
    expect(hits - before).toBe(1)
    expect((await refusal(`${base}/redirect?to=${encodeURIComponent('http://meta.test/latest')}`)).message).toMatch(/meta\.test resolves to 169\.254\.169\.254/)
  })

  it('refuses loopback, private and metadata addresses before connecting, with the real rule', async () => {
    const before = hits
    const real: UrlFetchOptions = { maxBytes: 5_000, timeoutMs: 2_000 }
    for (const url of [`${base}/cat%20photo.png`, 'http://localhost:9/x.png', 'http://[::1]:9/', 'http://169.254.169.254/latest/meta-data', 'http://10.0.0.1/', 'http://0x7f000001/']) {
      expect((await refusal(url, real)).message).toMatch(/address refused/)
    }
    expect(hits).toBe(before)
  })

  it('refuses a name that resolves to a private address, or to any private address among public ones', async () => {
    expect((await refusal('http://evil.test/x.png')).message).toMatch(/evil\.test resolves to 10\.0\.0\.7/)
    expect((await refusal('https://mixed.test/x.png')).message).toMatch(/192\.168\.0\.9/)
    expect((await refusal('http://nowhere.test/x.png')).message).toMatch(/does not resolve/)
  })

  it('fetches only http and https, without credentials', async () => {
    expect((await refusal('file:///etc/passwd')).message).toMatch(/only http/)
    expect((await refusal('ftp://example.com/x.png')).message).toMatch(/only http/)
    expect((await refusal('http://user:pw@example.com/x.png')).message).toMatch(/user name or password/)
    expect((await refusal('not a url')).message).toMatch(/not a valid address/)
  })

  it('caps the size by Content-Length and while a chunked body streams', async () => {
    const big = await refusal(`${base}/big`)
    expect(big.code).toBe('payload_too_large')
    const chunked = await refusal(`${base}/chunked`)
    expect(chunked.code).toBe('payload_too_large')
  })

  it('gives up after the time limit and names it', async () => {
    expect((await refusal(`${base}/slow`, { ...local, timeoutMs: 300 })).message).toMatch(/timed out after 0 s|timed out/)
  })

  it('names an HTTP error answer', async () => {
    expect((await refusal(`${base}/missing.png`)).message).toMatch(/HTTP 404/)
  })
})
