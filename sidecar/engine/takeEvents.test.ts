// Takes, one rule at a time: new takes of a segment (or the next one), choosing, locking, and stale
// segments re-run or kept; each refusal with its message, field and code. Written against the surviving
// mutants of takeEvents.ts and takes.ts (bench/MUTATION.md).
import { describe, expect, it } from 'vitest'
import type { JobState, SegmentRecord, SegmentStatus, TakeRecord } from '../contract'
import type { EngineEvent } from './engineEvents'
import { step } from './machine'
import { newSegment } from './runQueries'
import { allowed, AT, jobState, LATER } from '../testing/engineStates'

const planned = (prompt: string, seed = 5) => ({ prompt, negative_prompt: null, seed, loras: { high: [], low: [] } })
const out = (f: string) => ({ filename: f, subfolder: 'longvideo', type: 'output' as const })

function seg(idx: number, status: SegmentStatus, extra: Partial<SegmentRecord> = {}): SegmentRecord {
  const files = status === 'done' ? { video: out(`s${idx}.mp4`), last_frame: out(`s${idx}_last.png`), start_image: idx === 0 ? 'start.png' : `longvideo/s${idx - 1}_last.png [output]` } : {}
  const inFlight = status === 'queued' || status === 'running'
  return { ...newSegment(1, idx, planned(`p${idx}`, idx), AT), status, prompt_id: inFlight ? `pid${idx}` : null, ...files, ...extra }
}

function take(idx: number, n: number, status: SegmentStatus, extra: Partial<TakeRecord> = {}): TakeRecord {
  const { locked: _l, stale: _s, ...run } = seg(idx, status, { take: n })
  return { ...run, ...extra }
}



