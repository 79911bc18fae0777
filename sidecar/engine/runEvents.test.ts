// What ComfyUI does to a run, one rule at a time: scheduled (or refused, or failed for a hand-off it
// cannot make), handed its corrected start frame, bound, accepted, started, finished, measured,
// errored, interrupted, lost, and looked at again after a restart. Written against the surviving
// mutants of runEvents.ts (bench/MUTATION.md).
import { describe, expect, it } from 'vitest'
import type { SegmentRecord, SegmentStatus, TakeRecord } from '../contract'
import { MAX_ATTEMPTS, MAX_FINALIZE_ATTEMPTS } from '../contract'
import { step } from './machine'
import { newSegment } from './runQueries'
import { allowed, AT, jobState, LATER, testParams } from '../testing/engineStates'

const out = (filename: string) => ({ filename, subfolder: 'longvideo', type: 'output' as const })
const nodes = { video: '5', last_frame: '7' }

function seg(idx: number, status: SegmentStatus, extra: Partial<SegmentRecord> = {}): SegmentRecord {
  const base = newSegment(1, idx, { prompt: `p${idx}`, negative_prompt: null, seed: idx, loras: { high: [], low: [] } }, AT)
  const inFlight = status === 'queued' || status === 'running'
  const files = status === 'done' ? { video: out(`s${idx}.mp4`), last_frame: out(`s${idx}_last.png`), start_image: idx === 0 ? 'start.png' : `longvideo/s${idx - 1}_last.png [output]` } : {}
  return { ...base, status, prompt_id: inFlight ? `pid${idx}` : null, ...files, ...extra }
}

function take(idx: number, n: number, status: SegmentStatus, promptId: string | null, extra: Partial<TakeRecord> = {}): TakeRecord {
  const { locked: _l, stale: _s, ...run } = seg(idx, status, { take: n })
  return { ...run, prompt_id: promptId, ...extra }
}



describe('scheduling a run', () => {
  it('queues the ready segment with the hand-off it is made with, and asks to submit it', () => {
    const from = jobState('running', [seg(0, 'done'), seg(1, 'planned', { error: { message: 'old', node_id: null, node_type: null, exception_type: null, exception_message: null }, output_nodes: nodes, accepted: true })])
    const r = allowed(step(from, { type: 'scheduled', idx: 1, prompt_id: 'new', at: LATER }))
    expect(r.state.segments[1]).toMatchObject({ status: 'queued', prompt_id: 'new', accepted: false, output_nodes: null, error: null, seam_mode: 'frame', carry: 1, start_image: 'longvideo/s0_last.png [output]', start_source: null })
    expect(r.effects).toEqual([{ type: 'submit', idx: 1, prompt_id: 'new' }])
  })

  it('starts the first segment from the job\'s start image', () => {
    const r = allowed(step(jobState('running', [seg(0, 'planned')]), { type: 'scheduled', idx: 0, prompt_id: 'a', at: LATER }))
    expect(r.state.segments[0]).toMatchObject({ status: 'queued', start_image: 'start.png', carry: 0, seam_mode: 'frame' })
  })

  it('refuses a run that is not the ready one, naming the take when there is one', () => {
    const from = jobState('running', [seg(0, 'done'), seg(1, 'planned'), seg(2, 'planned')])
    const notNext = step(from, { type: 'scheduled', idx: 2, prompt_id: 'x', at: LATER })
    expect(notNext.ok ? null : notNext.refusal).toEqual({ code: 'conflict', field: 'idx', message: 'segment 3 is not ready' })
    const noTake = step(from, { type: 'scheduled', idx: 0, take: 4, prompt_id: 'x', at: LATER })
    expect(noTake.ok ? null : noTake.refusal).toEqual({ code: 'conflict', field: 'idx', message: 'segment 1 take 4 is not ready' })
  })

  it('schedules a planned candidate take by its number', () => {
    const from = jobState('running', [seg(0, 'done')], [take(0, 2, 'planned', null), take(0, 3, 'planned', null)])
    const r = allowed(step(from, { type: 'scheduled', idx: 0, take: 3, prompt_id: 't3', at: LATER }))
    expect(r.state.takes.map((t) => [t.take, t.status, t.prompt_id])).toEqual([[2, 'planned', null], [3, 'queued', 't3']])
    expect(r.effects).toEqual([{ type: 'submit', idx: 0, prompt_id: 't3' }])
  })

  it('fails, with the reason, a run whose hand-off cannot be made', () => {
    const noFrame = allowed(step(jobState('running', [seg(0, 'done', { last_frame: null }), seg(1, 'planned')]), { type: 'scheduled', idx: 1, prompt_id: 'x', at: LATER }))
    expect(noFrame.state.segments[1]).toMatchObject({ status: 'failed', prompt_id: null, error: { message: 'segment 1 has no last frame to continue from' } })
    expect(noFrame.effects).toEqual([])
    const motion = jobState('running', [seg(0, 'done'), seg(1, 'planned')])
    motion.job.parameters = { ...testParams, seam: { mode: 'motion', motion_frames: 5, anchor: false, joins: {} } }
    const noTail = allowed(step(motion, { type: 'scheduled', idx: 1, prompt_id: 'x', at: LATER }))
    expect(noTail.state.segments[1]?.error?.message).toBe('segment 1 has no saved last frames for a motion hand-off (it was made before they were saved); redo it or use frame mode for this join')
    expect(noTail.state.job.status).toBe('failed')
  })
})

