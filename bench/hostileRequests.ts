// Fault 4: malformed and hostile requests to every endpoint (wrong types, huge strings, path traversal
// in every path-like field, oversized and non-image uploads), from a seeded PRNG. Counts answers by
// kind, files touched outside the data and ComfyUI folders, and checks SQLite's integrity afterwards.
import { mkdirSync, mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import http from 'node:http'
import path from 'node:path'
import Database from 'better-sqlite3'
import type { JobWithSegments } from '../sidecar/contract'
import { startBenchWorld } from './benchWorld'
import { call, getJob, tinyJob, waitFor } from './httpApi'
import { BENCH_AUTH } from './sidecarProcess'
import { seededRandom } from './seededRandom'
import type { Rng } from './seededRandom'

export interface HostileResult {
  requests: number
  seed: number
  status_4xx_with_field: number
  status_4xx_without_field: number
  status_2xx: number
  status_5xx: number
  other: number
  /** A few examples of each answer that was not a 4xx naming its field. */
  examples: Record<string, string[]>
  files_touched_outside: string[]
  integrity_check: string
  sidecar_alive: boolean
}

const MARK = 'lvhostile'
const TRAVERSALS = [
  `../../sentinel/${MARK}.png`,
  `../../../${MARK}`,
  `/tmp/${MARK}.png`,
  `....//....//${MARK}`,
  `..%2f..%2f${MARK}`,
  `sub/../../../${MARK}.png`,
  `..\\..\\${MARK}.png`,
  `${MARK}\u0000.png`,
  '/etc/passwd',
  '../data/longvideo.sqlite',
]
const JUNK: unknown[] = [null, 0, -1, 1e308, 3.5, true, [], {}, '', ' ', 'x'.repeat(200_000), '\u0000', '<script>alert(1)</script>', [1, 2, 3], { $gt: '' }, 'NaN']

type Req = { method: string; path: string; body?: string | FormData; contentType?: string; kind: string }

function hostileValue(rng: Rng): unknown {
  return rng.chance(0.4) ? rng.pick(TRAVERSALS) : rng.pick(JUNK)
}

function hostileId(rng: Rng): string {
  return encodeURIComponent(String(rng.pick<unknown>(['-1', '0', '1.5', 'abc', '99999999999999999999', '1e3', ' 1', '%00', ...TRAVERSALS, 'x'.repeat(5000)])))
}

/** A create-job body with one to three fields replaced by values no field should accept. */
function jobBody(rng: Rng): Record<string, unknown> {
  const body: Record<string, unknown> = tinyJob('hostile', 2)
  const fields = ['name', 'input_image', 'prompt', 'negative_prompt', 'preset', 'parameters', 'loras', 'planned_prompts', 'start']
  const paramFields = ['width', 'height', 'fps', 'frames', 'steps', 'cfg', 'seed', 'seed_mode', 'models', 'loras', 'options', 'seconds_per_segment']
  const n = rng.int(1, 3)
  for (let i = 0; i < n; i++) {
    const f = rng.pick(fields)
    if (f === 'parameters' && rng.chance(0.7)) {
      const p = { ...(body.parameters as Record<string, unknown>) }
      const pf = rng.pick(paramFields)
      p[pf] = pf === 'models' ? { high: rng.pick(TRAVERSALS), low: hostileValue(rng) } : hostileValue(rng)
      body.parameters = p
    } else if (f === 'loras') {
      body.loras = { high: [{ name: rng.pick(TRAVERSALS), strength: hostileValue(rng) }], low: hostileValue(rng) }
    } else if (f === 'input_image') {
      body.input_image = rng.chance(0.8) ? rng.pick(TRAVERSALS) : hostileValue(rng)
    } else {
      body[f] = hostileValue(rng)
    }
  }
  // Make sure at least one field is wrong even when the junk happened to be acceptable.
  if (n === 1 && rng.chance(0.5)) body.input_image = rng.pick(TRAVERSALS)
  else {
    const p = body.parameters
    body.parameters = p !== null && typeof p === 'object' && !Array.isArray(p) ? { ...p, frames: 10 } : p
  }
  return body
}

function rawJunk(rng: Rng): { body: string; contentType: string } {
  const body = rng.pick(['{', 'null', '[]', '"text"', '{"name":', 'x'.repeat(100_000), '\u0000\u0001\u0002', '{"a":'.repeat(2000), '<xml/>', ''])
  return { body, contentType: rng.pick(['application/json', 'text/plain', 'application/x-www-form-urlencoded']) }
}

function multipart(rng: Rng): { form: FormData; kind: string } {
  const form = new FormData()
  const which = rng.int(0, 5)
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52, 1, 2, 3])
  if (which === 0) form.append('image', new Blob(['hello, not an image']), rng.pick(TRAVERSALS))
  else if (which === 1) form.append('image', new Blob([png]), rng.pick(TRAVERSALS)) // PNG signature, damaged body
  else if (which === 2) form.append('image', new Blob([new Uint8Array(1024)]), 'zeros.jpg')
  else if (which === 3) form.append('other', new Blob([png]), 'x.png')
  else if (which === 4) form.append('image', 'just a string field')
  else form.append('image', new Blob(['GIF89a......']), `${MARK}.gif`)
  return { form, kind: `upload#${which}` }
}

