import { describe, expect, it } from 'vitest'
import type { JobState, JobStatus, SegmentRecord, SegmentStatus } from '../contract'
import { MAX_FINALIZE_ATTEMPTS } from '../contract'
import type { EngineEvent } from './engineEvents'
import { step, stepThenBind } from './machine'
import { donePrefix, newSegment } from './runQueries'
import { pickReady } from './scheduler'
import { allowed, AT, jobState } from '../testing/engineStates'

const video = { filename: 'j_seg1_00001_.mp4', subfolder: 'longvideo', type: 'output' as const }
const png = { filename: 'j_seg1_last_00001_.png', subfolder: 'longvideo', type: 'output' as const }

function seg(idx: number, status: SegmentStatus, extra: Partial<SegmentRecord> = {}): SegmentRecord {
  const base = newSegment(1, idx, { prompt: `p${idx}`, negative_prompt: null, seed: idx, loras: { high: [], low: [] } }, AT)
  const promptId = status === 'queued' || status === 'running' ? `pid${idx}` : null
  const files = status === 'done' ? { video, last_frame: png } : {}
  return { ...base, status, prompt_id: promptId, ...files, ...extra }
}


function frozen<T>(value: T): T {
  const copy = structuredClone(value)
  const freeze = (v: unknown): void => {
    if (typeof v !== 'object' || v === null) return
    Object.freeze(v)
    for (const member of Object.values(v)) freeze(member)
  }
  freeze(copy)
  return copy
}

const statuses = (st: JobState) => st.segments.map((s) => s.status).join(',')