describe('a run in ComfyUI', () => {
  const queued = () => jobState('running', [seg(0, 'done'), seg(1, 'queued')])

  it('records the corrected start frame once, keeping the original as its source, until ComfyUI accepts it', () => {
    const from = queued()
    from.segments[1]!.start_image = 'orig.png'
    const first = allowed(step(from, { type: 'handoff_prepared', prompt_id: 'pid1', start_image: 'fixed1.png', at: LATER }))
    expect([first.state.segments[1]?.start_image, first.state.segments[1]?.start_source]).toEqual(['fixed1.png', 'orig.png'])
    const second = allowed(step(first.state, { type: 'handoff_prepared', prompt_id: 'pid1', start_image: 'fixed2.png', at: LATER }))
    expect([second.state.segments[1]?.start_image, second.state.segments[1]?.start_source]).toEqual(['fixed2.png', 'orig.png'])
    const acceptedRun = allowed(step(second.state, { type: 'accepted', prompt_id: 'pid1', at: LATER }))
    const late = allowed(step(acceptedRun.state, { type: 'handoff_prepared', prompt_id: 'pid1', start_image: 'fixed3.png', at: LATER }))
    expect(late.state).toBe(acceptedRun.state)
    expect(allowed(step(queued(), { type: 'handoff_prepared', prompt_id: 'other', start_image: 'x', at: LATER })).effects).toEqual([])
  })

  it('keeps where the outputs will be, counts an attempt once per acceptance, and a start before the answer as one', () => {
    const bound = allowed(step(queued(), { type: 'bound', prompt_id: 'pid1', output_nodes: nodes, at: LATER }))
    expect(bound.state.segments[1]?.output_nodes).toEqual(nodes)
    expect(allowed(step(queued(), { type: 'bound', prompt_id: 'nope', output_nodes: nodes, at: LATER })).state.segments[1]?.output_nodes).toBeNull()
    const acc = allowed(step(queued(), { type: 'accepted', prompt_id: 'pid1', at: LATER }))
    expect([acc.state.segments[1]?.accepted, acc.state.segments[1]?.attempts]).toEqual([true, 1])
    expect(allowed(step(acc.state, { type: 'accepted', prompt_id: 'pid1', at: LATER })).state.segments[1]?.attempts).toBe(1)
    const startedAfter = allowed(step(acc.state, { type: 'started', prompt_id: 'pid1', at: LATER }))
    expect(startedAfter.state.segments[1]).toMatchObject({ status: 'running', attempts: 1, accepted: true, started_at: LATER })
    const startedFirst = allowed(step(queued(), { type: 'started', prompt_id: 'pid1', at: LATER }))
    expect(startedFirst.state.segments[1]).toMatchObject({ status: 'running', attempts: 1, accepted: true })
    const again = allowed(step(startedFirst.state, { type: 'started', prompt_id: 'pid1', at: '2025-01-02T00:00:00.000Z' }))
    expect(again.state.segments[1]?.started_at).toBe(LATER)
  })

  it('fails on a refusal, an error or an interrupt, with the reason and the time', () => {
    const error = { message: 'KSampler #3: OOM', node_id: '3', node_type: 'KSampler', exception_type: 'OOM', exception_message: 'OOM' }
    for (const type of ['rejected', 'errored'] as const) {
      const r = allowed(step(queued(), { type, prompt_id: 'pid1', error, at: LATER }))
      expect(r.state.segments[1]).toMatchObject({ status: 'failed', error, finished_at: LATER })
      expect([r.state.job.status, r.state.job.error]).toEqual(['failed', 'segment 2: KSampler #3: OOM'])
      expect(allowed(step(queued(), { type, prompt_id: 'unknown', error, at: LATER })).state.segments[1]?.status).toBe('queued')
    }
    const cut = allowed(step(queued(), { type: 'interrupted', prompt_id: 'pid1', at: LATER }))
    expect(cut.state.segments[1]).toMatchObject({ status: 'failed', finished_at: LATER, error: { message: 'ComfyUI interrupted the prompt' } })
    expect(allowed(step(queued(), { type: 'interrupted', prompt_id: 'unknown', at: LATER })).state.segments[1]?.status).toBe('queued')
  })

  it('finishes: the files and figures, one attempt at least, and a take copy of a chain run, in order', () => {
    const from = jobState('running', [seg(0, 'done'), seg(1, 'running', { take: 2, started_at: null })], [take(1, 1, 'done', null), take(1, 2, 'done', 'stale-copy'), take(0, 1, 'done', null)])
    const r = allowed(step(from, { type: 'finished', prompt_id: 'pid1', video: out('v.mp4'), last_frame: out('l.png'), tail: out('t.png'), frames: 9, execution_ms: 1200, drift: 2.5, at: LATER }))
    expect(r.state.segments[1]).toMatchObject({ status: 'done', video: out('v.mp4'), last_frame: out('l.png'), tail: out('t.png'), frames: 9, execution_ms: 1200, drift: 2.5, started_at: LATER, finished_at: LATER, attempts: 1 })
    expect(r.state.takes.map((t) => [t.idx, t.take, t.prompt_id])).toEqual([[0, 1, null], [1, 1, null], [1, 2, 'pid1']])
    expect(r.state.job.status).toBe('awaiting_prompt')
    const plain = allowed(step(queued(), { type: 'finished', prompt_id: 'pid1', video: out('v.mp4'), last_frame: null, frames: null, execution_ms: null, at: LATER }))
    expect(plain.state.segments[1]).toMatchObject({ tail: null, drift: null, last_frame: null })
    const candidate = allowed(step(jobState('running', [seg(0, 'done')], [take(0, 2, 'running', 'tp', { attempts: 2, started_at: AT })]), { type: 'finished', prompt_id: 'tp', video: out('c.mp4'), last_frame: null, frames: 9, execution_ms: 1, at: LATER }))
    expect(candidate.state.takes).toHaveLength(1)
    expect(candidate.state.takes[0]).toMatchObject({ status: 'done', attempts: 2, started_at: AT })
  })

  it('takes the meters of a finished run into the chain segment and its take copy, leaving out what was not measured', () => {
    const from = jobState('awaiting_prompt', [seg(0, 'done', { prompt_id: 'm', drift: 1 })], [take(0, 1, 'done', 'm', { drift: 1 }), take(0, 2, 'done', 'other', { drift: 7 })])
    const both = allowed(step(from, { type: 'measured', prompt_id: 'm', drift: 3, seam: { value: 4.5, ref: 2 }, at: LATER }))
    expect([both.state.segments[0], both.state.takes[0]].map((r) => [r?.drift, r?.seam, r?.seam_ref])).toEqual([[3, 4.5, 2], [3, 4.5, 2]])
    expect(both.state.takes[1]?.drift).toBe(7)
    const seamOnly = allowed(step(both.state, { type: 'measured', prompt_id: 'm', seam: null, at: LATER }))
    expect([seamOnly.state.segments[0]?.drift, seamOnly.state.segments[0]?.seam, seamOnly.state.segments[0]?.seam_ref]).toEqual([3, null, null])
    const nothing = allowed(step(from, { type: 'measured', prompt_id: 'queued-one', drift: 1, at: LATER }))
    expect(nothing.state).toBe(from)
  })
})

