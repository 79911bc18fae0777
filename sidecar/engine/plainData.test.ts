import { describe, expect, it } from 'vitest'
import type { JobState } from '../contract'
import { copyPlain } from '../contract/plainCopy'
import { copyState, samePlain, shareUnchanged } from './plainData'

const state = (): JobState =>
  ({
    job: { id: 1, name: 'j', status: 'running', parameters: { width: 64, models: { high: 'a' } }, updated_at: 't0' },
    segments: [
      { job_id: 1, idx: 0, status: 'done', video: { filename: 'a.mp4', subfolder: 'x', type: 'output' }, loras: { high: [], low: [] } },
      { job_id: 1, idx: 1, status: 'planned', video: null, loras: { high: [], low: [] } },
    ],
    takes: [{ job_id: 1, idx: 0, take: 1, status: 'done', video: { filename: 'a.mp4', subfolder: 'x', type: 'output' } }],
    finals: [],
  }) as unknown as JobState

describe('plain data', () => {
  it('copies deeply: nothing of the copy is shared with the original', () => {
    const a = state()
    const b = copyPlain(a)
    expect(b).toEqual(a)
    expect(b.segments[0]).not.toBe(a.segments[0])
    expect(b.segments[0]?.video).not.toBe(a.segments[0]?.video)
    expect(b.job.parameters).not.toBe(a.job.parameters)
  })

  it("copies a job state one level deep for a step: its own job and rows, the values in them shared", () => {
    const a = state()
    const b = copyState(a)
    expect(b).toEqual(a)
    expect(b.job).not.toBe(a.job)
    expect(b.segments).not.toBe(a.segments)
    expect(b.segments[0]).not.toBe(a.segments[0])
    expect(b.takes[0]).not.toBe(a.takes[0])
    expect(b.segments[0]?.video).toBe(a.segments[0]?.video)
    expect(b.job.parameters).toBe(a.job.parameters)
    b.segments[1]!.status = 'queued'
    b.segments.push({ ...b.segments[1]!, idx: 2 })
    expect(a.segments.map((s) => s.status)).toEqual(['done', 'planned'])
    // After a change to one row, the step's comparison shares the others by identity.
    const shared = shareUnchanged(b, a)
    expect(shared.segments[0]).toBe(a.segments[0])
    expect(shared.segments[1]).not.toBe(a.segments[1])
  })

  it('compares deeply, and tells apart what differs anywhere', () => {
    expect(samePlain(state(), state())).toBe(true)
    const b = state()
    ;(b.segments[0]?.video as { filename: string }).filename = 'b.mp4'
    expect(samePlain(state(), b)).toBe(false)
    expect(samePlain({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false)
    expect(samePlain({ a: undefined }, { b: undefined })).toBe(false)
    expect(samePlain({ a: null }, { a: {} })).toBe(false)
    expect(samePlain([1], { 0: 1 })).toBe(false)
    expect(samePlain({ a: 1, b: 2 }, { b: 2, a: 1 })).toBe(true)
  })

  it('puts back the rows and job members a change left equal, and keeps the changed ones', () => {
    const base = state()
    const draft = copyPlain(base)
    ;(draft.segments[1] as { status: string }).status = 'queued'
    draft.job.updated_at = 't1'
    const out = shareUnchanged(draft, base)
    expect(out.segments[0]).toBe(base.segments[0])
    expect(out.segments[1]).not.toBe(base.segments[1])
    expect(out.segments[1]?.status).toBe('queued')
    expect(out.takes[0]).toBe(base.takes[0])
    expect(out.job).not.toBe(base.job)
    expect(out.job.parameters).toBe(base.job.parameters)
    expect(out.job.updated_at).toBe('t1')
  })
})

describe('plain data, more', () => {
  it('counts the keys of both sides: a member only the second has makes them differ', () => {
    expect(samePlain({ a: 1 }, { a: 1, b: 2 })).toBe(false)
    expect(samePlain({ a: 1, b: 2 }, { a: 1 })).toBe(false)
    expect(samePlain({ a: [{ b: null }] }, { a: [{ b: null }] })).toBe(true)
    expect(samePlain({ a: NaN }, { a: NaN })).toBe(false)
  })

  it('finds a row of the state before by its key when the rows moved (a take added before it)', () => {
    const base = state()
    const draft = copyPlain(base)
    draft.takes.unshift({ job_id: 1, idx: 0, take: 2, status: 'planned', video: null } as unknown as JobState['takes'][number])
    const out = shareUnchanged(draft, base)
    expect(out.takes[1]).toBe(base.takes[0])
    expect(out.takes[0]).not.toBe(base.takes[0])
  })
})
