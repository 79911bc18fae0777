import { describe, expect, it } from 'vitest'
import { loraLibrary } from '../testing/libraryFixtures'
import { appendTriggerWords, libraryFromNames, loraRowsProblem, pickLora, runFormProblem } from './loraChoices'

describe('LoRA choices', () => {
  it('keeps a strength the user set when the file of a row changes', () => {
    const rows = { high: [{ name: 'detail_enhancer_v2.safetensors', strength: 1.4 }], low: [] }
    expect(pickLora(rows, 'high', 0, 'wan22/motion/orbit_high_noise.safetensors', loraLibrary())).toEqual({
      high: [{ name: 'wan22/motion/orbit_high_noise.safetensors', strength: 1.4 }],
      low: [{ name: 'wan22/motion/orbit_low_noise.safetensors', strength: 1.4 }],
    })
  })

  it('does not add a partner the other side already has', () => {
    const rows = { high: [{ name: '', strength: 1 }], low: [{ name: 'wan22/motion/orbit_low_noise.safetensors', strength: 0.5 }] }
    const next = pickLora(rows, 'high', 0, 'wan22/motion/orbit_high_noise.safetensors', loraLibrary())
    expect(next.low).toEqual([{ name: 'wan22/motion/orbit_low_noise.safetensors', strength: 0.5 }])
  })

  it('appends only the trigger words the prompt lacks', () => {
    expect(appendTriggerWords('a cat, orbit shot', ['Orbit shot', 'grainy film'])).toBe('a cat, orbit shot, grainy film')
    expect(appendTriggerWords('', ['orbit shot'])).toBe('orbit shot')
    expect(appendTriggerWords('a cat, ', ['x'])).toBe('a cat, x')
  })

  it('pairs bare file names when the library endpoint is not there', () => {
    const lib = libraryFromNames(['wan22/orbit_high_noise.safetensors', 'wan22/orbit_low_noise.safetensors', 'detail.safetensors'])
    expect(lib.pairs).toEqual([{ stem: 'wan22/orbit', high: 'wan22/orbit_high_noise.safetensors', low: 'wan22/orbit_low_noise.safetensors' }])
    expect(lib.general).toEqual(['detail.safetensors'])
  })
})

describe('loraRowsProblem', () => {
  it('asks for a file in every row and a strength from 0 to 2, and accepts complete rows', () => {
    expect(loraRowsProblem({ high: [{ name: '', strength: 1 }], low: [] })).toMatch(/Pick a LoRA file/)
    expect(loraRowsProblem({ high: [], low: [{ name: 'a.safetensors', strength: 2.5 }] })).toMatch(/0 to 2/)
    expect(loraRowsProblem({ high: [{ name: 'a.safetensors', strength: 0 }], low: [{ name: 'b.safetensors', strength: 2 }] })).toBeNull()
  })
})

describe('runFormProblem', () => {
  it('asks for a prompt first, then for complete LoRA rows, and accepts a prompt with complete rows', () => {
    const rows = { high: [{ name: '', strength: 1 }], low: [] }
    expect(runFormProblem('  \n', rows, 'Write a prompt')).toBe('Write a prompt')
    expect(runFormProblem('a walk', rows, 'Write a prompt')).toMatch(/Pick a LoRA file/)
    expect(runFormProblem('a walk', { high: [], low: [] }, 'Write a prompt')).toBeNull()
  })
})