function nextRequest(rng: Rng, jobId: number): Req {
  const r = rng.int(0, 17)
  const id = rng.chance(0.5) ? String(jobId) : hostileId(rng)
  const q = (v: unknown) => encodeURIComponent(typeof v === 'string' ? v : JSON.stringify(v))
  switch (r) {
    case 0:
    case 1:
    case 2: {
      if (rng.chance(0.25)) {
        const j = rawJunk(rng)
        return { method: 'POST', path: '/api/jobs', body: j.body, contentType: j.contentType, kind: 'POST /jobs raw' }
      }
      return { method: 'POST', path: '/api/jobs', body: JSON.stringify(jobBody(rng)), contentType: 'application/json', kind: 'POST /jobs' }
    }
    case 3:
      return { method: 'PUT', path: `/api/jobs/${id}`, body: JSON.stringify(jobBody(rng)), contentType: 'application/json', kind: 'PUT /jobs/{id}' }
    case 4:
      return { method: 'GET', path: `/api/jobs?status=${q(hostileValue(rng))}&limit=${q(hostileValue(rng))}&offset=${q(hostileValue(rng))}`, kind: 'GET /jobs?query' }
    case 5:
      return { method: rng.pick(['GET', 'DELETE']), path: `/api/jobs/${hostileId(rng)}`, kind: 'GET|DELETE /jobs/{bad id}' }
    case 6:
      return { method: 'POST', path: `/api/jobs/${hostileId(rng)}/${rng.pick(['start', 'cancel', 'retry', 'finalize', 'reopen'])}`, kind: 'POST /jobs/{bad id}/command' }
    case 7:
      return { method: 'GET', path: `/api/jobs/${hostileId(rng)}/${rng.pick(['video', 'thumbnail', 'segments'])}`, kind: 'GET /jobs/{bad id}/file' }
    case 8: {
      const body = rng.chance(0.5) ? { prompt: hostileValue(rng), seed: hostileValue(rng) } : { prompt: 'ok', loras: { high: [{ name: rng.pick(TRAVERSALS), strength: 1 }], low: 'x' } }
      return { method: 'POST', path: `/api/jobs/${id}/segments/${rng.pick(['1', '-1', 'x', '99999', hostileId(rng)])}/prompt`, body: JSON.stringify(body), contentType: 'application/json', kind: 'POST segment prompt' }
    }
    case 9:
      return { method: rng.pick(['DELETE', 'GET']), path: `/api/jobs/${id}/segments/${rng.pick(['-1', 'x', '99999', hostileId(rng)])}${rng.chance(0.5) ? `/${rng.pick(['video', 'last-frame'])}` : ''}`, kind: 'segment by bad idx' }
    case 10:
    case 11: {
      const key = rng.pick(['comfyui_url', 'output_subfolder', 'auto_start_queue', 'defaults'])
      const value = key === 'output_subfolder' ? rng.pick(TRAVERSALS) : key === 'comfyui_url' ? rng.pick<unknown>(['file:///etc/passwd', 'javascript:alert(1)', 'http://', 42, ...TRAVERSALS]) : key === 'defaults' ? { width: hostileValue(rng), preset: rng.pick(TRAVERSALS) } : rng.pick<unknown>(['yes', 1, null, [], ...TRAVERSALS])
      return { method: 'PUT', path: '/api/settings', body: JSON.stringify({ [key]: value }), contentType: 'application/json', kind: `PUT /settings ${key}` }
    }
    case 12:
      return { method: 'GET', path: `/api/images?source=${q(rng.pick<unknown>(['input', 'output', 'temp', ...TRAVERSALS]))}&folder=${q(rng.pick(TRAVERSALS))}&sort=${q(hostileValue(rng))}&limit=${q(hostileValue(rng))}`, kind: 'GET /images' }
    case 13:
      return { method: 'GET', path: `/api/view?filename=${q(rng.pick(TRAVERSALS))}&subfolder=${q(rng.pick(TRAVERSALS))}&type=${q(rng.pick<unknown>(['input', 'output', 'temp', 'etc', ...TRAVERSALS]))}`, kind: 'GET /view' }
    case 14:
    case 15: {
      const m = multipart(rng)
      return { method: 'POST', path: '/api/upload', body: m.form, kind: `POST /upload ${m.kind}` }
    }
    case 16: {
      const j = rawJunk(rng)
      const [method, p] = rng.pick([['PUT', '/api/settings'], ['PUT', `/api/jobs/${id}`], ['POST', `/api/jobs/${id}/segments/1/prompt`]] as const)
      return { method, path: p, body: j.body, contentType: j.contentType, kind: 'raw junk body' }
    }
    default:
      return { method: 'GET', path: `/api/jobs?limit=${q(rng.pick(['0', '501', '-5', '1e9', 'abc']))}`, kind: 'GET /jobs limit' }
  }
}

