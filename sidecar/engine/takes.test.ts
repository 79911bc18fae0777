import { describe, expect, it } from 'vitest'
import type { JobState, JobStatus, SegmentRecord, SegmentStatus, TakeRecord } from '../contract'
import type { EngineEvent } from './engineEvents'
import { step } from './machine'
import { newSegment } from './runQueries'
import { pickReady } from './scheduler'
import { markStale, nextTakeNumber } from './takes'
import { AT, jobState } from '../testing/engineStates'

const file = (idx: number, take: number) => ({ filename: `j_seg${idx + 1}_t${take}_last_00001_.png`, subfolder: 'longvideo', type: 'output' as const })
const ref = (idx: number, take: number) => `longvideo/${file(idx, take).filename} [output]`

/** A finished segment on take `take`, started from the previous segment's take `from` (or the start image). */
function seg(idx: number, status: SegmentStatus, take = 1, from = 1, extra: Partial<SegmentRecord> = {}): SegmentRecord {
  const base = newSegment(1, idx, { prompt: `p${idx}`, negative_prompt: null, seed: idx, loras: { high: [], low: [] } }, AT)
  const done = status === 'done' ? { last_frame: file(idx, take), video: file(idx, take), start_image: idx === 0 ? 'start.png' : ref(idx - 1, from) } : {}
  return { ...base, status, take, ...done, ...extra }
}

function take(idx: number, n: number, status: SegmentStatus = 'done', from = 1): TakeRecord {
  const { locked: _l, stale: _s, ...run } = seg(idx, status, n, from)
  return { ...run, prompt_id: status === 'queued' ? `t${idx}.${n}` : null }
}


function run(from: JobState, event: EngineEvent) {
  const r = step(from, event)
  if (!r.ok) throw new Error(`refused: ${r.refusal.message}`)
  return r
}

const chain = () => [seg(0, 'done'), seg(1, 'done'), seg(2, 'done'), seg(3, 'done')]
const archive = () => [take(0, 1), take(1, 1), take(1, 2), take(2, 1), take(3, 1)]
const stale = (st: JobState) => st.segments.map((s) => (s.stale ? 'S' : '-')).join('')

