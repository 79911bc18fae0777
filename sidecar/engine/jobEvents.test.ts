// The user's commands on a job, one rule at a time: what each refuses (with the exact message, field and
// code the API answers), and what each changes and asks for when it is allowed. Written against the
// surviving mutants of jobEvents.ts (bench/MUTATION.md).
import { describe, expect, it } from 'vitest'
import type { JobState, SegmentRecord, SegmentStatus, TakeRecord } from '../contract'
import type { EngineEvent } from './engineEvents'
import { step } from './machine'
import { newSegment } from './runQueries'
import { allowed, AT, jobState, LATER, testParams } from '../testing/engineStates'

const planned = (prompt: string) => ({ prompt, negative_prompt: null, seed: 7, loras: { high: [], low: [] } })

function seg(idx: number, status: SegmentStatus, extra: Partial<SegmentRecord> = {}): SegmentRecord {
  const inFlight = status === 'queued' || status === 'running'
  return { ...newSegment(1, idx, planned(`p${idx}`), AT), status, prompt_id: inFlight ? `pid${idx}` : null, ...extra }
}

function take(idx: number, n: number, status: SegmentStatus, promptId: string | null = null): TakeRecord {
  const { locked: _l, stale: _s, ...run } = seg(idx, status, { take: n })
  return { ...run, prompt_id: promptId }
}



const done3 = () => [seg(0, 'done'), seg(1, 'done'), seg(2, 'planned')]

