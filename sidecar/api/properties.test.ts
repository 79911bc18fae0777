// Property tests the project did not tune: requests for every route generated from the route's own
// zod schemas (api/validate.ts registers them; testing/schemaArbitrary.ts turns them into values),
// then mutated: control characters, the largest allowed sizes and counts, wrong types, traversal in
// every field. Against the simulated ComfyUI with real ffmpeg:
//   - no answer is a 5xx, the sidecar keeps answering, SQLite stays intact;
//   - nothing is written outside the data and ComfyUI folders, no answer holds a file from outside;
//   - every job the API accepts runs and is finalized to the exact frame count, or fails with a stored reason.
// A fixed seed and a few runs per route in CI; LV_PROPERTY_RUNS=N multiplies the runs, LV_PROPERTY_SEED
// changes the seed (a failure prints the seed and the shrunk request to replay).
import { mkdirSync, readdirSync, statSync, symlinkSync, writeFileSync } from 'node:fs'
import { request as httpRequest } from 'node:http'
import path from 'node:path'
import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { CreateJobBody } from '../contract'
import type { JobWithSegments } from '../contract'
import { countFrames } from '../video'
import { arbitraryFor, CONTROL_CHARACTERS, mutated, traversalPayloads } from '../testing/schemaArbitrary'
import type { Mutation } from '../testing/schemaArbitrary'
import { smallJob, startWorld, waitUntil, writeStartImage } from '../testing/testWorld'
import type { World } from '../testing/testWorld'
import { routeValidations } from './validate'
import type { RouteValidation } from './validate'

const SEED = Number(process.env.LV_PROPERTY_SEED ?? 20261113)
const SCALE = Math.max(1, Number(process.env.LV_PROPERTY_RUNS ?? 1))
const MARKER = `lvprop${SEED}`

interface Route {
  method: string
  path: string
  param?: RouteValidation
  query?: RouteValidation
  json?: RouteValidation
}

interface Sent {
  method: string
  url: string
  body?: string
}

/** The routes of the running app, each with the schemas its validators check. */
function routesOf(w: World): Route[] {
  const byKey = new Map<string, Route>()
  for (const r of w.sidecar.routes) {
    if (!r.path.startsWith('/api/') || r.method === 'ALL') continue
    const key = `${r.method} ${r.path}`
    const route = byKey.get(key) ?? { method: r.method, path: r.path }
    const v = routeValidations.get(r.handler)
    if (v) route[v.target] = v
    byKey.set(key, route)
  }
  // The event stream never ends and the upload is multipart: both have their own tests.
  return [...byKey.values()].filter((r) => r.path !== '/api/events' && r.path !== '/api/upload')
}

/** Values for path parameters: real ids of the fixture job most of the time, else what the schema allows. */
function paramArbitrary(route: Route, ids: Record<string, string>, mutation: Mutation, payloads: string[]): fc.Arbitrary<Record<string, string>> {
  const names = [...route.path.matchAll(/:(\w+)/g)].map((m) => m[1] as string)
  const generated = route.param ? (arbitraryFor(route.param.schema) as fc.Arbitrary<Record<string, string>>) : fc.constant({})
  const free = fc.record(Object.fromEntries(names.map((n) => [n, fc.string({ maxLength: 12 })])))
  const known = fc.constant(Object.fromEntries(names.map((n) => [n, ids[n] ?? '1'])))
  const base = fc.oneof(known, known, generated.map((g) => ({ ...Object.fromEntries(names.map((n) => [n, ids[n] ?? '1'])), ...g })), free)
  return mutated(base, mutation === 'wrong_type' ? 'none' : mutation, payloads) as fc.Arbitrary<Record<string, string>>
}

function valueArbitrary(v: RouteValidation | undefined, mutation: Mutation, payloads: string[], extreme: boolean): fc.Arbitrary<unknown> {
  if (!v) return fc.constant(undefined)
  const base = arbitraryFor(v.schema, { extreme, sizeCap: extreme ? 600 : 8 })
  return mutated(base, mutation, payloads)
}

