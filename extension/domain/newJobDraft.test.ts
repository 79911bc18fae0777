import { describe, expect, it } from 'vitest'
import type { Preset } from '../../sidecar/contract'
import { draftToBody, nameFromPrompt, validateDraft } from './newJobDraft'
import type { NewJobDraft } from './newJobDraft'

const preset: Preset = {
  id: 'wan22_14b_i2v',
  name: 'Wan2.2 14B image to video',
  description: '',
  kind: 'i2v',
  family: 'wan22_14b',
  defaults: { width: 832, height: 480, fps: 16, frames: 81, steps: 20, cfg: 3.5 },
  options: [],
  t2v_first: null,
  models: { folder: 'diffusion_models', high: 'h.safetensors', low: 'l.safetensors' },
  requires: [],
  seam_modes: ['frame', 'motion'],
}

function draft(over: Partial<NewJobDraft> = {}): NewJobDraft {
  return {
    name: '',
    presetId: preset.id,
    inputImage: 'cat.png',
    textOnly: false,
    prompt: 'a cat walks along a wall',
    negativePrompt: '',
    models: { high: '', low: '' },
    width: 832,
    height: 480,
    fps: 16,
    secondsPerSegment: 5,
    seedMode: 'random',
    seed: 0,
    loras: { high: [], low: [] },
    plannedPrompts: [],
    ...over,
  }
}

describe('validateDraft', () => {
  it('accepts a complete image-to-video draft', () => {
    expect(validateDraft(draft(), preset)).toEqual({})
  })

  it('asks for a prompt and a start image', () => {
    const errors = validateDraft(draft({ prompt: '  ', inputImage: null }), preset)
    expect(errors.prompt).toBe('Describe what should happen in the first segment')
    expect(errors.image).toBe('Choose a start image, or start from text only')
  })

  it('refuses text only for a preset that has no text-to-video first segment', () => {
    expect(validateDraft(draft({ inputImage: null, textOnly: true }), preset).image).toBe('Wan2.2 14B image to video needs a start image')
    expect(validateDraft(draft({ inputImage: null, textOnly: true }), { ...preset, t2v_first: 'wan22_14b_t2v' }).image).toBeUndefined()
  })

  it('explains sizes the model cannot take', () => {
    expect(validateDraft(draft({ width: 830 }), preset).size).toMatch(/multiples of 16/)
  })

  it('keeps LoRA strengths between 0 and 2 and wants a file in each row', () => {
    expect(validateDraft(draft({ loras: { high: [{ name: 'a.safetensors', strength: 2.5 }], low: [] } }), preset).loras).toBe('LoRA strength: 0 to 2')
    expect(validateDraft(draft({ loras: { high: [], low: [{ name: '', strength: 1 }] } }), preset).loras).toMatch(/Pick a LoRA file/)
  })

  it('wants a whole seed within 2^53-1 when fixed', () => {
    expect(validateDraft(draft({ seedMode: 'fixed', seed: 1.5 }), preset).seed).toMatch(/whole number/)
    expect(validateDraft(draft({ seedMode: 'fixed', seed: 42 }), preset).seed).toBeUndefined()
  })
})

describe('draftToBody', () => {
  it('sends seconds as a 4k+1 frame count and keeps the planned prompts in order', () => {
    const body = draftToBody(draft({ secondsPerSegment: 3, fps: 16, plannedPrompts: ['turns around', '  ', 'jumps down'] }))
    expect(body.parameters?.frames).toBe(49)
    expect(body.planned_prompts).toEqual([{ prompt: 'turns around' }, { prompt: 'jumps down' }])
    expect(body.input_image).toBe('cat.png')
    expect(body.name).toBe('a cat walks along a')
  })

  it('sends no image for text only and the fixed seed as given', () => {
    const body = draftToBody(draft({ textOnly: true, seedMode: 'fixed', seed: 1234 }))
    expect(body.input_image).toBeNull()
    expect(body.parameters?.seed).toBe(1234)
    expect(body.parameters?.seed_mode).toBe('fixed')
  })
})

describe('nameFromPrompt', () => {
  it('takes the first five words', () => {
    expect(nameFromPrompt('one two three four five six')).toBe('one two three four five')
  })
})
