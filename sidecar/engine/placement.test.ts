import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { affinityKey, place, QUEUE_DEPTH, reclaims, STREAK_LIMIT } from './placement'
import type { BackendMemory, PlacementBackend, QueuedRun, ReadyWork } from './placement'

const work = (job: number, key: string, over: Partial<ReadyWork> = {}): ReadyWork => ({ job_id: job, idx: 0, take: null, key, preset: 'p', continues: false, ...over })
const backend = (id: string, over: Partial<PlacementBackend> = {}): PlacementBackend => ({ id, open: true, inFlight: 0, followers: [], lastKey: null, streak: 0, ...over })
const any = () => true

describe('affinityKey', () => {
  it('is the same for the same preset, models and LoRA chain, and differs when any of them does', () => {
    const models = { high: 'h.safetensors', low: 'l.safetensors' }
    const loras = { high: [{ name: 'a', strength: 1 }], low: [] }
    const key = affinityKey('wan14', { models }, loras)
    expect(affinityKey('wan14', { models: { ...models } }, { high: [{ name: 'a', strength: 1 }], low: [] })).toBe(key)
    expect(affinityKey('wan5', { models }, loras)).not.toBe(key)
    expect(affinityKey('wan14', { models: { ...models, low: 'x' } }, loras)).not.toBe(key)
    expect(affinityKey('wan14', { models }, { high: [{ name: 'a', strength: 0.5 }], low: [] })).not.toBe(key)
    expect(affinityKey('wan14', { models }, { high: [], low: [{ name: 'a', strength: 1 }] })).not.toBe(key)
  })
})

describe('place', () => {
  it('puts work on the least busy backend, then on the one whose last prompt had the same key', () => {
    const r = place([work(1, 'a'), work(2, 'b')], [backend('x', { inFlight: 1, lastKey: 'b' }), backend('y', { lastKey: 'a' }), backend('z', { lastKey: 'b' })], any)
    expect(r.placements.map((p) => `${p.job_id}@${p.backend}`)).toEqual(['1@y', '2@z'])
  })

  it('on one backend, queues the same key behind a running chain before an older job of another key', () => {
    const b = backend('main', { inFlight: 1, lastKey: 'a', followers: ['a'] })
    const r = place([work(1, 'b'), work(2, 'a')], [b], any)
    expect(r.placements.map((p) => p.job_id)).toEqual([2])
  })

  it('does not queue another key behind a running chain whose next segment follows, until the streak is spent', () => {
    const held = place([work(1, 'b')], [backend('main', { inFlight: 1, lastKey: 'a', followers: ['a'], streak: STREAK_LIMIT - 1 })], any)
    expect(held.placements).toEqual([])
    const spent = place([work(2, 'a', { continues: true }), work(1, 'b')], [backend('main', { inFlight: 1, lastKey: 'a', followers: ['a'], streak: STREAK_LIMIT })], any)
    expect(spent.placements.map((p) => p.job_id)).toEqual([1])
    expect(spent.memory.get('main')).toMatchObject({ lastKey: 'b', streak: 0 })
  })

  it('counts a streak only while another key waits', () => {
    const alone = place([work(2, 'a')], [backend('main', { lastKey: 'a', streak: 1 })], any)
    expect(alone.memory.get('main')).toMatchObject({ lastKey: 'a', streak: 1 })
    const waited = place([work(2, 'a'), work(1, 'b')], [backend('main', { inFlight: 1, lastKey: 'a', followers: ['a'], streak: 1 })], any)
    expect(waited.placements.map((p) => p.job_id)).toEqual([2])
    expect(waited.memory.get('main')).toMatchObject({ lastKey: 'a', streak: 2 })
  })

  it('once a streak is spent, the key served there longest ago goes next', () => {
    const b = backend('main', { inFlight: 1, lastKey: 'a', followers: ['a'], streak: STREAK_LIMIT, served: { a: 5, c: 4 } })
    const r = place([work(1, 'c'), work(2, 'b')], [b], any)
    expect(r.placements.map((p) => p.key)).toEqual(['b'])
  })

  it('sends another key to an idle backend instead of holding it', () => {
    const r = place([work(1, 'b')], [backend('x', { inFlight: 1, lastKey: 'a', followers: ['a'] }), backend('y', { lastKey: 'a' })], any)
    expect(r.placements.map((p) => p.backend)).toEqual(['y'])
  })

  it('never uses a closed or incapable backend', () => {
    const r = place([work(1, 'a'), work(2, 'b')], [backend('off', { open: false }), backend('small')], (b, run) => !(b === 'small' && run.key === 'a'))
    expect(r.placements.map((p) => `${p.job_id}@${p.backend}`)).toEqual(['2@small'])
  })
})