function requestArbitrary(route: Route, ids: Record<string, string>, mutation: Mutation, extreme: boolean, payloads: string[]): fc.Arbitrary<Sent> {
  return fc
    .tuple(paramArbitrary(route, ids, mutation, payloads), valueArbitrary(route.query, mutation, payloads, extreme), valueArbitrary(route.json, mutation, payloads, extreme))
    .map(([params, query, json]) => {
      const p = route.path.replace(/:(\w+)/g, (_, name: string) => encodeURIComponent(String(params[name] ?? '')))
      const search = new URLSearchParams()
      if (query && typeof query === 'object') {
        for (const [k, val] of Object.entries(query)) search.set(k, typeof val === 'string' ? val : JSON.stringify(val))
      }
      const qs = search.toString()
      return { method: route.method, url: `${p}${qs ? `?${qs}` : ''}`, ...(json !== undefined ? { body: JSON.stringify(json) } : {}) }
    })
}

/**
 * One request on its own connection, the path sent as it is (no URL normalization of "..").
 * A refused oversized body may end its connection early: that is not a failure of the next request.
 */
function send(w: World, req: Sent): Promise<{ status: number; text: string }> {
  return new Promise((resolve, reject) => {
    const body = req.body === undefined ? undefined : Buffer.from(req.body)
    const out = httpRequest(
      {
        host: '127.0.0.1',
        port: w.sidecar.port,
        method: req.method,
        path: req.url,
        agent: false,
        timeout: 30_000,
        headers: { ...w.sidecar.authHeaders, ...(body ? { 'content-type': 'application/json', 'content-length': body.length } : {}) },
      },
      (res) => {
        const chunks: Buffer[] = []
        res.on('data', (c: Buffer) => chunks.push(c))
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('latin1') }))
        res.on('error', reject)
      }
    )
    out.on('timeout', () => out.destroy(new Error(`no answer in 30 s to ${req.method} ${req.url}`)))
    out.on('error', reject)
    out.end(body)
  })
}

/** Names (with sizes and times) of every entry below `dir`, to see that nothing there changed. */
function snapshot(dir: string): string[] {
  const out: string[] = []
  const walk = (d: string) => {
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const full = path.join(d, e.name)
      const st = statSync(full, { throwIfNoEntry: false })
      out.push(`${full} ${st?.size ?? '?'} ${st?.mtimeMs ?? '?'}`)
      if (e.isDirectory()) walk(full)
    }
  }
  walk(dir)
  return out.sort()
}

/** Entries whose name carries the marker anywhere the traversal payloads could have led. */
function markedEntries(dirs: string[]): string[] {
  const found: string[] = []
  for (const d of dirs) {
    let names: string[] = []
    try {
      names = readdirSync(d)
    } catch {
      continue
    }
    for (const n of names) if (n.includes(MARKER)) found.push(path.join(d, n))
  }
  return found
}