describe('step', () => {
  const rows: Array<{
    rule: string
    from: JobState
    event: EngineEvent
    job: JobStatus
    segments: string
    effects: string[]
  }> = [
    {
      rule: 'starting a draft with a planned first segment runs it',
      from: jobState('draft', [seg(0, 'planned')]),
      event: { type: 'start', at: AT },
      job: 'running',
      segments: 'planned',
      effects: ['schedule'],
    },
    {
      rule: 'scheduling a ready segment queues it and submits it',
      from: jobState('running', [seg(0, 'planned')]),
      event: { type: 'scheduled', idx: 0, prompt_id: 'new', at: AT },
      job: 'running',
      segments: 'queued',
      effects: ['submit'],
    },
    {
      rule: 'ComfyUI starting the prompt marks the segment running',
      from: jobState('running', [seg(0, 'queued')]),
      event: { type: 'started', prompt_id: 'pid0', at: AT },
      job: 'running',
      segments: 'running',
      effects: [],
    },
    {
      rule: 'a finished segment with no next prompt makes the job wait for one',
      from: jobState('running', [seg(0, 'running')]),
      event: { type: 'finished', prompt_id: 'pid0', video, last_frame: png, frames: 9, execution_ms: 5, at: AT },
      job: 'awaiting_prompt',
      segments: 'done',
      effects: [],
    },
    {
      rule: 'a finished segment with a planned next one continues the job by itself',
      from: jobState('running', [seg(0, 'running'), seg(1, 'planned')]),
      event: { type: 'finished', prompt_id: 'pid0', video, last_frame: png, frames: 9, execution_ms: 5, at: AT },
      job: 'running',
      segments: 'done,planned',
      effects: ['schedule'],
    },
    {
      rule: 'a drift measured after the hand-off lands on the finished segment without moving the job',
      from: jobState('running', [seg(0, 'done', { prompt_id: 'pid0' }), seg(1, 'queued')]),
      event: { type: 'measured', prompt_id: 'pid0', drift: 3.5, at: AT },
      job: 'running',
      segments: 'done,queued',
      effects: [],
    },
    {
      rule: 'a completion signal for a prompt no longer in flight changes nothing',
      from: jobState('awaiting_prompt', [seg(0, 'done', { prompt_id: 'pid0' })]),
      event: { type: 'finished', prompt_id: 'pid0', video, last_frame: png, frames: 9, execution_ms: 5, at: AT },
      job: 'awaiting_prompt',
      segments: 'done',
      effects: [],
    },
    {
      rule: 'planning the next prompt of a waiting job runs it',
      from: jobState('awaiting_prompt', [seg(0, 'done')]),
      event: { type: 'prompt_planned', idx: 1, segment: { prompt: 'x', negative_prompt: null, seed: 3, loras: { high: [], low: [] } }, at: AT },
      job: 'running',
      segments: 'done,planned',
      effects: ['schedule'],
    },
    {
      rule: 'a rejected prompt fails the segment and the job',
      from: jobState('running', [seg(0, 'queued')]),
      event: { type: 'rejected', prompt_id: 'pid0', error: { message: 'Value not in list', node_id: '1', node_type: 'UNETLoader', exception_type: null, exception_message: null }, at: AT },
      job: 'failed',
      segments: 'failed',
      effects: [],
    },
    {
      rule: 'an execution error fails the segment and the job',
      from: jobState('running', [seg(0, 'done'), seg(1, 'running')]),
      event: { type: 'errored', prompt_id: 'pid1', error: { message: 'OOM', node_id: '11', node_type: 'KSamplerAdvanced', exception_type: 'torch.OutOfMemoryError', exception_message: 'OOM' }, at: AT },
      job: 'failed',
      segments: 'done,failed',
      effects: [],
    },
    {
      rule: 'a lost prompt is submitted again under a new id',
      from: jobState('running', [seg(0, 'running', { accepted: true, attempts: 1 })]),
      event: { type: 'lost', prompt_id: 'pid0', new_prompt_id: 'again', at: AT },
      job: 'running',
      segments: 'queued',
      effects: ['submit'],
    },
    {
      rule: 'a prompt lost after three accepted submissions fails with the reason',
      from: jobState('running', [seg(0, 'queued', { accepted: true, attempts: 3 })]),
      event: { type: 'lost', prompt_id: 'pid0', new_prompt_id: 'again', at: AT },
      job: 'failed',
      segments: 'failed',
      effects: [],
    },
    {
      rule: 'cancel cancels what is in ComfyUI and keeps finished work',
      from: jobState('running', [seg(0, 'done'), seg(1, 'running'), seg(2, 'planned')]),
      event: { type: 'cancel', at: AT },
      job: 'cancelled',
      segments: 'done,cancelled,planned',
      effects: ['cancel_prompt'],
    },
    {
      rule: 'retry re-plans the failed segment and keeps finished ones',
      from: jobState('failed', [seg(0, 'done'), seg(1, 'failed')]),
      event: { type: 'retry', at: AT },
      job: 'running',
      segments: 'done,planned',
      effects: ['schedule'],
    },
    {
      rule: 'finalize stitches the finished segments',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done')]),
      event: { type: 'finalize', at: AT },
      job: 'finalizing',
      segments: 'done,done',
      effects: ['stitch'],
    },
    {
      rule: 'a stitched file completes the job',
      from: jobState('finalizing', [seg(0, 'done')]),
      event: { type: 'stitched', final: { file: video, frames: 9, mode: 'copy', created_at: AT, takes: [], export: null }, at: AT },
      job: 'completed',
      segments: 'done',
      effects: [],
    },
    {
      rule: 'a failed stitch lets the job be finalized again',
      from: jobState('finalizing', [seg(0, 'done')]),
      event: { type: 'stitch_failed', message: 'disk full', at: AT },
      job: 'awaiting_prompt',
      segments: 'done',
      effects: [],
    },
    {
      rule: 'reopening a completed job waits for the next prompt',
      from: jobState('completed', [seg(0, 'done')]),
      event: { type: 'reopen', at: AT },
      job: 'awaiting_prompt',
      segments: 'done',
      effects: [],
    },
    {
      rule: 'after a restart every prompt in flight is reconciled',
      from: jobState('running', [seg(0, 'done'), seg(1, 'running')]),
      event: { type: 'resync', reason: 'sidecar_restarted', at: AT },
      job: 'running',
      segments: 'done,running',
      effects: ['reconcile'],
    },
    {
      rule: 'after a restart an interrupted finalize stitches again',
      from: jobState('finalizing', [seg(0, 'done')]),
      event: { type: 'resync', reason: 'sidecar_restarted', at: AT },
      job: 'finalizing',
      segments: 'done',
      effects: ['stitch'],
    },
    {
      rule: 'deleting the running last segment cancels it in ComfyUI',
      from: jobState('running', [seg(0, 'done'), seg(1, 'running')]),
      event: { type: 'segment_deleted', idx: 1, at: AT },
      job: 'awaiting_prompt',
      segments: 'done',
      effects: ['cancel_prompt'],
    },
  ]

  it.each(rows)('$rule', ({ from, event, job: jobStatus, segments, effects }) => {
    // Frozen as the engine's states are (jobStore's cache): a rule that changed a value inside the
    // state it was given, rather than assigning a member of its copy, would throw here.
    const r = allowed(step(frozen(from), event))
    expect(r.state.job.status).toBe(jobStatus)
    expect(statuses(r.state)).toBe(segments)
    expect(r.effects.map((e) => e.type)).toEqual(effects)
  })

  const refusals: Array<{ rule: string; from: JobState; event: EngineEvent; field: string }> = [
    {
      rule: 'a prompt for a segment that is not next',
      from: jobState('awaiting_prompt', [seg(0, 'done')]),
      event: { type: 'prompt_planned', idx: 3, segment: { prompt: 'x', negative_prompt: null, seed: 1, loras: { high: [], low: [] } }, at: AT },
      field: 'idx',
    },
    {
      rule: 'a prompt rewriting a segment that already ran',
      from: jobState('awaiting_prompt', [seg(0, 'done')]),
      event: { type: 'prompt_planned', idx: 0, segment: { prompt: 'x', negative_prompt: null, seed: 1, loras: { high: [], low: [] } }, at: AT },
      field: 'idx',
    },
    {
      rule: 'finalize with no finished segment',
      from: jobState('failed', [seg(0, 'failed')]),
      event: { type: 'finalize', at: AT },
      field: 'segments',
    },
    {
      rule: 'finalize while finalizing',
      from: jobState('finalizing', [seg(0, 'done')]),
      event: { type: 'finalize', at: AT },
      field: 'status',
    },
    {
      rule: 'deleting a segment that is not the last',
      from: jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done')]),
      event: { type: 'segment_deleted', idx: 0, at: AT },
      field: 'idx',
    },
    {
      rule: 'editing a job after a segment ran',
      from: jobState('awaiting_prompt', [seg(0, 'done')]),
      event: { type: 'edited', job: { name: 'x' }, segments: [], at: AT },
      field: 'status',
    },
    {
      rule: 'scheduling a segment whose predecessor is still running',
      from: jobState('running', [seg(0, 'running'), seg(1, 'planned')]),
      event: { type: 'scheduled', idx: 1, prompt_id: 'x', at: AT },
      field: 'idx',
    },
  ]

  it.each(refusals)('refuses $rule, naming the field', ({ from, event, field }) => {
    const r = step(from, event)
    expect(r.ok).toBe(false)
    if (!r.ok) expect(r.refusal.field).toBe(field)
  })

  it('hands the previous last frame to the next segment as an [output] reference', () => {
    const r = allowed(step(jobState('running', [seg(0, 'done'), seg(1, 'planned')]), { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT }))
    expect(r.state.segments[1]?.start_image).toBe('longvideo/j_seg1_last_00001_.png [output]')
    expect(r.state.segments[1]?.prompt_id).toBe('n')
  })

  it('leaves the state it was given untouched and shares with it the rows the event did not change', () => {
    const before = jobState('running', [seg(0, 'done'), seg(1, 'planned'), seg(2, 'planned')])
    const copy = structuredClone(before)
    const r = allowed(step(before, { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT }))
    expect(before).toEqual(copy)
    expect(r.state.segments[0]).toBe(before.segments[0])
    expect(r.state.segments[2]).toBe(before.segments[2])
    expect(r.state.segments[1]).not.toBe(before.segments[1])
    expect(r.state.segments[1]?.status).toBe('queued')
    expect(r.state.job.parameters).toBe(before.job.parameters)
  })

  it('binds a run it schedules on the same copy when asked, and is a plain step otherwise', () => {
    const before = jobState('running', [seg(0, 'done'), seg(1, 'planned')])
    const nodes = { video: '12', last_frame: '14' }
    const r = stepThenBind(before, { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT }, (st, submit) => {
      expect(st.segments[1]?.status).toBe('queued')
      return { type: 'bound', prompt_id: submit.prompt_id, output_nodes: nodes, at: AT }
    })
    if (!r.ok) throw new Error('refused')
    expect(r.state.segments[1]?.output_nodes).toEqual(nodes)
    expect(r.bound?.map((b) => b.prompt_id)).toEqual(['n'])
    expect(r.effects).toEqual([{ type: 'submit', idx: 1, prompt_id: 'n' }])
    const plain = stepThenBind(before, { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT }, () => null)
    expect(plain).toEqual({ ...step(before, { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT }), bound: [] })
    // A 'bound' for a prompt not in flight changes nothing and is not listed.
    const other = stepThenBind(before, { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT }, () => ({ type: 'bound', prompt_id: 'x', output_nodes: nodes, at: AT }))
    expect(other.ok && other.bound).toEqual([])
  })

  it("schedules and binds the runs `schedule` places on the state a segment's end left, in the same step", () => {
    const before = jobState('running', [seg(0, 'running'), seg(1, 'planned'), seg(2, 'planned')])
    const finished: EngineEvent = { type: 'finished', prompt_id: 'pid0', video, last_frame: png, frames: 9, execution_ms: 5, at: AT }
    const nodes = { video: '12', last_frame: '14' }
    const asked: string[] = []
    const r = stepThenBind(
      before,
      finished,
      (st, submit) => ({ type: 'bound', prompt_id: submit.prompt_id, output_nodes: st.segments[0]?.status === 'done' ? nodes : { video: 'x', last_frame: 'x' }, at: AT }),
      (st) => {
        asked.push(statuses(st))
        // Segment 3 is not ready (its segment before is not done): refused, so left out and nothing changed by it.
        return [
          { type: 'scheduled', idx: 1, prompt_id: 'n', at: AT },
          { type: 'scheduled', idx: 2, prompt_id: 'm', at: AT },
        ]
      }
    )
    if (!r.ok) throw new Error('refused')
    expect(asked).toEqual(['done,planned,planned'])
    expect(statuses(r.state)).toBe('done,queued,planned')
    expect(r.state.segments[1]?.output_nodes).toEqual(nodes)
    expect(r.state.segments[2]).toBe(before.segments[2])
    expect(r.scheduled?.map((e) => e.prompt_id)).toEqual(['n'])
    expect(r.effects).toEqual([{ type: 'schedule' }, { type: 'submit', idx: 1, prompt_id: 'n' }])
    // Not asked when the step does not ask for scheduling.
    const none = stepThenBind(jobState('running', [seg(0, 'running')]), finished, () => null, () => {
      throw new Error('asked')
    })
    expect(none.ok && none.scheduled).toEqual([])
  })

  it('starts the first segment from the job input image', () => {
    const r = allowed(step(jobState('running', [seg(0, 'planned')]), { type: 'scheduled', idx: 0, prompt_id: 'n', at: AT }))
    expect(r.state.segments[0]?.start_image).toBe('start.png')
  })

  it('counts an attempt only when ComfyUI accepted the prompt', () => {
    const queued = allowed(step(jobState('running', [seg(0, 'planned')]), { type: 'scheduled', idx: 0, prompt_id: 'n', at: AT }))
    expect(queued.state.segments[0]?.attempts).toBe(0)
    const accepted = allowed(step(queued.state, { type: 'accepted', prompt_id: 'n', at: AT }))
    expect(accepted.state.segments[0]?.attempts).toBe(1)
    const again = allowed(step(accepted.state, { type: 'accepted', prompt_id: 'n', at: AT }))
    expect(again.state.segments[0]?.attempts).toBe(1)
  })

  it('keeps where a bound run saves its outputs, and forgets it when the run is scheduled again', () => {
    const nodes = { video: '12', last_frame: '14' }
    const queued = allowed(step(jobState('running', [seg(0, 'planned')]), { type: 'scheduled', idx: 0, prompt_id: 'n', at: AT }))
    const bound = allowed(step(queued.state, { type: 'bound', prompt_id: 'n', output_nodes: nodes, at: AT }))
    expect(bound.state.segments[0]?.output_nodes).toEqual(nodes)
    expect(bound.effects).toEqual([])
    const lost = allowed(step(bound.state, { type: 'lost', prompt_id: 'n', new_prompt_id: 'm', at: AT }))
    expect(lost.state.segments[0]?.output_nodes).toBeNull()
    // A run no longer in flight is not bound after the fact.
    const late = allowed(step(jobState('awaiting_prompt', [seg(0, 'done', { prompt_id: 'n' })]), { type: 'bound', prompt_id: 'n', output_nodes: nodes, at: AT }))
    expect(late.state.segments[0]?.output_nodes).toBeNull()
  })

  it('does not change the state it was given', () => {
    const from = jobState('running', [seg(0, 'planned')])
    const copy = structuredClone(from)
    step(from, { type: 'scheduled', idx: 0, prompt_id: 'n', at: AT })
    expect(from).toEqual(copy)
  })

  it('stitches only the finished run from the start', () => {
    expect(donePrefix([seg(0, 'done'), seg(1, 'done'), seg(2, 'failed'), seg(3, 'done')]).map((s) => s.idx)).toEqual([0, 1])
  })
})

