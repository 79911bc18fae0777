import { readFileSync } from 'node:fs'
import { describe, expect, it } from 'vitest'
import { HistoryEntry } from '../comfy/comfySchemas'
import { historyOutcome } from './historyOutcome'

const trace = (name: string) => JSON.parse(readFileSync(new URL(`../testing/reference/comfyui-traces/${name}.json`, import.meta.url), 'utf8')) as { history: unknown }
const entry = (name: string) => HistoryEntry.parse(trace(name).history)

describe('historyOutcome', () => {
  it('reads the video and last-frame files of a successful prompt from their output nodes', () => {
    const outcome = historyOutcome(entry('success'), { video: '5', last_frame: '7' })
    expect(outcome).toMatchObject({
      type: 'finished',
      video: { filename: 'seg_00001_.mp4', subfolder: 'trace', type: 'output' },
      last_frame: { filename: 'seg_last_00001_.png', subfolder: 'trace', type: 'output' },
      // execution_start at 1795265500893, execution_success at 1795265500935 in the trace.
      execution_ms: 42,
    })
  })

  it('reads the old files of a cached re-run the same way', () => {
    const outcome = historyOutcome(entry('cached_rerun'), { video: '5', last_frame: '7' })
    // An identical prompt makes no new files: the history names the first run's.
    expect(outcome).toEqual({
      type: 'finished',
      video: { filename: 'seg_00001_.mp4', subfolder: 'trace', type: 'output' },
      last_frame: { filename: 'seg_last_00001_.png', subfolder: 'trace', type: 'output' },
      tail: null,
      execution_ms: 4,
    })
  })

  it('keeps ComfyUI execution errors verbatim: node, exception type and message', () => {
    const outcome = historyOutcome(entry('execution_error'), { video: '5', last_frame: '7' })
    expect(outcome).toMatchObject({
      type: 'errored',
      error: {
        node_id: '4',
        node_type: 'VAELoader',
        exception_type: 'safetensors_rust.SafetensorError',
        exception_message: 'Error while deserializing header: HeaderTooSmall',
      },
    })
    expect(outcome.type === 'errored' && outcome.error.message).toContain('Error while deserializing header: HeaderTooSmall')
  })

  it('recognises an interrupted prompt', () => {
    expect(historyOutcome(entry('interrupt_and_queue'), { video: '5', last_frame: '7' }).type).toBe('interrupted')
  })

  it('fails a success that saved no video on the expected node', () => {
    const outcome = historyOutcome(entry('success'), { video: '99', last_frame: '7' })
    expect(outcome.type).toBe('errored')
  })
})