const queued = (job: number, key: string, on: string, over: Partial<QueuedRun> = {}): QueuedRun => ({ job_id: job, idx: 1, take: null, key, preset: 'p', backend: on, prompt_id: `p${job}`, ...over })

describe('reclaims', () => {
  it('gives an idle backend a run waiting behind another backend\'s running prompt: the key it last ran first, then the oldest', () => {
    const backends = [backend('x', { inFlight: 2, lastKey: 'a' }), backend('y', { lastKey: 'b' }), backend('z', { lastKey: 'c' })]
    const waiting = [queued(1, 'a', 'x'), queued(2, 'b', 'x')]
    expect(reclaims(backends, [], waiting, any)).toEqual([
      { job_id: 2, prompt_id: 'p2', from: 'x', to: 'y' },
      { job_id: 1, prompt_id: 'p1', from: 'x', to: 'z' },
    ])
    // Without affinity, the oldest first.
    expect(reclaims(backends, [], waiting, any, { affinity: false })[0]).toMatchObject({ job_id: 1, to: 'y' })
  })

  it('takes nothing for a backend with work of ours, one given work this round, a closed or incapable one, nor from itself', () => {
    const waiting = [queued(1, 'a', 'x')]
    expect(reclaims([backend('x', { inFlight: 2 }), backend('y', { inFlight: 1 })], [], waiting, any)).toEqual([])
    expect(reclaims([backend('x', { inFlight: 2 }), backend('y')], [{ job_id: 3, idx: 0, take: null, backend: 'y', key: 'a' }], waiting, any)).toEqual([])
    expect(reclaims([backend('x', { inFlight: 2 }), backend('y', { open: false })], [], waiting, any)).toEqual([])
    expect(reclaims([backend('x', { inFlight: 2 }), backend('y')], [], waiting, (b) => b !== 'y')).toEqual([])
    expect(reclaims([backend('x', { inFlight: 1 }), backend('y')], [], [queued(1, 'a', 'y')], any)).toEqual([])
  })
})

const Reclaimable = fc.record({
  backends: fc.array(fc.record({ open: fc.boolean(), inFlight: fc.integer({ min: 0, max: QUEUE_DEPTH }), placed: fc.boolean(), runs: fc.subarray(['a', 'b'], { minLength: 1 }), lastKey: fc.constantFrom('a', 'b', null) }), { minLength: 1, maxLength: 5 }),
  waiting: fc.array(fc.record({ key: fc.constantFrom('a', 'b'), on: fc.nat() }), { maxLength: 6 }),
})

describe('reclaims (properties)', () => {
  it('each idle open backend takes one waiting run it can run from another backend, each run at most once, and none is left idle beside a run it could take', () => {
    fc.assert(
      fc.property(Reclaimable, ({ backends: specs, waiting: w }) => {
        const ids = specs.map((_, i) => `b${i}`)
        const backends = specs.map((b, i) => backend(`b${i}`, { open: b.open, inFlight: b.inFlight, lastKey: b.lastKey }))
        const placements = specs.flatMap((b, i) => (b.placed ? [{ job_id: 99, idx: 0, take: null, backend: `b${i}`, key: 'a' }] : []))
        const waiting = w.map((r, j) => queued(j, r.key, ids[r.on % ids.length]!))
        const capable = (id: string, run: QueuedRun) => specs[ids.indexOf(id)]!.runs.includes(run.key)
        const idle = (id: string) => {
          const b = specs[ids.indexOf(id)]!
          return b.open && b.inFlight === 0 && !b.placed
        }
        const out = reclaims(backends, placements, waiting, capable)
        expect(new Set(out.map((r) => r.to)).size).toBe(out.length)
        expect(new Set(out.map((r) => r.prompt_id)).size).toBe(out.length)
        for (const r of out) {
          const run = waiting.find((q) => q.prompt_id === r.prompt_id)!
          expect(idle(r.to)).toBe(true)
          expect(capable(r.to, run)).toBe(true)
          expect(r.from).toBe(run.backend)
          expect(r.from).not.toBe(r.to)
        }
        const taken = new Set(out.map((r) => r.prompt_id))
        const served = new Set(out.map((r) => r.to))
        for (const id of ids.filter((i) => idle(i) && !served.has(i))) {
          expect(waiting.filter((q) => !taken.has(q.prompt_id) && q.backend !== id && capable(id, q))).toEqual([])
        }
      }),
      { numRuns: 500 }
    )
  })
})