describe('what a user may not do to a job', () => {
  const rows: Array<[string, JobState, EngineEvent, { code: string; field?: string; message: string }]> = [
    ['start a job that is not a draft', jobState('running', [seg(0, 'planned')]), { type: 'start', at: AT }, { code: 'conflict', field: 'status', message: 'job is running, not a draft' }],
    ['edit a job once a segment ran', jobState('draft', [seg(0, 'planned'), seg(1, 'done')]), { type: 'edited', job: {}, segments: [], at: AT }, { code: 'conflict', field: 'status', message: 'the job can only be edited before any segment has run' }],
    ['plan a prompt on a completed job', jobState('completed', [seg(0, 'done')]), { type: 'prompt_planned', idx: 1, segment: planned('x'), at: AT }, { code: 'conflict', field: 'status', message: 'job is completed; reopen it first' }],
    ['plan a prompt on a finalizing job', jobState('finalizing', [seg(0, 'done')]), { type: 'prompt_planned', idx: 1, segment: planned('x'), at: AT }, { code: 'conflict', field: 'status', message: 'job is finalizing; retry it first' }],
    ['plan a prompt on a cancelled job', jobState('cancelled', [seg(0, 'done')]), { type: 'prompt_planned', idx: 1, segment: planned('x'), at: AT }, { code: 'conflict', field: 'status', message: 'job is cancelled; retry it first' }],
    ['rewrite a finished segment', jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done')]), { type: 'prompt_planned', idx: 1, segment: planned('x'), at: AT }, { code: 'conflict', field: 'idx', message: 'segment 2 is done; only the next, a planned or a stopped segment takes a prompt' }],
    ['plan past the next segment', jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'prompt_planned', idx: 3, segment: planned('x'), at: AT }, { code: 'conflict', field: 'idx', message: 'segment 4 is not the next one (next is segment 2)' }],
    ['rearrange planned segments of a completed job', jobState('completed', [seg(0, 'done')]), { type: 'planned_replaced', from: 1, segments: [], at: AT }, { code: 'conflict', field: 'status', message: 'job is completed; reopen it first' }],
    ['rearrange from past the end', jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'planned_replaced', from: 2, segments: [], at: AT }, { code: 'conflict', field: 'from', message: 'from: the job has 1 segments' }],
    ['rearrange a segment that ran', jobState('awaiting_prompt', done3()), { type: 'planned_replaced', from: 1, segments: [], at: AT }, { code: 'conflict', field: 'from', message: 'from: segment 2 is done; only planned segments can be rearranged' }],
    ['delete a segment that does not exist', jobState('awaiting_prompt', done3()), { type: 'segment_deleted', idx: 5, at: AT }, { code: 'not_found', field: 'idx', message: 'job 1 has no segment 6' }],
    ['delete a segment that is not the last', jobState('awaiting_prompt', done3()), { type: 'segment_deleted', idx: 1, at: AT }, { code: 'conflict', field: 'idx', message: 'only the last segment can be deleted' }],
    ['delete a segment of a finalizing job', jobState('finalizing', done3()), { type: 'segment_deleted', idx: 2, at: AT }, { code: 'conflict', field: 'status', message: 'job is finalizing; reopen it before deleting segments' }],
    ['delete a segment of a completed job', jobState('completed', done3()), { type: 'segment_deleted', idx: 2, at: AT }, { code: 'conflict', field: 'status', message: 'job is completed; reopen it before deleting segments' }],
    ['cancel a finalizing job', jobState('finalizing', done3()), { type: 'cancel', at: AT }, { code: 'conflict', field: 'status', message: 'job is finalizing; there is nothing to cancel' }],
    ['cancel a completed job', jobState('completed', done3()), { type: 'cancel', at: AT }, { code: 'conflict', field: 'status', message: 'job is completed; there is nothing to cancel' }],
    ['stop a run of a segment that does not exist', jobState('running', done3()), { type: 'run_stopped', idx: 4, take: 1, at: AT }, { code: 'not_found', field: 'idx', message: 'job 1 has no segment 5' }],
    ['stop a take that does not exist', jobState('running', [seg(0, 'running')]), { type: 'run_stopped', idx: 0, take: 3, at: AT }, { code: 'not_found', field: 'take', message: 'segment 1 has no take 3' }],
    ['stop a finished candidate take', jobState('awaiting_prompt', [seg(0, 'done')], [take(0, 2, 'done')]), { type: 'run_stopped', idx: 0, take: 2, at: AT }, { code: 'conflict', field: 'take', message: 'take 2 of segment 1 is done; only a waiting or running one can be stopped' }],
    ['retry a running job', jobState('running', [seg(0, 'running')]), { type: 'retry', at: AT }, { code: 'conflict', field: 'status', message: 'only a failed or cancelled job can be retried (job is running)' }],
    ['finalize twice', jobState('finalizing', done3()), { type: 'finalize', at: AT }, { code: 'conflict', field: 'status', message: 'the job is already being finalized' }],
    ['finalize a running job', jobState('running', done3()), { type: 'finalize', at: AT }, { code: 'conflict', field: 'status', message: 'job is running; finalize needs a job that waits for a prompt or has stopped' }],
    ['finalize with a take still in ComfyUI', jobState('awaiting_prompt', [seg(0, 'done')], [take(0, 2, 'queued', 'tp')]), { type: 'finalize', at: AT }, { code: 'conflict', field: 'status', message: 'a segment is still in ComfyUI; wait or cancel it' }],
    ['finalize with nothing finished', jobState('failed', [seg(0, 'failed')]), { type: 'finalize', at: AT }, { code: 'conflict', field: 'segments', message: 'no finished segment to stitch' }],
    ['reopen a job that is not completed', jobState('awaiting_prompt', done3()), { type: 'reopen', at: AT }, { code: 'conflict', field: 'status', message: 'only a completed job can be reopened (job is awaiting_prompt)' }],
  ]
  it.each(rows)('may not %s', (_rule, from, event, refusal) => {
    const r = step(from, event)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.refusal).toEqual(refusal)
  })
})

