// A planned segment inserted where the chain had stopped waits for the user's continue: it stays editable
// and undoable, and nothing else the user does (a lock, a redo of an earlier segment) starts it.
import { describe, expect, it } from 'vitest'
import type { JobParameters, JobState, JobStatus, SegmentRecord, SegmentStatus } from '../contract'
import type { StepResult } from './engineEvents'
import { step } from './machine'
import { newSegment } from './runQueries'
import { pickReady } from './scheduler'

const AT = '2025-01-01T00:00:00.000Z'
const params: JobParameters = {
  width: 64, height: 64, fps: 16, frames: 9, steps: 4, cfg: 1, seed: 1, seed_mode: 'fixed',
  models: {}, loras: { high: [], low: [] }, options: {},
}
const planned = (prompt: string) => ({ prompt, negative_prompt: null, seed: 7, loras: { high: [], low: [] } })
const video = { filename: 'j_seg_00001_.mp4', subfolder: 'longvideo', type: 'output' as const }

function seg(idx: number, status: SegmentStatus): SegmentRecord {
  const inFlight = status === 'queued' || status === 'running'
  return { ...newSegment(1, idx, planned(`p${idx}`), AT), status, prompt_id: inFlight ? `pid${idx}` : null, ...(status === 'done' ? { video, last_frame: video, frames: 9 } : {}) }
}

function job(status: JobStatus, segments: SegmentRecord[]): JobState {
  return {
    job: { id: 1, name: 'j', status, preset: 'p', input_image: 'start.png', prompt: 'p0', negative_prompt: '', parameters: params, error: null, created_at: AT, updated_at: AT },
    segments,
    takes: [],
    finals: [],
  }
}

function ok(r: StepResult): JobState {
  if (!r.ok) throw new Error(`refused: ${r.refusal.message}`)
  return r.state
}

/** What the scheduler would send to ComfyUI now: [idx, take] pairs. */
const ready = (s: JobState) => pickReady([s], true).map((r) => [r.idx, r.take])

describe('a planned segment inserted into a stopped chain', () => {
  it('waits after the last segment of a job waiting for a prompt, through edits, a lock and a redo, until continue', () => {
    const waiting = job('awaiting_prompt', [seg(0, 'done'), seg(1, 'done')])
    const inserted = step(waiting, { type: 'planned_replaced', from: 2, segments: [planned('after the last')], at: AT })
    expect(inserted.ok && inserted.effects).toEqual([])
    let s = ok(inserted)
    expect(s.job.status).toBe('awaiting_prompt')
    expect(s.segments[2]?.status).toBe('planned')
    expect(ready(s)).toEqual([])

    // Edited (the timeline rewrites the planned tail), then segment 1 locked: still waiting.
    s = ok(step(s, { type: 'planned_replaced', from: 2, segments: [planned('rewritten')], at: AT }))
    s = ok(step(s, { type: 'lock_set', idx: 0, locked: true, at: AT }))
    expect([s.job.status, ready(s)]).toEqual(['awaiting_prompt', []])

    // A redo of segment 2 runs that take, not the held segment 3, and the job waits again after it.
    s = ok(step(s, { type: 'takes_requested', idx: 1, takes: [planned('p1')], at: AT }))
    expect(ready(s)).toEqual([[1, 2]])
    s = ok(step(s, { type: 'scheduled', idx: 1, take: 2, prompt_id: 'redo', at: AT }))
    s = ok(step(s, { type: 'finished', prompt_id: 'redo', video, last_frame: video, frames: 9, execution_ms: 1, at: AT }))
    expect([s.job.status, s.segments[2]?.status, ready(s)]).toEqual(['awaiting_prompt', 'planned', []])

    // The user's continue runs it.
    const going = step(s, { type: 'continue', at: AT })
    expect(going.ok && going.effects).toEqual([{ type: 'schedule' }])
    s = ok(going)
    expect(s.job.status).toBe('running')
    expect(ready(s)).toEqual([[2, null]])
  })

  it('waits when inserted after a last segment still running, instead of following it', () => {
    let s = ok(step(job('running', [seg(0, 'done'), seg(1, 'running')]), { type: 'planned_replaced', from: 2, segments: [planned('next')], at: AT }))
    s = ok(step(s, { type: 'finished', prompt_id: 'pid1', video, last_frame: video, frames: 9, execution_ms: 1, at: AT }))
    expect([s.job.status, s.segments.map((x) => x.status), ready(s)]).toEqual(['awaiting_prompt', ['done', 'done', 'planned'], []])
  })

  it('joins a chain that is running on into its planned segments', () => {
    const s = ok(step(job('running', [seg(0, 'running'), seg(1, 'planned')]), { type: 'planned_replaced', from: 1, segments: [planned('p1'), planned('extra')], at: AT }))
    const next = ok(step(s, { type: 'finished', prompt_id: 'pid0', video, last_frame: video, frames: 9, execution_ms: 1, at: AT }))
    expect([next.job.status, ready(next)]).toEqual(['running', [[1, null]]])
  })

  it('runs on when the user plans the next prompt; continue is refused when nothing waits', () => {
    const held = ok(step(job('awaiting_prompt', [seg(0, 'done')]), { type: 'planned_replaced', from: 1, segments: [planned('a'), planned('b')], at: AT }))
    // Rewriting a later planned one keeps the hold; planning the next one is "run it".
    const rewritten = ok(step(held, { type: 'prompt_planned', idx: 2, segment: planned('b2'), at: AT }))
    expect(ready(rewritten)).toEqual([])
    expect(ready(ok(step(rewritten, { type: 'prompt_planned', idx: 1, segment: planned('a2'), at: AT })))).toEqual([[1, null]])

    const refused = step(job('awaiting_prompt', [seg(0, 'done')]), { type: 'continue', at: AT })
    expect(refused.ok ? null : refused.refusal).toMatchObject({ code: 'conflict', field: 'status' })
  })
})