describe('requests generated from every route\'s schema', () => {
  let w: World
  let outside: string
  let outsideFile: string
  let sentinel: string[]
  const ids: Record<string, string> = {}

  beforeAll(async () => {
    w = await startWorld()
    // A folder beside the roots that must never be read or written; a link into it from ComfyUI's input.
    outside = path.join(w.root, `outside-${MARKER}`)
    mkdirSync(outside)
    outsideFile = path.join(outside, `secret-${MARKER}.txt`)
    writeFileSync(outsideFile, `the secret ${MARKER}-content`)
    writeStartImage(outside, `secret-${MARKER}.png`)
    symlinkSync(outside, path.join(w.sim.inputDir, 'escape'))
    symlinkSync(outside, path.join(w.sim.outputDir, 'escape'))
    const library = path.join(w.root, 'library')
    mkdirSync(library)
    writeStartImage(library, 'beach.png')
    symlinkSync(outside, path.join(library, 'escape'))
    await w.api('PUT', '/api/settings', { image_folders: [library] })
    sentinel = snapshot(outside)
    // A job with two finished segments, a second take and a final: ids that reach deep into the routes.
    const { body } = await w.api<JobWithSegments>('POST', '/api/jobs', smallJob({ planned_prompts: ['two'] }))
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.counts.done === 2, 'the fixture job')
    await w.api('POST', `/api/jobs/${body.id}/segments/1/takes`, { count: 1 })
    await w.waitForJob(body.id, (j) => j.status === 'awaiting_prompt' && j.segments[1]?.take_count === 2, 'its second take')
    await w.api('POST', `/api/jobs/${body.id}/finalize`)
    await w.waitForJob(body.id, (j) => j.status === 'completed', 'its final')
    Object.assign(ids, { id: String(body.id), idx: '1', take: '2' })
  }, 120_000)

  afterAll(async () => {
    await w?.close()
  })

  const mutations: Array<[Mutation, boolean]> = [
    ['none', false],
    ['none', true],
    ['control', false],
    ['wrong_type', false],
    ['traversal', false],
  ]

  it('answers every generated and mutated request with a 2xx-4xx, never leaks or writes outside the roots, and keeps serving', async () => {
    const payloads = traversalPayloads(MARKER, outsideFile)
    const routes = routesOf(w)
    expect(routes.length).toBeGreaterThan(50)
    const seen = { requests: 0, byStatus: new Map<number, number>() }
    for (const route of routes) {
      for (const [mutation, extreme] of mutations) {
        await fc.assert(
          fc.asyncProperty(requestArbitrary(route, ids, mutation, extreme, payloads), async (req) => {
            const res = await send(w, req)
            seen.requests++
            seen.byStatus.set(res.status, (seen.byStatus.get(res.status) ?? 0) + 1)
            expect(res.status, `${req.method} ${req.url} ${req.body?.slice(0, 300) ?? ''}`).toBeLessThan(500)
            expect(res.text.includes(`${MARKER}-content`), `${req.method} ${req.url} served the outside file`).toBe(false)
            // Settings and queue requests change what later ones see: put them back.
            if (route.path === '/api/settings' && req.method === 'PUT') {
              await w.api('PUT', '/api/settings', { image_folders: [path.join(w.root, 'library')], output_subfolder: 'longvideo', limits: { max_segments_per_job: 100, max_takes_per_segment: 16, max_waiting_takes: 64, max_running_jobs: 20, max_waiting_start_images: 16 } })
            }
          }),
          { seed: SEED, numRuns: 3 * SCALE, endOnFailure: true }
        )
      }
    }
    expect((await w.api('GET', '/api/health')).status).toBe(200)
    const integrity = w.sidecar.db.prepare('PRAGMA integrity_check').get() as Record<string, string>
    expect(Object.values(integrity)).toEqual(['ok'])
    expect(snapshot(outside)).toEqual(sentinel)
    const parents = [w.root, path.dirname(w.root), w.sim.inputDir, w.sim.outputDir, path.join(w.root, 'data'), '/', '/tmp', process.cwd()]
    expect(markedEntries(parents).filter((p) => !p.startsWith(outside) && !p.endsWith(`outside-${MARKER}`))).toEqual([])
    console.info(`property: ${seen.requests} requests over ${routes.length} routes, by status ${JSON.stringify(Object.fromEntries(seen.byStatus))}`)
  }, 900_000)

  it('refuses a control character in any text of a create request with a 400 naming a field', async () => {
    const base = arbitraryFor(CreateJobBody) as fc.Arbitrary<Record<string, unknown>>
    await fc.assert(
      fc.asyncProperty(base, fc.constantFrom(...CONTROL_CHARACTERS), fc.constantFrom('name', 'prompt', 'negative_prompt'), async (body, char, field) => {
        const value = `${String(body[field] ?? 'x')}${char}tail`
        const r = await w.api<{ error: { field: string } }>('POST', '/api/jobs', { ...body, [field]: value, start: false })
        expect(r.status).toBe(400)
        expect(r.body.error.field.length).toBeGreaterThan(0)
      }),
      { seed: SEED, numRuns: 10 * SCALE }
    )
  }, 300_000)
})

