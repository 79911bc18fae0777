import { describe, expect, it } from 'vitest'
import { executionError, rejectionError } from './comfyErrors'
import { PromptRejected } from './comfySchemas'

describe('rejectionError', () => {
  it('quotes every node error of a 400 verbatim, naming the node', () => {
    const body = PromptRejected.parse({
      error: { type: 'prompt_outputs_failed_validation', message: 'Prompt outputs failed validation', details: '', extra_info: {} },
      node_errors: {
        '1': {
          class_type: 'UNETLoader',
          dependent_outputs: ['15'],
          errors: [{ type: 'value_not_in_list', message: 'Value not in list', details: "unet_name: 'x.safetensors' not in (list of length 37)", extra_info: {} }],
        },
      },
    })
    const e = rejectionError(body, 400)
    expect(e.message).toBe("UNETLoader #1: Value not in list: unet_name: 'x.safetensors' not in (list of length 37)")
    expect(e.node_id).toBe('1')
    expect(e.node_type).toBe('UNETLoader')
  })

  it('uses the top-level error when no node is named (a missing node class)', () => {
    const body = PromptRejected.parse({
      error: { type: 'missing_node_type', message: "Node 'NoSuchNodeXYZ' not found. The custom node may not be installed.", details: "Node ID '#1'" },
      node_errors: {},
    })
    expect(rejectionError(body, 400).message).toBe("Node 'NoSuchNodeXYZ' not found. The custom node may not be installed.: Node ID '#1'")
  })
})

describe('rejectionError, every shape', () => {
  it('names a node without a class as "node", leaves out empty details, and keeps the first node', () => {
    const body = PromptRejected.parse({
      node_errors: {
        '7': { errors: [{ type: 't', message: 'Required input is missing', details: '' }, { type: 't', message: 'Bad value', details: 'steps: 0' }] },
        '9': { class_type: 'KSampler', errors: [{ type: 't', message: 'Other', details: 'cfg' }] },
      },
    })
    const e = rejectionError(body, 400)
    expect(e).toEqual({
      message: 'node #7: Required input is missing\nnode #7: Bad value: steps: 0\nKSampler #9: Other: cfg',
      node_id: '7',
      node_type: null,
      exception_type: null,
      exception_message: null,
    })
  })

  it('takes a plain-text top-level error, or a structured one without details', () => {
    expect(rejectionError(PromptRejected.parse({ error: 'invalid prompt' }), 400).message).toBe('invalid prompt')
    expect(rejectionError(PromptRejected.parse({ error: { type: 'x', message: 'No outputs', details: '' } }), 400).message).toBe('No outputs')
  })

  it('says the HTTP status when ComfyUI gave no reason at all', () => {
    expect(rejectionError(PromptRejected.parse({}), 500)).toEqual({ message: 'ComfyUI refused the prompt (HTTP 500)', node_id: null, node_type: null, exception_type: null, exception_message: null })
  })
})

describe('executionError', () => {
  it('names the node and its class, then the exception type and message (trailing newlines trimmed)', () => {
    expect(executionError({ node_id: 12, node_type: 'KSampler', exception_type: 'torch.OutOfMemoryError', exception_message: 'CUDA out of memory\n' })).toEqual({
      message: 'KSampler #12: torch.OutOfMemoryError: CUDA out of memory',
      node_id: '12',
      node_type: 'KSampler',
      exception_type: 'torch.OutOfMemoryError',
      exception_message: 'CUDA out of memory',
    })
  })

  it('leaves out what ComfyUI did not say', () => {
    expect(executionError({ node_type: 'VAEDecode', exception_message: 'boom' })).toEqual({ message: 'VAEDecode: boom', node_id: null, node_type: 'VAEDecode', exception_type: null, exception_message: 'boom' })
    expect(executionError({ node_id: '3', exception_type: 'ValueError' })).toEqual({ message: 'ValueError', node_id: '3', node_type: null, exception_type: 'ValueError', exception_message: null })
    expect(executionError({ node_id: 0 }).message).toBe('execution error')
    expect(executionError({ node_id: 0 }).node_id).toBe('0')
  })
})
