import { describe, expect, it } from 'vitest'
import { historyOutcome } from './historyOutcome'
import { SocketOutputs } from './socketOutputs'

const nodes = { video: '5', last_frame: '7' }
const video = { images: [{ filename: 'walk_seg1_00001_.mp4', subfolder: 'longvideo', type: 'output' }], animated: [true] }
const last = { images: [{ filename: 'walk_seg1_last_00001_.png', subfolder: 'longvideo', type: 'output' }] }

describe('outputs from the socket', () => {
  it("completes a prompt from its executed messages as /history would, with ComfyUI's own execution time", () => {
    const s = new SocketOutputs()
    s.started('p1', { prompt_id: 'p1', timestamp: 1000 })
    s.executed('p1', { node: '3', output: null, prompt_id: 'p1' })
    s.executed('p1', { node: '5', display_node: '5', output: video, prompt_id: 'p1' })
    s.executed('p1', { node: '7', display_node: '7', output: last, prompt_id: 'p1' })
    const entry = s.succeeded('p1', { prompt_id: 'p1', timestamp: 4500 }, nodes)
    expect(entry).not.toBeNull()
    expect(historyOutcome(entry!, nodes)).toEqual({
      type: 'finished',
      video: { filename: 'walk_seg1_00001_.mp4', subfolder: 'longvideo', type: 'output' },
      last_frame: { filename: 'walk_seg1_last_00001_.png', subfolder: 'longvideo', type: 'output' },
      tail: null,
      execution_ms: 3500,
    })
    // Forgotten once answered: a second end signal reads /history.
    expect(s.succeeded('p1', { prompt_id: 'p1' }, nodes)).toBeNull()
  })

  it('says nothing (read /history) when an output node the run saves to was not seen, or the output is not a file list', () => {
    const s = new SocketOutputs()
    s.executed('p2', { node: '5', output: video, prompt_id: 'p2' })
    expect(s.succeeded('p2', { prompt_id: 'p2' }, nodes)).toBeNull()
    s.executed('p3', { node: '5', output: video, prompt_id: 'p3' })
    s.executed('p3', { node: '7', output: last, prompt_id: 'p3' })
    expect(s.succeeded('p3', { prompt_id: 'p3' }, { ...nodes, tail: '9' })).toBeNull()
    s.executed('p4', { node: '5', output: { images: 'not a list' }, prompt_id: 'p4' })
    s.executed('p4', { node: '7', output: last, prompt_id: 'p4' })
    expect(s.succeeded('p4', { prompt_id: 'p4' }, nodes)).toBeNull()
    expect(s.succeeded('never-seen', { prompt_id: 'never-seen' }, nodes)).toBeNull()
  })
})
