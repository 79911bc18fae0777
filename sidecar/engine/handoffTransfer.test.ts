// Which backend has each file a run of the job may load: one scan serves the hand-off copies
// (imageSources, by LoadImage value) and the colour guard's anchor (backendOfImage, by file).
import { describe, expect, it } from 'vitest'
import type { SegmentRecord, TakeRecord } from '../contract'
import { loadImageValue } from '../contract'
import { backendOfImage, imageSources } from './handoffTransfer'
import { newSegment } from './runQueries'
import { AT, jobState, outputFile, plannedRun } from '../testing/engineStates'

function done(idx: number, backend: string | null, name: string): SegmentRecord {
  return { ...newSegment(1, idx, plannedRun(`p${idx}`), AT), status: 'done', backend, video: outputFile(`${name}.mp4`), last_frame: outputFile(`${name}_last.png`), tail: outputFile(`${name}_tail.png`) }
}

describe('the backend that has a file of the job', () => {
  const take: TakeRecord = (({ locked: _l, stale: _s, ...run }) => ({ ...run, take: 2 }))(done(1, 'gpu2', 's1t2'))
  const state = jobState('running', [done(0, 'gpu1', 's0'), done(1, null, 's1')], [take], { input_image: 'sub/start.png' })

  it('is the run that made it for a last frame or last frames, main for the start image and runs from before backends', () => {
    const sources = imageSources(state)
    expect(sources.get('longvideo/s0_last.png [output]')?.backend).toBe('gpu1')
    expect(sources.get('longvideo/s0_tail.png [output]')?.backend).toBe('gpu1')
    expect(sources.get('longvideo/s1t2_last.png [output]')?.backend).toBe('gpu2')
    expect(sources.get('longvideo/s1_last.png [output]')?.backend).toBe('main')
    expect(sources.get('sub/start.png')).toEqual({ file: { filename: 'start.png', subfolder: 'sub', type: 'input' }, backend: 'main' })
  })

  it('answers the same for a file as for its LoadImage value', () => {
    for (const [value, source] of imageSources(state)) {
      expect(loadImageValue(source.file)).toBe(value)
      expect(backendOfImage(state, source.file)).toBe(source.backend)
    }
    expect(backendOfImage(state, outputFile('made_elsewhere.png'))).toBe('main')
  })
})
