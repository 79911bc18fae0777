import { describe, expect, it } from 'vitest'
import type { StartCandidate, StartImageSet } from '../../sidecar/contract'
import { candidateLabel, defaultMaker, setProgress } from './startCandidates'

const cand = (id: number, status: StartCandidate['status']): StartCandidate => ({
  id, set_id: 1, seed: id * 10, status, image: null, input_image: null, error: null, created_at: '', finished_at: null,
})
const set = (candidates: StartCandidate[]): StartImageSet => ({ id: 1, job_id: null, maker: 'm', prompt: 'p', negative_prompt: '', width: 64, height: 64, chosen: null, candidates, created_at: '' })

describe('start-from-text candidates in the panel', () => {
  it('counts what is ready, failed and still waiting', () => {
    expect(setProgress(set([cand(1, 'done'), cand(2, 'running'), cand(3, 'queued'), cand(4, 'failed')]))).toEqual({ done: 1, failed: 1, total: 4, waiting: 2, percent: 50 })
    expect(setProgress(null)).toEqual({ done: 0, failed: 0, total: 0, waiting: 0, percent: 0 })
  })

  it('labels each candidate with its seed and its state', () => {
    expect([cand(1, 'done'), cand(2, 'running'), cand(3, 'queued'), cand(4, 'failed')].map(candidateLabel)).toEqual([
      { key: 'fromText.seed', seed: 10 },
      { key: 'fromText.seedMaking', seed: 20 },
      { key: 'fromText.seedWaiting', seed: 30 },
      { key: 'fromText.seedFailed', seed: 40 },
    ])
  })

  it('offers the maker asked for, else the first ready one', () => {
    const makers = [
      { id: 'a', kind: 't2i' as const, name: 'A', ready: false, missing: ['x'] },
      { id: 'b', kind: 't2v' as const, name: 'B', ready: true, missing: [] },
    ]
    expect(defaultMaker(makers, null)?.id).toBe('b')
    expect(defaultMaker(makers, 'a')?.id).toBe('a')
    expect(defaultMaker([], null)).toBeNull()
  })
})