// A small world of jobs (chains of segments of one key) and backends, run to the end.
const World = fc.record({
  jobs: fc.array(fc.record({ key: fc.constantFrom('a', 'b', 'c'), segments: fc.integer({ min: 1, max: 16 }), takes: fc.integer({ min: 0, max: 2 }) }), { minLength: 1, maxLength: 6 }),
  backends: fc.array(fc.record({ open: fc.boolean(), runs: fc.subarray(['a', 'b', 'c'], { minLength: 1 }) }), { minLength: 1, maxLength: 4 }),
  finishOrder: fc.array(fc.nat(), { minLength: 100, maxLength: 100 }),
})

describe('place (properties)', () => {
  it('never more than QUEUE_DEPTH per backend, never an incapable or closed backend, and no key waits unboundedly, every run is placed', () => {
    fc.assert(
      fc.property(World, ({ jobs, backends, finishOrder }) => {
        const ids = backends.map((_, i) => `b${i}`)
        // Every key must have somewhere to run for "eventually" to hold: the first backend is open and runs all.
        const specs = backends.map((b, i) => (i === 0 ? { open: true, runs: ['a', 'b', 'c'] } : b))
        const capable = (id: string, run: ReadyWork) => specs[ids.indexOf(id)]?.runs.includes(run.key) ?? false
        const next = jobs.map(() => 0)
        const takesLeft = jobs.map((j) => j.takes)
        const inFlight: { job: number; take: boolean; backend: string; continues: boolean; key: string }[] = []
        const memory = new Map<string, BackendMemory>()
        // Fairness, per key (among runs of one key the oldest job goes first, as before): while runs of
        // a key wait, the placements of other keys on backends that could run them are bounded before
        // one of that key is placed; not only finite.
        const waited = new Map<string, number>()
        const bound = (STREAK_LIMIT + QUEUE_DEPTH) * 2 * backends.length
        let round = 0
        const limit = jobs.reduce((n, j) => n + j.segments + j.takes, 0) * (STREAK_LIMIT + 2) * 4
        for (;;) {
          const ready: ReadyWork[] = []
          jobs.forEach((j, i) => {
            const chainBusy = inFlight.some((f) => f.job === i && !f.take)
            if (!chainBusy && next[i]! < j.segments) ready.push(work(i, j.key, { idx: next[i]!, continues: next[i]! + 1 < j.segments }))
            for (let t = 0; t < takesLeft[i]!; t++) ready.push(work(i, j.key, { idx: 0, take: t + 2 }))
          })
          const view = ids.map((id, bi) => ({
            id,
            open: specs[bi]!.open,
            inFlight: inFlight.filter((f) => f.backend === id).length,
            followers: inFlight.filter((f) => f.backend === id && f.continues).map((f) => f.key),
            lastKey: memory.get(id)?.lastKey ?? null,
            streak: memory.get(id)?.streak ?? 0,
            served: memory.get(id)?.served ?? {},
          }))
          const { placements, memory: after } = place(ready, view, capable)
          for (const [id, m] of after) memory.set(id, m)
          for (const key of new Set(ready.map((r) => r.key))) {
            const probe = ready.find((r) => r.key === key)!
            if (placements.some((p) => p.key === key)) waited.delete(key)
            else waited.set(key, (waited.get(key) ?? 0) + placements.filter((p) => capable(p.backend, probe)).length)
            expect(waited.get(key) ?? 0).toBeLessThanOrEqual(bound)
          }
          for (const p of placements) {
            const bi = ids.indexOf(p.backend)
            expect(specs[bi]!.open).toBe(true)
            expect(specs[bi]!.runs).toContain(p.key)
            const job = jobs[p.job_id]!
            if (p.take === null) next[p.job_id]! += 1
            else takesLeft[p.job_id]! -= 1
            inFlight.push({ job: p.job_id, take: p.take !== null, backend: p.backend, continues: p.take === null && next[p.job_id]! < job.segments, key: p.key })
          }
          for (const id of ids) expect(inFlight.filter((f) => f.backend === id).length).toBeLessThanOrEqual(QUEUE_DEPTH)
          const done = jobs.every((j, i) => next[i] === j.segments && takesLeft[i] === 0)
          if (done && inFlight.length === 0) return
          // Something must be running whenever work is left, or nothing would ever change.
          expect(inFlight.length).toBeGreaterThan(0)
          // ComfyUI runs each backend's queue in order: one of the backends' oldest prompt ends.
          const busy = ids.filter((id) => inFlight.some((f) => f.backend === id))
          const ending = busy[(finishOrder[round % finishOrder.length] ?? 0) % busy.length]!
          inFlight.splice(inFlight.findIndex((f) => f.backend === ending), 1)
          round++
          expect(round).toBeLessThan(limit)
        }
      }),
      { numRuns: 300 }
    )
  })
})
