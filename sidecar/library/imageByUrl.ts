// A start image fetched by URL. The sidecar runs on the user's machine, often beside services that
// only listen on loopback or the LAN, so a URL a web page or a pasted link names must never reach
// them: every address is checked after DNS resolution and again after each redirect, and the
// connection goes to the address that was checked (no second lookup a rebinding DNS could answer).
import { lookup as dnsLookup } from 'node:dns/promises'
import http from 'node:http'
import https from 'node:https'
import { BlockList, isIP } from 'node:net'
import type { LookupFunction } from 'node:net'
import path from 'node:path'
import { DomainError } from '../contract'

export const MAX_REDIRECTS = 3

/** Address ranges a fetch may never reach: loopback, private, link-local (cloud metadata), and the rest of the special ones. */
const REFUSED = new BlockList()
for (const [net, prefix] of [
  ['0.0.0.0', 8], // "this network"
  ['10.0.0.0', 8], // private
  ['100.64.0.0', 10], // carrier-grade NAT
  ['127.0.0.0', 8], // loopback
  ['169.254.0.0', 16], // link-local, incl. 169.254.169.254 metadata
  ['172.16.0.0', 12], // private
  ['192.0.0.0', 24], // IETF protocol assignments
  ['192.0.2.0', 24], // documentation
  ['192.168.0.0', 16], // private
  ['198.18.0.0', 15], // benchmarking
  ['198.51.100.0', 24], // documentation
  ['203.0.113.0', 24], // documentation
  ['224.0.0.0', 4], // multicast
  ['240.0.0.0', 4], // reserved, broadcast
] as const) REFUSED.addSubnet(net, prefix, 'ipv4')
for (const [net, prefix] of [
  ['::', 128], // unspecified
  ['::1', 128], // loopback
  ['64:ff9b::', 96], // NAT64 (embeds IPv4)
  ['100::', 64], // discard
  ['2001:db8::', 32], // documentation
  ['fc00::', 7], // unique local
  ['fe80::', 10], // link-local
  ['fec0::', 10], // old site-local
  ['ff00::', 8], // multicast
] as const) REFUSED.addSubnet(net, prefix, 'ipv6')

/** Why an address is refused, or null when a fetch may connect to it. */
export function refusedAddress(address: string): string | null {
  const family = isIP(address)
  if (family === 0) return `${address} is not an IP address`
  if (family === 6) {
    // ::ffff:10.0.0.1 and ::10.0.0.1 reach IPv4 hosts: judge the IPv4 address they carry.
    const mapped = /^::(?:ffff:)?(\d+\.\d+\.\d+\.\d+)$/i.exec(address)
    if (mapped?.[1]) return refusedAddress(mapped[1])
    const hexMapped = /^::ffff:([0-9a-f]{1,4}):([0-9a-f]{1,4})$/i.exec(address)
    if (hexMapped?.[1] && hexMapped[2]) {
      const hi = parseInt(hexMapped[1], 16)
      const lo = parseInt(hexMapped[2], 16)
      return refusedAddress(`${hi >> 8}.${hi & 255}.${lo >> 8}.${lo & 255}`)
    }
  }
  return REFUSED.check(address, family === 4 ? 'ipv4' : 'ipv6') ? `${address} is a loopback, private, link-local or reserved address` : null
}

export interface UrlFetchOptions {
  maxBytes: number
  timeoutMs: number
  /** Resolves a host name to its addresses (tests point names at chosen addresses). */
  resolve?: (host: string) => Promise<string[]>
  /** The address rule; tests may allow their own loopback server, production never changes it. */
  refused?: (address: string) => string | null
}

export interface FetchedImage {
  bytes: Uint8Array
  /** A file name taken from the URL's last path part (not yet made safe). */
  name: string
  /** The URL the bytes came from after redirects. */
  finalUrl: string
}

const FIELD = 'url'

function refusal(message: string): DomainError {
  return new DomainError('bad_request', `url: ${message}`, FIELD)
}

async function resolveAll(host: string): Promise<string[]> {
  const found = await dnsLookup(host, { all: true, verbatim: true })
  return found.map((a) => a.address)
}