describe('a prompt ComfyUI lost, and a restart', () => {
  it('submits a lost prompt again under a new id, until it was accepted MAX_ATTEMPTS times', () => {
    const from = jobState('running', [seg(0, 'running', { accepted: true, attempts: MAX_ATTEMPTS - 1, started_at: AT, output_nodes: nodes })])
    const again = allowed(step(from, { type: 'lost', prompt_id: 'pid0', new_prompt_id: 'n1', at: LATER }))
    expect(again.state.segments[0]).toMatchObject({ status: 'queued', prompt_id: 'n1', accepted: false, output_nodes: null, started_at: null, attempts: MAX_ATTEMPTS - 1 })
    expect(again.effects).toEqual([{ type: 'submit', idx: 0, prompt_id: 'n1' }])
    const notAccepted = jobState('running', [seg(0, 'queued', { accepted: false, attempts: MAX_ATTEMPTS })])
    expect(allowed(step(notAccepted, { type: 'lost', prompt_id: 'pid0', new_prompt_id: 'n2', at: LATER })).state.segments[0]?.status).toBe('queued')
    const spent = jobState('running', [seg(0, 'running', { accepted: true, attempts: MAX_ATTEMPTS })])
    const gaveUp = allowed(step(spent, { type: 'lost', prompt_id: 'pid0', new_prompt_id: 'n3', at: LATER }))
    expect(gaveUp.state.segments[0]).toMatchObject({ status: 'failed', finished_at: LATER, prompt_id: 'pid0', error: { message: `ComfyUI lost the prompt ${MAX_ATTEMPTS} times (it restarted or cleared its queue); giving up` } })
    expect(gaveUp.effects).toEqual([])
    expect(allowed(step(from, { type: 'lost', prompt_id: 'unknown', new_prompt_id: 'n', at: LATER })).effects).toEqual([])
  })

  it('asks ComfyUI about every run in flight, and stitches again after a restart mid-finalize, a bounded number of times', () => {
    const inFlight = jobState('running', [seg(0, 'done'), seg(1, 'queued')], [take(0, 2, 'running', 'tr'), take(0, 3, 'planned', null)])
    expect(allowed(step(inFlight, { type: 'resync', reason: 'comfy_reconnected', at: LATER })).effects).toEqual([
      { type: 'reconcile', prompt_id: 'pid1' },
      { type: 'reconcile', prompt_id: 'tr' },
    ])
    const finalizing = jobState('finalizing', [seg(0, 'done'), seg(1, 'done'), seg(2, 'failed')], [], { finalize_attempts: 1 })
    const restart = allowed(step(finalizing, { type: 'resync', reason: 'sidecar_restarted', at: LATER }))
    expect(restart.effects).toEqual([{ type: 'stitch', segments: [0, 1] }])
    expect(restart.state.job.finalize_attempts).toBe(2)
    const noCount = allowed(step(jobState('finalizing', [seg(0, 'done')]), { type: 'resync', reason: 'sidecar_restarted', at: LATER }))
    expect(noCount.state.job.finalize_attempts).toBe(1)
    expect(allowed(step(finalizing, { type: 'resync', reason: 'comfy_reconnected', at: LATER })).effects).toEqual([])
    const spent = jobState('finalizing', [seg(0, 'done')], [], { finalize_attempts: MAX_FINALIZE_ATTEMPTS, export_options: { mode: 'reencode' } })
    const gaveUp = allowed(step(spent, { type: 'resync', reason: 'sidecar_restarted', at: LATER }))
    expect(gaveUp.effects).toEqual([])
    expect(gaveUp.state.job).toMatchObject({
      status: 'awaiting_prompt',
      export_options: null,
      finalize_attempts: 0,
      error: `finalizing stopped ${MAX_FINALIZE_ATTEMPTS} times before it finished (the sidecar exited while stitching); finalize again to retry, and see the sidecar log for the cause`,
    })
  })
})