describe('what a user command changes', () => {
  it('edits a draft whose segments are all planned: new job fields, new segments, no takes', () => {
    const from = jobState('draft', [seg(0, 'planned'), seg(1, 'planned')], [take(0, 2, 'planned')])
    const r = allowed(step(from, { type: 'edited', job: { name: 'renamed' }, segments: [planned('a'), planned('b'), planned('c')], at: LATER }))
    expect(r.state.job.name).toBe('renamed')
    expect(r.state.segments.map((s) => [s.idx, s.prompt, s.status, s.created_at])).toEqual([[0, 'a', 'planned', LATER], [1, 'b', 'planned', LATER], [2, 'c', 'planned', LATER]])
    expect(r.state.takes).toEqual([])
  })

  it('gives a stopped segment its new prompt from scratch, keeping its take number and lock', () => {
    const from = jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'cancelled', { take: 3, locked: true, attempts: 2, error: { message: 'stopped', node_id: null, node_type: null, exception_type: null, exception_message: null } })])
    const r = allowed(step(from, { type: 'prompt_planned', idx: 1, segment: planned('again'), at: LATER }))
    expect(r.state.segments[1]).toMatchObject({ status: 'planned', prompt: 'again', take: 3, locked: true, attempts: 0, error: null, created_at: LATER })
    expect(r.state.job.status).toBe('running')
  })

  it('rewrites a planned segment in place', () => {
    const from = jobState('running', [seg(0, 'running'), seg(1, 'planned', { take: 2 })])
    const r = allowed(step(from, { type: 'prompt_planned', idx: 1, segment: planned('new words'), at: LATER }))
    expect(r.state.segments[1]).toMatchObject({ status: 'planned', prompt: 'new words', take: 2, created_at: AT })
  })

  it('rearranges planned segments from a place, dropping the takes from there on', () => {
    const from = jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'planned'), seg(2, 'planned')], [take(0, 2, 'done'), take(1, 2, 'planned')])
    const r = allowed(step(from, { type: 'planned_replaced', from: 1, segments: [planned('x')], at: LATER }))
    expect(r.state.segments.map((s) => s.prompt)).toEqual(['p0', 'x'])
    expect(r.state.takes.map((t) => [t.idx, t.take])).toEqual([[0, 2]])
  })

  it('deletes the last segment, cancelling what of it is in ComfyUI (its run and its takes), and only its takes', () => {
    const from = jobState('running', [seg(0, 'done'), seg(1, 'running')], [take(0, 2, 'done'), take(1, 2, 'queued', 'tq'), take(1, 3, 'planned')])
    const r = allowed(step(from, { type: 'segment_deleted', idx: 1, at: LATER }))
    expect(r.effects).toEqual([
      { type: 'cancel_prompt', prompt_id: 'pid1', running: true },
      { type: 'cancel_prompt', prompt_id: 'tq', running: false },
    ])
    expect(r.state.segments.map((s) => s.idx)).toEqual([0])
    expect(r.state.takes.map((t) => [t.idx, t.take])).toEqual([[0, 2]])
    expect(r.state.job.status).toBe('awaiting_prompt')
  })

  it('cancels: waiting takes and runs in ComfyUI stop (a queued one is deleted, a running one interrupted); an already cancelled job is left as it is', () => {
    const from = jobState('running', [seg(0, 'done'), seg(1, 'queued')], [take(0, 2, 'planned'), take(0, 3, 'running', 'tr'), take(0, 4, 'done')])
    const r = allowed(step(from, { type: 'cancel', at: LATER }))
    expect(r.effects).toEqual([
      { type: 'cancel_prompt', prompt_id: 'pid1', running: false },
      { type: 'cancel_prompt', prompt_id: 'tr', running: true },
    ])
    expect(r.state.job.status).toBe('cancelled')
    expect(r.state.segments.map((s) => s.status)).toEqual(['done', 'cancelled'])
    expect(r.state.segments[1]?.finished_at).toBe(LATER)
    expect(r.state.takes.map((t) => t.status)).toEqual(['cancelled', 'cancelled', 'done'])
    const again = allowed(step(r.state, { type: 'cancel', at: LATER }))
    expect([again.state, again.effects]).toEqual([r.state, []])
  })

  it('stops one run: the chain segment waits as cancelled, a candidate take is not made, a planned one simply does not run', () => {
    const chainRun = allowed(step(jobState('running', [seg(0, 'done'), seg(1, 'running')]), { type: 'run_stopped', idx: 1, take: 1, at: LATER }))
    expect(chainRun.effects).toEqual([{ type: 'cancel_prompt', prompt_id: 'pid1', running: true }])
    expect([chainRun.state.segments[1]?.status, chainRun.state.segments[1]?.finished_at, chainRun.state.job.status]).toEqual(['cancelled', LATER, 'awaiting_prompt'])
    const candidate = allowed(step(jobState('running', [seg(0, 'done')], [take(0, 2, 'queued', 'tq'), take(0, 3, 'queued', 'tq3')]), { type: 'run_stopped', idx: 0, take: 2, at: LATER }))
    expect(candidate.effects).toEqual([{ type: 'cancel_prompt', prompt_id: 'tq', running: false }])
    expect(candidate.state.takes.map((t) => t.status)).toEqual(['cancelled', 'queued'])
    // A done segment's own take number names its candidate, not the finished segment.
    const plannedTake = allowed(step(jobState('awaiting_prompt', [seg(0, 'done')], [take(0, 1, 'planned')]), { type: 'run_stopped', idx: 0, take: 1, at: LATER }))
    expect(plannedTake.effects).toEqual([])
    expect([plannedTake.state.segments[0]?.status, plannedTake.state.takes[0]?.status]).toEqual(['done', 'cancelled'])
  })

  it('retries a failed or cancelled job: those segments run again from nothing, the rest stay', () => {
    const failed = seg(1, 'failed', { prompt_id: 'old', accepted: true, attempts: 3, error: { message: 'boom', node_id: null, node_type: null, exception_type: null, exception_message: null }, started_at: AT, finished_at: AT })
    for (const status of ['failed', 'cancelled'] as const) {
      const from = { ...jobState(status, [seg(0, 'done'), failed, seg(2, 'cancelled')]), job: { ...jobState(status, []).job, error: 'segment 2: boom' } }
      const r = allowed(step(from, { type: 'retry', at: LATER }))
      expect(r.state.segments.map((s) => s.status)).toEqual(['done', 'planned', 'planned'])
      expect(r.state.segments[1]).toMatchObject({ prompt_id: null, accepted: false, attempts: 0, error: null, started_at: null, finished_at: null })
      expect([r.state.job.status, r.state.job.error]).toEqual(['running', null])
      expect(r.effects).toEqual([{ type: 'schedule' }])
    }
  })

  it('finalizes the finished prefix with the options given, once', () => {
    const options = { mode: 'reencode' as const, crf: 20 }
    const r = allowed(step({ ...jobState('failed', [seg(0, 'done'), seg(1, 'done'), seg(2, 'failed'), seg(3, 'done')]), job: { ...jobState('failed', []).job, error: 'segment 3: x' } }, { type: 'finalize', options, at: LATER }))
    expect(r.effects).toEqual([{ type: 'stitch', segments: [0, 1] }])
    expect(r.state.job).toMatchObject({ status: 'finalizing', error: null, export_options: options, finalize_attempts: 1 })
    const plain = allowed(step(jobState('cancelled', [seg(0, 'done')]), { type: 'finalize', at: LATER }))
    expect(plain.state.job.export_options).toBeNull()
  })

  it('takes the stitch\'s answer only while finalizing', () => {
    const finalizing = { ...jobState('finalizing', [seg(0, 'done')]), job: { ...jobState('finalizing', []).job, export_options: { crossfades: [] }, finalize_attempts: 2 } } as JobState
    const final = { id: 1, job_id: 1, filename: 'f.mp4', subfolder: 'longvideo', frames: 9, created_at: LATER } as unknown as JobState['finals'][number]
    const done = allowed(step(finalizing, { type: 'stitched', final, at: LATER }))
    expect(done.state.job).toMatchObject({ status: 'completed', export_options: null, finalize_attempts: 0 })
    expect(done.state.finals).toEqual([final])
    const failed = allowed(step(finalizing, { type: 'stitch_failed', message: 'disk full', at: LATER }))
    expect(failed.state.job).toMatchObject({ status: 'awaiting_prompt', error: 'stitching failed: disk full', export_options: null, finalize_attempts: 0 })
    for (const event of [{ type: 'stitched', final, at: LATER }, { type: 'stitch_failed', message: 'late', at: LATER }] as const) {
      const late = allowed(step(jobState('awaiting_prompt', [seg(0, 'done')]), event))
      expect([late.state.job.status, late.state.finals.length, late.state.job.updated_at]).toEqual(['awaiting_prompt', 0, AT])
    }
  })

  it('reopens a completed job to take more prompts, and sets parameters', () => {
    expect(allowed(step(jobState('completed', [seg(0, 'done')]), { type: 'reopen', at: LATER })).state.job.status).toBe('awaiting_prompt')
    const r = allowed(step(jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'parameters_set', parameters: { ...testParams, steps: 9 }, at: LATER }))
    expect(r.state.job.parameters.steps).toBe(9)
    expect(r.state.job.updated_at).toBe(LATER)
  })
})