describe('what takes may not do', () => {
  const two = () => [seg(0, 'done'), seg(1, 'done')]
  const rows: Array<[string, JobState, EngineEvent, { code: string; field: string; message: string }]> = [
    ['take on a finalizing job', jobState('finalizing', two()), { type: 'takes_requested', idx: 1, takes: [planned('a')], at: AT }, { code: 'conflict', field: 'status', message: 'job is finalizing; wait for it first' }],
    ['take on a completed job', jobState('completed', two()), { type: 'takes_requested', idx: 1, takes: [planned('a')], at: AT }, { code: 'conflict', field: 'status', message: 'job is completed; reopen it first' }],
    ['take on a cancelled job', jobState('cancelled', two()), { type: 'take_chosen', idx: 1, take: 1, at: AT }, { code: 'conflict', field: 'status', message: 'job is cancelled; retry it first' }],
    ['ask for no take', jobState('awaiting_prompt', two()), { type: 'takes_requested', idx: 1, takes: [], at: AT }, { code: 'conflict', field: 'count', message: 'no take requested' }],
    ['make takes of a locked segment', jobState('awaiting_prompt', [seg(0, 'done', { locked: true })]), { type: 'takes_requested', idx: 0, takes: [planned('a')], at: AT }, { code: 'conflict', field: 'idx', message: 'segment 1 is locked; unlock it before making new takes' }],
    ['make takes of a segment that has not run', jobState('running', [seg(0, 'running'), seg(1, 'planned')]), { type: 'takes_requested', idx: 1, takes: [planned('a')], at: AT }, { code: 'conflict', field: 'idx', message: 'segment 2 has not run yet; rewrite its prompt instead' }],
    ['make takes past the next segment', jobState('awaiting_prompt', two()), { type: 'takes_requested', idx: 4, takes: [planned('a')], at: AT }, { code: 'conflict', field: 'idx', message: 'segment 5 is not the next one (next is segment 3)' }],
    ['choose a take of no segment', jobState('awaiting_prompt', two()), { type: 'take_chosen', idx: 7, take: 1, at: AT }, { code: 'not_found', field: 'idx', message: 'job 1 has no segment 8' }],
    ['lock no segment', jobState('awaiting_prompt', two()), { type: 'lock_set', idx: 2, locked: true, at: AT }, { code: 'not_found', field: 'idx', message: 'job 1 has no segment 3' }],
    ['lock an unfinished segment', jobState('running', [seg(0, 'done'), seg(1, 'running')]), { type: 'lock_set', idx: 1, locked: true, at: AT }, { code: 'conflict', field: 'idx', message: 'segment 2 is running; only a finished take can be locked' }],
    ['re-run stale segments of a completed job', jobState('completed', two()), { type: 'stale_rerun', at: AT }, { code: 'conflict', field: 'status', message: 'job is completed; reopen it first' }],
    ['re-run when nothing is stale but locked', jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', { stale: true, locked: true })]), { type: 'stale_rerun', at: AT }, { code: 'conflict', field: 'stale', message: 'no stale segment to re-run (locked ones keep their take)' }],
  ]
  const chooseRows: Array<[string, JobState, number, number, { code: string; field: string; message: string }]> = [
    ['choose a take that does not exist', jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done')], [take(1, 1, 'done')]), 1, 5, { code: 'not_found', field: 'take', message: 'segment 2 has no take 5' }],
    ['choose another take of a locked segment', jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', { locked: true })], [take(1, 1, 'done'), take(1, 2, 'done')]), 1, 2, { code: 'conflict', field: 'take', message: 'segment 2 is locked to take 1; unlock it first' }],
    ['choose an unfinished take', jobState('running', [seg(0, 'done'), seg(1, 'done')], [take(1, 1, 'done'), take(1, 2, 'running')]), 1, 2, { code: 'conflict', field: 'take', message: 'take 2 of segment 2 is running, not finished' }],
    ['choose while a later segment is in ComfyUI', jobState('running', [seg(0, 'done'), seg(1, 'done'), seg(2, 'queued')], [take(1, 1, 'done'), take(1, 2, 'done')]), 1, 2, { code: 'conflict', field: 'idx', message: 'segment 3 is in ComfyUI; wait for it or cancel it first' }],
  ]
  it.each(chooseRows)('may not %s', (_rule, from, idx, n, refusal) => {
    const r = step(from, { type: 'take_chosen', idx, take: n, at: AT })
    expect(r.ok ? null : r.refusal).toEqual(refusal)
  })

  it('may choose while an earlier segment is in ComfyUI, and choosing the current take changes nothing', () => {
    const earlierBusy = jobState('running', [seg(0, 'running'), seg(1, 'done')], [take(1, 1, 'done'), take(1, 2, 'done')])
    const r = allowed(step(earlierBusy, { type: 'take_chosen', idx: 1, take: 2, at: LATER }))
    expect(r.state.segments[1]?.take).toBe(2)
    const same = allowed(step(jobState('awaiting_prompt', [seg(0, 'done', { locked: true })], [take(0, 1, 'done')]), { type: 'take_chosen', idx: 0, take: 1, at: LATER }))
    expect(same.state.segments[0]?.take).toBe(1)
  })

  it.each(rows)('may not %s', (_rule, from, event, refusal) => {
    const r = step(from, event)
    expect(r.ok ? null : r.refusal).toEqual(refusal)
  })
})

describe('what takes change', () => {
  it('numbers new takes of a finished segment after the highest it has, planned from the prompt given', () => {
    const from = jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', { take: 2 })], [take(1, 1, 'done'), take(1, 2, 'done'), take(0, 1, 'done')])
    const r = allowed(step(from, { type: 'takes_requested', idx: 1, takes: [planned('x', 11), planned('y', 12)], at: LATER }))
    const added = r.state.takes.filter((t) => t.idx === 1 && t.take > 2)
    expect(added.map((t) => [t.take, t.status, t.prompt, t.seed, t.job_id, t.created_at])).toEqual([[3, 'planned', 'x', 11, 1, LATER], [4, 'planned', 'y', 12, 1, LATER]])
    expect(added[0]).not.toHaveProperty('locked')
    expect(r.state.job.status).toBe('running')
    expect(r.effects).toEqual([{ type: 'schedule' }])
  })

  it('makes the first take of the next segment the segment itself and the rest its candidates', () => {
    const r = allowed(step(jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'takes_requested', idx: 1, takes: [planned('a'), planned('b'), planned('c')], at: LATER }))
    expect(r.state.segments.map((s) => [s.idx, s.prompt, s.status, s.take])).toEqual([[0, 'p0', 'done', 1], [1, 'a', 'planned', 1]])
    expect(r.state.takes.map((t) => [t.idx, t.take, t.prompt])).toEqual([[1, 2, 'b'], [1, 3, 'c']])
  })

  it('lets a failed job run again when the new take is not behind the failed segment', () => {
    const failedLater = jobState('failed', [seg(0, 'done'), seg(1, 'failed')])
    expect(allowed(step(failedLater, { type: 'takes_requested', idx: 0, takes: [planned('again')], at: LATER })).state.job.status).toBe('failed')
    const failedHere = jobState('failed', [seg(0, 'failed')])
    expect(allowed(step(failedHere, { type: 'takes_requested', idx: 0, takes: [planned('again')], at: LATER })).state.job.status).toBe('failed')
    const done = { ...jobState('failed', [seg(0, 'done')]) }
    expect(allowed(step(done, { type: 'takes_requested', idx: 0, takes: [planned('again')], at: LATER })).state.job.status).toBe('running')
  })

  it('locks and unlocks a finished segment; unlocking needs no finished take', () => {
    const locked = allowed(step(jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'lock_set', idx: 0, locked: true, at: LATER }))
    expect(locked.state.segments[0]?.locked).toBe(true)
    expect(allowed(step(jobState('running', [seg(0, 'running', { locked: true })]), { type: 'lock_set', idx: 0, locked: false, at: LATER })).state.segments[0]?.locked).toBe(false)
  })

  it('re-runs every stale unlocked segment from its start as a new take (prompt, seed and LoRAs kept), and a failed job runs again', () => {
    const from = jobState('failed', [seg(0, 'done'), seg(1, 'done', { stale: true, take: 2, seed: 77 }), seg(2, 'done', { stale: true, locked: true }), seg(3, 'failed', { stale: true })], [take(1, 1, 'done'), take(1, 2, 'done'), take(1, 3, 'cancelled')])
    const r = allowed(step(from, { type: 'stale_rerun', at: LATER }))
    expect(r.state.segments.map((s) => [s.status, s.take, s.stale, s.seed])).toEqual([['done', 1, false, 0], ['planned', 4, false, 77], ['done', 1, true, 2], ['planned', 2, false, 3]])
    expect(r.state.segments[1]).toMatchObject({ prompt: 'p1', video: null, last_frame: null, created_at: LATER })
    expect(r.state.job.status).toBe('running')
  })

  it('keeps stale segments as they are when asked, and ignores the ask when none is stale', () => {
    const from = jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', { stale: true }), seg(2, 'done', { stale: true })])
    const kept = allowed(step(from, { type: 'stale_kept', at: LATER }))
    expect(kept.state.segments.map((s) => s.stale)).toEqual([false, false, false])
    expect(kept.state.job.updated_at).toBe(LATER)
    const none = allowed(step(kept.state, { type: 'stale_kept', at: '2025-02-01T00:00:00.000Z' }))
    expect(none.state).toBe(kept.state)
  })
})