describe('pickReady', () => {
  it('fills a free queue slot with the ready segment of another job', () => {
    const a = jobState('running', [seg(0, 'running'), seg(1, 'planned')], [], { id: 1 })
    const b = jobState('running', [seg(0, 'planned')], [], { id: 2 })
    expect(pickReady([a, b], true).map((s) => `${s.job_id}:${s.idx}`)).toEqual(['2:0'])
  })

  it('keeps at most two of our prompts in ComfyUI', () => {
    const a = jobState('running', [seg(0, 'running')], [], { id: 1 })
    const b = jobState('running', [seg(0, 'queued')], [], { id: 2 })
    const c = jobState('running', [seg(0, 'planned')], [], { id: 3 })
    expect(pickReady([a, b, c], true)).toEqual([])
  })

  it('takes the oldest jobs first when both slots are free', () => {
    const jobs = [3, 1, 2].map((id) => jobState('running', [seg(0, 'planned')], [], { id }))
    expect(pickReady(jobs, true).map((s) => s.job_id)).toEqual([1, 2])
  })

  it('takes nothing while the queue is stopped', () => {
    expect(pickReady([jobState('running', [seg(0, 'planned')])], false)).toEqual([])
  })

  it('never runs a segment of a job that waits for a prompt', () => {
    expect(pickReady([jobState('awaiting_prompt', [seg(0, 'done')])], true)).toEqual([])
  })
})

