import { describe, expect, it } from 'vitest'
import { rejectionError } from './comfyErrors'
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
