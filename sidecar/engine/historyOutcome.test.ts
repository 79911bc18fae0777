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

describe('historyOutcome, every branch (written against surviving mutants)', () => {
  const nodes = { video: '5', last_frame: '7', tail: '9' }
  const file = (filename: string, type?: string) => ({ filename, subfolder: 'lv', ...(type ? { type } : {}) })
  const h = (status: unknown, outputs: unknown = {}) => HistoryEntry.parse({ outputs, ...(status === undefined ? {} : { status }) })
  const ok = (messages: unknown[] = []) => ({ status_str: 'success', completed: true, messages })
  const videoOut = { '5': { images: [file('v.mp4')] }, '7': { images: [file('l.png', 'temp')] }, '9': { gifs: [file('t.png', 'input')] } }

  it('reads the output type: input and temp kept, anything else is output', () => {
    const outcome = historyOutcome(h(ok(), { ...videoOut, '5': { videos: [file('v.mp4', 'weird')] } }), nodes)
    expect(outcome).toEqual({
      type: 'finished',
      video: { filename: 'v.mp4', subfolder: 'lv', type: 'output' },
      last_frame: { filename: 'l.png', subfolder: 'lv', type: 'temp' },
      tail: { filename: 't.png', subfolder: 'lv', type: 'input' },
      execution_ms: null,
    })
  })

  it('has no tail without a tail node, and no time without both timestamps (never negative)', () => {
    const one = historyOutcome(h(ok([['execution_start', { timestamp: 100 }]]), videoOut), { video: '5', last_frame: '8' })
    expect(one).toMatchObject({ type: 'finished', last_frame: null, tail: null, execution_ms: null })
    const backwards = historyOutcome(h(ok([['execution_start', { timestamp: 100 }], ['execution_success', { timestamp: 90 }]]), videoOut), nodes)
    expect(backwards).toMatchObject({ execution_ms: 0 })
    const untimed = historyOutcome(h(ok([['execution_start', {}], ['execution_success', { timestamp: 90 }]]), videoOut), nodes)
    expect(untimed).toMatchObject({ execution_ms: null })
    expect(historyOutcome(h(undefined, videoOut), nodes)).toMatchObject({ type: 'finished', execution_ms: null })
  })

  it('is still pending while ComfyUI has not completed it', () => {
    expect(historyOutcome(h({ status_str: 'running', completed: false, messages: [['execution_start', { timestamp: 1 }]] }, videoOut), nodes)).toEqual({ type: 'pending' })
    // completed false with a success status is a finished run (older servers)
    expect(historyOutcome(h({ status_str: 'success', completed: false, messages: [] }, videoOut), nodes).type).toBe('finished')
  })

  it('takes an error from the status, or from the last message, with ComfyUI\'s words or a plain reason', () => {
    const err = ['execution_error', { node_id: '4', node_type: 'VAELoader', exception_type: 'E', exception_message: 'bad' }]
    expect(historyOutcome(h({ status_str: 'error', completed: false, messages: [err] }), nodes)).toMatchObject({ type: 'errored', error: { message: 'VAELoader #4: E: bad' } })
    expect(historyOutcome(h({ status_str: 'running', completed: false, messages: [['execution_start', {}], err] }), nodes)).toMatchObject({ type: 'errored', error: { node_id: '4' } })
    expect(historyOutcome(h({ status_str: 'error', completed: true, messages: [] }), nodes)).toEqual({ type: 'errored', error: { message: 'ComfyUI reported an error', node_id: null, node_type: null, exception_type: null, exception_message: null } })
    expect(historyOutcome(h({ status_str: 'running', completed: false, messages: [['execution_interrupted', {}]] }), nodes)).toEqual({ type: 'interrupted' })
    expect(historyOutcome(h({ status_str: 'error', completed: true, messages: [['execution_interrupted', {}], ['execution_error', {}]] }), nodes)).toEqual({ type: 'interrupted' })
  })

  it('names the node that saved no video', () => {
    expect(historyOutcome(h(ok(), {}), nodes)).toEqual({ type: 'errored', error: { message: 'ComfyUI finished but node 5 saved no video', node_id: null, node_type: null, exception_type: null, exception_message: null } })
  })
})
