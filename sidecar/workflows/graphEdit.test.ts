// The small graph edits segment binding is built from: fresh ids, consumers of an output, removing an
// unused node, and a LoRA chain put exactly where the model was used. Written against surviving mutants.
import { describe, expect, it } from 'vitest'
import type { ApiPrompt } from './apiPrompt'
import { addNode, consumersOf, nextNodeId, removeIfUnused } from './graphEdit'
import { insertLoraChain } from './loraChain'

const graph = (): ApiPrompt => ({
  '3': { class_type: 'UNETLoader', inputs: { unet_name: 'm.safetensors' } },
  '10': { class_type: 'KSampler', inputs: { model: ['3', 0], seed: 1, positive: ['3', 1] } },
  '12': { class_type: 'ModelSampling', inputs: { model: ['3', 0] } },
  note: { class_type: 'Note', inputs: { text: 'x' } },
})

describe('graph edits', () => {
  it('takes the id after the highest numeric one, skipping non-numeric and taken ones', () => {
    expect(nextNodeId(graph())).toBe('13')
    expect(nextNodeId({ '2': graph()['3']!, '1.5': graph()['3']!, '-7': graph()['3']!, a: graph()['3']! })).toBe('3')
    expect(nextNodeId({})).toBe('1')
    expect(nextNodeId({ '9': graph()['3']!, '4': graph()['3']! })).toBe('10')
    const p = graph()
    expect([addNode(p, { class_type: 'A', inputs: {} }), addNode(p, { class_type: 'B', inputs: {} })]).toEqual(['13', '14'])
    expect(p['14']?.class_type).toBe('B')
  })

  it('finds every input linked to one output of one node, and no other', () => {
    expect(consumersOf(graph(), '3', 0)).toEqual([{ node: '10', input: 'model' }, { node: '12', input: 'model' }])
    expect(consumersOf(graph(), '3', 1)).toEqual([{ node: '10', input: 'positive' }])
    expect(consumersOf(graph(), '10', 0)).toEqual([])
  })

  it('removes a node only when nothing links to it', () => {
    const p = graph()
    removeIfUnused(p, '3')
    expect(p['3']).toBeDefined()
    removeIfUnused(p, 'note')
    expect(p.note).toBeUndefined()
    removeIfUnused(p, '12')
    expect(p['12']).toBeUndefined()
  })
})

describe('a LoRA chain', () => {
  it('puts the LoRAs in order after the model and rewires every user of the model to its end', () => {
    const p = graph()
    const ids = insertLoraChain(p, { node: '3', output: 0 }, [{ name: 'a.safetensors', strength: 0.8 }, { name: 'b.safetensors', strength: -1 }], 'high noise')
    expect(ids).toEqual(['13', '14'])
    expect(p['13']).toEqual({ class_type: 'LoraLoaderModelOnly', inputs: { model: ['3', 0], lora_name: 'a.safetensors', strength_model: 0.8 }, _meta: { title: 'LoRA 1 (high noise): a.safetensors' } })
    expect(p['14']).toEqual({ class_type: 'LoraLoaderModelOnly', inputs: { model: ['13', 0], lora_name: 'b.safetensors', strength_model: -1 }, _meta: { title: 'LoRA 2 (high noise): b.safetensors' } })
    expect([p['10']?.inputs.model, p['12']?.inputs.model, p['10']?.inputs.positive]).toEqual([['14', 0], ['14', 0], ['3', 1]])
  })

  it('changes nothing without LoRAs', () => {
    const p = graph()
    expect(insertLoraChain(p, { node: '3', output: 0 }, [], 'low')).toEqual([])
    expect(p).toEqual(graph())
  })
})
