import { describe, expect, it } from 'vitest'
import { finalVideo, job, segment } from '../testing/fixtures'
import { toastFor } from './eventToasts'
import type { KnownState } from './eventToasts'

function known(segmentStatus?: string, jobStatus?: string): KnownState {
  return {
    jobStatus: () => jobStatus as never,
    jobName: () => 'cat',
    segmentStatus: () => segmentStatus as never,
  }
}

describe('toastFor', () => {
  it('announces a segment that just finished, with its time', () => {
    const note = toastFor({ type: 'segment', segment: segment({ idx: 1 }) }, known('running'))
    expect(note).toEqual({ kind: 'success', summary: 'Segment 2 done', detail: 'cat in 12.3 s' })
  })

  it('stays quiet when the same state arrives again', () => {
    expect(toastFor({ type: 'segment', segment: segment() }, known('done'))).toBeNull()
  })

  it('shows the error of a failed segment', () => {
    const error = { message: 'Value not in list', node_id: '1', node_type: 'UNETLoader', exception_type: null, exception_message: null }
    const note = toastFor({ type: 'segment', segment: segment({ status: 'failed', error }) }, known('running'))
    expect(note).toMatchObject({ kind: 'error', detail: 'cat: Value not in list' })
  })

  it('announces a finished video once', () => {
    const final = finalVideo({ frames: 241 })
    const event = { type: 'job' as const, job: job({ status: 'completed', final_video: final }) }
    expect(toastFor(event, known(undefined, 'finalizing'))).toEqual({ kind: 'success', summary: 'Video finished', detail: 'cat: 241 frames' })
    expect(toastFor(event, known(undefined, 'completed'))).toBeNull()
  })

  it('keeps a long multi-line error to its first line in the toast', () => {
    const message = `KSamplerAdvanced #11: torch.OutOfMemoryError: Allocation on device ${'x'.repeat(300)}\nCurrently allocated: 22 GiB`
    const error = { message, node_id: '11', node_type: 'KSamplerAdvanced', exception_type: 'torch.OutOfMemoryError', exception_message: null }
    const note = toastFor({ type: 'segment', segment: segment({ status: 'failed', error }) }, known('running'))
    expect(note?.detail.length).toBe(160)
    expect(note?.detail.startsWith('cat: KSamplerAdvanced #11: torch.OutOfMemoryError')).toBe(true)
    expect(note?.detail).not.toContain('Currently allocated')
  })
})