/** Checks a URL and picks the address to connect to: every address the name has must be allowed. */
async function vet(url: URL, opts: UrlFetchOptions): Promise<string> {
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw refusal(`only http:// and https:// addresses are fetched, not ${url.protocol}`)
  if (url.username || url.password) throw refusal('addresses with a user name or password are not fetched')
  const host = url.hostname.replace(/^\[|\]$/g, '')
  let addresses: string[]
  if (isIP(host)) addresses = [host]
  else {
    try {
      addresses = await (opts.resolve ?? resolveAll)(host)
    } catch {
      throw refusal(`the host name "${host}" does not resolve`)
    }
  }
  if (addresses.length === 0) throw refusal(`the host name "${host}" does not resolve`)
  const rule = opts.refused ?? refusedAddress
  for (const a of addresses) {
    const why = rule(a)
    // A name that resolves to any refused address is refused: which one a connection takes is not ours to choose.
    if (why) throw refusal(`address refused: ${host}${host === a ? '' : ` resolves to ${a}`} (${why.replace(`${a} is `, '')})`)
  }
  return addresses[0] as string
}

interface Answer {
  status: number
  location: string | null
  contentLength: number | null
  body: http.IncomingMessage
}

function request(url: URL, address: string, signal: AbortSignal): Promise<Answer> {
  const lookup: LookupFunction = (_host, options, callback) => {
    const family = isIP(address)
    if (options.all) callback(null, [{ address, family }])
    else callback(null, address, family)
  }
  const get = url.protocol === 'https:' ? https.get : http.get
  return new Promise((resolve, reject) => {
    const req = get(url, { lookup, signal, headers: { accept: 'image/*', 'user-agent': 'comfyui-long-video' } }, (res) => {
      const len = Number(res.headers['content-length'])
      resolve({
        status: res.statusCode ?? 0,
        location: typeof res.headers.location === 'string' ? res.headers.location : null,
        contentLength: Number.isFinite(len) ? len : null,
        body: res,
      })
    })
    req.on('error', reject)
  })
}

async function readCapped(body: http.IncomingMessage, maxBytes: number): Promise<Uint8Array> {
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of body as AsyncIterable<Buffer>) {
    size += chunk.length
    if (size > maxBytes) {
      body.destroy()
      throw tooBig(maxBytes)
    }
    chunks.push(chunk)
  }
  return new Uint8Array(Buffer.concat(chunks, size))
}

function tooBig(maxBytes: number): DomainError {
  return new DomainError('payload_too_large', `url: the image is larger than ${Math.round(maxBytes / 1e6)} MB`, FIELD)
}

/** Fetches an image's bytes: http(s) only, no refused address at any hop, at most MAX_REDIRECTS redirects, capped size and time. */
export async function fetchImageUrl(raw: string, opts: UrlFetchOptions): Promise<FetchedImage> {
  let url: URL
  try {
    url = new URL(raw)
  } catch {
    throw refusal('not a valid address')
  }
  const signal = AbortSignal.timeout(opts.timeoutMs)
  try {
    for (let hop = 0; ; hop++) {
      const address = await vet(url, opts)
      const answer = await request(url, address, signal)
      if (answer.status >= 300 && answer.status < 400 && answer.location) {
        answer.body.resume()
        if (hop >= MAX_REDIRECTS) throw refusal(`more than ${MAX_REDIRECTS} redirects`)
        url = new URL(answer.location, url)
        continue
      }
      if (answer.status !== 200) {
        answer.body.resume()
        throw refusal(`the server answered HTTP ${answer.status}`)
      }
      if (answer.contentLength !== null && answer.contentLength > opts.maxBytes) {
        answer.body.destroy()
        throw tooBig(opts.maxBytes)
      }
      const bytes = await readCapped(answer.body, opts.maxBytes)
      const last = decodeURIComponentSafe(path.posix.basename(url.pathname))
      return { bytes, name: last || 'image', finalUrl: url.href }
    }
  } catch (err) {
    if (err instanceof DomainError) throw err
    if (signal.aborted) throw refusal(`timed out after ${Math.round(opts.timeoutMs / 1000)} s`)
    throw refusal(`the download failed (${err instanceof Error ? err.message : String(err)})`)
  }
}

function decodeURIComponentSafe(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