describe('a finalize the sidecar stopped in the middle of', () => {
  const finalizing = (attempts: number) => {
    const st = jobState('finalizing', [seg(0, 'done'), seg(1, 'done')])
    st.job.finalize_attempts = attempts
    st.job.export_options = { mode: 'reencode' }
    return st
  }
  const restart: EngineEvent = { type: 'resync', reason: 'sidecar_restarted', at: AT }

  it('counts each start of its stitch', () => {
    const started = allowed(step(jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'finalize', at: AT }))
    expect(started.state.job.finalize_attempts).toBe(1)
    const again = allowed(step(finalizing(1), restart))
    expect(again.state.job.finalize_attempts).toBe(2)
    expect(again.effects).toEqual([{ type: 'stitch', segments: [0, 1] }])
    expect(again.state.job.status).toBe('finalizing')
  })

  it(`stops after ${MAX_FINALIZE_ATTEMPTS} starts: back to waiting for a prompt, with the reason, nothing stitched`, () => {
    const r = allowed(step(finalizing(MAX_FINALIZE_ATTEMPTS), restart))
    expect(r.effects).toEqual([])
    expect(r.state.job.status).toBe('awaiting_prompt')
    expect(r.state.job.error).toMatch(/finalizing stopped 3 times before it finished.*finalize again/)
    expect(r.state.job.finalize_attempts).toBe(0)
    expect(r.state.job.export_options).toBeNull()
    // The user can act on it: finalize again counts from 1.
    const retried = allowed(step(r.state, { type: 'finalize', at: AT }))
    expect(retried.state.job.status).toBe('finalizing')
    expect(retried.state.job.finalize_attempts).toBe(1)
    expect(retried.state.job.error).toBeNull()
  })

  it('is not started again when ComfyUI only reconnected', () => {
    const r = allowed(step(finalizing(1), { type: 'resync', reason: 'comfy_reconnected', at: AT }))
    expect(r.effects).toEqual([])
    expect(r.state.job.finalize_attempts).toBe(1)
  })

  it('forgets its count once the stitch ends either way', () => {
    const final = { file: video, frames: 17, mode: 'copy' as const, created_at: AT, takes: [], export: null }
    expect(allowed(step(finalizing(2), { type: 'stitched', final, at: AT })).state.job.finalize_attempts).toBe(0)
    const failed = allowed(step(finalizing(2), { type: 'stitch_failed', message: 'No space left on device', at: AT }))
    expect(failed.state.job.finalize_attempts).toBe(0)
    expect(failed.state.job.status).toBe('awaiting_prompt')
    expect(failed.state.job.error).toBe('stitching failed: No space left on device')
  })
})

