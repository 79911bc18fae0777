// A tiny stand-in for dist/sidecar.mjs with the same CLI contract, for proxy work while the real
// sidecar is being built: listening line, JSON, SSE, Range, upload echo, lock file, stdin EOF exit.
import { createServer } from 'node:http'
import { createHash } from 'node:crypto'
import { existsSync, readFileSync, writeFileSync, mkdirSync, statSync, createReadStream, rmSync } from 'node:fs'
import { join } from 'node:path'

const args = process.argv.slice(2)
const option = (name) => {
  const i = args.indexOf(name)
  return i >= 0 ? args[i + 1] : undefined
}
const data = option('--data')
if (!data) {
  console.error('--data is required')
  process.exit(2)
}
mkdirSync(data, { recursive: true })
const lock = join(data, 'sidecar.lock')
if (existsSync(lock)) {
  const pid = Number(readFileSync(lock, 'utf8'))
  let alive = false
  try {
    process.kill(pid, 0)
    alive = true
  } catch {}
  if (alive && pid !== process.pid) {
    console.error(`another sidecar (pid ${pid}) uses ${data}`)
    process.exit(3)
  }
}
writeFileSync(lock, String(process.pid))
const clients = new Set()
const send = (res, status, body) => {
  res.writeHead(status, { 'content-type': 'application/json' })
  res.end(JSON.stringify(body))
}
const server = createServer((req, res) => {
  const url = new URL(req.url, 'http://x')
  if (url.pathname === '/api/health') return send(res, 200, { ok: true, query: url.search, comfyui: { url: option('--comfyui'), reachable: false } })
  if (url.pathname === '/api/events') {
    res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache' })
    res.write('event: hello\ndata: {}\n\n')
    clients.add(res)
    req.on('close', () => clients.delete(res))
    return
  }
  if (url.pathname === '/api/settings' && req.method === 'PUT') {
    let body = ''
    req.on('data', (c) => (body += c))
    req.on('end', () => {
      for (const c of clients) c.write(`event: settings\ndata: ${body}\n\n`)
      send(res, 200, JSON.parse(body))
    })
    return
  }
  if (url.pathname === '/api/jobs' && req.method === 'POST') return send(res, 400, { error: { code: 'bad_request', message: 'name: required', field: 'name' } })
  if (url.pathname === '/api/upload' && req.method === 'POST') {
    const hash = createHash('sha256')
    let size = 0
    req.on('data', (c) => {
      hash.update(c)
      size += c.length
    })
    req.on('end', () => send(res, 200, { size, sha256: hash.digest('hex'), type: req.headers['content-type'] }))
    return
  }
  const video = url.pathname.match(/^\/api\/jobs\/(\d+)\/video$/)
  if (video) {
    const file = join(data, 'video.mp4')
    if (!existsSync(file)) return send(res, 404, { error: { code: 'not_found', message: 'no video' } })
    const size = statSync(file).size
    const range = /bytes=(\d+)-(\d*)/.exec(req.headers.range ?? '')
    if (!range) {
      res.writeHead(200, { 'content-type': 'video/mp4', 'content-length': size, 'accept-ranges': 'bytes' })
      return createReadStream(file).pipe(res)
    }
    const start = Number(range[1])
    const end = range[2] ? Number(range[2]) : size - 1
    res.writeHead(206, { 'content-type': 'video/mp4', 'content-length': end - start + 1, 'content-range': `bytes ${start}-${end}/${size}`, 'accept-ranges': 'bytes' })
    return createReadStream(file, { start, end }).pipe(res)
  }
  send(res, 404, { error: { code: 'not_found', message: url.pathname } })
})
setInterval(() => {
  for (const c of clients) c.write(': heartbeat\n\n')
}, 15000).unref()
server.listen(Number(option('--port') ?? 0), option('--host') ?? '127.0.0.1', () => {
  console.log(`LONGVIDEO_SIDECAR_LISTENING ${JSON.stringify({ port: server.address().port, pid: process.pid })}`)
  console.error(`stand-in sidecar up, comfyui ${option('--comfyui')}`)
})
if (args.includes('--exit-with-stdin')) {
  process.stdin.on('end', () => {
    rmSync(lock, { force: true })
    process.exit(0)
  })
  process.stdin.resume()
}