describe('every job the API accepts', () => {
  let w: World
  beforeAll(async () => {
    w = await startWorld({ segmentSeconds: 0.05 })
  })
  afterAll(async () => {
    await w?.close()
  })

  /**
   * Create bodies from the schema. Sizes and lengths are kept small so the simulated ComfyUI renders
   * them in time (every other field is generated as the schema allows: names, prompts at any length,
   * seeds, LoRAs, models, options, presets, start images that exist or not).
   */
  function jobBodies(presets: string[], loras: string[]): fc.Arbitrary<z.input<typeof CreateJobBody>> {
    const sized = fc.integer({ min: 1, max: 8 }).map((k) => k * 16)
    // Mostly names ComfyUI has, sometimes any text: both must end well (run, or a 400 naming the field).
    const names = (real: string[]) => fc.oneof({ arbitrary: fc.constantFrom(...real), weight: 4 }, { arbitrary: fc.string({ minLength: 1, maxLength: 20 }), weight: 1 })
    const sometimes = <T>(a: fc.Arbitrary<T>) => fc.oneof({ arbitrary: fc.constant(undefined), weight: 3 }, { arbitrary: a, weight: 1 })
    const lora = fc.record({ name: names(loras), strength: fc.double({ min: -10, max: 10, noNaN: true }) })
    const segmentLoras = fc.record({ high: fc.array(lora, { maxLength: 2 }), low: fc.array(lora, { maxLength: 2 }) })
    const parameters = fc.record(
      {
        width: sized,
        height: sized,
        frames: fc.constantFrom(5, 9, 13, 17, 10),
        fps: fc.integer({ min: 1, max: 24 }),
        steps: fc.integer({ min: 1, max: 8 }),
        cfg: fc.double({ min: 0, max: 30, noNaN: true }),
        seed: fc.nat(),
        seed_mode: fc.constantFrom('random', 'fixed', 'increment'),
        options: fc.dictionary(fc.string({ maxLength: 10 }), fc.oneof(fc.string({ maxLength: 10 }), fc.integer(), fc.boolean()), { maxKeys: 2 }),
        color_guard: fc.record({ enabled: fc.boolean(), strength: fc.double({ min: 0, max: 1, noNaN: true }) }),
        drift_threshold: fc.double({ min: 0, max: 100, noNaN: true }),
      },
      { requiredKeys: [] }
    )
    const body = arbitraryFor(CreateJobBody, {
      overrides: {
        parameters: sometimes(parameters),
        input_image: fc.oneof({ arbitrary: fc.constant('start.png'), weight: 4 }, { arbitrary: fc.constant(null), weight: 1 }, { arbitrary: fc.string({ maxLength: 12 }), weight: 1 }),
        preset: sometimes(names(presets)),
        planned_prompts: fc.array(fc.oneof(fc.string({ minLength: 1, maxLength: 200 }), fc.record({ prompt: fc.string({ minLength: 1, maxLength: 8000 }), loras: segmentLoras }, { requiredKeys: ['prompt'] })), { maxLength: 2 }),
        loras: sometimes(segmentLoras),
        models: sometimes(fc.record({ high: names(['wan2.2_i2v_high_noise_14B_fp8_scaled.safetensors']), low: names(['wan2.2_i2v_low_noise_14B_fp8_scaled.safetensors']) }, { requiredKeys: [] })),
        seam: fc.constant(undefined),
        request_id: fc.constant(undefined),
        // Names a set made by POST /api/start-images first (its own test covers it).
        start_images: fc.constant(undefined),
        start: fc.constant(true),
      },
    })
    return body as fc.Arbitrary<z.input<typeof CreateJobBody>>
  }

  it('runs and is finalized to the exact frame count, or fails with a stored reason', async () => {
    const presets = (await w.api<{ presets: Array<{ id: string }> }>('GET', '/api/presets')).body.presets.map((p) => p.id)
    const loras = (await w.api<{ files: Array<{ name: string }> }>('GET', '/api/loras')).body.files.map((f) => f.name)
    const outcomes: string[] = []
    await fc.assert(
      fc.asyncProperty(jobBodies(presets, loras), async (body) => {
        const created = await w.api<JobWithSegments & { error?: { field: string } }>('POST', '/api/jobs', body)
        expect(created.status, JSON.stringify(created.body).slice(0, 500)).toBeLessThan(500)
        if (created.status !== 201) {
          outcomes.push(`refused ${created.status} ${created.body.error?.field}`)
          return
        }
        const id = created.body.id
        const ran = await w.waitForJob(id, (j) => j.status === 'awaiting_prompt' || j.status === 'failed', `job ${id} to run`, 120_000)
        if (ran.status === 'failed') {
          // Failed cleanly: the job and its failed segment say why.
          expect(ran.error).toBeTruthy()
          expect(ran.segments.some((s) => s.status === 'failed' && s.error?.message)).toBe(true)
          outcomes.push('failed with a reason')
          return
        }
        expect((await w.api('POST', `/api/jobs/${id}/finalize`)).status).toBe(200)
        const done = await waitUntil(() => w.job(id), (j) => j.status !== 'finalizing', `job ${id} to finalize`, 120_000)
        expect(done.error).toBeNull()
        expect(done.status).toBe('completed')
        const frames = ran.parameters.frames + (ran.segments.length - 1) * (ran.parameters.frames - 1)
        const file = done.final_video?.file
        expect(await countFrames(path.join(w.sim.outputDir, file?.subfolder ?? '', file?.filename ?? ''), 'ffmpeg')).toBe(frames)
        outcomes.push('completed')
      }),
      { seed: SEED, numRuns: 6 * SCALE, endOnFailure: true }
    )
    console.info(`property: accepted jobs: ${JSON.stringify(outcomes)}`)
    expect(outcomes.some((o) => o === 'completed')).toBe(true)
  }, 900_000)
})