describe('what a person reads', () => {
  it('counts segments from 1 in the job\'s stored error, as the cards and toasts do', () => {
    const r = allowed(
      step(jobState('running', [seg(0, 'done'), seg(1, 'running')]), {
        type: 'errored',
        prompt_id: 'pid1',
        error: { message: 'OOM', node_id: '11', node_type: 'KSamplerAdvanced', exception_type: 'torch.OutOfMemoryError', exception_message: 'OOM' },
        at: AT,
      })
    )
    expect(r.state.job.error).toBe('segment 2: OOM')
  })

  it('counts segments from 1 in a refusal', () => {
    const r = step(jobState('awaiting_prompt', [seg(0, 'done'), seg(1, 'done', { locked: true })]), {
      type: 'takes_requested',
      idx: 1,
      takes: [{ prompt: 'p', negative_prompt: null, seed: 5, loras: { high: [], low: [] } }],
      at: AT,
    })
    expect(r.ok ? '' : r.refusal.message).toBe('segment 2 is locked; unlock it before making new takes')
  })
})

describe('stopping one segment, cancelling the job', () => {
  it('stops the running segment alone: ComfyUI is told, the job waits for the user', () => {
    const r = allowed(step(jobState('running', [seg(0, 'done'), seg(1, 'running'), seg(2, 'planned')]), { type: 'run_stopped', idx: 1, take: 1, at: AT }))
    expect(statuses(r.state)).toBe('done,cancelled,planned')
    expect(r.state.job.status).toBe('awaiting_prompt')
    expect(r.effects).toEqual([{ type: 'cancel_prompt', prompt_id: 'pid1', running: true }])
  })

  it('stops a candidate take and leaves the chain alone', () => {
    const st = jobState('running', [seg(0, 'done')])
    st.takes = [{ ...seg(0, 'queued'), take: 2, prompt_id: 'cand' }]
    const r = allowed(step(st, { type: 'run_stopped', idx: 0, take: 2, at: AT }))
    expect(r.state.takes[0]?.status).toBe('cancelled')
    expect(statuses(r.state)).toBe('done')
    expect(r.state.job.status).toBe('awaiting_prompt')
    expect(r.effects).toEqual([{ type: 'cancel_prompt', prompt_id: 'cand', running: false }])
  })

  it('refuses to stop what is finished', () => {
    const r = step(jobState('awaiting_prompt', [seg(0, 'done')]), { type: 'run_stopped', idx: 0, take: 1, at: AT })
    expect(r.ok).toBe(false)
  })

  it('runs a stopped segment again with the prompt it is given', () => {
    const stopped = allowed(step(jobState('running', [seg(0, 'done'), seg(1, 'running')]), { type: 'run_stopped', idx: 1, take: 1, at: AT })).state
    const again = allowed(step(stopped, { type: 'prompt_planned', idx: 1, segment: { prompt: 'rewritten', negative_prompt: null, seed: 9, loras: { high: [], low: [] } }, at: AT }))
    expect(again.state.segments[1]).toMatchObject({ status: 'planned', prompt: 'rewritten', seed: 9, prompt_id: null, finished_at: null })
    expect(again.state.job.status).toBe('running')
    expect(again.effects).toEqual([{ type: 'schedule' }])
  })

  it('finalizes or continues a cancelled job that has finished segments', () => {
    const cancelled = allowed(step(jobState('running', [seg(0, 'done'), seg(1, 'running')]), { type: 'cancel', at: AT })).state
    expect(cancelled.job.status).toBe('cancelled')
    const finalized = allowed(step(cancelled, { type: 'finalize', at: AT }))
    expect(finalized.effects).toEqual([{ type: 'stitch', segments: [0] }])
    const continued = allowed(step(cancelled, { type: 'retry', at: AT }))
    expect(statuses(continued.state)).toBe('done,planned')
    expect(continued.state.job.status).toBe('running')
  })
})

describe('start_image_set (another start-from-text candidate)', () => {
  const set = (input: string): EngineEvent => ({ type: 'start_image_set', input_image: input, at: AT })

  it('replaces the start image of a job waiting for its next prompt; segment 1 keeps the frame it was made from', () => {
    const r = allowed(step(jobState('awaiting_prompt', [seg(0, 'done', { start_image: 'start.png' })]), set('cand2.png')))
    expect(r.state.job.input_image).toBe('cand2.png')
    expect(r.state.segments[0]?.start_image).toBe('start.png')
  })

  it('is refused while segment 1 is in ComfyUI, once completed, and for a text-only job', () => {
    const running = step(jobState('running', [seg(0, 'running')]), set('cand2.png'))
    expect(running.ok ? null : running.refusal.message).toMatch(/segment 1 is in ComfyUI/)
    const done = step(jobState('completed', [seg(0, 'done')]), set('cand2.png'))
    expect(done.ok ? null : done.refusal.field).toBe('status')
    const textOnly = jobState('awaiting_prompt', [seg(0, 'done')])
    textOnly.job.input_image = null
    const refused = step(textOnly, set('cand2.png'))
    expect(refused.ok ? null : refused.refusal.message).toMatch(/starts from text alone/)
  })
})
