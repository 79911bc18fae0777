import { describe, expect, it } from 'vitest'
import { ExecutionList } from './executionList'
import type { ApiPrompt } from './validatePrompt'

function order(prompt: ApiPrompt, outputs: string[], cached: string[] = []): string[] {
  const isOutput = (id: string) => ['SaveImage', 'SaveVideo'].includes(prompt[id]?.class_type ?? '')
  const list = new ExecutionList(prompt, isOutput, (id) => cached.includes(id))
  for (const o of outputs) list.addNode(o)
  const out: string[] = []
  for (let id = list.next(); id !== undefined; id = list.next()) {
    out.push(id)
    list.complete(id)
  }
  return out
}

const node = (class_type: string, inputs: Record<string, unknown> = {}) => ({ class_type, inputs })

describe('ExecutionList', () => {
  it('runs the success trace prompt in the order the real server did (1..7)', () => {
    const prompt: ApiPrompt = {
      '1': node('LoadImage'),
      '2': node('ImageScale', { image: ['1', 0] }),
      '3': node('RepeatImageBatch', { image: ['2', 0] }),
      '4': node('CreateVideo', { images: ['3', 0] }),
      '5': node('SaveVideo', { video: ['4', 0] }),
      '6': node('ImageFromBatch', { image: ['3', 0] }),
      '7': node('SaveImage', { images: ['6', 0] }),
    }
    expect(order(prompt, ['5', '7'])).toEqual(['1', '2', '3', '4', '5', '6', '7'])
  })

  it('skips cached inputs and starts with the loader, as in the error trace (4 first)', () => {
    const prompt: ApiPrompt = {
      '1': node('LoadImage'),
      '2': node('VAEEncode', { pixels: ['1', 0], vae: ['4', 0] }),
      '3': node('VAEDecode', { samples: ['2', 0], vae: ['4', 0] }),
      '4': node('VAELoader'),
      '7': node('SaveImage', { images: ['3', 0] }),
    }
    expect(order(prompt, ['7'], ['1'])).toEqual(['4', '2', '3', '7'])
  })

  it('stages a cached output node itself, but none of its cached inputs', () => {
    const prompt: ApiPrompt = { '1': node('LoadImage'), '2': node('SaveImage', { images: ['1', 0] }) }
    expect(order(prompt, ['2'], ['1', '2'])).toEqual(['2'])
  })
})