describe('take rules', () => {
  const rows: Array<{ rule: string; from: JobState; event: EngineEvent; stale: string; takes: string; job: JobStatus; effects: string[] }> = [
    {
      rule: 'choosing another take of segment k makes every finished segment after it stale',
      from: jobState('awaiting_prompt', chain(), archive()),
      event: { type: 'take_chosen', idx: 1, take: 2, at: AT },
      stale: '--SS',
      takes: '1,2,1,1',
      job: 'awaiting_prompt',
      effects: [],
    },
    {
      rule: 'choosing back the take they started from clears the flags',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', 2), seg(2, 'done', 1, 1, { stale: true }), seg(3, 'done', 1, 1, { stale: true })], archive()),
      event: { type: 'take_chosen', idx: 1, take: 1, at: AT },
      stale: '----',
      takes: '1,1,1,1',
      job: 'awaiting_prompt',
      effects: [],
    },
    {
      rule: 're-running stale segments makes each a new planned take and runs the first',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', 2), seg(2, 'done', 1, 1, { stale: true }), seg(3, 'done', 1, 1, { stale: true })], archive()),
      event: { type: 'stale_rerun', at: AT },
      stale: '----',
      takes: '1,2,2,2',
      job: 'running',
      effects: ['schedule'],
    },
    {
      rule: 'a locked stale segment keeps its take through a re-run',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', 2), seg(2, 'done', 1, 1, { stale: true, locked: true }), seg(3, 'done', 1, 1, { stale: true })], archive()),
      event: { type: 'stale_rerun', at: AT },
      stale: '--S-',
      takes: '1,2,1,2',
      job: 'running',
      effects: ['schedule'],
    },
    {
      rule: 'keeping stale segments clears every flag and changes no take',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', 2), seg(2, 'done', 1, 1, { stale: true }), seg(3, 'done', 1, 1, { stale: true })], archive()),
      event: { type: 'stale_kept', at: AT },
      stale: '----',
      takes: '1,2,1,1',
      job: 'awaiting_prompt',
      effects: [],
    },
    {
      rule: 'candidates for a finished segment are planned takes that run beside the chain',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done')], [take(0, 1), take(1, 1)]),
      event: { type: 'takes_requested', idx: 1, takes: [1, 2].map((n) => ({ prompt: 'x', negative_prompt: null, seed: n, loras: { high: [], low: [] } })), at: AT },
      stale: '--',
      takes: '1,1',
      job: 'running',
      effects: ['schedule'],
    },
  ]
  it.each(rows)('$rule', (row) => {
    const r = run(row.from, row.event)
    expect(stale(r.state)).toBe(row.stale)
    expect(r.state.segments.map((s) => s.take).join(',')).toBe(row.takes)
    expect(r.state.job.status).toBe(row.job)
    expect(r.effects.map((e) => e.type)).toEqual(row.effects)
  })

  it.each([
    { rule: 'a locked segment refuses another take', from: jobState('awaiting_prompt', [seg(0, 'done', 1, 1, { locked: true })], [take(0, 1), take(0, 2)]), event: { type: 'take_chosen', idx: 0, take: 2, at: AT } as EngineEvent, field: 'take' },
    { rule: 'an unfinished take cannot be chosen', from: jobState('running', [seg(0, 'done')], [take(0, 1), take(0, 2, 'queued')]), event: { type: 'take_chosen', idx: 0, take: 2, at: AT } as EngineEvent, field: 'take' },
    { rule: 'no take while a later segment is in ComfyUI', from: jobState('running', [seg(0, 'done'), seg(1, 'running')], [take(0, 1), take(0, 2)]), event: { type: 'take_chosen', idx: 0, take: 2, at: AT } as EngineEvent, field: 'idx' },
    { rule: 'a completed job must be reopened first', from: jobState('completed', [seg(0, 'done')], [take(0, 1), take(0, 2)]), event: { type: 'take_chosen', idx: 0, take: 2, at: AT } as EngineEvent, field: 'status' },
    { rule: 'a segment that never ran takes a new prompt, not takes', from: jobState('running', [seg(0, 'done'), seg(1, 'planned')]), event: { type: 'takes_requested', idx: 1, takes: [{ prompt: 'x', negative_prompt: null, seed: 1, loras: { high: [], low: [] } }], at: AT } as EngineEvent, field: 'idx' },
    { rule: 'nothing stale, nothing to re-run', from: jobState('awaiting_prompt', chain()), event: { type: 'stale_rerun', at: AT } as EngineEvent, field: 'stale' },
  ])('refuses: $rule', ({ from, event, field }) => {
    const r = step(from, event)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.refusal.field).toBe(field)
  })

  it('schedules the chain before candidate takes and never more than two prompts', () => {
    const st = jobState('running', [seg(0, 'done'), seg(1, 'planned')], [take(0, 1), take(0, 2, 'planned'), take(0, 3, 'planned')])
    expect(pickReady([st], true)).toEqual([{ job_id: 1, idx: 1, take: null }, { job_id: 1, idx: 0, take: 2 }])
    const queued = run(st, { type: 'scheduled', idx: 0, take: 2, prompt_id: 'c2', at: AT })
    expect(queued.state.takes.find((t) => t.take === 2)?.start_image).toBe('start.png')
    expect(queued.effects).toEqual([{ type: 'submit', idx: 0, prompt_id: 'c2' }])
  })

  it('keeps a finished chain run as a take, and a finished candidate does not replace the chosen one', () => {
    const st = jobState('running', [seg(0, 'running', 1, 1, { prompt_id: 'p' })], [take(0, 2, 'queued')])
    const video = file(0, 1)
    const a = run(st, { type: 'finished', prompt_id: 'p', video, last_frame: video, frames: 9, execution_ms: 1, drift: 1.5, at: AT })
    expect(a.state.takes.map((t) => [t.take, t.status, t.drift])).toEqual([[1, 'done', 1.5], [2, 'queued', null]])
    expect(a.state.job.status).toBe('running')
    const b = run(a.state, { type: 'finished', prompt_id: 't0.2', video: file(0, 2), last_frame: file(0, 2), frames: 9, execution_ms: 1, at: AT })
    expect(b.state.segments[0]?.take).toBe(1)
    expect(b.state.job.status).toBe('awaiting_prompt')
  })

  it('records the corrected start frame and keeps the original', () => {
    const st = jobState('running', [seg(0, 'done'), seg(1, 'queued', 1, 1, { prompt_id: 'p', start_image: ref(0, 1) })], [take(0, 1)])
    const r = run(st, { type: 'handoff_prepared', prompt_id: 'p', start_image: 'longvideo_j_seg2_start.png', at: AT })
    expect([r.state.segments[1]?.start_image, r.state.segments[1]?.start_source]).toEqual(['longvideo_j_seg2_start.png', ref(0, 1)])
    // A corrected start counts as starting from its original frame.
    const corrected = (source: string) =>
      jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', 1, 1, { start_image: 'longvideo_j_seg2_start.png', start_source: source })])
    const same = corrected(ref(0, 1))
    const other = corrected(ref(0, 2))
    markStale(same, 0)
    markStale(other, 0)
    expect([same.segments[1]?.stale, other.segments[1]?.stale]).toEqual([false, true])
  })

  it('numbers new takes after every existing one', () => {
    expect(nextTakeNumber(jobState('running', [seg(0, 'done', 3)], [take(0, 1), take(0, 3)]), 0)).toBe(4)
    expect(nextTakeNumber(jobState('running', [seg(0, 'running', 2)], [take(0, 1)]), 0)).toBe(3)
  })
})