async function send(base: string, r: Req): Promise<{ status: number; field: unknown; text: string }> {
  // With the secret: the requests probe what lies behind the trust boundary.
  const headers: Record<string, string> = { ...BENCH_AUTH, ...(r.contentType ? { 'content-type': r.contentType } : {}) }
  const res = await fetch(`${base}${r.path}`, { method: r.method, headers, ...(r.body !== undefined ? { body: r.body } : {}) })
  const text = await res.text()
  let field: unknown
  try {
    field = (JSON.parse(text) as { error?: { field?: unknown } }).error?.field
  } catch {
    field = undefined
  }
  return { status: res.status, field, text }
}

/**
 * Oversized upload (51 MB): the server may answer from the declared length and close before reading
 * the body, which fetch reports as a failure; a raw request keeps the answer.
 */
function oversized(base: string): Promise<{ status: number; field: unknown; text: string }> {
  const boundary = 'lvboundary'
  const head = Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="image"; filename="${MARK}.png"\r\nContent-Type: image/png\r\n\r\n`)
  const tail = Buffer.from(`\r\n--${boundary}--\r\n`)
  const body = Buffer.concat([head, Buffer.alloc(51 * 1024 * 1024), tail])
  return new Promise((resolve, reject) => {
    let status = 0
    let text = ''
    let settled = false
    const done = () => {
      if (settled) return
      settled = true
      let field: unknown
      try {
        field = (JSON.parse(text) as { error?: { field?: unknown } }).error?.field
      } catch {
        field = undefined
      }
      resolve({ status, field, text })
    }
    const req = http.request(`${base}/api/upload`, { method: 'POST', headers: { ...BENCH_AUTH, 'content-type': `multipart/form-data; boundary=${boundary}`, 'content-length': body.length } }, (res) => {
      status = res.statusCode ?? 0
      res.on('data', (d: Buffer) => (text += d.toString('utf8')))
      res.on('end', done)
      res.on('close', done)
    })
    // The server may answer 413 from the declared length and close while the body is still being
    // written: the write then fails (EPIPE), but the answer already came; only no answer is a failure.
    req.on('socket', (socket) => socket.on('error', () => undefined))
    req.on('error', (err) => setTimeout(() => (status ? done() : settled || ((settled = true), reject(err))), 300))
    // Written in pieces, stopping once the answer is in.
    const piece = 1024 * 1024
    let at = 0
    const writeMore = () => {
      while (at < body.length && !status && !req.destroyed) {
        const chunk = body.subarray(at, at + piece)
        at += chunk.length
        if (!req.write(chunk)) {
          req.once('drain', writeMore)
          return
        }
      }
      if (!req.destroyed) req.end()
    }
    writeMore()
  })
}

type Snapshot = Map<string, string>

function snapshot(dir: string, skip: Set<string>, prefix = '', out: Snapshot = new Map()): Snapshot {
  for (const n of readdirSync(dir)) {
    const p = path.join(dir, n)
    if (skip.has(p)) continue
    const st = statSync(p)
    out.set(prefix + n, st.isDirectory() ? 'dir' : `${st.size}:${st.mtimeMs}`)
    if (st.isDirectory()) snapshot(p, skip, `${prefix}${n}/`, out)
  }
  return out
}

function listing(dir: string): Set<string> {
  try {
    return new Set(readdirSync(dir))
  } catch {
    return new Set()
  }
}

export async function hostileRequests(count = 1000, seed = 4242): Promise<HostileResult> {
  const rng = seededRandom(seed)
  const outer = mkdtempSync(path.join(tmpdir(), 'lv-faults-hostile-'))
  const sentinel = path.join(outer, 'sentinel')
  mkdirSync(path.join(sentinel, 'sub'), { recursive: true })
  writeFileSync(path.join(sentinel, 'keep.txt'), 'sentinel')
  writeFileSync(path.join(sentinel, 'sub', 'keep.png'), 'sentinel')
  const worldRoot = path.join(outer, 'world')
  mkdirSync(worldRoot)
  const w = await startBenchWorld({ root: worldRoot, keep: true, sim: { segmentSeconds: 0 } })
  const allowed = new Set([path.join(worldRoot, 'data'), path.join(worldRoot, 'comfy'), path.join(worldRoot, 'tmp')])
  const watched = ['/', '/tmp', '/etc', path.dirname(outer), process.cwd()]
  const before = snapshot(outer, allowed)
  const listingsBefore = watched.map(listing)
  const passwd = statSync('/etc/passwd').mtimeMs
  const examples: Record<string, string[]> = {}
  const note = (k: string, v: string) => {
    const list = (examples[k] ??= [])
    if (list.length < 6) list.push(v.slice(0, 240))
  }
  const counts = { withField: 0, withoutField: 0, ok: 0, server: 0, other: 0 }
  try {
    const created = await call<JobWithSegments>(w.sidecar.url, 'POST', '/api/jobs', tinyJob('target', 1))
    const jobId = created.body.id
    await waitFor(() => getJob(w.sidecar.url, jobId), (j) => j.status === 'awaiting_prompt', 'the target job', 30_000)
    // The request before one left without an answer (a connection it left unusable?).
    let previous = 'none'
    for (let i = 0; i < count; i++) {
      const r = i % 200 === 199 ? null : nextRequest(rng, jobId)
      let a: { status: number; field: unknown; text: string }
      try {
        a = r ? await send(w.sidecar.url, r) : await oversized(w.sidecar.url)
      } catch (err) {
        counts.other++
        const cause = (err as { cause?: { message?: string } }).cause?.message
        note('no answer', `${r?.kind ?? 'oversized'} (after ${previous}): ${(err as Error).message}${cause ? ` (${cause})` : ''}`)
        previous = r?.kind ?? 'oversized'
        continue
      }
      previous = `${r?.kind ?? 'oversized'} -> ${a.status}`
      const sent = r && typeof r.body === 'string' ? ` ${r.body.slice(0, 80)}` : ''
      const what = `${r ? `${r.method} ${r.path.slice(0, 120)}${sent}` : 'oversized upload'} -> ${a.status} ${a.text.slice(0, 120)}`
      if (a.status >= 400 && a.status < 500) {
        if (typeof a.field === 'string' && a.field.length > 0) counts.withField++
        else {
          counts.withoutField++
          note('4xx without field', what)
        }
      } else if (a.status >= 500) {
        counts.server++
        note('5xx', what)
      } else if (a.status >= 200 && a.status < 300) {
        counts.ok++
        note('2xx', what)
      } else {
        counts.other++
        note('other', what)
      }
    }
    const alive = (await call(w.sidecar.url, 'GET', '/api/health').catch(() => ({ status: 0 }))).status === 200
    await w.sidecar.kill('SIGTERM')
    const after = snapshot(outer, allowed)
    const touched: string[] = []
    for (const [k, v] of after) if (before.get(k) !== v) touched.push(`${path.join(outer, k)} (${before.has(k) ? 'changed' : 'new'})`)
    for (const k of before.keys()) if (!after.has(k)) touched.push(`${path.join(outer, k)} (deleted)`)
    watched.forEach((dir, i) => {
      for (const n of listing(dir)) if (!listingsBefore[i]?.has(n) && n.toLowerCase().includes(MARK)) touched.push(`${path.join(dir, n)} (new)`)
    })
    if (statSync('/etc/passwd').mtimeMs !== passwd) touched.push('/etc/passwd (changed)')
    const tmpLeft = readdirSync(path.join(worldRoot, 'tmp'))
    if (tmpLeft.length) touched.push(`${tmpLeft.length} files left in the sidecar's TMPDIR`)
    const db = new Database(path.join(worldRoot, 'data', 'longvideo.sqlite'), { readonly: true })
    const integrity = (db.pragma('integrity_check') as { integrity_check: string }[]).map((r) => r.integrity_check).join(', ')
    db.close()
    return {
      requests: count,
      seed,
      status_4xx_with_field: counts.withField,
      status_4xx_without_field: counts.withoutField,
      status_2xx: counts.ok,
      status_5xx: counts.server,
      other: counts.other,
      examples,
      files_touched_outside: touched,
      integrity_check: integrity,
      sidecar_alive: alive,
    }
  } finally {
    await w.close()
    rmSync(outer, { recursive: true, force: true })
  }
}
